// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange with other threat-modelling tools: every OTM, Threat Dragon, Threagile, .tm7 and
// Threat Composer example of the corpus imported and counted, our .tm7 reading compared with
// StartLeft's expected OTM, OTM and Threat Dragon exports validated against their schemas and
// round-tripped, hostile inputs, detection, and the CLI from import to export.

#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/importer.h"
#include "interop/interop.h"
#include "interop/otm.h"
#include "interop/threatdragon.h"
#include "model/enums.h"
#include "model/modeljson.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tw;

namespace {

QString corpus(const QString &path)
{
    return QStringLiteral(TW_CORPUS_DIR "/") + path;
}

bool haveCorpus()
{
    return QFile::exists(corpus(QStringLiteral("iriusrisk-OpenThreatModel/EXAMPLE.json")));
}

template<typename T>
const T *byId(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

const Component *byName(const ModelFragment &m, const QString &name)
{
    for (const Component &c : m.components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<const Threat *> threatsOn(const ModelFragment &m, const QString &target)
{
    QList<const Threat *> out;
    for (const Threat &t : m.threats) {
        if (t.targets.contains(target))
            out.append(&t);
    }
    return out;
}

ModelFragment import(const QString &path, interop::Format format, const QString &root = {})
{
    auto m = interop::importFile(path, root.isEmpty() ? QFileInfo(path).absolutePath() : root, format);
    if (!m)
        qWarning("%s", qPrintable(m.errorString()));
    return m ? m.value() : ModelFragment{};
}

QString diagnosticsText(const ModelFragment &m)
{
    QStringList lines;
    for (const Diagnostic &d : m.diagnostics)
        lines.append(enumName(d.level) + QLatin1Char(' ') + d.source.toString() + QStringLiteral(": ") + d.message);
    return lines.join(QLatin1Char('\n'));
}

bool hasError(const ModelFragment &m)
{
    return std::any_of(m.diagnostics.cbegin(), m.diagnostics.cend(), [](const Diagnostic &d) { return d.level == DiagnosticLevel::Error; });
}

/** The model without what an export does not carry on purpose: evidence, origin, import notes. */
SystemModel normalised(SystemModel m)
{
    m.diagnostics.clear();
    auto clear = [](auto &list) {
        for (auto &e : list)
            e.sources.clear();
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    };
    clear(m.components);
    clear(m.boundaries);
    clear(m.entryPoints);
    clear(m.flows);
    clear(m.assets);
    for (Threat &t : m.threats) {
        t.sources.clear();
        t.origin.clear();
        t.justification.clear();
        t.isNew = false;
    }
    m.threats.erase(std::remove_if(m.threats.begin(), m.threats.end(), [](const Threat &t) { return t.status == ThreatStatus::ResolvedByChange; }),
                    m.threats.end());
    std::sort(m.threats.begin(), m.threats.end(), [](const Threat &a, const Threat &b) { return a.fingerprint < b.fingerprint; });
    return m;
}

template<typename T>
QString firstDifference(const QList<T> &a, const QList<T> &b, const char *what)
{
    if (a.size() != b.size())
        return QStringLiteral("%1: %2 before, %3 after").arg(QLatin1StringView(what)).arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i]))
            return QStringLiteral("%1 differ:\n before %2\n after  %3")
                .arg(QLatin1StringView(what), QString::fromUtf8(QJsonDocument(toJson(a[i])).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(toJson(b[i])).toJson(QJsonDocument::Compact)));
    }
    return {};
}

QString modelDifference(const SystemModel &before, const SystemModel &after)
{
    for (const QString &d : {firstDifference(before.components, after.components, "components"),
                             firstDifference(before.boundaries, after.boundaries, "boundaries"),
                             firstDifference(before.entryPoints, after.entryPoints, "entry points"),
                             firstDifference(before.flows, after.flows, "flows"), firstDifference(before.assets, after.assets, "assets"),
                             firstDifference(before.threats, after.threats, "threats")}) {
        if (!d.isEmpty())
            return d;
    }
    return {};
}

/** Validates a JSON file against a JSON Schema with python3-jsonschema; "" when valid. */
QString validate(const QString &schema, const QString &document)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        return QStringLiteral("python3 is not installed");
    QProcess p;
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import json,sys,jsonschema\n"
                                    "s=json.load(open(sys.argv[1])); d=json.load(open(sys.argv[2]))\n"
                                    "v=jsonschema.validators.validator_for(s)(s)\n"
                                    "errs=list(v.iter_errors(d))\n"
                                    "[print(e.message, list(e.path)) for e in errs[:10]]\n"
                                    "sys.exit(1 if errs else 0)\n"),
                     schema, document});
    if (!p.waitForFinished(60000))
        return QStringLiteral("the validator did not finish");
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

