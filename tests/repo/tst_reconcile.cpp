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
