// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/common/document.h"
#include "import/importer.h"
#include "import/openapi/openapiimporter.h"
#include "import/terraform/terraformimporter.h"
#include "model/enums.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using namespace tw::analysis;

namespace {

const QString DemoSpec = QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/api/openapi.yaml");
const QString RuleCases = QStringLiteral(TW_SOURCE_DIR "/tests/analysis/rulecases.yaml");

/** A positioned document node as plain JSON (the case file and the spec reformatting use it). */
QJsonValue toJson(const doc::Document &d, doc::NodeId n)
{
    if (d.isMapping(n)) {
        QJsonObject o;
        for (std::uint32_t i = 0; i < d.size(n); ++i)
            o.insert(d.string(d.keyAt(n, i)), toJson(d, d.valueAt(n, i)));
        return o;
    }
    if (d.isSequence(n)) {
        QJsonArray a;
        for (std::uint32_t i = 0; i < d.size(n); ++i)
            a.append(toJson(d, d.itemAt(n, i)));
        return a;
    }
    switch (d.scalarType(n)) {
    case doc::ScalarType::Null: return QJsonValue::Null;
    case doc::ScalarType::Bool: return *d.toBool(n);
    case doc::ScalarType::Int:
    case doc::ScalarType::Float: return d.string(n).toDouble();
    case doc::ScalarType::String: break;
    }
    return d.string(n);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

template<typename E>
E enumOr(const QJsonValue &v, E fallback)
{
    return v.isString() ? enumFromName<E>(v.toString()).value_or(fallback) : fallback;
}

/** Builds a model from the shorthand of rulecases.yaml. */
SystemModel modelFromCase(const QJsonObject &o)
{
    SystemModel m;
    const QJsonArray components = o.value(QStringLiteral("components")).toArray();
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        Component x;
        x.id = c.value(QStringLiteral("id")).toString();
        x.name = c.value(QStringLiteral("name")).toString(x.id);
        x.kind = enumOr(c.value(QStringLiteral("kind")), ComponentKind::Service);
        x.boundaryId = c.value(QStringLiteral("boundary")).toString();
        x.tags = strings(c.value(QStringLiteral("tags")));
        x.attributes = c.value(QStringLiteral("attributes")).toObject();
        x.sources << SourceRef{QStringLiteral("case"), QStringLiteral("case.yaml"), 1, 1};
        m.components << x;
    }
    const QJsonArray boundaries = o.value(QStringLiteral("boundaries")).toArray();
    for (const QJsonValue &v : boundaries) {
        const QJsonObject b = v.toObject();
        TrustBoundary x;
        x.id = b.value(QStringLiteral("id")).toString();
        x.name = b.value(QStringLiteral("name")).toString(x.id);
        x.kind = enumOr(b.value(QStringLiteral("kind")), BoundaryKind::Generic);
        x.parentId = b.value(QStringLiteral("parent")).toString();
        x.attributes = b.value(QStringLiteral("attributes")).toObject();
        m.boundaries << x;
    }
    const QJsonArray entries = o.value(QStringLiteral("entry-points")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        EntryPoint x;
        x.id = e.value(QStringLiteral("id")).toString();
        x.componentId = e.value(QStringLiteral("component")).toString();
        x.kind = enumOr(e.value(QStringLiteral("kind")), EntryPointKind::HttpOperation);
        x.method = e.value(QStringLiteral("method")).toString();
        x.path = e.value(QStringLiteral("path")).toString();
        x.name = x.method + QLatin1Char(' ') + x.path;
        x.deprecated = e.value(QStringLiteral("deprecated")).toBool();
        x.tags = strings(e.value(QStringLiteral("tags")));
        x.requestAssetIds = strings(e.value(QStringLiteral("request-assets")));
        x.responseAssetIds = strings(e.value(QStringLiteral("response-assets")));
        x.requestMediaTypes = strings(e.value(QStringLiteral("request-media-types")));
        x.attributes = e.value(QStringLiteral("attributes")).toObject();
        const QString auth = e.value(QStringLiteral("auth")).toString();
        if (auth == QLatin1StringView("none"))
            x.security = QList<SecurityRequirement>{};
        else if (auth == QLatin1StringView("required"))
            x.security = QList<SecurityRequirement>{{QStringLiteral("bearer")}};
        else if (auth == QLatin1StringView("optional"))
            x.security = QList<SecurityRequirement>{{}, {QStringLiteral("bearer")}};
        const QJsonArray params = e.value(QStringLiteral("parameters")).toArray();
        for (const QJsonValue &p : params) {
            const QJsonObject po = p.toObject();
            x.parameters << Parameter{po.value(QStringLiteral("name")).toString(), po.value(QStringLiteral("in")).toString(),
                                      po.value(QStringLiteral("required")).toBool(),
                                      po.value(QStringLiteral("object-reference")).toBool(),
                                      po.value(QStringLiteral("type")).toString()};
        }
        m.entryPoints << x;
    }
    const QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
    for (const QJsonValue &v : flows) {
        const QJsonObject f = v.toObject();
        DataFlow x;
        x.id = f.value(QStringLiteral("id")).toString();
        x.sourceId = f.value(QStringLiteral("source")).toString();
        x.targetId = f.value(QStringLiteral("target")).toString();
        x.protocol = f.value(QStringLiteral("protocol")).toString();
        x.port = f.value(QStringLiteral("port")).toInt();
        x.label = f.value(QStringLiteral("label")).toString();
        if (f.value(QStringLiteral("encrypted")).isBool())
            x.encrypted = f.value(QStringLiteral("encrypted")).toBool();
        if (f.value(QStringLiteral("authenticated")).isBool())
            x.authenticated = f.value(QStringLiteral("authenticated")).toBool();
        x.assetIds = strings(f.value(QStringLiteral("assets")));
        x.attributes = f.value(QStringLiteral("attributes")).toObject();
        m.flows << x;
    }
    const QJsonArray assets = o.value(QStringLiteral("assets")).toArray();
    for (const QJsonValue &v : assets) {
        const QJsonObject a = v.toObject();
        DataAsset x;
        x.id = a.value(QStringLiteral("id")).toString();
        x.name = a.value(QStringLiteral("name")).toString(x.id);
        x.classification = enumOr(a.value(QStringLiteral("classification")), Classification::Internal);
        x.tags = strings(a.value(QStringLiteral("tags")));
        x.userOverride = a.value(QStringLiteral("user-override")).toBool();
        x.attributes = a.value(QStringLiteral("attributes")).toObject();
        m.assets << x;
    }
    return m;
}

QList<Threat> ofRule(const QList<Threat> &threats, const QString &ruleId)
{
    QList<Threat> out;
    for (const Threat &t : threats)
        if (t.ruleId == ruleId)
            out << t;
    return out;
}

SystemModel importDemo(const QString &path)
{
    Result<ModelFragment> r = openapi::importSpec(path);
    if (!r.ok())
        qFatal("import of %s failed: %s", qPrintable(path), qPrintable(r.errorString()));
    return r.value();
}

/** fingerprint → (rule, first target) of every threat. */
QHash<QString, QString> fingerprints(const QList<Threat> &threats)
{
    QHash<QString, QString> out;
    for (const Threat &t : threats)
        out.insert(t.fingerprint, t.ruleId + QLatin1Char(' ') + t.targets.join(QLatin1Char(',')) + QLatin1Char(' ') + t.title);
    return out;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private:
    RuleSet m_rules;
    QJsonObject m_cases;

private slots:
    void initTestCase();
    void builtinPacksLoad();
    void everyRuleHasACase();
    void ruleFiresAndStaysQuiet_data();
    void ruleFiresAndStaysQuiet();
    void malformedPacksAreRefused_data();
    void malformedPacksAreRefused();
    void loadFileAndMerge();
    void fingerprintFunction();
    void fingerprintsStableAcrossReimport();
    void riskFactorsExplained();
    void demoFindings_data();
    void demoFindings();
    void disabledRulesAndDeterminism();
    void terraformFactsReachTheRules_data();
    void terraformFactsReachTheRules();
    void codeRoutesHaveUnknownAuth();
};

void TestAnalysis::initTestCase()
{
    Result<RuleSet> rules = RuleSet::loadBuiltin();
    QVERIFY2(rules.ok(), qPrintable(rules.errorString()));
    m_rules = rules.value();
    doc::ParseOptions options;
    options.displayName = QStringLiteral("rulecases.yaml");
    QFile file(RuleCases);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<doc::Document> parsed = doc::parseBytes(file.readAll(), options);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    m_cases = toJson(parsed.value(), parsed->root()).toObject();
}

void TestAnalysis::builtinPacksLoad()
{
    QVERIFY2(m_rules.size() >= 150, qPrintable(QString::number(m_rules.size())));
    const QStringList packs = builtinPackPaths();
    QCOMPARE(packs.size(), 6);
    for (const QString &path : packs) {
        Result<RuleSet> one = RuleSet::loadFile(path);
        QVERIFY2(one.ok(), qPrintable(one.errorString()));
        QVERIFY(!one->isEmpty());
    }
    QSet<QString> ids;
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    for (const Rule &r : m_rules.rules()) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        QVERIFY2(!r.references.isEmpty(), qPrintable(r.id));
        QVERIFY2(r.likelihood >= 1 && r.likelihood <= 5 && r.impact >= 1 && r.impact <= 5, qPrintable(r.id));
        for (const Reference &ref : r.references)
            QVERIFY2(ref.url.startsWith(QLatin1StringView("https://")), qPrintable(r.id + QLatin1Char(' ') + ref.id));
        // Every rule names a weakness (CWE) or an OWASP risk, so reports can group by them.
        const bool named = std::any_of(r.references.begin(), r.references.end(), [](const Reference &ref) {
            return ref.kind == QLatin1StringView("CWE") || ref.kind.startsWith(QLatin1StringView("OWASP"));
        });
        QVERIFY2(named, qPrintable(r.id));
    }
}

