// SPDX-License-Identifier: GPL-3.0-or-later
// Whole corpus repositories imported as folders, checked against inventories written from the
// projects' own documentation (tests/repo/corpus-inventories.json): Online Boutique's eleven
// services, its frontend → backend flows and single public entry; Sock Shop's services and stores
// from compose and Kubernetes, reconciled; crAPI's services, its OpenAPI entry points on the
// service that serves them and its hard-coded credentials, redacted; juice-shop's dependencies.

#include "import/importer.h"
#include "model/modeljson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace tw;

namespace {

QString corpus(const QString &folder)
{
    return QStringLiteral(TW_CORPUS_DIR "/") + folder;
}

QJsonObject inventory(const char *name)
{
    QFile f(QStringLiteral(TW_SOURCE_DIR "/tests/repo/corpus-inventories.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1StringView(name)).toObject();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

const Component *component(const ModelFragment &m, const QString &name)
{
    const QString id = name.contains(QLatin1Char(':')) ? name : QStringLiteral("svc:") + name;
    for (const Component &c : m.components) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QSet<QString> targetsOf(const ModelFragment &m, const QString &name)
{
    QSet<QString> out;
    for (const DataFlow &f : m.flows) {
        if (f.sourceId == QStringLiteral("svc:") + name)
            out.insert(f.targetId.section(QLatin1Char(':'), 1));
    }
    return out;
}

QStringList files(const Component &c)
{
    QStringList out;
    for (const SourceRef &ref : c.sources)
        out.append(ref.file);
    return out;
}

} // namespace

class TestCorpusRepos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlineBoutique()
    {
        const QJsonObject inv = inventory("online-boutique");
        QVERIFY(!inv.isEmpty());
        if (!QFile::exists(corpus(inv.value(QStringLiteral("folder")).toString())))
            QSKIP("corpus not available");
        auto imported = importer::importPaths({corpus(inv.value(QStringLiteral("folder")).toString())});
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        const ModelFragment &m = imported->model;

        const QStringList services = strings(inv.value(QStringLiteral("services")));
        QCOMPARE(services.size(), 11);
        for (const QString &name : services) {
            const Component *c = component(m, name);
            QVERIFY2(c, qPrintable(name));
            QCOMPARE(c->kind, ComponentKind::Service);
        }
        for (const QString &name : strings(inv.value(QStringLiteral("stores"))))
            QVERIFY2(component(m, name) && component(m, name)->kind == ComponentKind::Datastore, qPrintable(name));
        const QJsonObject flows = inv.value(QStringLiteral("flows")).toObject();
        for (auto it = flows.begin(); it != flows.end(); ++it) {
            const QSet<QString> targets = targetsOf(m, it.key());
            for (const QString &to : strings(it.value()))
                QVERIFY2(targets.contains(to), qPrintable(it.key() + QStringLiteral(" → ") + to));
        }
        // The one public entry, on the frontend; nothing else faces the internet.
        QStringList publicEntries, exposed;
        for (const EntryPoint &e : m.entryPoints) {
            if (e.attributes.value(QStringLiteral("internet-facing")).toBool())
                publicEntries.append(e.id);
        }
        for (const Component &c : m.components) {
            if (c.attributes.value(QStringLiteral("internet-facing")).toBool() && c.id.startsWith(QLatin1StringView("svc:")))
                exposed.append(c.id.mid(4));
        }
        QCOMPARE(publicEntries, strings(inv.value(QStringLiteral("publicEntries"))));
        QCOMPARE(exposed, strings(inv.value(QStringLiteral("internetFacing"))));
        QCOMPARE(m.entryPoints.first().componentId, QStringLiteral("svc:frontend"));
        // One component per service, with the evidence of every artifact that describes it.
        const QJsonObject evidence = inv.value(QStringLiteral("evidence")).toObject();
        for (auto it = evidence.begin(); it != evidence.end(); ++it) {
            const QStringList have = files(*component(m, it.key()));
            for (const QString &file : strings(it.value()))
                QVERIFY2(have.contains(file), qPrintable(it.key() + QLatin1Char(' ') + file + QStringLiteral(" not in ") + have.join(u',')));
        }
        // The opt-in shopping assistant declares LangChain's Gemini model: an AI service it calls.
        const QJsonObject optional = inv.value(QStringLiteral("optional")).toObject();
        for (auto it = optional.begin(); it != optional.end(); ++it) {
            QVERIFY(component(m, it.key()));
            const Component *ai = component(m, it.value().toString());
            QVERIFY2(ai, qPrintable(it.value().toString()));
            QCOMPARE(ai->kind, ComponentKind::AiService);
            QVERIFY(targetsOf(m, it.key()).contains(it.value().toString().section(QLatin1Char(':'), 1)));
        }
        // Helm templates are skipped, never half-read.
        int helm = 0;
        for (const Diagnostic &d : m.diagnostics)
            helm += d.source.file.startsWith(QLatin1StringView("helm-chart/templates/")) && d.message.contains(QStringLiteral("Helm template"));
        QVERIFY(helm > 0);
    }

    // inspect reads without hashing (importer::Options::digests): the same model and the same
    // inputs, only without their SHA-256, for a folder and for a single spec.
    void sameModelWithoutDigests()
    {
        const QJsonObject inv = inventory("online-boutique");
        const QStringList paths = {corpus(inv.value(QStringLiteral("folder")).toString()),
                                   corpus(QStringLiteral("stripe-openapi/openapi/spec3.yaml"))};
        for (const QString &path : paths) {
            if (!QFile::exists(path))
                QSKIP("corpus not available");
            auto hashed = importer::importPaths({path});
            importer::Options options;
            options.digests = false;
            auto plain = importer::importPaths({path}, options);
            QVERIFY2(hashed.ok() && plain.ok(), qPrintable(path));
            QVERIFY(!hashed->model.entryPoints.isEmpty() || !hashed->model.components.isEmpty());
            QVERIFY2(plain->model == hashed->model, qPrintable(path));
            QCOMPARE(plain->inputs.size(), hashed->inputs.size());
            QVERIFY(hashed->inputs.size() >= 1);
            for (qsizetype i = 0; i < hashed->inputs.size(); ++i) {
                QCOMPARE(plain->inputs[i].path, hashed->inputs[i].path);
                QCOMPARE(plain->inputs[i].kind, hashed->inputs[i].kind);
                if (hashed->inputs[i].path.startsWith(QLatin1Char(':')))
                    continue; // the importer's own mark, not a file
                QVERIFY(hashed->inputs[i].digest.startsWith(QLatin1StringView("sha256:")));
                QVERIFY2(plain->inputs[i].digest.isEmpty(), qPrintable(plain->inputs[i].path));
            }
        }
    }

    void sockShopInventory()
    {
        const QJsonObject inv = inventory("sock-shop");
        if (!QFile::exists(corpus(inv.value(QStringLiteral("folder")).toString())))
            QSKIP("corpus not available");
        auto imported = importer::importPaths({corpus(inv.value(QStringLiteral("folder")).toString())});
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        const ModelFragment &m = imported->model;
        for (const QString &name : strings(inv.value(QStringLiteral("services"))))
            QVERIFY2(component(m, name) && component(m, name)->kind == ComponentKind::Service, qPrintable(name));
        for (const QString &name : strings(inv.value(QStringLiteral("stores"))))
            QVERIFY2(component(m, name) && component(m, name)->kind == ComponentKind::Datastore, qPrintable(name));
        for (const QString &name : strings(inv.value(QStringLiteral("queues"))))
            QVERIFY2(component(m, name) && component(m, name)->kind == ComponentKind::Queue, qPrintable(name));
        auto composeAndKubernetes = [](const Component &c) {
            bool compose = false, kubernetes = false;
            for (const SourceRef &ref : c.sources) {
                compose |= ref.file == QLatin1StringView("deploy/docker-compose/docker-compose.yml");
                kubernetes |= ref.file == QLatin1StringView("deploy/kubernetes/complete-demo.yaml");
            }
            return std::pair{compose, kubernetes};
        };
        // Reconciled: one component per service with both deployments as evidence.
        for (const QString &name : strings(inv.value(QStringLiteral("bothComposeAndKubernetes")))) {
            const auto [compose, kubernetes] = composeAndKubernetes(*component(m, name));
            QVERIFY2(compose && kubernetes, qPrintable(name));
        }
        for (const QString &name : strings(inv.value(QStringLiteral("composeOnly"))))
            QCOMPARE(composeAndKubernetes(*component(m, name)), std::pair(true, false));
        for (const QString &name : strings(inv.value(QStringLiteral("kubernetesOnly"))))
            QCOMPARE(composeAndKubernetes(*component(m, name)), std::pair(false, true));
        for (const QString &name : strings(inv.value(QStringLiteral("internetFacing"))))
            QVERIFY2(component(m, name)->attributes.value(QStringLiteral("internet-facing")).toBool(), qPrintable(name));
        // Each id once.
        QSet<QString> ids;
        for (const Component &c : m.components) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
        }
    }

    void crapi()
    {
        const QJsonObject inv = inventory("crapi");
        if (!QFile::exists(corpus(inv.value(QStringLiteral("folder")).toString())))
            QSKIP("corpus not available");
        auto imported = importer::importPaths({corpus(inv.value(QStringLiteral("folder")).toString())});
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        const ModelFragment &m = imported->model;
        for (const QString &name : strings(inv.value(QStringLiteral("services"))))
            QVERIFY2(component(m, name), qPrintable(name));
        for (const QString &name : strings(inv.value(QStringLiteral("stores"))))
            QVERIFY2(component(m, name) && component(m, name)->kind == ComponentKind::Datastore, qPrintable(name));

        // The OpenAPI entry points belong to the service that serves them.
        const QJsonObject api = inv.value(QStringLiteral("api")).toObject();
        const QString servedBy = QStringLiteral("svc:") + api.value(QStringLiteral("servedBy")).toString();
        int operations = 0;
        for (const EntryPoint &e : m.entryPoints) {
            if (e.sources.first().file == api.value(QStringLiteral("spec")).toString()) {
                QCOMPARE(e.componentId, servedBy);
                ++operations;
            }
        }
        QCOMPARE(operations, api.value(QStringLiteral("operations")).toInt());
        QVERIFY(files(*component(m, servedBy.mid(4))).contains(api.value(QStringLiteral("spec")).toString()));

        // The hard-coded credentials, found and recorded redacted on their services.
        const QJsonObject secrets = inv.value(QStringLiteral("secrets")).toObject();
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            QStringList names;
            for (const QJsonValue &s : component(m, it.key())->attributes.value(QStringLiteral("hardcoded-secrets")).toArray()) {
                const QJsonObject o = s.toObject();
                QVERIFY(o.value(QStringLiteral("fingerprint")).toString().startsWith(QStringLiteral("sha256:")));
                names.append(o.contains(QStringLiteral("name")) ? o.value(QStringLiteral("name")).toString() : o.value(QStringLiteral("type")).toString());
            }
            for (const QString &name : strings(it.value()))
                QVERIFY2(names.contains(name), qPrintable(it.key() + QLatin1Char(' ') + name + QStringLiteral(" not in ") + names.join(u',')));
        }
        const QByteArray json = QJsonDocument(toJson(m)).toJson();
        for (const QString &value : strings(inv.value(QStringLiteral("planted"))))
            QVERIFY2(!json.contains(value.toUtf8()), qPrintable(value));
    }

    void juiceShopDependencies()
    {
        const QJsonObject inv = inventory("juice-shop");
        const QString root = corpus(inv.value(QStringLiteral("folder")).toString());
        if (!QFile::exists(root))
            QSKIP("corpus not available");
        auto imported = importer::importPaths({root});
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        const ModelFragment &m = imported->model;
        // Every dependency the manifests declare is listed on its component, with its version
        // and line (counted here from the files themselves).
        const QJsonObject manifests = inv.value(QStringLiteral("manifests")).toObject();
        for (auto it = manifests.begin(); it != manifests.end(); ++it) {
            QFile f(root + QLatin1Char('/') + it.value().toString());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject package = QJsonDocument::fromJson(f.readAll()).object();
            QMap<QString, QString> declared;
            for (const char *section : {"dependencies", "devDependencies"}) {
                const QJsonObject deps = package.value(QLatin1StringView(section)).toObject();
                for (auto d = deps.begin(); d != deps.end(); ++d)
                    declared.insert(d.key(), d.value().toString());
            }
            const Component *c = component(m, it.key());
            QVERIFY2(c, qPrintable(it.key()));
            QMap<QString, QString> listed;
            for (const QJsonValue &v : c->attributes.value(QStringLiteral("dependencies")).toArray()) {
                const QJsonObject d = v.toObject();
                if (d.value(QStringLiteral("manifest")).toString() == it.value().toString()) {
                    listed.insert(d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("version")).toString());
                    QVERIFY(d.value(QStringLiteral("line")).toInt() > 1);
                    QCOMPARE(d.value(QStringLiteral("ecosystem")).toString(), QStringLiteral("npm"));
                }
            }
            QCOMPARE(listed, declared);
            for (const QString &name : strings(inv.value(QStringLiteral("mustInclude")).toObject().value(it.key())))
                QVERIFY2(listed.contains(name), qPrintable(name));
        }
        // The compose service is the application built from the repository's root.
        const Component *app = component(m, inv.value(QStringLiteral("application")).toString());
        QVERIFY(app);
        QVERIFY(!component(m, inv.value(QStringLiteral("builtFrom")).toString()));
        QVERIFY(app->attributes.value(QStringLiteral("built-from")).toArray().contains(QStringLiteral("svc:juice-shop")));
        const QJsonObject api = inv.value(QStringLiteral("api")).toObject();
        for (const EntryPoint &e : m.entryPoints) {
            if (e.sources.first().file == api.value(QStringLiteral("spec")).toString())
                QCOMPARE(e.componentId, QStringLiteral("svc:") + api.value(QStringLiteral("servedBy")).toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpusRepos)
#include "tst_corpusrepos.moc"
