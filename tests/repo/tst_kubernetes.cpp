// SPDX-License-Identifier: GPL-3.0-or-later
// Kubernetes manifests from the corpus: Online Boutique's services, flows and single public entry;
// Sock Shop reconciled with its compose file; Helm templates skipped; security facts and RBAC.

#include "import/importer.h"
#include "import/repo/kubernetesimporter.h"
#include "model/modeljson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

const Component *component(const ModelFragment &m, const QString &id)
{
    for (const Component &c : m.components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString corpus(const char *path)
{
    return QStringLiteral(TW_CORPUS_DIR "/") + QString::fromLatin1(path);
}

QStringList yamlFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestKubernetes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlineBoutique()
    {
        const QString folder = corpus("GoogleCloudPlatform-microservices-demo/kubernetes-manifests");
        if (!QFile::exists(folder))
            QSKIP("corpus not available");
        auto m = kubernetes::importManifests(yamlFiles(folder), corpus("GoogleCloudPlatform-microservices-demo"));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        // The eleven services of the README (load generator included) and the Redis cart store.
        const QStringList services = {QStringLiteral("frontend"), QStringLiteral("cartservice"), QStringLiteral("productcatalogservice"),
                                      QStringLiteral("currencyservice"), QStringLiteral("paymentservice"), QStringLiteral("shippingservice"),
                                      QStringLiteral("emailservice"), QStringLiteral("checkoutservice"), QStringLiteral("recommendationservice"),
                                      QStringLiteral("adservice"), QStringLiteral("loadgenerator")};
        for (const QString &name : services)
            QVERIFY2(component(*m, QStringLiteral("svc:") + name), qPrintable(name));
        QCOMPARE(component(*m, QStringLiteral("svc:redis-cart"))->kind, ComponentKind::Datastore);
        QCOMPARE(m->components.size(), 12);
        // Frontend → backend flows, from the *_SERVICE_ADDR environment.
        QStringList fromFrontend;
        for (const DataFlow &f : m->flows) {
            if (f.sourceId == QLatin1StringView("svc:frontend"))
                fromFrontend.append(f.targetId);
        }
        fromFrontend.sort();
        QCOMPARE(fromFrontend, (QStringList{QStringLiteral("svc:adservice"), QStringLiteral("svc:cartservice"), QStringLiteral("svc:checkoutservice"),
                                            QStringLiteral("svc:currencyservice"), QStringLiteral("svc:productcatalogservice"),
                                            QStringLiteral("svc:recommendationservice"), QStringLiteral("svc:shippingservice")}));
        bool cartToRedis = false;
        for (const DataFlow &f : m->flows)
            cartToRedis |= f.sourceId == QLatin1StringView("svc:cartservice") && f.targetId == QLatin1StringView("svc:redis-cart");
        QVERIFY(cartToRedis);
        // One public entry: the frontend-external LoadBalancer.
        QCOMPARE(m->entryPoints.size(), 1);
        QCOMPARE(m->entryPoints.first().componentId, QStringLiteral("svc:frontend"));
        int exposed = 0;
        for (const Component &c : m->components)
            exposed += c.attributes.value(QStringLiteral("internet-facing")).toBool();
        QCOMPARE(exposed, 1);
        // The manifests ask for non-root users: no root finding.
        QVERIFY(!component(*m, QStringLiteral("svc:frontend"))->attributes.value(QStringLiteral("runs-as-root")).toBool());
        QCOMPARE(component(*m, QStringLiteral("svc:frontend"))->boundaryId, QStringLiteral("k8s-ns:default"));
    }

    void networkPoliciesOfTheKustomizeComponent()
    {
        const QString root = corpus("GoogleCloudPlatform-microservices-demo");
        if (!QFile::exists(root))
            QSKIP("corpus not available");
        QStringList files = yamlFiles(root + QStringLiteral("/kubernetes-manifests"));
        auto without = kubernetes::importManifests(files, root);
        files += yamlFiles(root + QStringLiteral("/kustomize/components/network-policies"));
        auto with = kubernetes::importManifests(files, root);
        QVERIFY(without.ok() && with.ok());
        auto policy = [](const ModelFragment &m) {
            for (const TrustBoundary &b : m.boundaries) {
                if (b.id == QLatin1StringView("k8s-ns:default"))
                    return b.attributes.value(QStringLiteral("network-policy")).toBool();
            }
            return false;
        };
        QVERIFY(!policy(*without));
        QVERIFY(policy(*with));
    }

    void helmTemplatesAreSkipped()
    {
        const QString folder = corpus("GoogleCloudPlatform-microservices-demo/helm-chart/templates");
        if (!QFile::exists(folder))
            QSKIP("corpus not available");
        const QStringList files = yamlFiles(folder);
        QVERIFY(!files.isEmpty());
        auto m = kubernetes::importManifests(files, corpus("GoogleCloudPlatform-microservices-demo"));
        QVERIFY(m.ok());
        QVERIFY(m->components.isEmpty()); // never half-parsed
        int skipped = 0;
        for (const Diagnostic &d : m->diagnostics)
            skipped += d.message.contains(QStringLiteral("Helm template"));
        QVERIFY(skipped > 0);
    }

    void sockShopComposeAndKubernetesAreOneModel()
    {
        const QString root = corpus("microservices-demo-sock-shop/deploy");
        if (!QFile::exists(root))
            QSKIP("corpus not available");
        auto m = importer::importPaths({root + QStringLiteral("/docker-compose/docker-compose.yml"),
                                        root + QStringLiteral("/kubernetes/complete-demo.yaml")});
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        // The same services from both files, one component each with both pieces of evidence.
        for (const char *name : {"front-end", "catalogue", "catalogue-db", "carts", "carts-db", "orders", "orders-db", "payment",
                                 "shipping", "queue-master", "rabbitmq", "user", "user-db"}) {
            const Component *c = component(m->model, QStringLiteral("svc:") + QString::fromLatin1(name));
            QVERIFY2(c, name);
            QStringList files;
            for (const SourceRef &ref : c->sources)
                files.append(ref.file);
            QVERIFY2(files.contains(QStringLiteral("docker-compose.yml")) && files.contains(QStringLiteral("complete-demo.yaml")),
                     qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + files.join(u',')));
        }
        QCOMPARE(component(m->model, QStringLiteral("svc:rabbitmq"))->kind, ComponentKind::Queue);
        QVERIFY(component(m->model, QStringLiteral("svc:front-end"))->attributes.value(QStringLiteral("internet-facing")).toBool());
    }

    void securityFactsAndRbac()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("agent.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(apiVersion: apps/v1
kind: DaemonSet
metadata: { name: node-agent, namespace: ops }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      serviceAccountName: agent
      hostNetwork: true
      hostPID: true
      volumes:
        - name: sock
          hostPath: { path: /var/run/docker.sock }
      containers:
        - name: agent
          image: example/agent:latest
          securityContext: { privileged: true, runAsUser: 0, capabilities: { add: [NET_ADMIN] } }
          env:
            - { name: API_TOKEN, value: "tok-super-secret-123" }
            - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: db, key: password } } }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: agent-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: agent, namespace: ops }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: ops }