void TestAnalysis::everyRuleHasACase()
{
    for (auto it = m_cases.constBegin(); it != m_cases.constEnd(); ++it)
        QVERIFY2(m_rules.find(it.key()), qPrintable(QStringLiteral("case for unknown rule ") + it.key()));
}

void TestAnalysis::ruleFiresAndStaysQuiet_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<bool>("fires");
    // Rows come from the rule list, not from the case file: a new rule without a case fails.
    for (const Rule &r : m_rules.rules()) {
        QTest::newRow(qPrintable(r.id + QStringLiteral(" fires"))) << r.id << true;
        QTest::newRow(qPrintable(r.id + QStringLiteral(" quiet"))) << r.id << false;
    }
}

void TestAnalysis::ruleFiresAndStaysQuiet()
{
    QFETCH(QString, ruleId);
    QFETCH(bool, fires);
    const QJsonObject c = m_cases.value(ruleId).toObject();
    const QString key = fires ? QStringLiteral("fires") : QStringLiteral("quiet");
    QVERIFY2(c.contains(key), qPrintable(QStringLiteral("tests/analysis/rulecases.yaml has no '%1' case for %2").arg(key, ruleId)));
    const SystemModel model = modelFromCase(c.value(key).toObject());
    Result<QList<Threat>> threats = analyse(model, m_rules);
    QVERIFY2(threats.ok(), qPrintable(threats.errorString()));
    const QList<Threat> mine = ofRule(*threats, ruleId);
    if (!fires) {
        QVERIFY2(mine.isEmpty(), qPrintable(mine.isEmpty() ? QString() : mine.front().title));
        return;
    }
    QVERIFY2(!mine.isEmpty(), qPrintable(ruleId + QStringLiteral(" did not fire")));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const Threat &t : mine) {
        QVERIFY(hex.match(t.fingerprint).hasMatch());
        QVERIFY(!t.title.isEmpty());
        for (const Template::Part &part : m_rules.find(ruleId)->title.parts)
            if (part.field)
                QVERIFY2(!t.title.contains(QLatin1Char('{') + part.field->text + QLatin1Char('}')), qPrintable(t.title));
        QVERIFY(!t.rationale.isEmpty() && !t.mitigation.isEmpty());
        QVERIFY(!t.targets.isEmpty());
        QCOMPARE(t.origin, QStringLiteral("rule"));
        QCOMPARE(t.status, ThreatStatus::Suggested);
    }
}