struct Run
{
    int code;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TW_CLI_PATH), args);
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every example -------------------------------------------------------------------------

    void importCorpus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("components");
        QTest::addColumn<int>("boundaries");
        QTest::addColumn<int>("flows");
        QTest::addColumn<int>("assets");
        QTest::addColumn<int>("threats");
        QTest::addColumn<bool>("valid");
        // Expected counts were taken from each file's own structure (Python json/PyYAML/
        // ElementTree over the corpus), never from this importer:
        //  OTM: len(components), len(trustZones), dataflows between two components, len(assets),
        //       threat instances on components and dataflows + threats never instantiated.
        //  Threat Dragon: cells typed tm.Process/Store/Actor, tm.BoundaryBox/Boundary, tm.Flow;
        //       threats summed over all cells (v1: cell.threats, v2: cell.data.threats).
        //  Threagile: technical_assets, trust_boundaries, communication links summed over assets,
        //       data_assets, risks_identified summed over the risk categories (includes merged).
        //  .tm7: Borders stencils GE.P/GE.EI/GE.DS, boundaries GE.TB.B + GE.TB.L, GE.DF lines
        //       whose SourceGuid and TargetGuid are elements, entries of ThreatInstances.
        //  Threat Composer: the application, distinct impactedAssets (case-insensitive), threats.
        const int otm = int(interop::Format::Otm), td = int(interop::Format::ThreatDragon), tg = int(interop::Format::Threagile),
                  tm7 = int(interop::Format::Tm7), tc = int(interop::Format::ThreatComposer);
        auto row = [](const char *path, int f, int c, int b, int fl, int a, int t, bool valid = true) {
            QTest::newRow(path) << QString::fromLatin1(path) << f << c << b << fl << a << t << valid;
        };
        row("iriusrisk-OpenThreatModel/EXAMPLE.json", otm, 4, 2, 2, 2, 2);
        row("iriusrisk-OpenThreatModel/EXAMPLE.yaml", otm, 4, 2, 2, 2, 2);
        row("iriusrisk-startleft/examples/otm/cft_example.yaml", otm, 22, 2, 22, 0, 0);
        row("iriusrisk-startleft/examples/otm/lucid_example.yaml", otm, 10, 3, 8, 0, 0);
        row("iriusrisk-startleft/examples/otm/manual_threat_model.yaml", otm, 3, 3, 2, 0, 0);
        row("iriusrisk-startleft/examples/otm/minimal_content.yaml", otm, 0, 0, 0, 0, 0);
        row("iriusrisk-startleft/examples/otm/mtmt_example.yaml", otm, 4, 3, 6, 0, 43);
        row("iriusrisk-startleft/examples/otm/tf_example.yaml", otm, 29, 2, 22, 0, 0);
        row("iriusrisk-startleft/examples/otm/visio_example.yaml", otm, 5, 4, 4, 0, 0);
        row("iriusrisk-startleft/otm/tests/resources/otm/otm_file_example.otm", otm, 22, 2, 22, 0, 0);
        row("iriusrisk-startleft/otm/tests/resources/otm/otm_file_example_yaml.otm", otm, 22, 2, 22, 0, 0);
        row("iriusrisk-startleft/slp_mtmt/tests/resources/otm/nested_tz.otm", otm, 4, 3, 2, 0, 0);
        row("iriusrisk-startleft/slp_base/tests/resources/otm/otm_without_version.otm", otm, 0, 0, 0, 0, 0, false);
        row("OWASP-threat-dragon/td.vue/src/service/demo/mobile-cloud.otm.json", otm, 4, 2, 6, 0, 43);
        row("OWASP-threat-dragon/td.vue/src/service/demo/v2-threat-model.json", td, 7, 3, 10, 0, 14);
        row("OWASP-threat-dragon/td.vue/src/service/demo/three-tier-web-app.json", td, 3, 2, 3, 0, 2);
        row("OWASP-threat-dragon/td.vue/src/service/demo/generic-cms.json", td, 5, 1, 5, 0, 0);
        row("OWASP-threat-dragon/td.vue/src/service/demo/payment-online.json", td, 5, 3, 10, 0, 0);
        row("OWASP-threat-dragon/td.vue/src/service/demo/v2-new-model.json", td, 0, 0, 0, 0, 0);
        row("OWASP-threat-dragon/ThreatDragonModels/demo-threat-model.json", td, 7, 4, 10, 0, 14);
        row("OWASP-threat-dragon/ThreatDragonModels/test/v2-malformed-new-model.json", td, 0, 0, 0, 0, 0, false);
        row("Threagile-threagile/demo/example/threagile.yaml", tg, 14, 5, 20, 12, 2);
        row("Threagile-threagile/demo/stub/threagile.yaml", tg, 2, 1, 1, 1, 1);
        row("Threagile-threagile/test/main.yaml", tg, 14, 5, 20, 12, 2);
        row("iriusrisk-startleft/examples/mtmt/MTMT_example.tm7", tm7, 4, 2, 6, 0, 43);
        row("iriusrisk-startleft/slp_mtmt/tests/resources/mtmt/MTMT_nested_tz.tm7", tm7, 4, 3, 2, 0, 16);
        row("awslabs-threat-composer/packages/threat-composer/src/data/workspaceExamples/GenAIChatbot.tc.json", tc, 1, 0, 0, 18, 37);
        row("awslabs-threat-composer/packages/threat-composer/src/data/workspaceExamples/ThreatComposer.tc.json", tc, 1, 0, 0, 7, 20);
        row("awslabs-threat-composer/workshop-examples/threat-modeling-for-builders-self-paced-elearning/ThreatModelingForBuilders-Exercise1.tc.json",
            tc, 1, 0, 0, 0, 0);
    }

    void importCorpus()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QFETCH(int, components);
        QFETCH(int, boundaries);
        QFETCH(int, flows);
        QFETCH(int, assets);
        QFETCH(int, threats);
        QFETCH(bool, valid);
        const QString file = corpus(path);
        if (!QFile::exists(file))
            QSKIP("corpus not available");
        const auto f = interop::Format(format);
        // Found by the importer's detection, from name and first bytes.
        QCOMPARE(importer::kindName(importer::detect(file)), interop::formatName(f));

        const ModelFragment m = import(file, f);
        QVERIFY2(hasError(m) != valid, qPrintable(diagnosticsText(m)));
        QCOMPARE(m.components.size(), components);
        QCOMPARE(m.boundaries.size(), boundaries);
        QCOMPARE(m.flows.size(), flows);
        QCOMPARE(m.assets.size(), assets);
        QCOMPARE(m.threats.size(), threats);

        // Evidence everywhere: the file, and a position where the reader has one.
        const QString name = QFileInfo(file).fileName();
        auto located = [&](const QList<SourceRef> &sources, const QString &what) {
            QVERIFY2(!sources.isEmpty(), qPrintable(what));
            QVERIFY2(sources.first().file.endsWith(name) || f == interop::Format::Threagile, qPrintable(what + sources.first().toString()));
            QVERIFY2(sources.first().line > 0 && sources.first().column > 0, qPrintable(what + QStringLiteral(" at ") + sources.first().toString()));
        };
        for (const Component &c : m.components)
            located(c.sources, c.id);
        for (const TrustBoundary &b : m.boundaries)
            located(b.sources, b.id);
        for (const DataFlow &fl : m.flows)
            located(fl.sources, fl.id);
        for (const DataAsset &a : m.assets)
            located(a.sources, a.id);
        QSet<QString> ids, fingerprints;
        for (const Component &c : m.components)
            ids.insert(c.id);
        for (const DataFlow &fl : m.flows) {
            QVERIFY(ids.contains(fl.sourceId) && ids.contains(fl.targetId));
            ids.insert(fl.id);
        }
        for (const TrustBoundary &b : m.boundaries)
            ids.insert(b.id);
        for (const DataAsset &a : m.assets)
            ids.insert(a.id);
        for (const Component &c : m.components)
            QVERIFY(c.boundaryId.isEmpty() || ids.contains(c.boundaryId));
        for (const Threat &t : m.threats) {
            located(t.sources, t.title);
            QCOMPARE(t.origin, QStringLiteral("imported:") + interop::formatName(f));
            QVERIFY(!t.title.isEmpty());
            QVERIFY2(!fingerprints.contains(t.fingerprint), qPrintable(t.title));
            fingerprints.insert(t.fingerprint);
            for (const QString &target : t.targets)
                QVERIFY2(ids.contains(target), qPrintable(target));
        }
        // Stable ids: a second import is the same model.
        QVERIFY(import(file, f) == m);
    }

    // Mappings per format ---------------------------------------------------------------------

    void otmExample()
    {
        if (!haveCorpus())
            QSKIP("corpus not available");
        const ModelFragment json = import(corpus(QStringLiteral("iriusrisk-OpenThreatModel/EXAMPLE.json")), interop::Format::Otm);
        const ModelFragment yaml = import(corpus(QStringLiteral("iriusrisk-OpenThreatModel/EXAMPLE.yaml")), interop::Format::Otm);
        // The same model in two syntaxes.
        QCOMPARE(normalised(json).components, normalised(yaml).components);
        QCOMPARE(normalised(json).threats.size(), normalised(yaml).threats.size());

        const Component *service = byId(yaml.components, QStringLiteral("otm:web-service"));
        QVERIFY(service);
        QCOMPARE(service->kind, ComponentKind::Service);
        QCOMPARE(service->boundaryId, QStringLiteral("otm:tz:2ab4effa-40b7-4cd2-ba81-8247d29a6f2d"));
        QCOMPARE(service->tags, QStringList{QStringLiteral("tomcat")});
        QCOMPARE(service->attributes.value(QStringLiteral("assets-processed")).toArray().size(), 2);
        QCOMPARE(service->attributes.value(QStringLiteral("otm:representations")).toArray().size(), 1);
        QCOMPARE(service->sources.first().line, 67); // "  - name: Web Service"
        QCOMPARE(byId(yaml.components, QStringLiteral("otm:customer-database"))->kind, ComponentKind::Datastore);
        QCOMPARE(byId(yaml.components, QStringLiteral("otm:web-client"))->kind, ComponentKind::Client);
        QCOMPARE(byId(yaml.components, QStringLiteral("otm:class-customerdatabase"))->kind, ComponentKind::Generic);
        QCOMPARE(byId(yaml.components, QStringLiteral("otm:class-customerdatabase"))->attributes.value(QStringLiteral("otm:type")).toString(),
                 QStringLiteral("code-class"));
        QVERIFY(diagnosticsText(yaml).contains(QStringLiteral("\"code-class\" has no Threatwright kind")));
        const TrustBoundary *internet = byId(yaml.boundaries, QStringLiteral("otm:tz:f0ba7722-39b6-4c81-8290-a30a248bb8d9"));
        QCOMPARE(internet->kind, BoundaryKind::Internet);
        QCOMPARE(internet->attributes.value(QStringLiteral("trust-rating")).toDouble(), 20.0);
        const DataFlow *store = byId(yaml.flows, QStringLiteral("otm:df:cc-store-in-db"));
        QCOMPARE(store->assetIds, QStringList{QStringLiteral("otm:asset:cc-data")});
        QVERIFY(store->attributes.value(QStringLiteral("bidirectional")).toBool());
        const DataAsset *cc = byId(yaml.assets, QStringLiteral("otm:asset:cc-data"));
        QCOMPARE(cc->classification, Classification::Restricted);
        QCOMPARE(cc->confidentiality, Rating::High);
        QCOMPARE(byId(yaml.assets, QStringLiteral("otm:asset:public-info"))->classification, Classification::Public);

        // One threat instance on the service and one on the dataflow, each with its mitigation state.
        const auto onService = threatsOn(yaml, QStringLiteral("otm:web-service"));
        QCOMPARE(onService.size(), 1);
        const Threat &t = *onService.first();
        QCOMPARE(t.title, QStringLiteral("Threat 1"));
        QCOMPARE(t.stride, Stride::Spoofing);
        QCOMPARE(t.status, ThreatStatus::Suggested);
        QCOMPARE(t.likelihood, 3); // 50 of 100
        QCOMPARE(t.impact, 5);
        QCOMPARE(t.score, 6.0); // 3 × 5 of 25
        QCOMPARE(t.severity, severityForScore(6.0));
        QCOMPARE(t.references.size(), 2);
        QCOMPARE(t.references.first().id, QStringLiteral("CWE-79"));
        QVERIFY(t.mitigation.contains(QStringLiteral("This is the name of mitigation 1")));
        QVERIFY(t.mitigation.contains(QStringLiteral("[implemented]")));
        QVERIFY(threatsOn(yaml, QStringLiteral("otm:df:cc-store-in-db")).first()->mitigation.contains(QStringLiteral("[required]")));
    }

    void threatDragon()
    {
        if (!haveCorpus())
            QSKIP("corpus not available");
        const ModelFragment v2 = import(corpus(QStringLiteral("OWASP-threat-dragon/td.vue/src/service/demo/v2-threat-model.json")), interop::Format::ThreatDragon);
        const ModelFragment v1 = import(corpus(QStringLiteral("OWASP-threat-dragon/ThreatDragonModels/demo-threat-model.json")), interop::Format::ThreatDragon);
        // "strokeDasharray": null everywhere in v2 is no problem at all.
        for (const Diagnostic &d : v2.diagnostics)
            QVERIFY2(d.level == DiagnosticLevel::Info, qPrintable(d.message));
        // The same demo in both versions: same elements (node ids are shared), same threats.
        QStringList v1Names, v2Names, v1Threats, v2Threats;
        for (const Component &c : v1.components)
            v1Names.append(c.id + QLatin1Char('=') + c.name + QLatin1Char('/') + enumName(c.kind));
        for (const Component &c : v2.components)
            v2Names.append(c.id + QLatin1Char('=') + c.name + QLatin1Char('/') + enumName(c.kind));
        for (const Threat &t : v1.threats)
            v1Threats.append(t.title + QLatin1Char('/') + enumName(t.status) + QLatin1Char('/') + enumName(t.severity) + QLatin1Char('/') + enumName(t.stride));
        for (const Threat &t : v2.threats)
            v2Threats.append(t.title + QLatin1Char('/') + enumName(t.status) + QLatin1Char('/') + enumName(t.severity) + QLatin1Char('/') + enumName(t.stride));
        v1Names.sort();
        v2Names.sort();
        v1Threats.sort();
        v2Threats.sort();
        QCOMPARE(v1Names, v2Names);
        QCOMPARE(v1Threats, v2Threats);

        const Component *queue = byName(v2, QStringLiteral("Message Queue"));
        QCOMPARE(queue->kind, ComponentKind::Queue); // a store named a queue
        QCOMPARE(byName(v2, QStringLiteral("Browser"))->kind, ComponentKind::Client);
        QCOMPARE(byName(v2, QStringLiteral("Web Application"))->kind, ComponentKind::Service); // "Web\nApplication"
        QVERIFY(byName(v2, QStringLiteral("Web Application Config"))->attributes.value(QStringLiteral("out-of-scope")).toBool());
        QVERIFY(byName(v2, QStringLiteral("Worker Config"))->attributes.value(QStringLiteral("stores-credentials")).toBool());
        int mitigated = 0;
        for (const Threat &t : v2.threats)
            mitigated += t.status == ThreatStatus::Mitigated;
        QCOMPARE(mitigated, 4);
        const auto onQueue = threatsOn(v2, queue->id);
        QCOMPARE(onQueue.size(), 3);
        // The dangling end of "Web Request" touches the Browser: connected, and said so.
        const Component *browser = byName(v2, QStringLiteral("Browser"));
        QVERIFY(std::any_of(v2.flows.cbegin(), v2.flows.cend(), [&](const DataFlow &f) { return f.label == QLatin1StringView("Web Request") && f.sourceId == browser->id; }));
        QVERIFY(diagnosticsText(v2).contains(QStringLiteral("touches \"Browser\"")));
        // The three boundary curves are lines, and the public web request crosses one of them.
        QCOMPARE(std::count_if(v2.boundaries.cbegin(), v2.boundaries.cend(), [](const TrustBoundary &b) { return b.attributes.value(QStringLiteral("shape")) == QLatin1StringView("line"); }), 3);
        QVERIFY(std::any_of(v2.flows.cbegin(), v2.flows.cend(), [](const DataFlow &f) { return !f.attributes.value(QStringLiteral("crosses-boundaries")).toArray().isEmpty(); }));
        const DataFlow *response = nullptr;
        for (const DataFlow &f : v2.flows) {
            if (f.label == QLatin1StringView("Web Response"))
                response = &f;
        }
        QCOMPARE(response->protocol, QStringLiteral("HTTP/S"));
        QCOMPARE(response->encrypted, std::optional<bool>(true));
        QVERIFY(response->attributes.value(QStringLiteral("public-network")).toBool());

        // Boxes enclose what is drawn inside them.
        const ModelFragment payment = import(corpus(QStringLiteral("OWASP-threat-dragon/td.vue/src/service/demo/payment-online.json")), interop::Format::ThreatDragon);
        auto boundaryName = [&](const QString &component) {
            const TrustBoundary *b = byId(payment.boundaries, byName(payment, component)->boundaryId);
            return b ? b->name : QString();
        };
        QCOMPARE(boundaryName(QStringLiteral("Customer Client")), QStringLiteral("Customer / Internet"));
        QCOMPARE(boundaryName(QStringLiteral("Merchant Web Server")), QStringLiteral("Merchant / Web"));
        QCOMPARE(boundaryName(QStringLiteral("Stripe API service")), QStringLiteral("Stripe / Web"));
        QCOMPARE(boundaryName(QStringLiteral("Customer")), QString());
    }

    void threagile()
    {
        if (!haveCorpus())
            QSKIP("corpus not available");
        const ModelFragment m = import(corpus(QStringLiteral("Threagile-threagile/demo/example/threagile.yaml")), interop::Format::Threagile);
        const Component *db = byId(m.components, QStringLiteral("threagile:sql-database"));
        QCOMPARE(db->kind, ComponentKind::Datastore);
        QCOMPARE(db->boundaryId, QStringLiteral("threagile:tb:erp-dmz"));
        QCOMPARE(byId(m.boundaries, QStringLiteral("threagile:tb:erp-dmz"))->parentId, QStringLiteral("threagile:tb:application-network"));
        QCOMPARE(byId(m.boundaries, QStringLiteral("threagile:tb:erp-dmz"))->kind, BoundaryKind::SecurityGroup);
        QCOMPARE(byId(m.components, QStringLiteral("threagile:load-balancer"))->kind, ComponentKind::Gateway);
        QCOMPARE(byId(m.components, QStringLiteral("threagile:identity-provider"))->kind, ComponentKind::IdentityProvider);
        QCOMPARE(byId(m.components, QStringLiteral("threagile:customer-client"))->kind, ComponentKind::Client);
        QVERIFY(byId(m.components, QStringLiteral("threagile:customer-client"))->attributes.value(QStringLiteral("internet-facing")).toBool());
        // Merge keys (<<: *customer-contracts) give the inherited fields.
        const DataAsset *summaries = byId(m.assets, QStringLiteral("threagile:data:contract-summaries"));
        QCOMPARE(summaries->attributes.value(QStringLiteral("threagile:owner")).toString(), QStringLiteral("Company XYZ"));
        QCOMPARE(summaries->classification, Classification::Confidential); // restricted
        QCOMPARE(byId(m.assets, QStringLiteral("threagile:data:customer-accounts"))->classification, Classification::Restricted);
        const DataFlow *traffic = byId(m.flows, QStringLiteral("threagile:customer-client>customer-traffic"));
        QVERIFY(traffic);
        QCOMPARE(traffic->encrypted, std::optional<bool>(true));
        QCOMPARE(traffic->authenticated, std::optional<bool>(true));
        QCOMPARE(traffic->assetIds.size(), 5);
        const auto risks = threatsOn(m, QStringLiteral("threagile:sql-database"));
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks.first()->title, QStringLiteral("Example Individual Risk at Database"));
        QCOMPARE(risks.first()->stride, Stride::Repudiation);
        QCOMPARE(risks.first()->severity, Severity::Critical);
        QCOMPARE(risks.first()->references.first().id, QStringLiteral("CWE-693"));
        // Tracking of risks only Threagile's rules find stays with the asset it names.
        const QJsonArray tracking = byId(m.components, QStringLiteral("threagile:erp-system"))->attributes.value(QStringLiteral("threagile:risk-tracking")).toArray();
        QCOMPARE(tracking.size(), 1);
        QCOMPARE(tracking.first()[QStringLiteral("status")].toString(), QStringLiteral("accepted"));
        QVERIFY(diagnosticsText(m).contains(QStringLiteral("unencrypted-asset@*")));

        // The multi-file model of test/ (18 files through two levels of includes) is the same model.
        const ModelFragment split = import(corpus(QStringLiteral("Threagile-threagile/test/main.yaml")), interop::Format::Threagile);
        QVERIFY2(!hasError(split), qPrintable(diagnosticsText(split)));
        auto ids = [](const ModelFragment &f) {
            QStringList out;
            for (const Component &c : f.components)
                out.append(c.id + QLatin1Char('@') + c.boundaryId + QLatin1Char('/') + enumName(c.kind));
            for (const DataFlow &fl : f.flows)
                out.append(fl.id);
            for (const TrustBoundary &b : f.boundaries)
                out.append(b.id + QLatin1Char('<') + b.parentId);
            for (const DataAsset &a : f.assets)
                out.append(a.id);
            out.sort();
            return out;
        };
        QCOMPARE(ids(split), ids(m));
        QVERIFY(byId(split.components, QStringLiteral("threagile:sql-database"))->sources.first().file.endsWith(QStringLiteral("technical_assets_databases.yaml")));
    }

    void threagileIncludesAndTracking()
    {
        QTemporaryDir dir;
        // a includes b, b includes a again and a file outside the root; c is missing.
        writeFile(dir.filePath(QStringLiteral("root/a.yaml")), "threagile_version: 1.0.0\nincludes:\n  - sub/b.yaml\n  - c.yaml\n"
                                                                "technical_assets:\n  App:\n    id: app\n    type: process\n    technology: web-server\n"
                                                                "    communication_links:\n      Query DB:\n        target: db\n        protocol: jdbc\n        authentication: credentials\n"
                                                                "individual_risk_categories:\n  Cat:\n    id: weak-thing\n    stride: tampering\n    risks_identified:\n"
                                                                "      Weak <b>App</b>:\n        severity: high\n        most_relevant_technical_asset: app\n"
                                                                "      Weak <b>DB</b>:\n        severity: low\n        most_relevant_technical_asset: db\n"
                                                                "risk_tracking:\n  weak-thing@db:\n    status: false-positive\n    justification: not reachable\n    checked_by: Ann\n"
                                                                "  weak-thing@*:\n    status: mitigated\n");
        writeFile(dir.filePath(QStringLiteral("root/sub/b.yaml")), "includes:\n  - ../a.yaml\n  - ../../outside.yaml\n"
                                                                    "technical_assets:\n  DB:\n    id: db\n    type: datastore\n    technology: database\n"
                                                                    "  App:\n    id: app-again\n    type: process\n");
        writeFile(dir.filePath(QStringLiteral("outside.yaml")), "technical_assets:\n  Evil:\n    id: evil\n    type: process\n");
        const ModelFragment m = import(dir.filePath(QStringLiteral("root/a.yaml")), interop::Format::Threagile, dir.filePath(QStringLiteral("root")));
        const QString text = diagnosticsText(m);
        QCOMPARE(m.components.size(), 2); // app, db; "App" from b is a duplicate key; evil is outside
        QVERIFY(!byId(m.components, QStringLiteral("threagile:evil")));
        QVERIFY2(text.contains(QStringLiteral("already included")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("outside the import root")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("c.yaml does not exist")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("sub/b.yaml:9:3: \"App\" is defined twice")), qPrintable(text)); // at its own file:line:col
        QCOMPARE(m.flows.size(), 1);
        QCOMPARE(m.flows.first().encrypted, std::optional<bool>(false));
        QCOMPARE(m.flows.first().authenticated, std::optional<bool>(true));
        // The most specific tracking entry that comes first wins; wildcards cover the rest.
        QCOMPARE(threatsOn(m, QStringLiteral("threagile:db")).first()->status, ThreatStatus::Dismissed);
        QCOMPARE(threatsOn(m, QStringLiteral("threagile:db")).first()->justification, QStringLiteral("not reachable"));
        QCOMPARE(threatsOn(m, QStringLiteral("threagile:db")).first()->owner, QStringLiteral("Ann"));
        QCOMPARE(threatsOn(m, QStringLiteral("threagile:app")).first()->status, ThreatStatus::Mitigated);
    }

    void tm7AgainstStartLeft()
    {
        if (!haveCorpus())
            QSKIP("corpus not available");
        // Nested trust zones: StartLeft's expected output of the same .tm7.
        const ModelFragment ours = import(corpus(QStringLiteral("iriusrisk-startleft/slp_mtmt/tests/resources/mtmt/MTMT_nested_tz.tm7")), interop::Format::Tm7);
        const ModelFragment theirs = import(corpus(QStringLiteral("iriusrisk-startleft/slp_mtmt/tests/resources/otm/nested_tz.otm")), interop::Format::Otm);
        auto strip = [](QString id) { return id.section(QLatin1Char(':'), -1); };
        auto elements = [&](const ModelFragment &m) {
            QStringList out;
            for (const Component &c : m.components)
                out.append(strip(c.id) + QLatin1Char('=') + c.name);
            for (const DataFlow &f : m.flows)
                out.append(strip(f.id) + QLatin1Char('=') + strip(f.sourceId) + QStringLiteral("->") + strip(f.targetId) + QLatin1Char(' ') + f.label);
            for (const TrustBoundary &b : m.boundaries)
                out.append(strip(b.id) + QLatin1Char('=') + b.name + QLatin1Char('<') + strip(b.parentId));
            out.sort();
            return out;
        };
        QCOMPARE(elements(ours), elements(theirs));
        // Component kinds agree with StartLeft's mapped types.
        QCOMPARE(byName(ours, QStringLiteral("Customer web client"))->kind, ComponentKind::Client);        // web-client
        QCOMPARE(byName(ours, QStringLiteral("Main Application"))->kind, ComponentKind::Service);          // web-application-server-side
        QCOMPARE(byName(ours, QStringLiteral("Sandbox Mongo"))->kind, ComponentKind::Datastore);           // other-nosql-key-value-store
        QCOMPARE(byName(theirs, QStringLiteral("Sandbox Mongo"))->kind, ComponentKind::Datastore);
        // Membership agrees except where StartLeft puts a component into a line boundary, which
        // encloses nothing on the drawing (docs/interop.md).
        QStringList differences;
        for (const Component &c : ours.components) {
            const Component *other = byId(theirs.components, QStringLiteral("otm:") + strip(c.id));
            if (strip(c.boundaryId) != strip(other->boundaryId))
                differences.append(c.name + QStringLiteral(": ") + strip(c.boundaryId) + QStringLiteral(" vs ") + strip(other->boundaryId));
        }
        QCOMPARE(differences, QStringList{QStringLiteral("Customer web client:  vs 26e6fdb8-013f-4d59-bb11-208eec4d6bc9")});
        // The unconnected "Production data" flow is left out by both, we say so.
        QVERIFY(diagnosticsText(ours).contains(QStringLiteral("\"Production data\" is not connected")));
        // StartLeft writes no threats for this file; the .tm7 holds 16 instances and we keep them.
        QCOMPARE(theirs.threats.size(), 0);
        QCOMPARE(ours.threats.size(), 16);
        // The HTTPS flow crosses the Internet boundary line.
        const DataFlow *https = byId(ours.flows, QStringLiteral("tm7:282856be-f320-4a98-993f-b95fbf42d809"));
        QCOMPARE(https->protocol, QStringLiteral("https"));
        QCOMPARE(https->encrypted, std::optional<bool>(true));
        QCOMPARE(https->attributes.value(QStringLiteral("crosses-boundaries")).toArray(),
                 QJsonArray{QStringLiteral("tm7:26e6fdb8-013f-4d59-bb11-208eec4d6bc9")});

        // The example model: the expected OTM came from an earlier drawing (other zone names),
        // elements, flows and threats per element agree.
        const ModelFragment example = import(corpus(QStringLiteral("iriusrisk-startleft/examples/mtmt/MTMT_example.tm7")), interop::Format::Tm7);
        const ModelFragment expected = import(corpus(QStringLiteral("iriusrisk-startleft/examples/otm/mtmt_example.yaml")), interop::Format::Otm);
        auto nodes = [&](const ModelFragment &m) {
            QStringList out;
            for (const Component &c : m.components)
                out.append(strip(c.id) + QLatin1Char('=') + c.name + QStringLiteral(" threats:") + QString::number(threatsOn(m, c.id).size()));
            for (const DataFlow &f : m.flows)
                out.append(strip(f.id) + QLatin1Char('=') + strip(f.sourceId) + QStringLiteral("->") + strip(f.targetId) + QLatin1Char(' ') + f.label);
            out.sort();
            return out;
        };
        QCOMPARE(nodes(example), nodes(expected));
        // Components are grouped into zones the same way, though the zones are named differently.
        auto partition = [&](const ModelFragment &m) {
            QMap<QString, QStringList> groups;
            for (const Component &c : m.components)
                groups[c.boundaryId].append(c.name);
            QStringList out;
            for (QStringList g : groups) {
                g.sort();
                out.append(g.join(QLatin1Char(',')));
            }
            out.sort();
            return out;
        };
        QCOMPARE(partition(example), partition(expected));
        QStringList zoneNames;
        for (const TrustBoundary &b : example.boundaries)
            zoneNames.append(b.name);
        QCOMPARE(zoneNames, (QStringList{QStringLiteral("Internet"), QStringLiteral("Public Cloud")}));
        // The STRIDE categories of the 43 threats agree with StartLeft's.
        auto strides = [](const ModelFragment &m) {
            QStringList out;
            for (const Threat &t : m.threats)
                out.append(enumName(t.stride));
            out.sort();
            return out;
        };
        QCOMPARE(strides(example), strides(expected));
        // Threat texts: the same title and description per instance id (StartLeft uses the tool's Id).
        const Threat *ours55 = nullptr;
        for (const Threat &t : example.threats) {
            if (t.title.startsWith(QLatin1StringView("An adversary can gain unauthorized access to Azure Postgres DB")))
                ours55 = &t;
        }
        QVERIFY(ours55);
        QCOMPARE(ours55->stride, Stride::ElevationOfPrivilege);
        QCOMPARE(ours55->severity, Severity::High);
        QVERIFY(ours55->mitigation.startsWith(QLatin1StringView("Restrict access to Azure Postgres DB instances")));
        QCOMPARE(ours55->sources.first().line, 1); // the whole file is one line; the column says where
        QVERIFY(ours55->sources.first().column > 1000);
    }

    void threatComposer()
    {
        if (!haveCorpus())
            QSKIP("corpus not available");
        const ModelFragment m = import(corpus(QStringLiteral("awslabs-threat-composer/packages/threat-composer/src/data/workspaceExamples/ThreatComposer.tc.json")),
                                       interop::Format::ThreatComposer);
        QCOMPARE(m.components.first().name, QStringLiteral("Threat composer"));
        QCOMPARE(m.components.first().attributes.value(QStringLiteral("tc:assumptions")).toArray().size(), 5);
        // 18 mitigations, all linked to threats; 4 of the 36 links point at ids that are in the
        // file neither as threats nor as assumptions.
        QVERIFY(!m.components.first().attributes.contains(QStringLiteral("tc:unlinked-mitigations")));
        QVERIFY(diagnosticsText(m).contains(QStringLiteral("4 mitigation link(s) point at no threat")));
        for (const Threat &t : m.threats) {
            QCOMPARE(t.status, ThreatStatus::Mitigated); // all "threatResolved"
            QVERIFY(t.targets.contains(QStringLiteral("tc:application")));
        }
        const Threat *t22 = nullptr;
        for (const Threat &t : m.threats) {
            if (t.title.startsWith(QLatin1StringView("A threat actor that is able to trick a user into installing a malicous userscript")))
                t22 = &t;
        }
        QVERIFY(t22);
        QCOMPARE(t22->stride, Stride::InformationDisclosure);
        QCOMPARE(t22->severity, Severity::Medium);
        QCOMPARE(t22->targets.size(), 5); // the application and 4 impacted assets
        QVERIFY(t22->rationale.contains(QStringLiteral("Threat action: read the contents of local browser storage")));
        const ModelFragment genai = import(corpus(QStringLiteral("awslabs-threat-composer/packages/threat-composer/src/data/workspaceExamples/GenAIChatbot.tc.json")),
                                           interop::Format::ThreatComposer);
        int withMitigation = 0;
        for (const Threat &t : genai.threats) {
            QCOMPARE(t.status, ThreatStatus::Suggested); // all "threatIdentified"
            withMitigation += !t.mitigation.isEmpty();
        }
        QVERIFY(withMitigation > 30);
    }

    // Export, schema, round trip -------------------------------------------------------------

    void exportValidatesAndRoundTrips_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("otm") << int(interop::Format::Otm);
        QTest::newRow("threat-dragon") << int(interop::Format::ThreatDragon);
    }

    void exportValidatesAndRoundTrips()
    {
        QFETCH(int, format);
        const auto f = interop::Format(format);
        if (!haveCorpus())
            QSKIP("corpus not available");
        const SystemModel model = richModel();
        QVERIFY(model.components.size() > 25 && model.threats.size() > 40);

        QTemporaryDir dir;
        const QString first = dir.filePath(f == interop::Format::Otm ? QStringLiteral("model.otm.json") : QStringLiteral("model.td.json"));
        interop::ExportInfo info{QStringLiteral("Round trip <\"test\">"), {}, 7};
        interop::ExportNotes notes;
        auto bytes = f == interop::Format::Otm ? interop::otm::exportModel(model, info, &notes) : interop::threatdragon::exportModel(model, info, &notes);
        QVERIFY(bytes.ok());
        writeFile(first, *bytes);
        QVERIFY(!notes.notes.isEmpty()); // entry points and the like are said to travel in the extension

        // Valid against the format's published schema (the Threat Dragon one with its
        // null-dash quirk irrelevant: we never write null there).
        const QString schema = f == interop::Format::Otm ? corpus(QStringLiteral("iriusrisk-OpenThreatModel/otm_schema.json"))
                                                         : corpus(QStringLiteral("OWASP-threat-dragon/td.vue/src/assets/schema/threat-dragon-v2.schema.json"));
        const QString problems = validate(schema, first);
        if (problems.startsWith(QLatin1StringView("python3 is not installed")))
            QSKIP("python3 not available");
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // The validator is real: a broken document fails it.
        QJsonObject broken = QJsonDocument::fromJson(*bytes).object();
        broken.remove(f == interop::Format::Otm ? QStringLiteral("project") : QStringLiteral("summary"));
        writeFile(dir.filePath(QStringLiteral("broken.json")), QJsonDocument(broken).toJson());
        QVERIFY(!validate(schema, dir.filePath(QStringLiteral("broken.json"))).isEmpty());

        // Detected as what it is, and imported back to the same model.
        QCOMPARE(importer::kindName(importer::detect(first)), interop::formatName(f));
        const ModelFragment back = import(first, f);
        QVERIFY2(!hasError(back), qPrintable(diagnosticsText(back)));
        const QString difference = modelDifference(normalised(model), normalised(back));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        for (const Threat &t : back.threats)
            QCOMPARE(t.origin, QStringLiteral("imported:") + interop::formatName(f));
        // A second export of what came back is byte for byte the first.
        auto again = f == interop::Format::Otm ? interop::otm::exportModel(back, info) : interop::threatdragon::exportModel(back, info);
        QCOMPARE(*again, *bytes);
    }

    void otmExportOfForeignKeepsItsIds()
    {
        if (!haveCorpus())
            QSKIP("corpus not available");
        // An OTM file through Threatwright keeps IriusRisk's ids, types and attributes.
        const ModelFragment m = import(corpus(QStringLiteral("iriusrisk-OpenThreatModel/EXAMPLE.json")), interop::Format::Otm);
        auto bytes = interop::otm::exportModel(m, interop::ExportInfo{QStringLiteral("Test project"), QStringLiteral("test-project"), 0});
        QVERIFY(bytes.ok());
        const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
        QStringList ids;
        for (const QJsonValue &c : o[QStringLiteral("components")].toArray())
            ids.append(c[QStringLiteral("id")].toString() + QLatin1Char('/') + c[QStringLiteral("type")].toString());
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("class-customerdatabase/code-class"), QStringLiteral("customer-database/database"),
                                   QStringLiteral("web-client/web-client"), QStringLiteral("web-service/web-service")}));
        QCOMPARE(o[QStringLiteral("trustZones")][0][QStringLiteral("id")].toString(), QStringLiteral("f0ba7722-39b6-4c81-8290-a30a248bb8d9"));
        QCOMPARE(o[QStringLiteral("trustZones")][0][QStringLiteral("risk")][QStringLiteral("trustRating")].toDouble(), 20.0);
        QCOMPARE(o[QStringLiteral("dataflows")][1][QStringLiteral("source")].toString(), QStringLiteral("web-service"));
    }

    // Hostile and broken input ----------------------------------------------------------------

    void hostileInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected"); ///< a diagnostic that must appear, with file:line:col
        const int otm = int(interop::Format::Otm), td = int(interop::Format::ThreatDragon), tg = int(interop::Format::Threagile),
                  tm7 = int(interop::Format::Tm7), tc = int(interop::Format::ThreatComposer);
        QTest::newRow("otm truncated") << "a.otm.json" << QByteArray("{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"x\",\n  \"id\": ") << otm
                                       << "a.otm.json:2:";
        QTest::newRow("otm wrong types") << "b.otm.json"
                                         << QByteArray("{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"x\", \"id\": \"x\"},\n"
                                                       " \"components\": \"none\", \"trustZones\": [5, {\"name\": \"no id\"}],\n"
                                                       " \"dataflows\": [{\"id\": \"f\", \"source\": \"a\", \"destination\": \"b\"}],\n"
                                                       " \"threats\": {\"id\": 1}}")
                                         << otm << "b.otm.json:2:16: \"components\" should be a list";
        QTest::newRow("otm zone cycle") << "c.otm.yaml"
                                        << QByteArray("otmVersion: 0.2.0\nproject: {name: x, id: x}\ntrustZones:\n"
                                                      "  - {id: a, name: A, risk: {trustRating: 1}, parent: {trustZone: b}}\n"
                                                      "  - {id: b, name: B, risk: {trustRating: 1}, parent: {trustZone: a}}\n"
                                                      "components:\n  - {id: c, name: C, type: db, parent: {component: c},\n"
                                                      "     threats: [{threat: nope, state: exposed}]}\n")
                                        << otm << "inside itself";
        QTest::newRow("otm not a map") << "d.otm" << QByteArray("- just\n- a list\n") << otm << "d.otm:1:1: not an OTM document";
        QTest::newRow("otm binary") << "e.otm" << QByteArray("\x00\x01\xff\xfe garbage \x80", 15) << otm << "e.otm:";
        QTest::newRow("td truncated") << "t.json" << QByteArray("{\"version\": \"2.3.0\", \"summary\": {\"title\": \"x\"},\n \"detail\": {\"diagrams\": [{\"cells\": [")
                                      << td << "t.json:2:";
        QTest::newRow("td dangling and odd cells")
            << "u.json"
            << QByteArray("{\"version\": \"2.3.0\", \"summary\": {\"title\": \"x\"}, \"detail\": {\"diagrams\": [{\"cells\": [\n"
                          " {\"id\": \"p\", \"shape\": \"process\", \"position\": {\"x\": 0, \"y\": 0}, \"size\": {\"width\": 10, \"height\": 10},\n"
                          "  \"data\": {\"type\": \"tm.Process\", \"name\": \"P\", \"threats\": [{\"title\": \"T\", \"status\": \"Weird\", \"severity\": \"Ultra\", \"type\": \"Linkability\", \"modelType\": \"LINDDUN\"}, 7]}},\n"
                          " {\"id\": \"f\", \"shape\": \"flow\", \"source\": {\"cell\": \"p\"}, \"target\": {\"cell\": \"missing\"}, \"data\": {\"type\": \"tm.Flow\"}},\n"
                          " {\"id\": \"x\", \"shape\": \"hexagon\", \"position\": {\"x\": 50, \"y\": 50}, \"size\": {\"width\": 10, \"height\": 10}, \"data\": {\"type\": \"tm.Cloud\"}},\n"
                          " \"not a cell\"]}]}}")
            << td << "u.json:4:2: flow \"\" is not connected";
        QTest::newRow("threagile alias bomb")
            << "bomb.yaml"
            << QByteArray("threagile_version: 1.0.0\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                          "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                          "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                          "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n")
            << tg << "bomb.yaml:";
        QTest::newRow("threagile wrong shapes")
            << "w.yaml"
            << QByteArray("threagile_version: 1.0.0\ntechnical_assets: [1, 2]\ntrust_boundaries:\n  Loop:\n    id: loop\n    type: galaxy\n"
                          "    trust_boundaries_nested: [loop, ghost]\n    technical_assets_inside: [nobody]\n")
            << tg << "w.yaml:2:19: \"technical_assets\" should be a map";
        QTest::newRow("tm7 truncated") << "m.tm7"
                                       << QByteArray("<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\"><DrawingSurfaceList><DrawingSurfaceModel>")
                                       << tm7 << "m.tm7:1:";
        QTest::newRow("tm7 entity bomb")
            << "n.tm7"
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                          "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                          "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                          "<ThreatModel><Notes>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</Notes></ThreatModel>")
            << tm7 << "n.tm7:1:";
        QTest::newRow("tm7 not a model") << "o.tm7" << QByteArray("<html><body/></html>") << tm7 << "o.tm7:1:6: not a Microsoft Threat Modeling Tool model";
        QTest::newRow("tc wrong types") << "p.tc.json"
                                        << QByteArray("{\"schema\": 1, \"applicationInfo\": [],\n \"threats\": [{\"id\": \"t\", \"metadata\": 5, \"impactedAssets\": [\"\", {}]}, 3],\n"
                                                      " \"mitigationLinks\": [{\"mitigationId\": \"m\", \"linkedId\": \"t\"}]}")
                                        << tc << "p.tc.json:1:34: \"applicationInfo\" should be a map";
        QTest::newRow("empty") << "q.otm" << QByteArray() << otm << "q.otm";
    }

    void hostileInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, format);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        writeFile(path, content);
        auto m = interop::importFile(path, dir.path(), interop::Format(format));
        QVERIFY(m.ok());
        const QString text = diagnosticsText(*m);
        QVERIFY2(text.contains(expected), qPrintable(text));
        for (const Diagnostic &d : m->diagnostics)
            QVERIFY2(d.source.file == name || d.source.file.isEmpty(), qPrintable(d.source.toString()));
    }

    // Detection and the importer ---------------------------------------------------------------

    void detection()
    {
        if (!haveCorpus())
            QSKIP("corpus not available");
        // Schemas and mapping files name the same keys but are not models.
        for (const char *path : {"iriusrisk-OpenThreatModel/otm_schema.json", "iriusrisk-startleft/otm/resources/schemas/otm_schema.json",
                                 "OWASP-threat-dragon/td.vue/src/assets/schema/threat-dragon-v2.schema.json",
                                 "OWASP-threat-dragon/td.vue/src/assets/schema/threat-dragon-v1.schema.json",
                                 "awslabs-threat-composer/schemas/threat-composer-v1.schema.json", "Threagile-threagile/support/schema.json",
                                 "Threagile-threagile/pkg/types/technologies.yaml", "iriusrisk-startleft/examples/mtmt/mtmt_default_mapping_example.yaml",
                                 "Threagile-threagile/test/technical_assets_servers.yaml"})
            QVERIFY2(importer::detect(corpus(QString::fromLatin1(path))) == importer::ArtifactKind::Unknown, path);
        // A folder with a multi-file Threagile model: the model once, through its includes.
        auto outcome = importer::importPaths({corpus(QStringLiteral("Threagile-threagile/test"))});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
        QCOMPARE(outcome->artifacts.size(), 1);
        QCOMPARE(std::count_if(outcome->inputs.cbegin(), outcome->inputs.cend(),
                               [](const InputDigest &i) { return i.kind == QLatin1StringView("threagile"); }),
                 1);
        QCOMPARE(outcome->model.components.size(), 14);
        QCOMPARE(outcome->model.threats.size(), 2); // imported threats travel through the importer
        // A folder of Threat Dragon demos: five models, threats merged by fingerprint.
        auto demos = importer::importPaths({corpus(QStringLiteral("OWASP-threat-dragon/td.vue/src/service/demo"))});
        QVERIFY(demos.ok());
        QCOMPARE(demos->artifacts.size(), 6); // five Threat Dragon models and the OTM one
        QCOMPARE(demos->model.threats.size(), 14 + 2 + 43);
    }

    // The command line ------------------------------------------------------------------------

    void cliImportDecideExport()
    {
        if (!haveCorpus())
            QSKIP("corpus not available");
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.twdb"));
        QCOMPARE(cli({QStringLiteral("init"), project}).code, 0);
        const QString model = corpus(QStringLiteral("OWASP-threat-dragon/td.vue/src/service/demo/v2-threat-model.json"));
        Run run = cli({QStringLiteral("import"), project, model, QStringLiteral("--actor"), QStringLiteral("tester")});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("4 triage states from imported threat models recorded as decisions"), run.out.constData());
        // The imported statuses are decisions in the audit trail, by the person who imported.
        run = cli({QStringLiteral("threats"), project, QStringLiteral("--status"), QStringLiteral("mitigated"), QStringLiteral("--json")});
        const QJsonArray mitigated = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(mitigated.size(), 4);
        for (const QJsonValue &t : mitigated) {
            QCOMPARE(t[QStringLiteral("origin")].toString(), QStringLiteral("imported:threat-dragon"));
            QVERIFY(t[QStringLiteral("justification")].toString().contains(QStringLiteral("Threat Dragon status \"Mitigated\" (imported from v2-threat-model.json)")));
        }
        run = cli({QStringLiteral("audit"), project, QStringLiteral("--verify")});
        QCOMPARE(run.code, 0);
        // A person's decision stands over the file's on the next import.
        const QString fingerprint = mitigated.first()[QStringLiteral("fingerprint")].toString();
        QCOMPARE(cli({QStringLiteral("triage"), project, fingerprint, QStringLiteral("--reopen"), QStringLiteral("--reason"), QStringLiteral("not done yet")}).code, 0);
        run = cli({QStringLiteral("import"), project, model});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(!run.out.contains("recorded as decisions"));
        run = cli({QStringLiteral("threats"), project, QStringLiteral("--status"), QStringLiteral("mitigated"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 3);

        // A rule's finding triaged here: its decision travels with the export.
        run = cli({QStringLiteral("threats"), project, QStringLiteral("--json")});
        QString ruleThreat;
        for (const QJsonValue &t : QJsonDocument::fromJson(run.out).array()) {
            if (t[QStringLiteral("origin")].toString() == QLatin1StringView("rule"))
                ruleThreat = t[QStringLiteral("fingerprint")].toString();
        }
        QVERIFY(!ruleThreat.isEmpty());
        QCOMPARE(cli({QStringLiteral("triage"), project, ruleThreat, QStringLiteral("--dismiss"), QStringLiteral("--reason"), QStringLiteral("queue is internal")}).code, 0);

        // Export both formats; OTM detected and imported into a second project gives the same elements.
        const QString otm = dir.filePath(QStringLiteral("out.otm.json"));
        run = cli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("otm"), QStringLiteral("-o"), otm});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.out.contains("Wrote"));
        const QString td = dir.filePath(QStringLiteral("out.json"));
        run = cli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("threat-dragon"), QStringLiteral("-o"), td, QStringLiteral("--version"), QStringLiteral("1")});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(readFile(td)).object()[QStringLiteral("version")].toString(), QStringLiteral("2.3.0"));
        const QString second = dir.filePath(QStringLiteral("q.twdb"));
        QCOMPARE(cli({QStringLiteral("init"), second}).code, 0);
        run = cli({QStringLiteral("import"), second, otm});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("4 triage states from imported threat models recorded as decisions"), run.out.constData());
        run = cli({QStringLiteral("threats"), second, QStringLiteral("--status"), QStringLiteral("mitigated"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 3);
        run = cli({QStringLiteral("threats"), second, QStringLiteral("--status"), QStringLiteral("dismissed"), QStringLiteral("--json")});
        const QJsonArray dismissed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(dismissed.size(), 1);
        QCOMPARE(dismissed.first()[QStringLiteral("fingerprint")].toString(), ruleThreat);
        QCOMPARE(dismissed.first()[QStringLiteral("origin")].toString(), QStringLiteral("rule")); // the rule found it again
        QVERIFY(dismissed.first()[QStringLiteral("justification")].toString().startsWith(QStringLiteral("queue is internal (imported from out.otm.json)")));
        auto a = Project::open(project, Project::OpenMode::ReadOnly);
        auto b = Project::open(second, Project::OpenMode::ReadOnly);
        QVERIFY(a.ok() && b.ok());
        const auto ma = (*a)->loadModel(2);
        const auto mb = (*b)->loadModel(1);
        QVERIFY(ma.ok() && mb.ok());
        const SystemModel na = normalised(*ma), nb = normalised(*mb);
        for (const QString &d : {firstDifference(na.components, nb.components, "components"), firstDifference(na.flows, nb.flows, "flows"),
                                 firstDifference(na.boundaries, nb.boundaries, "boundaries")})
            QVERIFY2(d.isEmpty(), qPrintable(d));
        // A threat model that cannot be read makes no version (it would close every threat)
        // and says where it broke.
        writeFile(dir.filePath(QStringLiteral("broken.otm")), "otmVersion: 0.2.0\nproject: [unclosed\n");
        run = cli({QStringLiteral("import"), project, dir.filePath(QStringLiteral("broken.otm"))});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("broken.otm:3:1:"), run.err.constData());
        run = cli({QStringLiteral("versions"), project, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
        // Usage errors are exit 2.
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), otm}).code, 2);
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("otm")}).code, 2);
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("otm"), QStringLiteral("-o"), otm, QStringLiteral("--version"), QStringLiteral("9")}).code, 2);
    }