spec:
  rules:
    - host: agent.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: agent, port: { number: 80 } } }
---
apiVersion: v1
kind: Service
metadata: { name: agent, namespace: ops }
spec: { selector: { app: agent }, ports: [ { port: 80 } ] }
)");
        f.close();
        auto m = kubernetes::importManifests({f.fileName()}, dir.path());
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        const Component *agent = component(*m, QStringLiteral("svc:node-agent"));
        QVERIFY(agent);
        for (const char *fact : {"privileged", "host-network", "host-pid", "docker-socket-mounted", "runs-as-root", "cluster-admin",
                                 "rbac-wildcard", "image-tag-floating", "internet-facing"})
            QVERIFY2(agent->attributes.value(QString::fromLatin1(fact)).toBool(), fact);
        QCOMPARE(agent->attributes.value(QStringLiteral("secrets-in-env")).toArray(), QJsonArray{QStringLiteral("API_TOKEN")});
        QCOMPARE(agent->attributes.value(QStringLiteral("secret-refs")).toArray(), QJsonArray{QStringLiteral("db")});
        QCOMPARE(agent->boundaryId, QStringLiteral("k8s-ns:ops"));
        QVERIFY(!QJsonDocument(toJson(*m)).toJson().contains("tok-super-secret-123"));
        QCOMPARE(m->entryPoints.size(), 1); // the Ingress rule
        QVERIFY(m->entryPoints.first().attributes.value(QStringLiteral("plain-http")).toBool());
    }

    void invalidYamlIsReported()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("bad.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Service\nmetadata: [unclosed\n");
        f.close();
        auto m = kubernetes::importManifests({f.fileName()}, dir.path());
        QVERIFY(m.ok());
        QCOMPARE(m->diagnostics.size(), 1);
        QCOMPARE(m->diagnostics.first().level, DiagnosticLevel::Error);
        QVERIFY2(m->diagnostics.first().message.contains(QStringLiteral("bad.yaml:")) || m->diagnostics.first().source.file == QLatin1StringView("bad.yaml"),
                 qPrintable(m->diagnostics.first().message));
    }
};

QTEST_GUILESS_MAIN(TestKubernetes)
#include "tst_kubernetes.moc"