void TestAnalysis::malformedPacksAreRefused_data()
{
    QTest::addColumn<QByteArray>("pack");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    const QByteArray head = "pack: t\nrules:\n  - id: TW-T-001\n    title: T\n    applies-to: component\n"
                            "    likelihood: 3\n    impact: 3\n    references: [CWE-1]\n    rationale: R\n    mitigation: M\n";
    QTest::newRow("bad stride") << head + "    stride: spoofy\n" << QStringLiteral("bad.yaml:11:13") << QStringLiteral("STRIDE");
    QTest::newRow("unknown rule key") << head + "    stride: spoofing\n    severity: high\n" << QStringLiteral("bad.yaml:12:5")
                                      << QStringLiteral("unknown key 'severity'");
    QTest::newRow("unknown top key") << QByteArray("pack: t\nrulez: []\n") << QStringLiteral("bad.yaml:2:1")
                                     << QStringLiteral("unknown key 'rulez'");
    QTest::newRow("unknown field") << head + "    stride: spoofing\n    when: { field: colour, equals: red }\n"
                                   << QStringLiteral("bad.yaml:12:20") << QStringLiteral("unknown field 'colour'");
    QTest::newRow("unknown predicate") << head + "    stride: spoofing\n    when: { field: name, resembles: x }\n"
                                       << QStringLiteral("bad.yaml:12:26") << QStringLiteral("unknown key 'resembles'");
    QTest::newRow("bad regex") << head + "    stride: spoofing\n    when:\n      field: name\n      matches: \"(\"\n"
                               << QStringLiteral("bad.yaml:14:16") << QStringLiteral("invalid regular expression");
    QTest::newRow("bad kind value") << head + "    stride: spoofing\n    when: { field: kind, equals: datastor }\n"
                                    << QStringLiteral("bad.yaml:12:34") << QStringLiteral("datastor");
    QTest::newRow("flow field on component") << head + "    stride: spoofing\n    when: { field: source.kind, equals: client }\n"
                                             << QStringLiteral("bad.yaml:12:20") << QStringLiteral("source");
    QTest::newRow("item without for-each") << head + "    stride: spoofing\n    when: { field: item.name, equals: x }\n"
                                           << QStringLiteral("bad.yaml:12:20") << QStringLiteral("for-each");
    QTest::newRow("likelihood out of range")
        << QByteArray(head).replace("likelihood: 3", "likelihood: 9") + "    stride: spoofing\n" << QStringLiteral("bad.yaml:6:17")
        << QStringLiteral("1 to 5");
    QTest::newRow("made-up reference") << QByteArray(head).replace("[CWE-1]", "[OWASP-API-2023:API11]") + "    stride: spoofing\n"
                                       << QStringLiteral("bad.yaml:8:18") << QStringLiteral("unknown reference");
    QTest::newRow("bad placeholder") << QByteArray(head).replace("title: T", "title: \"T {nmae}\"") + "    stride: spoofing\n"
                                     << QStringLiteral("bad.yaml:4:12") << QStringLiteral("nmae");
    QTest::newRow("duplicate id") << QByteArray("pack: t\nrules:\n") + head.mid(15) + "    stride: spoofing\n" + head.mid(15)
                                         + "    stride: spoofing\n"
                                  << QStringLiteral("bad.yaml:12:9") << QStringLiteral("duplicate rule id");
    QTest::newRow("missing title") << QByteArray(head).replace("    title: T\n", "") + "    stride: spoofing\n"
                                   << QStringLiteral("bad.yaml:3:5") << QStringLiteral("'title'");
    QTest::newRow("not yaml") << QByteArray("pack: [\n") << QStringLiteral("bad.yaml:") << QString();
}

