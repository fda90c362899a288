// SPDX-License-Identifier: GPL-3.0-or-later
// Reports from a real project file: hostile text stays text in HTML, SARIF validates against
// the SARIF 2.1.0 schema of the corpus, baselineState follows the diff, Markdown and CSV are
// safe to paste and import.

#include "model/enums.h"
#include "report/htmlreport.h"
#include "report/machineformats.h"
#include "store/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kAttribute = QStringLiteral("\" onload=\"alert(2)");

Threat threat(const QString &fp, const QString &title, const QString &target, Severity severity)
{
    Threat t;
    t.fingerprint = fp;
    t.ruleId = QStringLiteral("TW-API-001");
    t.title = title;
    t.targets = {target};
    t.severity = severity;
    t.score = severity == Severity::High ? 8.1 : 5.0;
    t.stride = Stride::ElevationOfPrivilege;
    t.rationale = QStringLiteral("Objects are addressed by id ") + kScript;
    t.mitigation = QStringLiteral("Check ownership.");
    t.references = {Reference{QStringLiteral("CWE"), QStringLiteral("CWE-639"), {}},
                    Reference{QStringLiteral("OWASP-API-2023"), QStringLiteral("API1:2023"), {}}};
    t.factors = {RiskFactor{QStringLiteral("reachability"), 1.0, QStringLiteral("internet-facing")}};
    t.sources = {SourceRef{QStringLiteral("api"), QStringLiteral("api/openapi.yaml"), 93, 5}};
    return t;
}

