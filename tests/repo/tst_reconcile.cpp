// SPDX-License-Identifier: GPL-3.0-or-later
// An OpenAPI spec's API is attached to the service that serves it — by name and port, a port
// published on localhost, Kubernetes DNS, an Ingress host, or a relative server in the service's
// own folder — and is never merged by guess: no match, several matches or a port that does not
// fit leave it alone with a warning. crAPI's spec lands on crapi-web.

#include "import/importer.h"
#include "import/repo/reconcile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

void write(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray spec(const QByteArray &servers)
{
    return "openapi: 3.0.3\ninfo:\n  title: Orders API\n  version: '1'\nservers:\n" + servers
        + "paths:\n  /orders/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n"
          "      responses:\n        '200': {description: ok}\n";
}

const Component *component(const ModelFragment &m, const QString &id)
{
    for (const Component &c : m.components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

/** Imports the folder; returns the id of the component that owns the spec's entry point. */
QString owner(const ModelFragment &m)
{
    for (const EntryPoint &e : m.entryPoints) {
        if (e.path == QLatin1StringView("/orders/{id}") || e.path == QLatin1StringView("/v1/orders/{id}"))
            return e.componentId;
    }
    return {};
}

QStringList reconcileNotes(const ModelFragment &m, DiagnosticLevel level)
{
    QStringList out;
    for (const Diagnostic &d : m.diagnostics) {
        if (d.source.artifact == QLatin1StringView("reconcile") && d.level == level)
            out.append(d.message);
    }
    return out;
}

const QByteArray kCompose = "services:\n"
                            "  orders:\n    image: shop/orders:1\n    expose: ['8080']\n"
                            "  gateway:\n    image: nginx:1.27\n    ports: ['127.0.0.1:9000:80']\n"
                            "  billing:\n    image: shop/billing:1\n    expose: ['8080']\n";

const QByteArray kEcs =
    "resource \"aws_security_group\" \"app\" {\n"
    "  name = \"app\"\n"
    "}\n"
    "resource \"aws_db_instance\" \"main\" {\n"
    "  engine            = \"postgres\"\n"
    "  storage_encrypted = false\n"
    "}\n"
    "resource \"aws_ecs_task_definition\" \"api\" {\n"
    "  family = \"api\"\n"
    "  container_definitions = jsonencode([{\n"
    "    name  = \"api\"\n"
    "    image = \"shop/orders:2\"\n"
    "    environment = [\n"
    "      { name = \"DATABASE_URL\", value = \"postgres://u:${var.password}@${aws_db_instance.main.address}:5432/orders\" },\n"
    "    ]\n"
    "  }])\n"
    "}\n"
    "variable \"password\" {\n"
    "  default = \"not-a-real-one\"\n"
    "}\n"
    "resource \"aws_ecs_service\" \"api\" {\n"
    "  name            = \"api\"\n"
    "  task_definition = aws_ecs_task_definition.api.arn\n"
    "  network_configuration {\n"
    "    security_groups = [aws_security_group.app.id]\n"
    "  }\n"
    "}\n";

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attached_data()
    {
        QTest::addColumn<QByteArray>("servers");
        QTest::addColumn<QString>("expected");
        QTest::newRow("service name and port") << QByteArray("  - url: http://orders:8080/v1\n") << QStringLiteral("svc:orders");
        QTest::newRow("service name, no port") << QByteArray("  - url: http://orders/v1\n") << QStringLiteral("svc:orders");
        QTest::newRow("port published on localhost") << QByteArray("  - url: http://localhost:9000\n") << QStringLiteral("svc:gateway");
        QTest::newRow("public server and internal name") << QByteArray("  - url: https://api.shop.example.com/v1\n  - url: http://orders:8080/v1\n")
                                                          << QStringLiteral("svc:orders");
    }

    void attached()
    {
        QFETCH(QByteArray, servers);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("compose.yaml"), kCompose);
        write(dir.path(), QStringLiteral("api/openapi.yaml"), spec(servers));
        auto outcome = importer::importPaths({dir.path()});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        const ModelFragment &m = outcome->model;
        QCOMPARE(owner(m), expected);
        QVERIFY(!component(m, QStringLiteral("api:orders-api"))); // one component, not two
        const Component *service = component(m, expected);
        QStringList files;
        for (const SourceRef &ref : service->sources)
            files.append(ref.file);
        QVERIFY2(files.contains(QStringLiteral("compose.yaml")) && files.contains(QStringLiteral("api/openapi.yaml")), qPrintable(files.join(u',')));
        QCOMPARE(service->attributes.value(QStringLiteral("apis")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("api:orders-api"));
        QCOMPARE(reconcileNotes(m, DiagnosticLevel::Info).size(), 1);
        QVERIFY(reconcileNotes(m, DiagnosticLevel::Warning).isEmpty());
    }

    void leftAlone_data()
    {
        QTest::addColumn<QByteArray>("servers");
        QTest::addColumn<QString>("warning");
        QTest::newRow("no match") << QByteArray("  - url: https://api.shop.example.com/v1\n") << QStringLiteral("no service matches");
        QTest::newRow("port does not fit") << QByteArray("  - url: http://orders:9999/v1\n") << QStringLiteral("no service matches");
        QTest::newRow("a guess by first label") << QByteArray("  - url: http://orders.shop.internal:8080/v1\n") << QStringLiteral("no service matches");
        QTest::newRow("two services") << QByteArray("  - url: http://orders:8080/v1\n  - url: http://billing:8080/v1\n")
                                      << QStringLiteral("several services (svc:billing, svc:orders)");
        QTest::newRow("no servers") << QByteArray("  []\n") << QStringLiteral("names no server");
    }

    void leftAlone()
    {
        QFETCH(QByteArray, servers);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("compose.yaml"), kCompose);
        write(dir.path(), QStringLiteral("api/openapi.yaml"), spec(servers));
        auto outcome = importer::importPaths({dir.path()});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        QCOMPARE(owner(outcome->model), QStringLiteral("api:orders-api"));
        const QStringList warnings = reconcileNotes(outcome->model, DiagnosticLevel::Warning);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
        QCOMPARE(outcome->model.diagnostics.last().source.file, QStringLiteral("api/openapi.yaml")); // listed at the spec
    }

    void kubernetesDnsAndIngress()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("k8s/orders.yaml"),
              "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: orders, namespace: shop}\nspec:\n  selector: {matchLabels: {app: orders}}\n"
              "  template:\n    metadata: {labels: {app: orders}}\n    spec:\n      containers:\n        - name: orders\n          image: shop/orders:1\n"
              "          ports: [{containerPort: 8080}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: orders-svc, namespace: shop}\n"
              "spec:\n  selector: {app: orders}\n  ports: [{port: 80, targetPort: 8080}]\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\n"
              "metadata: {name: web, namespace: shop}\nspec:\n  rules:\n    - host: orders.shop.example.com\n      http:\n        paths:\n"
              "          - path: /\n            pathType: Prefix\n            backend: {service: {name: orders-svc, port: {number: 80}}}\n");
        for (const QByteArray &servers : {QByteArray("  - url: http://orders-svc.shop.svc.cluster.local:80/v1\n"),
                                          QByteArray("  - url: https://orders.shop.example.com/v1\n")}) {
            write(dir.path(), QStringLiteral("openapi.yaml"), spec(servers));
            auto outcome = importer::importPaths({dir.path()});
            QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
            QCOMPARE(owner(outcome->model), QStringLiteral("svc:orders"));
        }
    }

    void relativeServerInTheServicesFolder()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("orders/package.json"), "{\"name\": \"orders\", \"dependencies\": {}}\n");
        write(dir.path(), QStringLiteral("orders/docs/openapi.yaml"), spec("  - url: /v1\n"));
        write(dir.path(), QStringLiteral("billing/package.json"), "{\"name\": \"billing\"}\n");
        auto outcome = importer::importPaths({dir.path()});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        QCOMPARE(owner(outcome->model), QStringLiteral("svc:orders"));
    }

    void aSpecAloneIsNotReported()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("openapi.yaml"), spec("  - url: http://orders:8080/v1\n"));
        auto outcome = importer::importPaths({dir.path() + QStringLiteral("/openapi.yaml")});
        QVERIFY(outcome.ok());
        QCOMPARE(owner(outcome->model), QStringLiteral("api:orders-api"));
        QVERIFY(reconcileNotes(outcome->model, DiagnosticLevel::Warning).isEmpty());
    }

    // Terraform deploys what compose runs: the ECS task definition running the service's image,
    // the ECS service running it, and the database the same variable names on both sides.
    void terraformJoinsTheServices()
    {
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("compose.yaml"),
              "services:\n"
              "  orders:\n    image: shop/orders:1\n    expose: ['8080']\n"
              "    environment:\n      DATABASE_URL: postgres://u:p@orders-db:5432/orders\n"
              "  orders-db:\n    image: postgres:15\n"
              "  billing:\n    image: shop/billing:1\n");
        write(dir.path(), QStringLiteral("infra/main.tf"), kEcs);
        auto outcome = importer::importPaths({dir.path()});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        const ModelFragment &m = outcome->model;
        for (const char *gone : {"tf:aws_ecs_task_definition.api", "tf:aws_ecs_service.api", "tf:aws_db_instance.main"})
            QVERIFY2(!component(m, QString::fromLatin1(gone)), gone);
        const Component *orders = component(m, QStringLiteral("svc:orders"));
        QVERIFY(orders);
        QStringList files;
        for (const SourceRef &ref : orders->sources)
            files.append(ref.file);
        QVERIFY2(files.contains(QStringLiteral("compose.yaml")) && files.contains(QStringLiteral("infra/main.tf")), qPrintable(files.join(u',')));
        QCOMPARE(orders->attributes.value(QStringLiteral("terraform-resources")).toArray().size(), 2);
        // Production placement: the ECS service's security group.
        QCOMPARE(orders->boundaryId, QStringLiteral("tf:aws_security_group.app"));
        const Component *db = component(m, QStringLiteral("svc:orders-db"));
        QVERIFY(db);
        QCOMPARE(db->attributes.value(QStringLiteral("encrypted-at-rest")), QJsonValue(false)); // a Terraform fact
        QCOMPARE(db->attributes.value(QStringLiteral("terraform-resources")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("tf:aws_db_instance.main"));
        // The Terraform reference and the compose URL are one flow.
        int flows = 0;
        for (const DataFlow &f : m.flows)
            flows += f.sourceId == QLatin1StringView("svc:orders") && f.targetId == QLatin1StringView("svc:orders-db");
        QCOMPARE(flows, 1);
        const QStringList notes = reconcileNotes(m, DiagnosticLevel::Info);
        QCOMPARE(notes.filter(QStringLiteral("tf:aws_ecs_task_definition.api is svc:orders: its container api runs shop/orders:2, the image of orders")).size(), 1);
        QCOMPARE(notes.filter(QStringLiteral("tf:aws_ecs_service.api is svc:orders: it runs the task definition aws_ecs_task_definition.api")).size(), 1);
        QCOMPARE(notes.filter(QStringLiteral("tf:aws_db_instance.main is svc:orders-db: DATABASE_URL of orders names orders-db locally")).size(), 1);
        QVERIFY2(reconcileNotes(m, DiagnosticLevel::Warning).isEmpty(), qPrintable(reconcileNotes(m, DiagnosticLevel::Warning).join(u'\n')));
        // No value of the environment is kept, only the variable and the resource it names.
        QVERIFY(!QJsonDocument(orders->attributes).toJson().contains("postgres://"));
    }

    void terraformNeverMergedByGuess_data()
    {
        QTest::addColumn<QByteArray>("compose");
        QTest::addColumn<QByteArray>("terraform");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("warning");
        // A PostgreSQL RDS instance and a postgres container: same engine, no key.
        QTest::newRow("engine alone") << QByteArray("services:\n  db:\n    image: postgres:15\n  web:\n    image: shop/web:1\n")
                                      << QByteArray("resource \"aws_db_instance\" \"main\" {\n  engine = \"postgres\"\n}\n")
                                      << QStringLiteral("tf:aws_db_instance.main") << QString();
        // A well-known image without the service's name.
        QTest::newRow("well-known image alone")
            << QByteArray("services:\n  cache:\n    image: redis:7\n")
            << QByteArray("resource \"aws_ecs_task_definition\" \"t\" {\n  family = \"t\"\n"
                          "  container_definitions = jsonencode([{ name = \"sidecar\", image = \"redis:7\" }])\n}\n")
            << QStringLiteral("tf:aws_ecs_task_definition.t") << QString();
        QTest::newRow("containers of two services")
            << QByteArray("services:\n  orders:\n    image: shop/orders:1\n  billing:\n    image: shop/billing:1\n")
            << QByteArray("resource \"aws_ecs_task_definition\" \"t\" {\n  family = \"t\"\n"
                          "  container_definitions = jsonencode([{ name = \"a\", image = \"shop/orders:1\" }, { name = \"b\", image = \"shop/billing:1\" }])\n}\n")
            << QStringLiteral("tf:aws_ecs_task_definition.t") << QStringLiteral("its containers match several services (svc:billing, svc:orders)");
        // Two Terraform databases behind two variables that name one local database.
        QTest::newRow("one store, two resources")
            << QByteArray("services:\n  orders:\n    image: shop/orders:1\n    environment:\n"
                          "      DATABASE_URL: postgres://u:p@db:5432/o\n      REPLICA_URL: postgres://u:p@db:5432/o\n"
                          "  db:\n    image: postgres:15\n")
            << QByteArray("resource \"aws_db_instance\" \"main\" {\n  engine = \"postgres\"\n}\n"
                          "resource \"aws_db_instance\" \"replica\" {\n  engine = \"postgres\"\n}\n"
                          "resource \"aws_ecs_task_definition\" \"t\" {\n  family = \"t\"\n"
                          "  container_definitions = jsonencode([{ name = \"orders\", environment = [\n"
                          "    { name = \"DATABASE_URL\", value = \"postgres://${aws_db_instance.main.address}/o\" },\n"
                          "    { name = \"REPLICA_URL\", value = \"postgres://${aws_db_instance.replica.address}/o\" } ] }])\n}\n")
            << QStringLiteral("tf:aws_db_instance.main") << QStringLiteral("tf:aws_db_instance.main is not merged: the environment ties it, or the store it names, to more than one counterpart "
                                                                     "(svc:db, tf:aws_db_instance.replica)");
    }

    void terraformNeverMergedByGuess()
    {
        QFETCH(QByteArray, compose);
        QFETCH(QByteArray, terraform);
        QFETCH(QString, kept);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        write(dir.path(), QStringLiteral("compose.yaml"), compose);
        write(dir.path(), QStringLiteral("infra/main.tf"), terraform);
        auto outcome = importer::importPaths({dir.path()});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        const ModelFragment &m = outcome->model;
        QVERIFY(component(m, kept));
        const QStringList warnings = reconcileNotes(m, DiagnosticLevel::Warning);
        if (warning.isEmpty())
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        else
            QVERIFY2(warnings.filter(warning).size() == 1, qPrintable(warnings.join(u'\n')));
    }

    // The demo: Terraform deploys the three compose services; the API's public host is the
    // Route 53 record of the load balancer that forwards to the storefront.
    void demoIsOneSystem()
    {
        auto outcome = importer::importPaths({QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop")});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        const ModelFragment &m = outcome->model;
        const QHash<QString, QStringList> expected{
            {QStringLiteral("svc:storefront"), {QStringLiteral("tf:aws_ecs_task_definition.storefront"), QStringLiteral("tf:aws_ecs_service.storefront")}},
            {QStringLiteral("svc:orders"), {QStringLiteral("tf:aws_ecs_task_definition.orders"), QStringLiteral("tf:aws_ecs_service.orders")}},
            {QStringLiteral("svc:fulfilment-worker"), {QStringLiteral("tf:aws_ecs_task_definition.fulfilment"), QStringLiteral("tf:aws_ecs_service.fulfilment")}},
            {QStringLiteral("svc:orders-db"), {QStringLiteral("tf:aws_db_instance.orders")}},
            {QStringLiteral("svc:sessions"), {QStringLiteral("tf:aws_elasticache_cluster.sessions")}},
            {QStringLiteral("svc:broker"), {QStringLiteral("tf:aws_sqs_queue.fulfilment")}}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Component *c = component(m, it.key());
            QVERIFY2(c, qPrintable(it.key()));
            QStringList merged;
            for (const QJsonValue &v : c->attributes.value(QStringLiteral("terraform-resources")).toArray())
                merged.append(v.toObject().value(QStringLiteral("id")).toString());
            for (const QString &id : it.value()) {
                QVERIFY2(merged.contains(id), qPrintable(it.key() + QLatin1Char(' ') + merged.join(u',')));
                QVERIFY2(!component(m, id), qPrintable(id));
            }
        }
        for (const EntryPoint &e : m.entryPoints) {
            if (e.id.startsWith(QLatin1StringView("ep:harbor-shop-api:")))
                QCOMPARE(e.componentId, QStringLiteral("svc:storefront"));
        }
        QVERIFY(!component(m, QStringLiteral("api:harbor-shop-api")));
        const QStringList notes = reconcileNotes(m, DiagnosticLevel::Info);
        QVERIFY2(notes.filter(QStringLiteral("API \"Harbor Shop API\" is served by svc:storefront: api.harbor-shop.example is the Route 53 record "
                                             "aws_route53_record.api of load balancer aws_lb.public, which forwards only to storefront"))
                         .size() == 1,
                 qPrintable(notes.join(u'\n')));
        QVERIFY2(reconcileNotes(m, DiagnosticLevel::Warning).isEmpty(), qPrintable(reconcileNotes(m, DiagnosticLevel::Warning).join(u'\n')));
    }

    void crapiSpecIsServedByCrapiWeb()
    {
        const QString root = QStringLiteral(TW_CORPUS_DIR "/OWASP-crAPI");
        if (!QFile::exists(root))
            QSKIP("corpus not available");
        auto outcome = importer::importPaths({root});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        const ModelFragment &m = outcome->model;
        QVERIFY(!component(m, QStringLiteral("api:owasp-crapi-api")));
        int onWeb = 0;
        for (const EntryPoint &e : m.entryPoints)
            onWeb += e.componentId == QLatin1StringView("svc:crapi-web") && e.id.startsWith(QLatin1StringView("ep:owasp-crapi-api:"));
        QCOMPARE(onWeb, 44); // every operation of the spec (GROUND_TRUTH.md: 44)
        const Component *web = component(m, QStringLiteral("svc:crapi-web"));
        QStringList files;
        for (const SourceRef &ref : web->sources)
            files.append(ref.file);
        for (const char *file : {"deploy/docker/docker-compose.yml", "deploy/k8s/base/web/deployment.yaml", "openapi-spec/crapi-openapi-spec.json"})
            QVERIFY2(files.contains(QString::fromLatin1(file)), qPrintable(files.join(u',')));
        QVERIFY(web->attributes.contains(QStringLiteral("securitySchemes")));
        const QStringList notes = reconcileNotes(m, DiagnosticLevel::Info);
        QCOMPARE(notes.filter(QStringLiteral("API \"OWASP crAPI API\" is served by svc:crapi-web: crapi-web publishes port 8888")).size(), 1);
        // The compose file runs published images (crapi/crapi-web), it does not build
        // services/web: the Dockerfile's svc:web stays apart, and is listed.
        QVERIFY(component(m, QStringLiteral("svc:web")));
        QVERIFY(notes.filter(QStringLiteral("svc:web (services/web/Dockerfile) matches no compose or Kubernetes service")).size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