void TestAnalysis::malformedPacksAreRefused()
{
    QFETCH(QByteArray, pack);
    QFETCH(QString, location);
    QFETCH(QString, message);
    Result<RuleSet> r = RuleSet::loadBytes(pack, QStringLiteral("bad.yaml"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().location.startsWith(location), qPrintable(r.errorString()));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.errorString()));
}

void TestAnalysis::loadFileAndMerge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("project.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("pack: project\nrules:\n"
               "  - id: TW-API-015\n    title: \"Plain HTTP on {name} (project wording)\"\n    stride: information-disclosure\n"
               "    applies-to: component\n    when: { field: attributes.plain-http, equals: true }\n    likelihood: 1\n"
               "    impact: 1\n    references: [CWE-319]\n    rationale: R\n    mitigation: M\n"
               "  - id: ACME-001\n    title: \"Legacy tech {technology}\"\n    stride: tampering\n    applies-to: component\n"
               "    when: { field: technology, matches: \"(?i)cobol\" }\n    likelihood: 2\n    impact: 2\n"
               "    references: [CWE-1104]\n    rationale: R\n    mitigation: M\n");
    file.close();
    Result<RuleSet> project = RuleSet::loadFile(path);
    QVERIFY2(project.ok(), qPrintable(project.errorString()));
    RuleSet merged = m_rules;
    merged.merge(project.value());
    QCOMPARE(merged.size(), m_rules.size() + 1);
    QCOMPARE(merged.find(QStringLiteral("TW-API-015"))->likelihood, 1);
    QVERIFY(merged.packs().contains(QStringLiteral("project")));

    Result<RuleSet> missing = RuleSet::loadFile(dir.filePath(QStringLiteral("nope.yaml")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().location.endsWith(QLatin1StringView("nope.yaml")));
}

void TestAnalysis::fingerprintFunction()
{
    const QString a = fingerprint(QStringLiteral("R"), {QStringLiteral("x"), QStringLiteral("y")});
    QCOMPARE(fingerprint(QStringLiteral("R"), {QStringLiteral("y"), QStringLiteral("x")}), a);
    QVERIFY(fingerprint(QStringLiteral("R"), {QStringLiteral("x"), QStringLiteral("y")}, QStringLiteral("p")) != a);
    QVERIFY(fingerprint(QStringLiteral("S"), {QStringLiteral("x"), QStringLiteral("y")}) != a);
    QVERIFY(fingerprint(QStringLiteral("R"), {QStringLiteral("xy")}) != a);
    QCOMPARE(a.size(), 64);
}

