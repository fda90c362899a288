// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback on real project files: schema migration 2, scoped suppressions (applied, expired,
// revoked, audited) and the ranking effect of triage history.

#include "analysis/engine.h"
#include "analysis/feedback.h"
#include "model/enums.h"
#include "store/project.h"
#include "store/schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace tw;

namespace {

Component component(const QString &id, const QString &name, ComponentKind kind)
{
    Component c;
    c.id = id;
    c.name = name;
    c.kind = kind;
    return c;
}

EntryPoint operation(const QString &id, const QString &componentId)
{
    EntryPoint e;
    e.id = id;
    e.componentId = componentId;
    e.kind = EntryPointKind::HttpOperation;
    e.name = id.section(QLatin1Char(':'), 2);
    return e;
}

Threat finding(const QString &rule, const QString &target, double score, Stride stride = Stride::ElevationOfPrivilege)
{
    Threat t;
    t.ruleId = rule;
    t.origin = QStringLiteral("rule");
    t.stride = stride;
    t.targets = {target};
    t.title = QStringLiteral("%1 on %2").arg(rule, target);
    t.rationale = QStringLiteral("Because.");
    t.score = score;
    t.severity = severityForScore(score);
    t.priority = analysis::priorityForSeverity(t.severity);
    t.fingerprint = analysis::fingerprint(rule, t.targets);
    t.factors = {RiskFactor{QStringLiteral("likelihood-impact"), score, QStringLiteral("base")}};
    return t;
}

/** A small shop: three services, a database, four operations, and findings on them. */
SystemModel shop(bool withNewOperation = false)
{
    SystemModel m;
    m.components = {component(QStringLiteral("svc:orders"), QStringLiteral("orders"), ComponentKind::Service),
                    component(QStringLiteral("svc:legacy-billing"), QStringLiteral("billing"), ComponentKind::Service),
                    component(QStringLiteral("svc:legacy-reports"), QStringLiteral("reports"), ComponentKind::Service),
                    component(QStringLiteral("db:orders"), QStringLiteral("orders-db"), ComponentKind::Datastore)};
    m.entryPoints = {operation(QStringLiteral("ep:orders:GET /orders/{id}"), QStringLiteral("svc:orders")),
                     operation(QStringLiteral("ep:orders:GET /customers/{id}"), QStringLiteral("svc:orders")),
                     operation(QStringLiteral("ep:orders:DELETE /orders/{id}"), QStringLiteral("svc:orders"))};
    if (withNewOperation)
        m.entryPoints << operation(QStringLiteral("ep:orders:GET /invoices/{id}"), QStringLiteral("svc:orders"));
    for (const EntryPoint &e : std::as_const(m.entryPoints))
        m.threats << finding(QStringLiteral("TW-API-001"), e.id, 7.5);
    m.threats << finding(QStringLiteral("TW-CTR-009"), QStringLiteral("svc:orders"), 5.0, Stride::Tampering)
              << finding(QStringLiteral("TW-CTR-009"), QStringLiteral("svc:legacy-billing"), 5.0, Stride::Tampering)
              << finding(QStringLiteral("TW-CTR-009"), QStringLiteral("svc:legacy-reports"), 5.0, Stride::Tampering)
              << finding(QStringLiteral("TW-CTR-009"), QStringLiteral("db:orders"), 5.0, Stride::Tampering)
              // The same rule on another kind of element: not "similar" for the ranking.
              << finding(QStringLiteral("TW-API-001"), QStringLiteral("db:orders"), 7.5);
    return m;
}

VersionMeta meta(const QString &message)
{
    return VersionMeta{QStringLiteral("ci"), message, {}, {}};
}

Threat threatOn(const QList<Threat> &threats, const QString &rule, const QString &target)
{
    for (const Threat &t : threats)
        if (t.ruleId == rule && t.targets.value(0) == target)
            return t;
    return {};
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool rawSql(const QString &path, const char *sql, QString *error = nullptr)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return false;
    }
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (error && message)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close_v2(db);
    return ok;
}