SystemModel model(bool second)
{
    SystemModel m;
    TrustBoundary b;
    b.id = QStringLiteral("tb:vpc");
    b.name = QStringLiteral("VPC ") + kAttribute;
    b.kind = BoundaryKind::Vpc;
    m.boundaries.append(b);
    Component api;
    api.id = QStringLiteral("api:shop");
    api.name = kScript;
    api.kind = ComponentKind::Service;
    api.boundaryId = b.id;
    api.attributes.insert(QStringLiteral("internet-facing"), true);
    api.sources = {SourceRef{{}, QStringLiteral("api/openapi.yaml"), 1, 1}};
    Component db;
    db.id = QStringLiteral("db:orders");
    db.name = kAttribute;
    db.kind = ComponentKind::Datastore;
    db.boundaryId = b.id;
    m.components = {api, db};
    DataFlow f;
    f.id = QStringLiteral("flow:api->db");
    f.sourceId = api.id;
    f.targetId = db.id;
    f.protocol = QStringLiteral("postgres");
    f.encrypted = false;
    m.flows.append(f);
    m.threats = {threat(QStringLiteral("aaaaaaaa11"), QStringLiteral("BOLA on orders ") + kScript, api.id, Severity::High),
                 threat(QStringLiteral("bbbbbbbb22"), QStringLiteral("Cleartext to database"), db.id, Severity::Medium)};
    if (second) {
        m.threats.removeLast();
        m.threats.append(threat(QStringLiteral("cccccccc33"), QStringLiteral("=cmd|' /C calc'!A0"), db.id, Severity::High));
        m.threats.first().score = 9.0; // updated
    }
    return m;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    QByteArray run(const QStringList &args, int expected = 0)
    {
        QProcess p;
        p.start(QStringLiteral(TW_CLI_PATH), args);
        p.waitForFinished(60000);
        if (p.exitCode() != expected)
            qWarning() << p.readAllStandardError();
        [&] { QCOMPARE(p.exitCode(), expected); }();
        return p.readAllStandardOutput();
    }

    QByteArray report(const char *format, const QStringList &extra = {})
    {
        const QString out = m_dir.filePath(QStringLiteral("report.") + QString::fromLatin1(format));
        run(QStringList{QStringLiteral("report"), m_project, QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("-o"), out} + extra);
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("hostile.twdb"));
        auto project = Project::create(m_project, kScript, QStringLiteral("auditor"));
        QVERIFY(project.ok());
        QVERIFY((*project)->createVersion(model(false), VersionMeta{kAttribute, QStringLiteral("v1"), QStringLiteral("abc"), {}}).ok());
        QVERIFY((*project)->triage({QStringLiteral("aaaaaaaa11"), TriageAction::Accept, kScript + QStringLiteral(" until Q3"),
                                    QStringLiteral("mallory ") + kAttribute, {}, {}, {}}).ok());
        QVERIFY((*project)->createVersion(model(true), VersionMeta{QStringLiteral("ci"), QStringLiteral("v2"), QStringLiteral("def"), {}}).ok());
    }

    void htmlShowsHostileTextAsText()
    {
        const QByteArray html = report("html", {QStringLiteral("--diff"), QStringLiteral("1")});
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY2(!html.contains("<script"), "a <script> from the inputs reached the HTML");
        QVERIFY(!html.contains("onload=\""));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(html.contains("&quot; onload=&quot;alert(2)"));
        // Self-contained: no external requests, no script at all.
        QVERIFY(!html.contains("src=\"http"));
        QVERIFY(!html.contains("href=\"http"));
        QVERIFY(html.contains("<svg"));
        // The sections an auditor needs.
        for (const char *text : {"Scope and inputs", "System diagram", "Inventory", "Threats", "Attack paths", "Triage decisions",
                                 "Audit trail", "Hash chain verified", "Changes since version 1", "CWE-639", "api/openapi.yaml:93:5"})
            QVERIFY2(html.contains(text), text);
    }

    void sarifValidatesAgainstTheSchema()
    {
        const QByteArray sarif = report("sarif", {QStringLiteral("--diff"), QStringLiteral("1")});
        const QJsonObject root = QJsonDocument::fromJson(sarif).object();
        QCOMPARE(root.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = root[QStringLiteral("runs")].toArray().first().toObject();
        const QJsonArray results = run[QStringLiteral("results")].toArray();
        QMap<QString, QString> states;
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            states.insert(r[QStringLiteral("partialFingerprints")][QStringLiteral("threatwright/v1")].toString(),
                          r[QStringLiteral("baselineState")].toString());
        }
        QCOMPARE(states.value(QStringLiteral("aaaaaaaa11")), QStringLiteral("updated"));
        QCOMPARE(states.value(QStringLiteral("bbbbbbbb22")), QStringLiteral("absent"));
        QCOMPARE(states.value(QStringLiteral("cccccccc33")), QStringLiteral("new"));
        const QJsonObject first = results.first().toObject();
        QCOMPARE(first[QStringLiteral("locations")][0][QStringLiteral("physicalLocation")][QStringLiteral("region")][QStringLiteral("startLine")].toInt(), 93);
        const QJsonObject rule = run[QStringLiteral("tool")][QStringLiteral("driver")][QStringLiteral("rules")][0].toObject();
        QVERIFY(rule[QStringLiteral("help")][QStringLiteral("markdown")].toString().contains(QStringLiteral("cwe.mitre.org")));
        QVERIFY(!rule[QStringLiteral("properties")][QStringLiteral("security-severity")].toString().isEmpty());

        const QString schema = QStringLiteral(TW_CORPUS_DIR "/microsoft-sarif-sdk/src/Sarif/Schemata/sarif-2.1.0.json");
        if (!QFile::exists(schema))
            QSKIP("corpus not available");
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        if (python.isEmpty())
            QSKIP("python3 not available");
        QProcess validate;
        validate.start(python, {QStringLiteral("-c"),
                                QStringLiteral("import json,sys,jsonschema\n"
                                               "s=json.load(open(sys.argv[1])); d=json.load(open(sys.argv[2]))\n"
                                               "v=jsonschema.validators.validator_for(s)(s)\n"
                                               "errs=list(v.iter_errors(d))\n"
                                               "[print(e.message, list(e.path)) for e in errs[:10]]\n"
                                               "sys.exit(1 if errs else 0)\n"),
                                schema, m_dir.filePath(QStringLiteral("report.sarif"))});
        QVERIFY(validate.waitForFinished(60000));
        QVERIFY2(validate.exitCode() == 0, (validate.readAllStandardOutput() + validate.readAllStandardError()).constData());
    }

    void jsonMarkdownCsv()
    {
        const QJsonObject json = QJsonDocument::fromJson(report("json")).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("threatwright-report"));
        QCOMPARE(json[QStringLiteral("version")][QStringLiteral("id")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("model")][QStringLiteral("components")].toArray().size(), 2);
        QVERIFY(json[QStringLiteral("audit")][QStringLiteral("verified")].toBool());

        const QByteArray md = report("md", {QStringLiteral("--diff"), QStringLiteral("1")});
        QVERIFY(md.contains("### New threats (1)"));
        QVERIFY(!md.contains("<script>")); // escaped for Markdown renderers that allow HTML
        QVERIFY(md.contains("Decisions carried over (1)"));

        const QByteArray csv = report("csv");
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3 + 1); // header, 2 threats, trailing empty
        QVERIFY(lines.first().startsWith("fingerprint,title,severity"));
        QVERIFY2(csv.contains("\"'=cmd|"), "a formula-like cell must be defused");
    }

    void reportErrors()
    {
        run({QStringLiteral("report"), m_project, QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("x"))}, 2);
        run({QStringLiteral("report"), m_project, QStringLiteral("--format"), QStringLiteral("html")}, 2);
        run({QStringLiteral("report"), m_project, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("x")), QStringLiteral("--version"), QStringLiteral("7")}, 2);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