void TestAnalysis::fingerprintsStableAcrossReimport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile src(DemoSpec);
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QByteArray yaml = src.readAll();

    auto analyseFile = [&](const QString &name, const QByteArray &content) {
        const QString path = dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        out.write(content);
        out.close();
        Result<QList<Threat>> r = analyse(importDemo(path), m_rules);
        if (!r.ok())
            qFatal("%s", qPrintable(r.errorString()));
        return fingerprints(*r);
    };

    const auto base = analyseFile(QStringLiteral("openapi.yaml"), yaml);
    QVERIFY(base.size() > 20);
    QCOMPARE(analyseFile(QStringLiteral("again.yaml"), yaml), base);

    // Same spec as JSON: different syntax, every line number different, keys sorted (paths reordered).
    doc::ParseOptions options;
    Result<doc::Document> parsed = doc::parseBytes(yaml, options);
    QVERIFY(parsed.ok());
    const QByteArray json = QJsonDocument(toJson(*parsed, parsed->root()).toObject()).toJson(QJsonDocument::Indented);
    const auto asJson = analyseFile(QStringLiteral("openapi.json"), json);
    QCOMPARE(asJson.keys().size(), base.keys().size());
    for (auto it = base.constBegin(); it != base.constEnd(); ++it)
        QVERIFY2(asJson.contains(it.key()), qPrintable(it.value()));

    // Comments and an unrelated endpoint added at the top of `paths`: the common findings keep their fingerprints.
    QByteArray extended = yaml;
    extended.replace("paths:\n", "# reviewed 2024\n\npaths:\n  /health:\n    get:\n      operationId: health\n      deprecated: true\n"
                                 "      responses:\n        '204': { description: Alive }\n");
    const auto withExtra = analyseFile(QStringLiteral("extended.yaml"), extended);
    QVERIFY(withExtra.size() > base.size());
    for (auto it = base.constBegin(); it != base.constEnd(); ++it)
        QVERIFY2(withExtra.contains(it.key()), qPrintable(it.value()));

    // Renaming an element gives its findings new identities, and only those.
    QByteArray renamed = yaml;
    renamed.replace("  /orders/{orderId}:\n", "  /purchases/{orderId}:\n");
    const auto afterRename = analyseFile(QStringLiteral("renamed.yaml"), renamed);
    int kept = 0, changed = 0;
    for (auto it = base.constBegin(); it != base.constEnd(); ++it) {
        const bool onRenamed = it.value().contains(QLatin1StringView("GET /orders/{orderId} "))
            || it.value().contains(QLatin1StringView("GET /orders/{orderId},"));
        if (onRenamed) {
            QVERIFY2(!afterRename.contains(it.key()), qPrintable(it.value()));
            ++changed;
        } else if (afterRename.contains(it.key())) {
            ++kept;
        }
    }
    QVERIFY(changed >= 1);
    QCOMPARE(kept, int(base.size()) - changed);
}

void TestAnalysis::riskFactorsExplained()
{
    Result<QList<Threat>> r = analyse(importDemo(DemoSpec), m_rules);
    QVERIFY(r.ok());
    const QStringList expected{QStringLiteral("likelihood-impact"), QStringLiteral("reachability"),
                               QStringLiteral("data-sensitivity"), QStringLiteral("exploitability"),
                               QStringLiteral("blast-radius")};
    for (const Threat &t : *r) {
        QStringList names;
        for (const RiskFactor &f : t.factors) {
            names << f.name;
            QVERIFY2(!f.explanation.isEmpty() && !f.explanation.contains(QLatin1Char('\n')), qPrintable(t.title));
        }
        QCOMPARE(names, expected);
        QVERIFY(t.score >= 0 && t.score <= 10);
        QCOMPARE(t.severity, severityForScore(t.score));
        QCOMPARE(t.priority, priorityForSeverity(t.severity));
        QVERIFY(!t.sources.isEmpty());
        QVERIFY(t.sources.front().line > 0);
    }
    // The internet-facing, unauthenticated admin export outranks the authenticated order read.
    auto find = [&](const QString &rule, const QString &target) -> const Threat * {
        for (const Threat &t : *r)
            if (t.ruleId == rule && t.targets.contains(target))
                return &t;
        return nullptr;
    };
    const Threat *admin = find(QStringLiteral("TW-API-004"), QStringLiteral("ep:harbor-shop-api:GET /admin/orders/export"));
    const Threat *bola = find(QStringLiteral("TW-API-001"), QStringLiteral("ep:harbor-shop-api:GET /orders/{orderId}"));
    QVERIFY(admin && bola);
    QCOMPARE(admin->factors[1].value, 1.0);  // internet-facing API
    QCOMPARE(admin->factors[3].value, 1.0);  // no authentication
    QCOMPARE(bola->factors[3].value, -0.5);  // bearer token required
    QCOMPARE(bola->factors[2].value, 0.5);   // Order is confidential (PII)
    QVERIFY(admin->score > bola->score);
    QVERIFY(admin->severity >= Severity::High);
}