int userVersion(const QString &path)
{
    const QByteArray bytes = fileBytes(path);
    if (bytes.size() < 64)
        return -1;
    const auto *h = reinterpret_cast<const unsigned char *>(bytes.constData());
    return int((quint32(h[60]) << 24) | (quint32(h[61]) << 16) | (quint32(h[62]) << 8) | quint32(h[63]));
}

int runCli(const QStringList &args, QByteArray *stdoutText = nullptr, QByteArray *stderrText = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(TW_CLI_PATH), args);
    p.waitForFinished(60000);
    if (stdoutText)
        *stdoutText = p.readAllStandardOutput();
    if (stderrText)
        *stderrText = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList auditActions(const Project &project)
{
    QStringList actions;
    const auto trail = project.auditTrail();
    for (const AuditEntry &e : *trail)
        actions << e.action;
    return actions;
}

} // namespace

class TestFeedback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<Project> create(const QString &name)
    {
        auto project = Project::create(path(name), QStringLiteral("Shop"), QStringLiteral("tester"));
        if (!project)
            qWarning("%s", qPrintable(project.errorString()));
        return project ? std::move(project).value() : nullptr;
    }

private Q_SLOTS:
    void globs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("literal") << "svc:orders" << "svc:orders" << true;
        QTest::newRow("literal is whole") << "svc:orders" << "svc:orders-db" << false;
        QTest::newRow("star crosses slash and colon") << "ep:orders:*" << "ep:orders:GET /orders/{id}" << true;
        QTest::newRow("star in the middle") << "ep:*:GET /orders/*" << "ep:orders:GET /orders/{id}" << true;
        QTest::newRow("anchored") << "orders*" << "svc:orders" << false;
        QTest::newRow("question mark") << "svc:legacy-?illing" << "svc:legacy-billing" << true;
        QTest::newRow("regex characters are literal") << "ep:orders:GET /orders/{id}" << "ep:orders:GET /orders/{id}" << true;
        QTest::newRow("dot is literal") << "a.b" << "axb" << false;
        QTest::newRow("case-sensitive") << "SVC:*" << "svc:orders" << false;
    }
    void globs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(analysis::Glob(pattern).matches(text), matches);
    }

    void migratesAFormatOneFileCreatedByThisCode()
    {
        const QString file = path(QStringLiteral("v1.twdb"));
        QString fingerprint;
        {
            auto project = create(QStringLiteral("v1.twdb"));
            QVERIFY(project);
            QVERIFY(project->createVersion(shop(), meta(QStringLiteral("v1"))).ok());
            fingerprint = threatOn(*project->threats({}), QStringLiteral("TW-CTR-009"), QStringLiteral("svc:orders")).fingerprint;
            QVERIFY(project->triage({fingerprint, TriageAction::Dismiss, QStringLiteral("not a container"), QStringLiteral("ann"), {}, {}, {}}).ok());
        }
        // Take the file back to format 1 exactly: what migration 2 added goes, user_version says 1.
        QString error;
        QVERIFY2(rawSql(file, "DROP TRIGGER suppressions_no_delete; DROP TRIGGER suppressions_no_edit; "
                              "DROP TRIGGER suppressions_revoke_once; DROP TRIGGER suppressed_threats_no_update; "
                              "DROP TRIGGER suppressed_threats_no_delete; DROP TABLE suppressed_threats; DROP TABLE suppressions; "
                              "PRAGMA user_version = 1; PRAGMA wal_checkpoint(TRUNCATE);",
                        &error),
                 qPrintable(error));
        QCOMPARE(userVersion(file), 1);

        // Read-only: readable as it is, nothing written, no suppressions.
        const QByteArray before = fileBytes(file);
        {
            auto project = Project::open(file, Project::OpenMode::ReadOnly);
            QVERIFY2(project.ok(), qPrintable(project.errorString()));
            QCOMPARE((*project)->schemaVersion(), 1);
            const auto threats = (*project)->threats({});
            QVERIFY(threats.ok());
            QCOMPARE(threats->size(), shop().threats.size());
            QCOMPARE(threatOn(*threats, QStringLiteral("TW-CTR-009"), QStringLiteral("svc:orders")).status, ThreatStatus::Dismissed);
            ThreatQuery dismissed;
            dismissed.status = ThreatStatus::Dismissed;
            QCOMPARE((*project)->threats(dismissed)->size(), 1);
            QVERIFY((*project)->suppressions()->isEmpty());
            QVERIFY((*project)->verifyAudit()->ok);
            QVERIFY(!(*project)->createSuppression({QStringLiteral("R"), QStringLiteral("*"), QStringLiteral("x"), {}, {}, {}}).ok());
        }
        QCOMPARE(fileBytes(file), before);
        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("suppressions"), file, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 0);
        QCOMPARE(fileBytes(file), before);

        // Read-write: upgraded in place, data and decisions kept, and the new tables work.
        {
            auto project = Project::open(file, Project::OpenMode::ReadWrite);
            QVERIFY2(project.ok(), qPrintable(project.errorString()));
            QCOMPARE((*project)->schemaVersion(), schema::latestVersion());
            QCOMPARE(schema::latestVersion(), 2);
            QCOMPARE((*project)->decision(fingerprint)->value().status, ThreatStatus::Dismissed);
            auto made = (*project)->createSuppression(
                {QStringLiteral("TW-CTR-009"), QStringLiteral("svc:legacy-*"), QStringLiteral("legacy is frozen"), QStringLiteral("ann"), {}, {}});
            QVERIFY2(made.ok(), qPrintable(made.errorString()));
            QCOMPARE(made->applied, 2);
            QVERIFY((*project)->verifyAudit()->ok);
        }
        QCOMPARE(userVersion(file), 2);
        // And a second open does not migrate again.
        auto again = Project::open(file, Project::OpenMode::ReadOnly);
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE((*again)->schemaVersion(), 2);
        QCOMPARE((*again)->suppressions()->size(), 1);
    }

    void suppressionAppliesNowAndOnTheNextVersion()
    {
        auto project = create(QStringLiteral("apply.twdb"));
        QVERIFY(project);
        QVERIFY(project->createVersion(shop(), meta(QStringLiteral("v1"))).ok());
        // A person's own decision wins over a suppression.
        const Threat decided = threatOn(*project->threats({}), QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:DELETE /orders/{id}"));
        QVERIFY(project->triage({decided.fingerprint, TriageAction::Validate, QStringLiteral("real"), QStringLiteral("ann"), {}, {}, {}}).ok());

        auto made = project->createSuppression({QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:* /orders/*"),
                                                QStringLiteral("orders are scoped by tenant in the gateway"), QStringLiteral("bob"), {}, {}});
        QVERIFY2(made.ok(), qPrintable(made.errorString()));
        QCOMPARE(made->applied, 1); // GET /orders/{id}; DELETE is decided, /customers does not match
        const qint64 id = made->suppression.id;

        auto check = [&](qint64 version, int expectedSuppressed) {
            const auto threats = *project->threats(ThreatQuery{version, {}, {}, 0, -1});
            const Threat get = threatOn(threats, QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:GET /orders/{id}"));
            QCOMPARE(get.status, ThreatStatus::Dismissed);
            QCOMPARE(get.suppressionId, id);
            QVERIFY2(get.justification.contains(QStringLiteral("orders are scoped by tenant")), qPrintable(get.justification));
            QCOMPARE(threatOn(threats, QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:DELETE /orders/{id}")).status,
                     ThreatStatus::Validated);
            QCOMPARE(threatOn(threats, QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:GET /customers/{id}")).status,
                     ThreatStatus::Suggested);
            int suppressed = 0;
            for (const Threat &t : threats)
                suppressed += t.suppressionId == id;
            QCOMPARE(suppressed, expectedSuppressed);
            ThreatQuery onlyDismissed{version, ThreatStatus::Dismissed, {}, 0, -1};
            QCOMPARE(project->threats(onlyDismissed)->size(), qsizetype(expectedSuppressed));
        };
        check(1, 1);
        // The next version has a new operation the pattern covers: dismissed from the start.
        QCOMPARE(*project->createVersion(shop(true), meta(QStringLiteral("v2"))), 2);
        check(2, 1);
        QCOMPARE(project->suppressionMatches(2)->value(id), 1);
        const auto v2 = *project->threats({});
        const Threat invoice = threatOn(v2, QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:GET /invoices/{id}"));
        QCOMPARE(invoice.status, ThreatStatus::Suggested); // /invoices/ is not /orders/
        QVERIFY(invoice.isNew);

        // A pattern over names: "billing" is the name of svc:legacy-billing.
        auto byName = project->createSuppression({QStringLiteral("TW-CTR-*"), QStringLiteral("billing"), QStringLiteral("sandboxed"),
                                                  QStringLiteral("bob"), {}, {}});
        QVERIFY(byName.ok());
        QCOMPARE(byName->applied, 1);
        QCOMPARE(threatOn(*project->threats({}), QStringLiteral("TW-CTR-009"), QStringLiteral("svc:legacy-billing")).suppressionId,
                 byName->suppression.id);

        // Made from a dismissal: the threat is dismissed and its rule is suppressed on its element.
        const Threat db = threatOn(v2, QStringLiteral("TW-CTR-009"), QStringLiteral("db:orders"));
        auto fromDismissal = project->createSuppression({{}, {}, QStringLiteral("managed database, no container"), QStringLiteral("cy"), {},
                                                         db.fingerprint.left(10)});
        QVERIFY2(fromDismissal.ok(), qPrintable(fromDismissal.errorString()));
        QCOMPARE(fromDismissal->suppression.rulePattern, QStringLiteral("TW-CTR-009"));
        QCOMPARE(fromDismissal->suppression.elementPattern, QStringLiteral("db:orders"));
        QCOMPARE(fromDismissal->suppression.fromFingerprint, db.fingerprint);
        QCOMPARE(project->decision(db.fingerprint)->value().status, ThreatStatus::Dismissed);

        // Refused: no reason, no pattern, everything on everything.
        QVERIFY(!project->createSuppression({QStringLiteral("R"), QStringLiteral("x"), QStringLiteral(" "), {}, {}, {}}).ok());
        QVERIFY(!project->createSuppression({QStringLiteral("R"), QString(), QStringLiteral("r"), {}, {}, {}}).ok());
        QVERIFY(!project->createSuppression({QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("r"), {}, {}, {}}).ok());

        const QStringList actions = auditActions(*project);
        QVERIFY(actions.contains(QStringLiteral("suppression.create")));
        QCOMPARE(actions.count(QStringLiteral("threat.suppressed")), 2); // GET /orders once (not again in v2), billing; db is decided
        QVERIFY(actions.contains(QStringLiteral("threat.dismiss")));
        const auto verification = project->verifyAudit();
        QVERIFY(verification->ok);
    }

    void expiredAndRevokedSuppressionsStopApplying()
    {
        auto project = create(QStringLiteral("expiry.twdb"));
        QVERIFY(project);
        QVERIFY(project->createVersion(shop(), meta(QStringLiteral("v1"))).ok());
        QVERIFY(!project->createSuppression({QStringLiteral("TW-CTR-009"), QStringLiteral("svc:*"), QStringLiteral("r"), {},
                                             QDateTime::currentDateTimeUtc().addSecs(-60), {}})
                     .ok()); // already past
        const QDateTime soon = QDateTime::currentDateTimeUtc().addMSecs(1500);
        auto made = project->createSuppression({QStringLiteral("TW-CTR-009"), QStringLiteral("svc:*"),
                                                QStringLiteral("until the rollout"), QStringLiteral("ann"), soon, {}});
        QVERIFY(made.ok());
        QCOMPARE(made->applied, 3);
        ThreatQuery dismissed;
        dismissed.status = ThreatStatus::Dismissed;
        QCOMPARE(project->threats(dismissed)->size(), 3);
        while (QDateTime::currentDateTimeUtc() <= soon.addMSecs(50))
            QThread::msleep(100);
        // Expired: the version it was applied to reads as undecided again…
        QCOMPARE(project->threats(dismissed)->size(), 0);
        QCOMPARE(threatOn(*project->threats({}), QStringLiteral("TW-CTR-009"), QStringLiteral("svc:orders")).status,
                 ThreatStatus::Suggested);
        QCOMPARE(project->suppressions()->first().stateAt(QDateTime::currentDateTimeUtc()), QStringLiteral("expired"));
        // …and the next version does not apply it at all.
        QVERIFY(project->createVersion(shop(), meta(QStringLiteral("v2"))).ok());
        QVERIFY(project->suppressionMatches(2)->isEmpty());

        // Revoked: stops at once; revoking twice, editing or deleting is refused.
        auto permanent = project->createSuppression({QStringLiteral("TW-CTR-009"), QStringLiteral("svc:legacy-*"),
                                                   QStringLiteral("legacy is frozen"), QStringLiteral("ann"), {}, {}});
        QVERIFY(permanent.ok());
        QCOMPARE(project->threats(dismissed)->size(), 2);
        QVERIFY(!project->revokeSuppression(permanent->suppression.id, QStringLiteral("ann"), QString()).ok());
        auto revoked = project->revokeSuppression(permanent->suppression.id, QStringLiteral("ann"), QStringLiteral("legacy is back in scope"));
        QVERIFY2(revoked.ok(), qPrintable(revoked.errorString()));
        QCOMPARE(project->threats(dismissed)->size(), 0);
        QVERIFY(!project->revokeSuppression(permanent->suppression.id, QStringLiteral("ann"), QStringLiteral("again")).ok());
        QVERIFY(!project->revokeSuppression(999, QStringLiteral("ann"), QStringLiteral("none")).ok());
        project.reset();
        const QString file = path(QStringLiteral("expiry.twdb"));
        QString error;
        QVERIFY(!rawSql(file, "UPDATE suppressions SET reason = 'edited' WHERE id = 1", &error));
        QVERIFY(error.contains(QStringLiteral("cannot be edited")));
        QVERIFY(!rawSql(file, "DELETE FROM suppressions", &error));
        QVERIFY(!rawSql(file, "DELETE FROM suppressed_threats", &error));
        auto reopened = Project::open(file);
        QVERIFY(reopened.ok());
        QVERIFY((*reopened)->verifyAudit()->ok);
        QVERIFY(auditActions(**reopened).contains(QStringLiteral("suppression.revoke")));
    }

    void triageHistoryRanksSimilarFindingsLower()
    {
        auto project = create(QStringLiteral("ranking.twdb"));
        QVERIFY(project);
        QVERIFY(project->createVersion(shop(), meta(QStringLiteral("v1"))).ok());
        const auto v1 = *project->threats({});
        const Threat dismissed = threatOn(v1, QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:GET /customers/{id}"));
        QVERIFY(project->triage({dismissed.fingerprint, TriageAction::Dismiss, QStringLiteral("customers are looked up by session"),
                                 QStringLiteral("ann"), {}, {}, {}})
                    .ok());
        QVERIFY(project->createVersion(shop(true), meta(QStringLiteral("v2"))).ok());
        const auto v2 = *project->threats({});

        // Same rule, same STRIDE, an entry point like the dismissed one: lower score and priority,
        // the same severity, and the factor says why.
        for (const QString &target : QStringList{QStringLiteral("ep:orders:GET /orders/{id}"), QStringLiteral("ep:orders:GET /invoices/{id}")}) {
            const Threat t = threatOn(v2, QStringLiteral("TW-API-001"), target);
            QCOMPARE(t.status, ThreatStatus::Suggested);
            QCOMPARE(t.score, 7.0);
            QCOMPARE(t.severity, Severity::High);
            QCOMPARE(t.priority, 3);
            const auto factor = std::find_if(t.factors.cbegin(), t.factors.cend(),
                                             [](const RiskFactor &f) { return f.name == QLatin1StringView(analysis::TriageHistoryFactor); });
            QVERIFY(factor != t.factors.cend());
            QCOMPARE(factor->value, -0.5);
            QVERIFY2(factor->explanation.contains(QStringLiteral("dismissed in this project"))
                         && factor->explanation.contains(QStringLiteral("customers are looked up by session"))
                         && factor->explanation.contains(QStringLiteral("severity unchanged")),
                     qPrintable(factor->explanation));
        }
        // Not similar: the same rule on a data store; the dismissed finding itself keeps its decision.
        const Threat other = threatOn(v2, QStringLiteral("TW-API-001"), QStringLiteral("db:orders"));
        QCOMPARE(other.score, 7.5);
        QCOMPARE(other.priority, 2);
        QCOMPARE(threatOn(v2, QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:GET /customers/{id}")).status,
                 ThreatStatus::Dismissed);
        // The rank: the unaffected finding now comes first among the equally scored rule findings.
        const auto rank = [&](const QString &target) {
            for (int i = 0; i < int(v2.size()); ++i)
                if (v2[i].ruleId == QLatin1StringView("TW-API-001") && v2[i].targets.value(0) == target)
                    return i;
            return -1;
        };
        QVERIFY(rank(QStringLiteral("db:orders")) < rank(QStringLiteral("ep:orders:GET /orders/{id}")));

        // Two more dismissals weigh more (at most -1.5).
        for (const QString &target : QStringList{QStringLiteral("ep:orders:GET /orders/{id}"), QStringLiteral("ep:orders:DELETE /orders/{id}")}) {
            const Threat t = threatOn(v2, QStringLiteral("TW-API-001"), target);
            QVERIFY(project->triage({t.fingerprint, TriageAction::Dismiss, QStringLiteral("scoped by tenant"), QStringLiteral("ann"), {}, {}, {}}).ok());
        }
        QVERIFY(project->createVersion(shop(true), meta(QStringLiteral("v3"))).ok());
        const Threat invoice = threatOn(*project->threats({}), QStringLiteral("TW-API-001"), QStringLiteral("ep:orders:GET /invoices/{id}"));
        QCOMPARE(invoice.score, 6.0);
        QCOMPARE(invoice.severity, Severity::High);
        QVERIFY(project->verifyAudit()->ok);
    }

    void suggestedThreatsAreAddedAuditedAndCarried()
    {
        auto project = create(QStringLiteral("suggested.twdb"));
        QVERIFY(project);
        QVERIFY(project->createVersion(shop(), meta(QStringLiteral("v1"))).ok());
        Threat s = finding(QStringLiteral("llm"), QStringLiteral("svc:legacy-reports"), 6.0, Stride::Repudiation);
        s.origin = QStringLiteral("llm:test-model");
        s.fingerprint = analysis::fingerprint(QStringLiteral("llm"), s.targets, QStringLiteral("repudiation:CWE-778"));
        auto added = project->addSuggestedThreats({s, s}, QStringLiteral("ann"));
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
        QCOMPARE(added->size(), 1);
        Threat rule = finding(QStringLiteral("TW-X-1"), QStringLiteral("svc:orders"), 5.0);
        QVERIFY(!project->addSuggestedThreats({rule}, QStringLiteral("ann")).ok()); // only provider threats
        const Threat stored = *project->threat(0, s.fingerprint);
        QCOMPARE(stored.origin, QStringLiteral("llm:test-model"));
        QCOMPARE(stored.status, ThreatStatus::Suggested);
        QVERIFY(stored.isNew);
        const auto entries = *project->auditTrail(QStringLiteral("threat:") + s.fingerprint);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("threat.suggested"));
        QVERIFY(entries.first().after.contains(QStringLiteral("llm:test-model")));

        // Kept while its target exists; resolved by change when the element goes.
        QVERIFY(project->createVersion(shop(), meta(QStringLiteral("v2"))).ok());
        QCOMPARE(project->threat(0, s.fingerprint)->status, ThreatStatus::Suggested);
        SystemModel smaller = shop();
        smaller.components.removeIf([](const Component &c) { return c.id == QLatin1StringView("svc:legacy-reports"); });
        smaller.threats.removeIf([](const Threat &t) { return t.targets.contains(QStringLiteral("svc:legacy-reports")); });
        QVERIFY(project->createVersion(smaller, meta(QStringLiteral("v3"))).ok());
        QCOMPARE(project->threat(0, s.fingerprint)->status, ThreatStatus::ResolvedByChange);
        QVERIFY(project->verifyAudit()->ok);
    }

    void cliCommands()
    {
        {
            auto project = create(QStringLiteral("cli.twdb"));
            QVERIFY(project);
            QVERIFY(project->createVersion(shop(), meta(QStringLiteral("v1"))).ok());
        }
        const QString file = path(QStringLiteral("cli.twdb"));
        QByteArray out, err;
        QCOMPARE(runCli({QStringLiteral("suppress"), file, QStringLiteral("--rule"), QStringLiteral("TW-CTR-009"),
                         QStringLiteral("--element"), QStringLiteral("svc:legacy-*"), QStringLiteral("--reason"),
                         QStringLiteral("legacy is frozen"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                         QStringLiteral("--actor"), QStringLiteral("ann")},
                        &out, &err),
                 0);
        QVERIFY2(out.contains("2 threat(s)"), out.constData());
        QCOMPARE(runCli({QStringLiteral("suppress"), file, QStringLiteral("--rule"), QStringLiteral("X")}, nullptr, &err), 2);
        QVERIFY(err.contains("--reason"));
        QCOMPARE(runCli({QStringLiteral("suppress"), file, QStringLiteral("--rule"), QStringLiteral("X"), QStringLiteral("--element"),
                         QStringLiteral("y"), QStringLiteral("--reason"), QStringLiteral("r"), QStringLiteral("--expires"), QStringLiteral("soon")},
                        nullptr, &err),
                 2);

        // triage --dismiss --suppress
        auto project = Project::open(file, Project::OpenMode::ReadOnly);
        const QString fp = threatOn(*(*project)->threats({}), QStringLiteral("TW-API-001"), QStringLiteral("db:orders")).fingerprint;
        project = makeError(QString());
        QCOMPARE(runCli({QStringLiteral("triage"), file, fp.left(12), QStringLiteral("--validate"), QStringLiteral("--suppress"),
                         QStringLiteral("--reason"), QStringLiteral("r")},
                        nullptr, &err),
                 2);
        QCOMPARE(runCli({QStringLiteral("triage"), file, fp.left(12), QStringLiteral("--dismiss"), QStringLiteral("--suppress"),
                         QStringLiteral("--element"), QStringLiteral("db:*"), QStringLiteral("--reason"),
                         QStringLiteral("the database has no HTTP API"), QStringLiteral("--json")},
                        &out, &err),
                 0);
        const QJsonObject triaged = QJsonDocument::fromJson(out).object();
        QCOMPARE(triaged.value(QStringLiteral("status")).toString(), QStringLiteral("dismissed"));
        QCOMPARE(triaged.value(QStringLiteral("createdSuppression")).toInt(), 2);

        QCOMPARE(runCli({QStringLiteral("suppressions"), file, QStringLiteral("--json")}, &out, &err), 0);
        const QJsonArray list = QJsonDocument::fromJson(out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("matchesInNewestVersion")).toInt(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("TW-API-001"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("fromThreat")).toString(), fp);

        QCOMPARE(runCli({QStringLiteral("suppress"), file, QStringLiteral("--revoke"), QStringLiteral("1"), QStringLiteral("--reason"),
                         QStringLiteral("back in scope")},
                        &out, &err),
                 0);
        QCOMPARE(runCli({QStringLiteral("threats"), file, QStringLiteral("--status"), QStringLiteral("dismissed"), QStringLiteral("--json")}, &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1); // only the dismissal itself
        QCOMPARE(runCli({QStringLiteral("audit"), file, QStringLiteral("--verify")}, &out), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