private:
    /**
     * A model with everything the model has: corpus imports of several formats, a hand-made
     * part with entry points, nested boundaries, a component outside every boundary and one
     * inside another, data assets, and threats from the rules with several targets and every
     * status.
     */
    SystemModel richModel()
    {
        SystemModel m;
        auto add = [&](const ModelFragment &f) {
            m.components.append(f.components);
            m.boundaries.append(f.boundaries);
            m.entryPoints.append(f.entryPoints);
            m.flows.append(f.flows);
            m.assets.append(f.assets);
            m.threats.append(f.threats);
        };
        add(import(corpus(QStringLiteral("OWASP-threat-dragon/td.vue/src/service/demo/v2-threat-model.json")), interop::Format::ThreatDragon));
        add(import(corpus(QStringLiteral("Threagile-threagile/demo/example/threagile.yaml")), interop::Format::Threagile));
        add(import(corpus(QStringLiteral("iriusrisk-OpenThreatModel/EXAMPLE.yaml")), interop::Format::Otm));
        add(import(corpus(QStringLiteral("iriusrisk-startleft/slp_mtmt/tests/resources/mtmt/MTMT_nested_tz.tm7")), interop::Format::Tm7));

        TrustBoundary vpc{QStringLiteral("tf:aws_vpc.main"), QStringLiteral("main VPC"), BoundaryKind::Vpc, {}, {}, {}};
        TrustBoundary subnet{QStringLiteral("tf:aws_subnet.private"), QStringLiteral("private"), BoundaryKind::Subnet, vpc.id,
                             QJsonObject{{QStringLiteral("cidr"), QStringLiteral("10.0.1.0/24")}}, {}};
        m.boundaries.append({vpc, subnet});
        Component api;
        api.id = QStringLiteral("svc:orders");
        api.name = QStringLiteral("orders <&> \"api\"");
        api.kind = ComponentKind::Service;
        api.technology = QStringLiteral("python");
        api.tags = {QStringLiteral("pii")};
        api.boundaryId = subnet.id;
        api.attributes = QJsonObject{{QStringLiteral("internet-facing"), true}, {QStringLiteral("replicas"), 3},
                                     {QStringLiteral("assets-processed"), QJsonArray{QStringLiteral("asset:card")}}};
        Component db{QStringLiteral("svc:orders-db"), QStringLiteral("orders-db"), ComponentKind::Datastore, QStringLiteral("postgres"), {}, {}, vpc.id, {}};
        Component worker{QStringLiteral("svc:worker"), QStringLiteral("worker"), ComponentKind::Function, {}, {},
                         QJsonObject{{QStringLiteral("parent-component"), api.id}}, subnet.id, {}};
        Component stripe{QStringLiteral("ext:api.stripe.com"), QStringLiteral("api.stripe.com"), ComponentKind::ExternalEntity, {}, {}, {}, {}, {}};
        Component vault{QStringLiteral("svc:vault"), QStringLiteral("vault"), ComponentKind::SecretStore, {}, {}, {}, subnet.id, {}};
        m.components.append({api, db, worker, stripe, vault});
        EntryPoint get;
        get.id = QStringLiteral("ep:orders:GET /orders/{id}");
        get.componentId = api.id;
        get.name = QStringLiteral("getOrder");
        get.method = QStringLiteral("GET");
        get.path = QStringLiteral("/orders/{id}");
        get.parameters = {Parameter{QStringLiteral("id"), QStringLiteral("path"), true, true, QStringLiteral("string")}};
        get.security = QList<SecurityRequirement>{};
        m.entryPoints.append(get);
        DataFlow query{QStringLiteral("flow:orders->orders-db"), api.id, db.id, QStringLiteral("postgres"), 5432, false, true,
                       {QStringLiteral("asset:card")}, {}, {}, {}};
        DataFlow pay{QStringLiteral("flow:orders->stripe"), api.id, stripe.id, QStringLiteral("https"), 443, true, std::nullopt, {}, QStringLiteral("charge"), {}, {}};
        m.flows.append({query, pay});
        DataAsset card{QStringLiteral("asset:card"), QStringLiteral("card number"), Classification::Restricted, {QStringLiteral("payment")},
                       Rating::High, Rating::High, Rating::Low, true, {}, {}};
        m.assets.append(card);

        auto rules = analysis::RuleSet::loadBuiltin();
        if (rules) {
            auto found = analysis::analyse(m, *rules);
            if (found)
                m.threats.append(*found);
        }
        // Every status, and threats that hang on no component or flow.
        const ThreatStatus statuses[] = {ThreatStatus::Validated, ThreatStatus::Dismissed, ThreatStatus::Accepted, ThreatStatus::Mitigated};
        int i = 0;
        for (Threat &t : m.threats) {
            if (t.origin == QLatin1StringView("rule")) {
                t.status = statuses[i++ % 4];
                t.owner = QStringLiteral("sec-team");
            }
        }
        Threat onAsset;
        onAsset.fingerprint = QStringLiteral("m0000000000000000000000000000001");
        onAsset.ruleId = QStringLiteral("manual");
        onAsset.origin = QStringLiteral("manual");
        onAsset.title = QStringLiteral("Card numbers leak from backups");
        onAsset.targets = {card.id, vpc.id};
        onAsset.stride = Stride::InformationDisclosure;
        onAsset.severity = Severity::Critical;
        onAsset.score = 9.5;
        m.threats.append(onAsset);
        Threat onEntry = onAsset;
        onEntry.fingerprint = QStringLiteral("m0000000000000000000000000000002");
        onEntry.title = QStringLiteral("IDOR on getOrder");
        onEntry.targets = {get.id, query.id};
        onEntry.mitigation = QStringLiteral("Check ownership.\nLog denials.");
        onEntry.references = {Reference{QStringLiteral("CWE"), QStringLiteral("CWE-639"), {}}};
        m.threats.append(onEntry);
        return m;
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