void TestAnalysis::demoFindings_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("titlePart");
    const QString ep = QStringLiteral("ep:harbor-shop-api:");
    QTest::newRow("BOLA orders") << QStringLiteral("TW-API-001") << ep + QStringLiteral("GET /orders/{orderId}") << QString();
    QTest::newRow("BOLA customers") << QStringLiteral("TW-API-001") << ep + QStringLiteral("GET /customers/{customerId}") << QString();
    QTest::newRow("BOLA customer update") << QStringLiteral("TW-API-002") << ep + QStringLiteral("PUT /customers/{customerId}") << QString();
    QTest::newRow("no-auth admin export") << QStringLiteral("TW-API-004") << ep + QStringLiteral("GET /admin/orders/export") << QString();
    QTest::newRow("API key in query") << QStringLiteral("TW-API-013") << ep + QStringLiteral("GET /orders/{orderId}/invoice")
                                      << QStringLiteral("api_key");
    QTest::newRow("mass assignment isAdmin") << QStringLiteral("TW-API-008") << ep + QStringLiteral("PUT /customers/{customerId}")
                                             << QStringLiteral("isAdmin");
    QTest::newRow("SSRF sourceUrl") << QStringLiteral("TW-API-011") << ep + QStringLiteral("POST /customers/{customerId}/avatar")
                                    << QStringLiteral("sourceUrl");
    QTest::newRow("SSRF callbackUrl") << QStringLiteral("TW-API-011") << ep + QStringLiteral("POST /orders") << QStringLiteral("callbackUrl");
    QTest::newRow("callback") << QStringLiteral("TW-API-012") << ep + QStringLiteral("POST /orders") << QStringLiteral("paymentStatus");
    QTest::newRow("callback flow") << QStringLiteral("TW-FLOW-010") << QStringLiteral("api:harbor-shop-api") << QString();
    QTest::newRow("deprecated checkout") << QStringLiteral("TW-API-020") << ep + QStringLiteral("POST /v1/checkout") << QString();
    QTest::newRow("plain HTTP") << QStringLiteral("TW-API-015") << QStringLiteral("api:harbor-shop-api") << QString();
    QTest::newRow("upload") << QStringLiteral("TW-API-019") << ep + QStringLiteral("POST /customers/{customerId}/avatar") << QString();
    QTest::newRow("login brute force") << QStringLiteral("TW-API-022") << ep + QStringLiteral("POST /auth/login") << QString();
    QTest::newRow("credentials over http") << QStringLiteral("TW-BASE-015") << QStringLiteral("asset:harbor-shop-api:login request")
                                           << QString();
}

void TestAnalysis::demoFindings()
{
    QFETCH(QString, ruleId);
    QFETCH(QString, target);
    QFETCH(QString, titlePart);
    static QList<Threat> threats;
    if (threats.isEmpty()) {
        Result<QList<Threat>> r = analyse(importDemo(DemoSpec), m_rules);
        QVERIFY(r.ok());
        threats = *r;
    }
    for (const Threat &t : std::as_const(threats)) {
        const bool onTarget = t.targets.contains(target) || (ruleId.startsWith(QLatin1StringView("TW-FLOW")) && t.ruleId == ruleId);
        if (t.ruleId == ruleId && onTarget && t.title.contains(titlePart))
            return;
    }
    QStringList seen;
    for (const Threat &t : std::as_const(threats))
        if (t.ruleId == ruleId)
            seen << t.title;
    QFAIL(qPrintable(QStringLiteral("%1 on %2 not found; %1 gave: %3").arg(ruleId, target, seen.join(QStringLiteral(" | ")))));
}

void TestAnalysis::disabledRulesAndDeterminism()
{
    SystemModel model = importDemo(DemoSpec);
    Result<QList<Threat>> all = analyse(model, m_rules);
    QVERIFY(all.ok());
    Options options;
    options.disabledRules.insert(QStringLiteral("TW-API-001"));
    Result<QList<Threat>> fewer = analyse(model, m_rules, options);
    QVERIFY(fewer.ok());
    QVERIFY(ofRule(*fewer, QStringLiteral("TW-API-001")).isEmpty());
    QVERIFY(!ofRule(*all, QStringLiteral("TW-API-001")).isEmpty());

    // Element order does not matter: reversed lists give the same threats in the same order.
    SystemModel reversed = model;
    std::reverse(reversed.entryPoints.begin(), reversed.entryPoints.end());
    std::reverse(reversed.assets.begin(), reversed.assets.end());
    std::reverse(reversed.components.begin(), reversed.components.end());
    Result<QList<Threat>> again = analyse(reversed, m_rules);
    QVERIFY(again.ok());
    QCOMPARE(again->size(), all->size());
    for (qsizetype i = 0; i < all->size(); ++i)
        QCOMPARE(again->at(i).fingerprint, all->at(i).fingerprint);

    std::atomic<bool> cancel{true};
    Options cancelled;
    cancelled.cancel = &cancel;
    QVERIFY(!analyse(model, m_rules, cancelled).ok());
}

