// SPDX-License-Identifier: GPL-3.0-or-later
// docker-compose files from the corpus and the demo into the model: services, data stores,
// published ports, flows named by URLs, container facts, and secrets only ever redacted.

#include "import/importer.h"
#include "import/repo/composeimporter.h"
#include "import/repo/dockerfileimporter.h"
#include "model/modeljson.h"

#include <QDir>
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

const DataFlow *flow(const ModelFragment &m, const QString &from, const QString &to)
{
    for (const DataFlow &f : m.flows) {
        if (f.sourceId == from && f.targetId == to)
            return &f;
    }
    return nullptr;
}

QString corpus(const char *path)
{
    return QStringLiteral(TW_CORPUS_DIR "/") + QString::fromLatin1(path);
}

} // namespace

class TestCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crapi()
    {
        const QString file = corpus("OWASP-crAPI/deploy/docker/docker-compose.yml");
        if (!QFile::exists(file))
            QSKIP("corpus not available");
        auto m = compose::importCompose(file, corpus("OWASP-crAPI"));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        QCOMPARE(m->components.size(), 8);
        QCOMPARE(component(*m, QStringLiteral("svc:postgresdb"))->kind, ComponentKind::Datastore);
        QCOMPARE(component(*m, QStringLiteral("svc:mongodb"))->kind, ComponentKind::Datastore);
        QVERIFY(component(*m, QStringLiteral("svc:crapi-web"))->attributes.value(QStringLiteral("internet-facing")).toBool());
        QVERIFY(!component(*m, QStringLiteral("svc:crapi-identity"))->attributes.contains(QStringLiteral("internet-facing")));
        QVERIFY(flow(*m, QStringLiteral("svc:crapi-identity"), QStringLiteral("svc:postgresdb")));
        QVERIFY(flow(*m, QStringLiteral("svc:crapi-web"), QStringLiteral("svc:crapi-workshop")));
        const QJsonArray secrets = component(*m, QStringLiteral("svc:crapi-identity"))->attributes.value(QStringLiteral("secrets-in-env")).toArray();
        QVERIFY(secrets.contains(QJsonValue(QStringLiteral("DB_PASSWORD"))));
        QVERIFY(secrets.contains(QJsonValue(QStringLiteral("JWT_SECRET"))));
        // The planted credentials never appear in clear, only as short fingerprints.
        const QByteArray json = QJsonDocument(toJson(*m)).toJson();
        QVERIFY(!json.contains("crapisecretpassword"));
        QVERIFY(!json.contains("passw0rd"));
        QVERIFY(json.contains("sha256:"));
        const SourceRef where = component(*m, QStringLiteral("svc:postgresdb"))->sources.first();
        QCOMPARE(where.file, QStringLiteral("deploy/docker/docker-compose.yml"));
        QVERIFY(where.line > 100);
    }

    void dockerSocketAndHostNetwork()
    {
        const QString file = corpus("docker-awesome-compose/portainer/compose.yaml");
        if (!QFile::exists(file))
            QSKIP("corpus not available");
        auto m = compose::importCompose(file, {});
        QVERIFY(m.ok());
        QCOMPARE(m->components.size(), 1);
        QVERIFY(m->components.first().attributes.value(QStringLiteral("docker-socket-mounted")).toBool());
        QVERIFY(!m->components.first().attributes.value(QStringLiteral("host-path-mounts")).toArray().isEmpty());
    }

    void demoStack()
    {
        auto m = compose::importCompose(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/docker-compose.yml"),
                                        QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        QCOMPARE(m->components.size(), 7); // six services and the payment provider
        const DataFlow *payment = flow(*m, QStringLiteral("svc:storefront"), QStringLiteral("ext:api.payments.example"));
        QVERIFY(payment);
        QCOMPARE(payment->protocol, QStringLiteral("https"));
        QCOMPARE(payment->encrypted, std::optional<bool>(true));
        const DataFlow *db = flow(*m, QStringLiteral("svc:orders"), QStringLiteral("svc:orders-db"));
        QVERIFY(db);
        QCOMPARE(db->protocol, QStringLiteral("postgres"));
        QCOMPARE(db->port, 5432);
        QCOMPARE(db->encrypted, std::optional<bool>(false));
        QCOMPARE(db->authenticated, std::optional<bool>(true));
        QVERIFY(flow(*m, QStringLiteral("svc:fulfilment-worker"), QStringLiteral("svc:broker")));
        QCOMPARE(component(*m, QStringLiteral("svc:broker"))->kind, ComponentKind::Queue);
        QVERIFY(component(*m, QStringLiteral("svc:broker"))->attributes.value(QStringLiteral("internet-facing")).toBool());
        QCOMPARE(component(*m, QStringLiteral("svc:orders"))->boundaryId, QStringLiteral("net:backend"));
        QCOMPARE(m->boundaries.size(), 2);
        QCOMPARE(m->entryPoints.size(), 2); // the two published ports
        // Found by the importer's discovery too, by name.
        QCOMPARE(importer::detect(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/docker-compose.yml")), importer::ArtifactKind::Compose);
    }

    void loopbackPortsAreNotExposed()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("compose.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("services:\n  admin:\n    image: example/admin@sha256:0123\n    ports:\n      - \"127.0.0.1:9000:9000\"\n"
                "    privileged: true\n    network_mode: host\n    user: root\n    cap_add: [SYS_ADMIN]\n");
        f.close();
        auto m = compose::importCompose(f.fileName(), dir.path());
        QVERIFY(m.ok());
        const Component &admin = m->components.first();
        QVERIFY(!admin.attributes.contains(QStringLiteral("internet-facing")));
        QVERIFY(admin.attributes.value(QStringLiteral("image-pinned")).toBool());
        QVERIFY(admin.attributes.value(QStringLiteral("privileged")).toBool());
        QVERIFY(admin.attributes.value(QStringLiteral("host-network")).toBool());
        QVERIFY(admin.attributes.value(QStringLiteral("runs-as-root")).toBool());
        QCOMPARE(admin.attributes.value(QStringLiteral("capabilities-added")).toArray().first().toString(), QStringLiteral("SYS_ADMIN"));
    }

    void dockerfileFacts()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("services/billing")));
        QFile f(dir.filePath(QStringLiteral("services/billing/Dockerfile")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# build\nFROM golang:1.22@sha256:abc AS builder\nRUN go build \\\n  -o /app .\n"
                "FROM builder AS test\nFROM alpine:latest AS runtime\nARG NPM_TOKEN=npm_0123456789abcdef\n"
                "ENV API_KEY=\"sk-live-0123456789\" LOG_LEVEL=info\nENV DB_PASSWORD ${DB_PASSWORD}\n"
                "RUN curl -fsSL https://get.example.com/install.sh | sh\nEXPOSE 8080 9090\nUSER billing\n");
        f.close();
        auto m = dockerfile::importDockerfile(f.fileName(), dir.path());
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        QCOMPARE(m->components.size(), 1);
        const Component &c = m->components.first();
        QCOMPARE(c.id, QStringLiteral("svc:billing"));
        QCOMPARE(c.attributes.value(QStringLiteral("base-image")).toString(), QStringLiteral("alpine:latest"));
        QVERIFY(c.attributes.value(QStringLiteral("image-tag-floating")).toBool());
        QVERIFY(!c.attributes.value(QStringLiteral("runs-as-root")).toBool());
        QCOMPARE(c.attributes.value(QStringLiteral("exposed-ports")).toArray().size(), 2);
        QVERIFY(c.attributes.value(QStringLiteral("remote-script-execution")).toBool());
        const QJsonArray secrets = c.attributes.value(QStringLiteral("secrets-in-env")).toArray();
        QCOMPARE(secrets.size(), 2); // NPM_TOKEN and API_KEY; DB_PASSWORD comes from outside
        const QByteArray json = QJsonDocument(toJson(*m)).toJson();
        QVERIFY(!json.contains("npm_0123456789abcdef"));
        QVERIFY(!json.contains("sk-live-0123456789"));
        QCOMPARE(c.sources.first().file, QStringLiteral("services/billing/Dockerfile"));
        QCOMPARE(c.sources.first().line, 6); // the final stage's FROM
    }

    void dockerfileWithoutUserRunsAsRoot()
    {
        const QString file = corpus("GoogleCloudPlatform-microservices-demo/src/frontend/Dockerfile");
        if (!QFile::exists(file))
            QSKIP("corpus not available");
        auto m = dockerfile::importDockerfile(file, corpus("GoogleCloudPlatform-microservices-demo"));
        QVERIFY(m.ok());
        const Component &c = m->components.first();
        QCOMPARE(c.id, QStringLiteral("svc:frontend"));
        QCOMPARE(c.attributes.value(QStringLiteral("base-image")).toString(), QStringLiteral("gcr.io/distroless/static"));
        QVERIFY(c.attributes.value(QStringLiteral("runs-as-root")).toBool());
        QCOMPARE(c.attributes.value(QStringLiteral("exposed-ports")).toArray().first().toString(), QStringLiteral("8080"));
    }

    void composeServiceAndItsDockerfileAreOneComponent()
    {
        const QString folder = corpus("docker-awesome-compose/react-express-mongodb");
        if (!QFile::exists(folder))
            QSKIP("corpus not available");
        auto outcome = importer::importPaths({folder});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        const Component *backend = component(outcome->model, QStringLiteral("svc:backend"));
        QVERIFY(backend);
        QStringList files;
        for (const SourceRef &ref : backend->sources)
            files.append(ref.file);
        QVERIFY2(files.contains(QStringLiteral("compose.yaml")) && files.contains(QStringLiteral("backend/Dockerfile")), qPrintable(files.join(u',')));
        QCOMPARE(backend->attributes.value(QStringLiteral("compose-service")).toString(), QStringLiteral("backend"));
        QVERIFY(backend->attributes.contains(QStringLiteral("base-image")));
        // Anonymous volumes are not host mounts.
        QCOMPARE(backend->attributes.value(QStringLiteral("host-path-mounts")).toArray().size(), 1);
        QCOMPARE(outcome->model.components.size(), 3);
    }

    void badInputIsReportedWithPosition()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("docker-compose.yml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("services:\n  web:\n    image: [unclosed\n");
        f.close();
        auto m = compose::importCompose(f.fileName(), dir.path());
        QVERIFY(!m.ok());
        QVERIFY2(m.error().location.startsWith(QStringLiteral("docker-compose.yml:")), qPrintable(m.errorString()));

        QFile g(dir.filePath(QStringLiteral("compose.yaml")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("version: '3'\nservices: nothing\n");
        g.close();
        auto empty = compose::importCompose(g.fileName(), dir.path());
        QVERIFY(empty.ok());
        QVERIFY(empty->components.isEmpty());
        QCOMPARE(empty->diagnostics.size(), 1);
        QCOMPARE(empty->diagnostics.first().source.line, 1);
    }
};

QTEST_GUILESS_MAIN(TestCompose)
#include "tst_compose.moc"
