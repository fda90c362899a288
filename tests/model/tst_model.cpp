// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips of every model type through its JSON form, and refusal of damaged payloads.

#include "model/enums.h"
#include "model/jsonwriter.h"
#include "model/modeljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace tw;

namespace {

SourceRef ref(int line)
{
    return SourceRef{QStringLiteral("shop"), QStringLiteral("api/openapi.yaml"), line, 7};
}

SystemModel fullModel()
{
    SystemModel m;
    Component c;
    c.id = QStringLiteral("svc:orders");
    c.name = QStringLiteral("orders <b>\"quoted\"</b> ✓");
    c.kind = ComponentKind::Service;
    c.technology = QStringLiteral("go");
    c.tags = {QStringLiteral("team-a"), QStringLiteral("pci")};
    c.attributes = QJsonObject{{QLatin1StringView(attr::InternetFacing), true}, {QStringLiteral("replicas"), 3}};
    c.boundaryId = QStringLiteral("tb:vpc");
    c.sources = {ref(3), ref(40)};
    m.components.append(c);

    m.boundaries.append(TrustBoundary{QStringLiteral("tb:vpc"), QStringLiteral("VPC"), BoundaryKind::Vpc,
                                      QStringLiteral("tb:account"), QJsonObject{{QStringLiteral("cidr"), QStringLiteral("10.0.0.0/16")}},
                                      {ref(9)}});

    EntryPoint e;
    e.id = QStringLiteral("ep:orders:GET /orders/{id}");
    e.componentId = c.id;
    e.kind = EntryPointKind::HttpOperation;
    e.name = QStringLiteral("Get order");
    e.method = QStringLiteral("GET");
    e.path = QStringLiteral("/orders/{id}");
    e.operationId = QStringLiteral("getOrder");
    e.tags = {QStringLiteral("orders")};
    e.parameters = {Parameter{QStringLiteral("id"), QStringLiteral("path"), true, true, QStringLiteral("uuid")}};
    e.security = QList<SecurityRequirement>{{QStringLiteral("api_key"), QStringLiteral("oauth2")}, {QStringLiteral("basic")}};
    e.requestMediaTypes = {QStringLiteral("application/json")};
    e.responseMediaTypes = {QStringLiteral("application/json"), QStringLiteral("application/xml")};
    e.requestAssetIds = {QStringLiteral("asset:order")};
    e.responseAssetIds = {QStringLiteral("asset:order")};
    e.deprecated = true;
    e.attributes = QJsonObject{{QStringLiteral("x-internal"), false}};
    e.sources = {ref(12)};
    m.entryPoints.append(e);

    EntryPoint none = e;
    none.id = QStringLiteral("ep:orders:GET /health");
    none.security = QList<SecurityRequirement>{}; // explicitly none
    m.entryPoints.append(none);
    EntryPoint undeclared = e;
    undeclared.id = QStringLiteral("ep:orders:GET /version");
    undeclared.security.reset(); // nothing declared anywhere
    m.entryPoints.append(undeclared);

    DataFlow f;
    f.id = QStringLiteral("flow:svc:orders->db:orders");
    f.sourceId = c.id;
    f.targetId = QStringLiteral("db:orders");
    f.protocol = QStringLiteral("postgres");
    f.port = 5432;
    f.encrypted = false;
    f.authenticated = std::nullopt;
    f.assetIds = {QStringLiteral("asset:order")};
    f.label = QStringLiteral("SQL");
    f.sources = {ref(20)};
    m.flows.append(f);

    DataAsset a;
    a.id = QStringLiteral("asset:order");
    a.name = QStringLiteral("Order");
    a.classification = Classification::Restricted;
    a.tags = {QStringLiteral("payment"), QStringLiteral("pii")};
    a.confidentiality = Rating::High;
    a.integrity = Rating::High;
    a.availability = Rating::Low;
    a.userOverride = true;
    a.attributes = QJsonObject{{QStringLiteral("writableProperties"), QJsonArray{QStringLiteral("card")}}};
    a.sources = {ref(30)};
    m.assets.append(a);

    Threat t;
    t.fingerprint = QStringLiteral("a1b2c3d4e5f6");
    t.ruleId = QStringLiteral("TW-API-001");
    t.origin = QStringLiteral("llm:qwen2.5");
    t.stride = Stride::ElevationOfPrivilege;
    t.targets = {e.id};
    t.attackPath = {QStringLiteral("tb:internet"), c.id, QStringLiteral("db:orders")};
    t.title = QStringLiteral("Broken object level authorization");
    t.rationale = QStringLiteral("ids are guessable");
    t.mitigation = QStringLiteral("check ownership");
    t.references = {Reference{QStringLiteral("CWE"), QStringLiteral("CWE-639"), QStringLiteral("https://cwe.mitre.org/data/definitions/639.html")}};
    t.likelihood = 4;
    t.impact = 5;
    t.score = 8.5;
    t.severity = Severity::High;
    t.factors = {RiskFactor{QStringLiteral("reachability"), 1.0, QStringLiteral("internet-facing")}};
    t.sources = {ref(12)};
    t.status = ThreatStatus::Accepted;
    t.priority = 2;
    t.priorityOverride = 1;
    t.owner = QStringLiteral("alice");
    t.justification = QStringLiteral("compensating control in the gateway");
    t.expiresAt = QDateTime(QDate(2027, 3, 31), QTime(0, 0), Qt::UTC);
    t.isNew = true;
    m.threats.append(t);

    m.diagnostics.append(Diagnostic{DiagnosticLevel::Error, QStringLiteral("duplicate key"), ref(2)});
    return m;
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumNamesRoundTrip()
    {
        auto check = [](auto values) {
            using E = typename decltype(values)::value_type;
            QSet<QString> names;
            for (E v : values) {
                const QString name = enumName(v);
                QVERIFY(!name.isEmpty());
                QVERIFY2(!names.contains(name), qPrintable(name));
                names.insert(name);
                QCOMPARE(enumFromName<E>(name), std::optional<E>(v));
            }
            QVERIFY(!enumFromName<E>(u"no-such-name").has_value());
        };
        check(enumValues<ComponentKind>());
        check(enumValues<BoundaryKind>());
        check(enumValues<EntryPointKind>());
        check(enumValues<Classification>());
        check(enumValues<Rating>());
        check(enumValues<Stride>());
        check(enumValues<Severity>());
        check(enumValues<ThreatStatus>());
        QCOMPARE(enumValues<ThreatStatus>().size(), 6);
        QCOMPARE(enumName(ThreatStatus::ResolvedByChange), QStringLiteral("resolved-by-change"));
    }

    void everyTypeRoundTrips()
    {
        const SystemModel m = fullModel();
        // Through text, as the project file and `inspect --json` carry it.
        const QByteArray text = QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact);
        auto back = modelFromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->components, m.components);
        QCOMPARE(back->boundaries, m.boundaries);
        QCOMPARE(back->entryPoints, m.entryPoints);
        QCOMPARE(back->flows, m.flows);
        QCOMPARE(back->assets, m.assets);
        QCOMPARE(back->threats, m.threats);
        QCOMPARE(back->diagnostics, m.diagnostics);
        QVERIFY(*back == m);
    }

    void securityShapes()
    {
        const SystemModel m = fullModel();
        // Each AND-set is sorted; [] and null stay distinct.
        QCOMPARE(QJsonDocument(securityToJson(m.entryPoints[0].security).toArray()).toJson(QJsonDocument::Compact),
                 QByteArray(R"([["api_key","oauth2"],["basic"]])"));
        QVERIFY(securityToJson(m.entryPoints[1].security).isArray());
        QCOMPARE(securityToJson(m.entryPoints[1].security).toArray().size(), 0);
        QVERIFY(securityToJson(m.entryPoints[2].security).isNull());
    }

    void priorityOverrideWins()
    {
        Threat t;
        t.priority = 3;
        QCOMPARE(t.effectivePriority(), 3);
        t.priorityOverride = 1;
        QCOMPARE(t.effectivePriority(), 1);
    }

    void damagedPayloadsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown kind") << QByteArray(R"({"components":[{"id":"a","kind":"toaster"}]})") << QStringLiteral("kind");
        QTest::newRow("id not a string") << QByteArray(R"({"components":[{"id":42}]})") << QStringLiteral("id");
        QTest::newRow("missing id") << QByteArray(R"({"boundaries":[{"name":"x"}]})") << QStringLiteral("id");
        QTest::newRow("tags not a list") << QByteArray(R"({"components":[{"id":"a","tags":"x"}]})") << QStringLiteral("tags");
        QTest::newRow("unknown status") << QByteArray(R"({"threats":[{"fingerprint":"f","status":"lost"}]})") << QStringLiteral("status");
        QTest::newRow("bad source") << QByteArray(R"({"flows":[{"id":"f","source":"a","target":"b","sources":[{"line":"x"}]}]})")
                                    << QStringLiteral("line");
        QTest::newRow("security not list") << QByteArray(R"({"entryPoints":[{"id":"e","security":"none"}]})") << QStringLiteral("security");
    }

    void damagedPayloadsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto result = modelFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString().contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(result.errorString()));
    }

    void severityBands()
    {
        QCOMPARE(severityForScore(9.5), Severity::Critical);
        QCOMPARE(severityForScore(7.0), Severity::High);
        QCOMPARE(severityForScore(4.0), Severity::Medium);
        QCOMPARE(severityForScore(0.5), Severity::Low);
        QCOMPARE(severityForScore(0.0), Severity::Info);
    }

    void sourceRefText()
    {
        QCOMPARE(ref(12).toString(), QStringLiteral("api/openapi.yaml:12:7"));
        QCOMPARE((SourceRef{{}, QStringLiteral("main.tf"), 3, 0}).toString(), QStringLiteral("main.tf:3"));
    }

    /**
     * The JSON writer's string literals read back as the same text, wherever a character that
     * needs escaping or is not ASCII falls relative to the eight units the writer copies at
     * once: long plain runs with one such character at every offset, and random mixtures.
     */
    void jsonStringsReadBackAsWritten()
    {
        const QList<QString> odd = {QStringLiteral("\""), QStringLiteral("\\"), QString(QChar(0x01)), QString(QChar(0x1f)),
                                    QStringLiteral("\n"), QStringLiteral("\t"), QString(QChar(0x7f)), QString(QChar(0x80)),
                                    QStringLiteral("é"), QStringLiteral("日"), QStringLiteral("😀"), QString(QChar(0x19))};
        QList<QString> texts;
        for (const QString &c : odd) {
            for (int at = 0; at <= 24; ++at)
                texts.append(QString(at, QLatin1Char('a')) + c + QString(30 - at, QLatin1Char('z')));
        }
        QRandomGenerator random(20261126);
        for (int n = 0; n < 2000; ++n) {
            QString text;
            const int length = int(random.bounded(70));
            for (int i = 0; i < length; ++i)
                text += random.bounded(8) == 0 ? odd.at(int(random.bounded(odd.size()))) : QString(QChar(0x20 + random.bounded(0x5f)));
            texts.append(text);
        }
        for (const QString &text : std::as_const(texts)) {
            QByteArray json = "[";
            JsonWriter::appendString(json, text);
            json += ']';
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(json, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
            QCOMPARE(document.array().at(0).toString(), text);
            // No escapes beyond those JSON requires: the plain part is copied as it is.
            QVERIFY2(!json.contains("\\u00") || text.contains(QChar(0x01)) || text.contains(QChar(0x1f)) || text.contains(QChar(0x19)),
                     json.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