void TestAnalysis::terraformFactsReachTheRules_data()
{
    // Each row: a Terraform configuration, the rule the importer's facts must make fire on the
    // resource, and the same resource configured safely, where the rule must stay quiet.
    QTest::addColumn<QByteArray>("unsafe");
    QTest::addColumn<QByteArray>("safe");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("target");
    QTest::newRow("public AMI") << QByteArray("resource \"aws_ami\" \"img\" { name = \"img\" }\n"
                                              "resource \"aws_ami_launch_permission\" \"p\" {\n  image_id = aws_ami.img.id\n  group = \"all\"\n}\n")
                                << QByteArray("resource \"aws_ami\" \"img\" { name = \"img\" }\n"
                                              "resource \"aws_ami_launch_permission\" \"p\" {\n  image_id = aws_ami.img.id\n  account_id = \"123456789012\"\n}\n")
                                << QStringLiteral("TW-CLOUD-001") << QStringLiteral("tf:aws_ami.img");
    QTest::newRow("OSS bucket writable by anyone") << QByteArray("resource \"alicloud_oss_bucket\" \"b\" {\n  bucket = \"b\"\n  acl = \"public-read-write\"\n}\n")
                                                   << QByteArray("resource \"alicloud_oss_bucket\" \"b\" {\n  bucket = \"b\"\n  acl = \"private\"\n}\n")
                                                   << QStringLiteral("TW-CLOUD-026") << QStringLiteral("tf:alicloud_oss_bucket.b");
    QTest::newRow("OCI bucket versioning") << QByteArray("resource \"oci_objectstorage_bucket\" \"b\" {\n  name = \"b\"\n  versioning = \"Disabled\"\n}\n")
                                           << QByteArray("resource \"oci_objectstorage_bucket\" \"b\" {\n  name = \"b\"\n  versioning = \"Enabled\"\n}\n")
                                           << QStringLiteral("TW-CLOUD-004") << QStringLiteral("tf:oci_objectstorage_bucket.b");
    QTest::newRow("trail in one region") << QByteArray("resource \"aws_cloudtrail\" \"t\" { name = \"t\" }\n")
                                         << QByteArray("resource \"aws_cloudtrail\" \"t\" {\n  name = \"t\"\n  is_multi_region_trail = true\n}\n")
                                         << QStringLiteral("TW-CLOUD-029") << QStringLiteral("tf:aws_cloudtrail.t");
    QTest::newRow("IMDSv1") << QByteArray("resource \"aws_instance\" \"vm\" { ami = \"ami-1\" }\n")
                            << QByteArray("resource \"aws_instance\" \"vm\" {\n  ami = \"ami-1\"\n  metadata_options {\n    http_tokens = \"required\"\n  }\n}\n")
                            << QStringLiteral("TW-CLOUD-018") << QStringLiteral("tf:aws_instance.vm");
    QTest::newRow("EKS public endpoint") << QByteArray("resource \"aws_eks_cluster\" \"k\" {\n  name = \"k\"\n  vpc_config {\n    subnet_ids = []\n  }\n}\n")
                                         << QByteArray("resource \"aws_eks_cluster\" \"k\" {\n  name = \"k\"\n  vpc_config {\n    endpoint_public_access = false\n  }\n}\n")
                                         << QStringLiteral("TW-CLOUD-023") << QStringLiteral("tf:aws_eks_cluster.k");
    QTest::newRow("mutable registry tags") << QByteArray("resource \"aws_ecr_repository\" \"r\" { name = \"r\" }\n")
                                           << QByteArray("resource \"aws_ecr_repository\" \"r\" {\n  name = \"r\"\n  image_tag_mutability = \"IMMUTABLE\"\n}\n")
                                           << QStringLiteral("TW-CLOUD-036") << QStringLiteral("tf:aws_ecr_repository.r");
    QTest::newRow("S3 with a provider-managed key") << QByteArray("resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = \"AES256\"\n      }\n    }\n  }\n}\n")
                                                    << QByteArray("resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = \"aws:kms\"\n        kms_master_key_id = \"arn:aws:kms:eu-west-1:1:key/k\"\n      }\n    }\n  }\n}\n")
                                                    << QStringLiteral("TW-CLOUD-032") << QStringLiteral("tf:aws_s3_bucket.b");
    QTest::newRow("RDS without IAM auth") << QByteArray("resource \"aws_db_instance\" \"db\" { engine = \"postgres\" }\n")
                                          << QByteArray("resource \"aws_db_instance\" \"db\" {\n  engine = \"postgres\"\n  iam_database_authentication_enabled = true\n}\n")
                                          << QStringLiteral("TW-CLOUD-034") << QStringLiteral("tf:aws_db_instance.db");
    QTest::newRow("App Service over HTTP") << QByteArray("resource \"azurerm_app_service\" \"web\" { name = \"web\" }\n")
                                           << QByteArray("resource \"azurerm_app_service\" \"web\" {\n  name = \"web\"\n  https_only = true\n}\n")
                                           << QStringLiteral("TW-API-015") << QStringLiteral("tf:azurerm_app_service.web");
    QTest::newRow("gateway without WAF") << QByteArray("resource \"azurerm_application_gateway\" \"gw\" {\n  name = \"gw\"\n  sku {\n    tier = \"Standard_v2\"\n  }\n}\n")
                                         << QByteArray("resource \"azurerm_application_gateway\" \"gw\" {\n  name = \"gw\"\n  sku {\n    tier = \"WAF_v2\"\n  }\n}\n")
                                         << QStringLiteral("TW-CLOUD-031") << QStringLiteral("tf:azurerm_application_gateway.gw");
}

void TestAnalysis::terraformFactsReachTheRules()
{
    QFETCH(QByteArray, unsafe);
    QFETCH(QByteArray, safe);
    QFETCH(QString, rule);
    QFETCH(QString, target);
    auto fired = [&](const QByteArray &config) {
        QTemporaryDir dir;
        if (!dir.isValid())
            qFatal("no temporary directory");
        QFile file(dir.filePath(QStringLiteral("main.tf")));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write main.tf");
        file.write(config);
        file.close();
        Result<ModelFragment> model = terraform::importPath(dir.path());
        if (!model.ok())
            qFatal("%s", qPrintable(model.errorString()));
        Result<QList<Threat>> threats = analyse(*model, m_rules);
        if (!threats.ok())
            qFatal("%s", qPrintable(threats.errorString()));
        for (const Threat &t : *threats)
            if (t.ruleId == rule && t.targets.contains(target))
                return true;
        return false;
    };
    QVERIFY2(fired(unsafe), qPrintable(rule + QStringLiteral(" did not fire on ") + target));
    QVERIFY2(!fired(safe), qPrintable(rule + QStringLiteral(" fired on the safe configuration of ") + target));
}


/** A route found in code has no security to declare: TW-API-006 is for contracts only. */
void TestAnalysis::codeRoutesHaveUnknownAuth()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("shop")));
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(QStringLiteral("shop/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("package.json"), R"({"name": "shop", "dependencies": {"express": "4.19.2"}})");
    write(QStringLiteral("app.js"), "const express = require('express');\nconst app = express();\n"
                                    "app.get('/admin/users', (req, res) => res.json([]));\napp.listen(3000);\n");
    write(QStringLiteral("openapi.yaml"), "openapi: 3.0.3\ninfo: {title: Shop, version: '1'}\npaths:\n"
                                          "  /reports:\n    get:\n      responses: {'200': {description: ok}}\n");
    auto outcome = importer::importPaths({dir.filePath(QStringLiteral("shop"))});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    const SystemModel &model = outcome->model;
    const EntryPoint *route = nullptr;
    const EntryPoint *operation = nullptr;
    for (const EntryPoint &e : model.entryPoints) {
        if (e.path == QLatin1StringView("/admin/users"))
            route = &e;
        if (e.path == QLatin1StringView("/reports"))
            operation = &e;
    }
    QVERIFY(route && operation);
    QCOMPARE(route->attributes.value(QStringLiteral("detected-in")).toString(), QStringLiteral("source"));
    Result<QList<Threat>> threats = analyse(model, m_rules);
    QVERIFY2(threats.ok(), qPrintable(threats.errorString()));
    auto fires = [&](const QString &rule, const QString &target) {
        const QList<Threat> mine = ofRule(*threats, rule);
        return std::any_of(mine.cbegin(), mine.cend(), [&](const Threat &t) { return t.targets.contains(target); });
    };
    // The spec could have declared security and did not; the code route's auth is unknown.
    QVERIFY(fires(QStringLiteral("TW-API-006"), operation->id));
    QVERIFY(!fires(QStringLiteral("TW-API-006"), route->id));
    // "Reachable without authentication" is not known of a code route either.
    QVERIFY(!fires(QStringLiteral("TW-API-004"), route->id));
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
