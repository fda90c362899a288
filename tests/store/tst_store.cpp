// SPDX-License-Identifier: GPL-3.0-or-later
// The project file: migrations, versions, decisions carried by fingerprint, the audit chain,
// refusal of foreign and damaged files, read-only use and crash safety — on real SQLite files.

#include "model/enums.h"
#include "model/modeljson.h"
#include "model/synthetic.h"
#include "store/audit.h"
#include "store/project.h"
#include "store/schema.h"

#include "../common/hardkill.h"
#include "../common/rawsql.h"
#include "../common/vfsshim.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include <sys/resource.h>

using namespace tw;
using tw::test::rawSql;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/**
 * The default SQLite VFS, with each file's xSync counted when the test's main thread calls it:
 * whether a commit waited for the disk on the thread that made it. The files are the real ones
 * (the real VFS opens them; only their method table is swapped for a copy with xSync wrapped).
 */
class MainThreadSyncs
{
public:
    MainThreadSyncs() : m_shim("tw-test-sync-counter", &MainThreadSyncs::open)
    {
        s_real = m_shim.real();
        s_main = std::this_thread::get_id();
    }

    static int count() { return s_count; }

private:
    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
    {
        const int rc = s_real->xOpen(s_real, name, file, flags, outFlags);
        if (rc == SQLITE_OK && file->pMethods) {
            std::lock_guard lock(s_mutex);
            auto &patched = s_patched[file->pMethods];
            if (!patched) {
                patched = std::make_unique<sqlite3_io_methods>(*file->pMethods);
                patched->xSync = &MainThreadSyncs::sync;
                s_original[patched.get()] = file->pMethods;
            }
            file->pMethods = patched.get();
        }
        return rc;
    }
    static int sync(sqlite3_file *file, int flags)
    {
        if (std::this_thread::get_id() == s_main)
            ++s_count;
        const sqlite3_io_methods *original = nullptr;
        {
            std::lock_guard lock(s_mutex);
            original = s_original.at(file->pMethods);
        }
        return original->xSync(file, flags);
    }

    tw::test::DefaultVfsShim m_shim;
    static inline sqlite3_vfs *s_real = nullptr;
    static inline std::thread::id s_main;
    static inline std::atomic<int> s_count = 0;
    static inline std::mutex s_mutex;
    static inline std::map<const sqlite3_io_methods *, std::unique_ptr<sqlite3_io_methods>> s_patched;
    static inline std::map<const sqlite3_io_methods *, const sqlite3_io_methods *> s_original;
};


Threat makeThreat(const QString &fingerprint, Severity severity, const QString &target = QStringLiteral("svc:service-0"))
{
    Threat t;
    t.fingerprint = fingerprint;
    t.ruleId = QStringLiteral("TW-TEST-") + fingerprint.left(3);
    t.title = QStringLiteral("Threat ") + fingerprint;
    t.targets = {target};
    t.severity = severity;
    t.score = severity == Severity::High ? 8.0 : 5.0;
    return t;
}

VersionMeta meta(const QString &message)
{
    return VersionMeta{QStringLiteral("tester"), message, QStringLiteral("0123456789abcdef"),
                       {InputDigest{QStringLiteral("api.yaml"), QStringLiteral("openapi"), QStringLiteral("sha256:00")}}};
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

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /** The distinct texts stored in a project file, read with SQLite itself; -1 if unreadable. */
    int storedTextCount(const char *name) const
    {
        sqlite3 *db = nullptr;
        int count = -1;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path(name)).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(db, "SELECT count(*) FROM threat_texts", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            count = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return count;
    }

    std::unique_ptr<Project> createProject(const char *name)
    {
        auto project = Project::create(path(name), QStringLiteral("Shop"), QStringLiteral("tester"));
        if (!project)
            qWarning("%s", qPrintable(project.errorString()));
        return project ? std::move(project).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createRunsMigrationsFromEmpty()
    {
        auto project = createProject("new.twdb");
        QVERIFY(project);
        project.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path("new.twdb")).constData(), &db), SQLITE_OK);
        auto pragma = [db](const char *sql) {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
            sqlite3_step(stmt);
            const QString value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            sqlite3_finalize(stmt);
            return value;
        };
        QCOMPARE(pragma("PRAGMA application_id").toLongLong(), qint64(Project::ApplicationId));
        QCOMPARE(pragma("PRAGMA user_version").toInt(), schema::latestVersion());
        QCOMPARE(pragma("PRAGMA journal_mode"), QStringLiteral("wal"));
        for (const char *const *table = schema::requiredTables(); *table; ++table) {
            const QByteArray sql = "SELECT count(*) FROM sqlite_schema WHERE name = '" + QByteArray(*table) + "'";
            QCOMPARE(pragma(sql.constData()), QStringLiteral("1"));
        }
        QCOMPARE(pragma("SELECT action FROM audit WHERE seq = 1"), QStringLiteral("project.create"));
        QCOMPARE(pragma("SELECT prev_hash FROM audit WHERE seq = 1"), audit::genesisHash());
        sqlite3_close(db);

        auto reopened = Project::open(path("new.twdb"));
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
        QCOMPARE((*reopened)->name(), QStringLiteral("Shop"));
        auto verify = (*reopened)->verifyAudit();
        QVERIFY(verify.ok() && verify->ok);
        QCOMPARE(verify->entries, 1);
    }

    void createRefusesExistingFile()
    {
        writeBytes(path("exists.twdb"), "keep me");
        auto project = Project::create(path("exists.twdb"), QStringLiteral("x"), QStringLiteral("t"));
        QVERIFY(!project.ok());
        QCOMPARE(fileBytes(path("exists.twdb")), QByteArray("keep me"));
    }

    void modelRoundTripsThroughTheFile()
    {
        auto project = createProject("roundtrip.twdb");
        QVERIFY(project);
        SystemModel model = syntheticModel({30, 3, 200, 7});
        model.diagnostics.append(Diagnostic{DiagnosticLevel::Warning, QStringLiteral("duplicate key \"paths\""),
                                            SourceRef{QStringLiteral("api"), QStringLiteral("api.yaml"), 4, 1}});
        auto version = project->createVersion(model, meta(QStringLiteral("first import")));
        QVERIFY2(version.ok(), qPrintable(version.errorString()));
        QCOMPARE(*version, 1);

        auto loaded = project->loadModel(*version);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded->components, model.components);
        QCOMPARE(loaded->boundaries, model.boundaries);
        QCOMPARE(loaded->entryPoints, model.entryPoints);
        QCOMPARE(loaded->flows, model.flows);
        QCOMPARE(loaded->assets, model.assets);
        QCOMPARE(loaded->diagnostics, model.diagnostics);
        QCOMPARE(loaded->threats.size(), model.threats.size());
        for (const Threat &stored : loaded->threats) {
            auto original = std::find_if(model.threats.cbegin(), model.threats.cend(),
                                         [&](const Threat &t) { return t.fingerprint == stored.fingerprint; });
            QVERIFY(original != model.threats.cend());
            Threat expected = *original;
            expected.isNew = true; // first version: everything is new
            QCOMPARE(stored, expected);
        }

        auto info = project->version(*version);
        QVERIFY(info.ok());
        QCOMPARE(info->author, QStringLiteral("tester"));
        QCOMPARE(info->message, QStringLiteral("first import"));
        QCOMPARE(info->gitRevision, QStringLiteral("0123456789abcdef"));
        QCOMPARE(info->inputs.size(), 1);
        QCOMPARE(info->inputs.first().digest, QStringLiteral("sha256:00"));
        QCOMPARE(info->componentCount, 30);
        QCOMPARE(info->threatCount, 200);
    }

    void largeVersionIsStoredWhole()
    {
        // Large enough for every part of the write's preparation to be used: both threads take
        // blocks of the model for the first stage of rows and the preparer makes the later
        // stages while the inserts go on, the records go to several buckets (freed as the
        // inserts pass them), and the audit chain is made in several chunks. Repeats of findings are spread
        // over the model, so either thread may meet the first occurrence.
        auto project = createProject("large.twdb");
        QVERIFY(project);
        SystemModel model = syntheticModel({60, 2, 12000, 11});
        // Texts that change every thousand threats: each thread meets them in its own order.
        const QString rationales[] = {QStringLiteral("First."), QStringLiteral("Second."), QStringLiteral("Third."),
                                      QStringLiteral("Fourth."), QStringLiteral("Fifth.")};
        for (qsizetype i = 0; i < model.threats.size(); ++i)
            model.threats[i].rationale = rationales[(i / 1000 + i % 2) % 5];
        for (int i = 0; i < 300; ++i) {
            Threat repeat = model.threats[(i * 7919) % 12000];
            repeat.title = QStringLiteral("a later occurrence %1").arg(i);
            model.threats.insert((qsizetype(i) * 104729) % model.threats.size(), repeat);
        }
        QHash<QString, Threat> first;
        for (const Threat &t : model.threats) {
            if (!first.contains(t.fingerprint))
                first.insert(t.fingerprint, t);
        }
        auto version = project->createVersion(model, meta(QStringLiteral("v1")));
        QVERIFY2(version.ok(), qPrintable(version.errorString()));
        auto stored = project->threats(ThreatQuery{*version, {}, {}, 0, -1});
        QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
        QCOMPARE(stored->size(), first.size());
        for (const Threat &t : *stored) {
            Threat expected = first.value(t.fingerprint);
            expected.isNew = true;
            QCOMPARE(t, expected);
        }
        auto verified = project->verifyAudit();
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok, qPrintable(verified->problem));

        // The next version: some findings vanish, some are new.
        SystemModel next = syntheticModel({60, 2, 12000, 11});
        next.threats.remove(3000, 1500);
        SystemModel extra = syntheticModel({60, 2, 700, 12});
        for (Threat &t : extra.threats)
            t.fingerprint.prepend(QStringLiteral("new-"));
        next.threats.append(extra.threats);
        auto second = project->createVersion(next, meta(QStringLiteral("v2")));
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        auto all = project->threats(ThreatQuery{*second, {}, {}, 0, -1});
        QVERIFY(all.ok());
        const auto count = [&](auto predicate) { return std::count_if(all->cbegin(), all->cend(), predicate); };
        QCOMPARE(count([](const Threat &t) { return t.status == ThreatStatus::ResolvedByChange; }), 1500);
        QCOMPARE(count([](const Threat &t) { return t.isNew; }), qsizetype(extra.threats.size()));
        verified = project->verifyAudit();
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok, qPrintable(verified->problem));
        project.reset();

        // The texts, shared by a rule's findings, are stored once though both threads met them.
        QSet<QString> texts;
        for (const Threat &t : std::as_const(model.threats) + next.threats) {
            QStringList parts{t.rationale, t.mitigation};
            for (const Reference &r : t.references)
                parts << r.kind << r.id << r.url;
            texts.insert(parts.join(QChar(0)));
        }
        QCOMPARE(storedTextCount("large.twdb"), texts.size());
    }

    void failedLargeWriteLeavesTheLastVersion()
    {
        // The disk fills in the middle of a large version: the inserts have begun and spill
        // pages (60,000 threats are more than twice what a large write's 24 MiB page cache holds) while
        // the preparer is serialising later stages or chaining. The write fails with an error (no crash, no
        // hang), the project is left at its last version, and it takes the next one.
        auto project = createProject("full.twdb");
        QVERIFY(project);
        QVERIFY(project->createVersion(syntheticModel({20, 2, 300, 3}), meta(QStringLiteral("v1"))).ok());
        const qint64 grown = std::max(QFile(path("full.twdb")).size(), QFile(path("full.twdb") + QStringLiteral("-wal")).size());

        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(grown + (2 << 20)); // room for a few thousand of the threats
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        auto failed = project->createVersion(syntheticModel({60, 2, 60000, 11}), meta(QStringLiteral("v2")));
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!failed.ok());
        // An insert of a threat or of its audit entry failed, not the COMMIT.
        QVERIFY2(failed.errorString().contains(QStringLiteral("Storing")) || failed.errorString().contains(QStringLiteral("audit trail")),
                 qPrintable(failed.errorString()));

        for (int round = 0; round < 2; ++round) {
            auto latest = project->latestVersionId();
            QVERIFY(latest.ok());
            QCOMPARE(*latest, qint64(1));
            QCOMPARE(*project->threatCount(1), 300);
            auto verified = project->verifyAudit();
            QVERIFY(verified.ok());
            QVERIFY2(verified->ok, qPrintable(verified->problem));
            project.reset();
            auto reopened = Project::open(path("full.twdb"));
            QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
            project = std::move(*reopened);
        }
        auto next = project->createVersion(syntheticModel({60, 2, 60000, 11}), meta(QStringLiteral("v2")));
        QVERIFY2(next.ok(), qPrintable(next.errorString()));
        auto stored = project->threats(ThreatQuery{*next, {}, {}, 0, -1});
        QVERIFY(stored.ok());
        QCOMPARE(std::count_if(stored->cbegin(), stored->cend(), [](const Threat &t) { return t.status != ThreatStatus::ResolvedByChange; }),
                 60000);
        auto verified = project->verifyAudit();
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok, qPrintable(verified->problem));
    }

    void sameFindingTwiceIsStoredOnceFirstWins()
    {
        // Enough threats for the sort to do real work (not an insertion sort of a few), with
        // fingerprints that share their first 16 bytes and differ after them, a fingerprint
        // that is the prefix of another, and repeats of one finding in between.
        auto project = createProject("twice.twdb");
        QVERIFY(project);
        SystemModel model;
        const QString shared = QStringLiteral("0123456789abcdef");
        QSet<QString> distinct;
        for (int i = 0; i < 300; ++i) {
            const QString fp = i % 3 == 0 ? shared + QString::number(i % 40) : QStringLiteral("%1").arg((i * 7919) % 1000, 4, 10, QLatin1Char('0'));
            Threat t = makeThreat(fp, i % 2 ? Severity::High : Severity::Medium);
            t.title = QStringLiteral("occurrence %1").arg(i);
            model.threats.append(t);
            distinct.insert(fp);
        }
        model.threats.append(makeThreat(shared, Severity::High));
        distinct.insert(shared);
        QVERIFY(project->createVersion(model, meta(QStringLiteral("v1"))).ok());

        auto threats = project->threats(ThreatQuery{1, {}, {}, 0, -1});
        QVERIFY2(threats.ok(), qPrintable(threats.errorString()));
        QCOMPARE(threats->size(), distinct.size());
        for (const Threat &stored : *threats) {
            const auto first = std::find_if(model.threats.cbegin(), model.threats.cend(),
                                            [&](const Threat &t) { return t.fingerprint == stored.fingerprint; });
            QVERIFY(first != model.threats.cend());
            QCOMPARE(stored.title, first->title);
        }
        // The project's creation, one threat.suggested per stored threat, the version's entry.
        QCOMPARE(*project->auditCount(), qint64(1 + distinct.size() + 1));
    }

    void sharedTextsAreStoredOnceAndKeptApart()
    {
        // The texts are found again by the addresses of their strings: the same strings in a
        // list built anew are the same texts, other references are other texts, and equal
        // texts in strings of their own are found by value.
        auto project = createProject("texts.twdb");
        QVERIFY(project);
        const QString rationale = QStringLiteral("Anyone can read the records of others.");
        const QString mitigation = QStringLiteral("Check ownership.");
        const QString cwe = QStringLiteral("CWE"), id639 = QStringLiteral("CWE-639"), id284 = QStringLiteral("CWE-284");
        SystemModel model;
        for (int i = 0; i < 6; ++i) {
            Threat t = makeThreat(QStringLiteral("fp%1").arg(i), Severity::High);
            t.rationale = i == 5 ? QString(rationale.constData(), rationale.size()) : rationale; // 5: a copy of its own
            t.mitigation = mitigation;
            t.references = {Reference{cwe, i % 2 ? id284 : id639, QString()}};
            model.threats.append(t);
        }
        QVERIFY(project->createVersion(model, meta(QStringLiteral("v1"))).ok());
        auto threats = project->threats(ThreatQuery{1, {}, {}, 0, -1});
        QVERIFY(threats.ok());
        QCOMPARE(threats->size(), 6);
        for (const Threat &t : *threats) {
            const int i = t.fingerprint.mid(2).toInt();
            QCOMPARE(t.rationale, rationale);
            QCOMPARE(t.references.size(), 1);
            QCOMPARE(t.references.first().id, i % 2 ? id284 : id639);
        }
        project.reset();
        QCOMPARE(storedTextCount("texts.twdb"), 2);
    }

    void decisionsCarryToTheNextVersion()
    {
        auto project = createProject("carry.twdb");
        QVERIFY(project);
        SystemModel v1;
        v1.threats = {makeThreat(QStringLiteral("aaaaaaaa01"), Severity::High), makeThreat(QStringLiteral("bbbbbbbb02"), Severity::Medium),
                      makeThreat(QStringLiteral("cccccccc03"), Severity::High)};
        QCOMPARE(*project->createVersion(v1, meta(QStringLiteral("v1"))), 1);

        QVERIFY(project->triage({QStringLiteral("aaaaaa"), TriageAction::Validate, {}, QStringLiteral("alice"), {}, {}, {}}).ok());
        auto dismissed = project->triage({QStringLiteral("bbbbbbbb02"), TriageAction::Dismiss,
                                          QStringLiteral("behind the VPN"), QStringLiteral("bob"), {}, {}, {}});
        QVERIFY2(dismissed.ok(), qPrintable(dismissed.errorString()));
        QCOMPARE(dismissed->status, ThreatStatus::Dismissed);
        QVERIFY(project->triage({QStringLiteral("aaaaaaaa01"), TriageAction::SetPriority, {}, QStringLiteral("alice"), 1, {}, {}}).ok());

        SystemModel v2;
        v2.threats = {makeThreat(QStringLiteral("aaaaaaaa01"), Severity::High), makeThreat(QStringLiteral("bbbbbbbb02"), Severity::Medium),
                      makeThreat(QStringLiteral("dddddddd04"), Severity::High)};
        QCOMPARE(*project->createVersion(v2, meta(QStringLiteral("v2"))), 2);

        auto threats = project->threats(ThreatQuery{2, {}, {}, 0, -1});
        QVERIFY(threats.ok());
        QMap<QString, Threat> byFp;
        for (const Threat &t : *threats)
            byFp.insert(t.fingerprint, t);
        QCOMPARE(byFp.size(), 4);
        QCOMPARE(byFp[QStringLiteral("aaaaaaaa01")].status, ThreatStatus::Validated);
        QCOMPARE(byFp[QStringLiteral("aaaaaaaa01")].priorityOverride, std::optional<int>(1));
        QCOMPARE(byFp[QStringLiteral("aaaaaaaa01")].isNew, false);
        QCOMPARE(byFp[QStringLiteral("bbbbbbbb02")].status, ThreatStatus::Dismissed);
        QCOMPARE(byFp[QStringLiteral("bbbbbbbb02")].justification, QStringLiteral("behind the VPN"));
        QCOMPARE(byFp[QStringLiteral("dddddddd04")].status, ThreatStatus::Suggested);
        QCOMPARE(byFp[QStringLiteral("dddddddd04")].isNew, true);
        // Vanished, not deleted: closed as resolved-by-change.
        QCOMPARE(byFp[QStringLiteral("cccccccc03")].status, ThreatStatus::ResolvedByChange);
        QCOMPARE(project->version(2).value().threatCount, 3);

        // The filters of the CLI.
        auto high = project->threats(ThreatQuery{2, {}, Severity::High, 0, -1});
        QCOMPARE(high->size(), 3);
        auto suggested = project->threats(ThreatQuery{2, ThreatStatus::Suggested, {}, 0, -1});
        QCOMPARE(suggested->size(), 1);

        // Version 1 still shows what it showed (snapshots are immutable); decisions are current.
        auto old = project->threats(ThreatQuery{1, {}, {}, 0, -1});
        QCOMPARE(old->size(), 3);

        auto history = project->auditTrail(QStringLiteral("threat:bbbbbbbb02"));
        QVERIFY(history.ok());
        QStringList actions;
        for (const AuditEntry &e : *history)
            actions.append(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("threat.suggested"), QStringLiteral("threat.dismiss")}));
        QCOMPARE(history->last().actor, QStringLiteral("bob"));
        QCOMPARE(history->last().reason, QStringLiteral("behind the VPN"));
        auto gone = project->auditTrail(QStringLiteral("threat:cccccccc03"));
        QCOMPARE(gone->last().action, QStringLiteral("threat.resolved-by-change"));
        QVERIFY(project->verifyAudit()->ok);

        // Versions are written without row-by-row foreign key checks: every reference written,
        // carried threats' included, must still hold.
        project.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path("carry.twdb")).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *check = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &check, nullptr), SQLITE_OK);
        const int rc = sqlite3_step(check);
        const QString violation = rc == SQLITE_ROW ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))) : QString();
        sqlite3_finalize(check);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_DONE, qPrintable(QStringLiteral("foreign key violation in ") + violation));
    }

    void triageRules()
    {
        auto project = createProject("rules.twdb");
        SystemModel v1;
        v1.threats = {makeThreat(QStringLiteral("eeeeeeee01"), Severity::High), makeThreat(QStringLiteral("eeeeeeee02"), Severity::Low)};
        QVERIFY(project->createVersion(v1, meta(QStringLiteral("v1"))).ok());
        // Dismiss and accept need a reason.
        QVERIFY(!project->triage({QStringLiteral("eeeeeeee01"), TriageAction::Dismiss, QStringLiteral("  "), QStringLiteral("a"), {}, {}, {}}).ok());
        QVERIFY(!project->triage({QStringLiteral("eeeeeeee01"), TriageAction::Accept, {}, QStringLiteral("a"), {}, {}, {}}).ok());
        // An ambiguous prefix is refused, not guessed.
        auto ambiguous = project->triage({QStringLiteral("eeeeeeee"), TriageAction::Validate, {}, QStringLiteral("a"), {}, {}, {}});
        QVERIFY(!ambiguous.ok());
        QVERIFY(ambiguous.errorString().contains(QStringLiteral("more than one")));
        QVERIFY(!project->triage({QStringLiteral("eeeeeeee01"), TriageAction::SetPriority, {}, QStringLiteral("a"), 7, {}, {}}).ok());
        // Accept with an expiry.
        const QDateTime expiry(QDate(2027, 6, 30), QTime(0, 0), Qt::UTC);
        auto accepted = project->triage({QStringLiteral("eeeeeeee01"), TriageAction::Accept, QStringLiteral("fixed next quarter"),
                                         QStringLiteral("carol"), {}, expiry, QStringLiteral("team-payments")});
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->expiresAt, expiry);
        QCOMPARE(accepted->owner, QStringLiteral("team-payments"));
        // Undo appends a compensating entry instead of rewriting history.
        const qint64 before = *project->auditCount();
        QVERIFY(project->restoreDecision(QStringLiteral("eeeeeeee01"), std::nullopt, QStringLiteral("carol"), QStringLiteral("undo")).ok());
        QCOMPARE(*project->auditCount(), before + 1);
        QCOMPARE(project->threat(0, QStringLiteral("eeeeeeee01"))->status, ThreatStatus::Suggested);
        QCOMPARE(project->auditTrail(QStringLiteral("threat:eeeeeeee01"))->last().action, QStringLiteral("threat.undo"));
    }

    void bulkTriageIsOneTransaction()
    {
        auto project = createProject("bulk.twdb");
        SystemModel v1;
        QStringList fingerprints;
        for (int i = 0; i < 50; ++i) {
            fingerprints.append(QStringLiteral("ffffff%1").arg(i, 4, 10, QLatin1Char('0')));
            v1.threats.append(makeThreat(fingerprints.last(), Severity::Medium));
        }
        QVERIFY(project->createVersion(v1, meta(QStringLiteral("v1"))).ok());
        // One threat decided before: its "before" must come back.
        QVERIFY(project->triage({fingerprints.at(7), TriageAction::SetPriority, {}, QStringLiteral("ann"), 2, {}, {}}).ok());
        const qint64 entries = *project->auditCount();
        const qint64 commits = project->committedTransactions();

        TriageRequest dismiss{{}, TriageAction::Dismiss, QStringLiteral("test fixtures only"), QStringLiteral("bob"), {}, {}, {}};
        auto outcomes = project->triageMany(fingerprints, dismiss);
        QVERIFY2(outcomes.ok(), qPrintable(outcomes.errorString()));
        QCOMPARE(project->committedTransactions(), commits + 1);
        QCOMPARE(outcomes->size(), fingerprints.size());
        QCOMPARE(*project->auditCount(), entries + fingerprints.size());
        for (int i = 0; i < fingerprints.size(); ++i) {
            QCOMPARE(outcomes->at(i).threat.fingerprint, fingerprints.at(i));
            QCOMPARE(outcomes->at(i).threat.status, ThreatStatus::Dismissed);
            QCOMPARE(project->decision(fingerprints.at(i))->value().justification, QStringLiteral("test fixtures only"));
            QCOMPARE(project->auditTrail(QStringLiteral("threat:") + fingerprints.at(i))->last().action,
                     QStringLiteral("threat.dismiss"));
        }
        QVERIFY(!outcomes->at(0).before.has_value());
        QCOMPARE(outcomes->at(7).before->priorityOverride, std::optional<int>(2));
        QCOMPARE(outcomes->at(7).threat.priorityOverride, std::optional<int>(2)); // kept: dismissing sets no priority

        // Undo: one transaction, one compensating entry per threat.
        QList<DecisionRestore> restores;
        for (const TriageOutcome &o : *outcomes)
            restores.append(DecisionRestore{o.threat.fingerprint, o.before});
        QVERIFY(project->restoreDecisions(restores, QStringLiteral("bob"), QStringLiteral("undo")).ok());
        QCOMPARE(project->committedTransactions(), commits + 2);
        QCOMPARE(*project->auditCount(), entries + 2 * fingerprints.size());
        QVERIFY(!project->decision(fingerprints.at(0))->has_value());
        QCOMPARE(project->decision(fingerprints.at(7))->value().priorityOverride, std::optional<int>(2));
        QCOMPARE(project->auditTrail(QStringLiteral("threat:") + fingerprints.at(3))->last().action, QStringLiteral("threat.undo"));

        // All or nothing: an unknown threat in the list leaves every other one as it was.
        const qint64 settled = *project->auditCount();
        auto refused = project->triageMany({fingerprints.at(0), QStringLiteral("0000000000"), fingerprints.at(1)}, dismiss);
        QVERIFY(!refused.ok());
        QVERIFY(!project->decision(fingerprints.at(0))->has_value());
        QCOMPARE(*project->auditCount(), settled);
        // The reason rule holds for the bulk form too.
        QVERIFY(!project->triageMany(fingerprints, TriageRequest{{}, TriageAction::Accept, {}, QStringLiteral("a"), {}, {}, {}}).ok());
        QVERIFY(project->verifyAudit()->ok);
    }

    void manualThreatsAreRecordedAndCarried()
    {
        auto project = createProject("manual.twdb");
        ManualThreat manual{QStringLiteral("Support staff can export all orders"), {QStringLiteral("svc:orders")},
                            Stride::InformationDisclosure, Severity::High, QStringLiteral("bulk export exists"), {}, QStringLiteral("dave")};
        QVERIFY(!project->addManualThreat(manual).ok()); // no version yet
        QVERIFY(project->createVersion(SystemModel{}, meta(QStringLiteral("v1"))).ok());
        auto added = project->addManualThreat(manual);
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
        QCOMPARE(added->origin, QStringLiteral("manual"));
        QVERIFY(!project->addManualThreat(manual).ok()); // the same one twice
        QVERIFY(project->createVersion(SystemModel{}, meta(QStringLiteral("v2"))).ok());
        auto carried = project->threat(2, added->fingerprint);
        QVERIFY2(carried.ok(), qPrintable(carried.errorString()));
        QCOMPARE(carried->status, ThreatStatus::Suggested);
        QCOMPARE(carried->title, manual.title);
        QCOMPARE(carried->severity, Severity::High);
        QCOMPARE(project->auditTrail(QStringLiteral("threat:") + added->fingerprint)->first().actor, QStringLiteral("dave"));
    }

    void canonicalFormIsSqlitesJsonArray_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("validated after review");
        QTest::newRow("quotes and backslash") << QStringLiteral("say \"no\" \\ twice");
        QTest::newRow("controls") << QString::fromUtf8("tab\tnl\ncr\rbs\bff\fesc\x1b" "del\x7f nul-free \x01\x1f");
        QTest::newRow("unicode") << QStringLiteral("Prüfung ✓ 日本 😀 / </script>");
        QTest::newRow("null") << QString();
    }

    void canonicalFormIsSqlitesJsonArray()
    {
        QFETCH(QString, text);
        AuditEntry e;
        e.seq = 42;
        e.at = QDateTime(QDate(2026, 11, 25), QTime(10, 56, 8, 123), Qt::UTC);
        e.actor = text;
        e.action = QStringLiteral("threat.dismiss");
        e.subject = QStringLiteral("threat:abc");
        e.before = QStringLiteral(R"({"status":"suggested"})");
        e.after = text;
        e.reason = text;
        sqlite3 *db = nullptr;
        sqlite3_open(":memory:", &db);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT json_array(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", -1, &stmt, nullptr);
        sqlite3_bind_int64(stmt, 1, e.seq);
        const QList<QString> texts = {audit::formatTime(e.at), e.actor, e.action, e.subject, e.before, e.after, e.reason};
        QList<QByteArray> keep;
        for (int i = 0; i < texts.size(); ++i) {
            if (texts[i].isNull()) {
                sqlite3_bind_null(stmt, i + 2);
            } else {
                keep.append(texts[i].toUtf8());
                sqlite3_bind_text(stmt, i + 2, keep.last().constData(), int(keep.last().size()), SQLITE_STATIC);
            }
        }
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const QByteArray fromSqlite(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0));
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        QCOMPARE(audit::canonical(e), fromSqlite);
    }

    /**
     * The canonical form's string literals are SQLite's json_quote() byte for byte wherever a
     * byte to escape falls relative to the 16 bytes scanned at once: one at every offset of a
     * long plain run, and random mixtures of plain, escaped and multi-byte characters.
     */
    void canonicalStringsAreSqlites()
    {
        const QList<QByteArray> odd = {"\"", "\\", "\x01", "\x1f", "\n", "\t", "\x7f", "\xc3\xa9", "\xe6\x97\xa5",
                                       "\xf0\x9f\x98\x80", "/", "\x19"};
        QList<QByteArray> texts;
        for (const QByteArray &c : odd) {
            for (int at = 0; at <= 40; ++at)
                texts.append(QByteArray(at, 'a') + c + QByteArray(45 - at, 'z'));
        }
        QRandomGenerator random(20261126);
        for (int n = 0; n < 2000; ++n) {
            QByteArray text;
            const int length = int(random.bounded(90));
            for (int i = 0; i < length; ++i)
                text += random.bounded(6) == 0 ? odd.at(int(random.bounded(odd.size()))) : QByteArray(1, char(0x20 + random.bounded(0x5f)));
            texts.append(text);
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT json_quote(?1)", -1, &stmt, nullptr), SQLITE_OK);
        for (const QByteArray &text : std::as_const(texts)) {
            sqlite3_bind_text(stmt, 1, text.constData(), int(text.size()), SQLITE_STATIC);
            QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
            const QByteArray fromSqlite(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0));
            sqlite3_reset(stmt);
            QByteArray ours;
            audit::appendJsonString(ours, text);
            QCOMPARE(ours, fromSqlite);
        }
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }

    void auditIsAppendOnly()
    {
        auto project = createProject("appendonly.twdb");
        project.reset();
        QVERIFY(rawSql(path("appendonly.twdb"), "UPDATE audit SET reason = 'x'").contains(QStringLiteral("append-only")));
        QVERIFY(rawSql(path("appendonly.twdb"), "DELETE FROM audit").contains(QStringLiteral("append-only")));
        auto reopened = Project::open(path("appendonly.twdb"));
        QVERIFY((*reopened)->verifyAudit()->ok);
    }

    void tamperedAuditIsNamed()
    {
        auto project = createProject("tamper.twdb");
        SystemModel v1;
        v1.threats = {makeThreat(QStringLiteral("ffffffff01"), Severity::High)};
        QVERIFY(project->createVersion(v1, meta(QStringLiteral("v1"))).ok());
        QVERIFY(project->triage({QStringLiteral("ffffffff01"), TriageAction::Dismiss, QStringLiteral("false positive"),
                                 QStringLiteral("mallory"), {}, {}, {}}).ok());
        const qint64 count = *project->auditCount();
        QCOMPARE(count, 4); // create, suggested, version, dismiss
        project.reset();

        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("audit"), path("tamper.twdb"), QStringLiteral("--verify")}, &out), 0);

        // Someone rewrites the reason of the dismissal after the fact.
        QCOMPARE(rawSql(path("tamper.twdb"), "DROP TRIGGER audit_no_update; "
                                            "UPDATE audit SET reason = 'approved by CISO' WHERE action = 'threat.dismiss';"),
                 QString());
        auto reopened = Project::open(path("tamper.twdb"));
        QVERIFY(reopened.ok());
        auto verify = (*reopened)->verifyAudit();
        QVERIFY(verify.ok());
        QVERIFY(!verify->ok);
        QCOMPARE(verify->firstBadSeq, 4);
        QVERIFY(verify->problem.contains(QStringLiteral("4")));

        QByteArray err;
        QCOMPARE(runCli({QStringLiteral("audit"), path("tamper.twdb"), QStringLiteral("--verify")}, &out, &err), 1);
        QVERIFY2(err.contains("entry 4"), err.constData());
        QCOMPARE(runCli({QStringLiteral("audit"), path("tamper.twdb"), QStringLiteral("--verify"), QStringLiteral("--json")}, &out), 1);
        QVERIFY(out.contains("\"firstBadEntry\": 4"));
    }

    void deletedAuditEntryIsNamed()
    {
        auto project = createProject("gap.twdb");
        for (int i = 0; i < 3; ++i)
            QVERIFY(project->appendAudit(QStringLiteral("t"), QStringLiteral("note"), QStringLiteral("project"), {}, {}, QString::number(i)).ok());
        project.reset();
        rawSql(path("gap.twdb"), "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 3;");
        auto verify = (*Project::open(path("gap.twdb")))->verifyAudit();
        QVERIFY(!verify->ok);
        QCOMPARE(verify->firstBadSeq, 3);
    }

    void foreignAndDamagedFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
        QTest::newRow("other sqlite database") << QStringLiteral("foreign") << QStringLiteral("not a Threatwright project");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("truncated");
        QTest::newRow("future schema") << QStringLiteral("future") << QStringLiteral("newer version");
        QTest::newRow("missing table") << QStringLiteral("missingtable") << QStringLiteral("damaged");
    }

    void foreignAndDamagedFilesAreRefusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString file = m_dir.filePath(kind + QStringLiteral(".twdb"));
        if (kind == QLatin1StringView("text")) {
            writeBytes(file, "threat model notes\nnot a database\n");
        } else if (kind == QLatin1StringView("empty")) {
            writeBytes(file, QByteArray());
        } else if (kind == QLatin1StringView("foreign")) {
            rawSql(file, "CREATE TABLE notes (x); INSERT INTO notes VALUES (1);");
        } else {
            {
                auto project = Project::create(file, QStringLiteral("victim"), QStringLiteral("t"));
                QVERIFY(project.ok());
                QVERIFY((*project)->createVersion(syntheticModel({20, 2, 500, 3}), meta(QStringLiteral("v1"))).ok());
            }
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
            QByteArray bytes = fileBytes(file);
            if (kind == QLatin1StringView("truncated")) {
                bytes.truncate(bytes.size() / 2);
            } else if (kind == QLatin1StringView("future")) {
                bytes[60] = 0; bytes[61] = 0; bytes[62] = 0; bytes[63] = char(Project::SchemaVersion + 1);
            } else if (kind == QLatin1StringView("missingtable")) {
                rawSql(file, "DROP TABLE decisions;");
                bytes = fileBytes(file);
            }
            writeBytes(file, bytes);
        }
        const QByteArray before = fileBytes(file);
        for (auto mode : {Project::OpenMode::ReadWrite, Project::OpenMode::ReadOnly}) {
            auto project = Project::open(file, mode);
            QVERIFY(!project.ok());
            QVERIFY2(project.errorString().contains(expected), qPrintable(project.errorString()));
            QVERIFY2(project.errorString().contains(QFileInfo(file).fileName()), qPrintable(project.errorString()));
        }
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) || kind == QLatin1StringView("missingtable"));

        QByteArray err;
        QCOMPARE(runCli({QStringLiteral("versions"), file}, nullptr, &err), 2);
        QVERIFY2(err.contains(expected.toUtf8()), err.constData());
        QCOMPARE(fileBytes(file), before);
    }

    void readOnlyOpen()
    {
        {
            auto project = createProject("readonly.twdb");
            SystemModel v1;
            v1.threats = {makeThreat(QStringLiteral("99999999aa"), Severity::High)};
            QVERIFY(project->createVersion(v1, meta(QStringLiteral("v1"))).ok());
        }
        const QString file = path("readonly.twdb");
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileBytes(file);
        auto project = Project::open(file, Project::OpenMode::ReadOnly);
        QVERIFY2(project.ok(), qPrintable(project.errorString()));
        QVERIFY((*project)->isReadOnly());
        QCOMPARE((*project)->versions()->size(), 1);
        QCOMPARE((*project)->threats(ThreatQuery{})->size(), 1);
        QVERIFY((*project)->verifyAudit()->ok);
        auto refused = (*project)->triage({QStringLiteral("99999999aa"), TriageAction::Validate, {}, QStringLiteral("x"), {}, {}, {}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorString().contains(QStringLiteral("read-only")));
        project = makeError(QString());
        QCOMPARE(fileBytes(file), before);
        QByteArray out;
        QCOMPARE(runCli({QStringLiteral("threats"), file, QStringLiteral("--json")}, &out), 0);
        QVERIFY(out.contains("99999999aa"));
    }

    void deferredDurabilitySyncsOffTheCommittingThread()
    {
        const QString file = path("deferred.twdb");
        QStringList fingerprints;
        {
            auto project = createProject("deferred.twdb");
            SystemModel v1;
            for (int i = 0; i < 20; ++i) {
                fingerprints.append(QStringLiteral("dddddd%1").arg(i, 4, 10, QLatin1Char('0')));
                v1.threats.append(makeThreat(fingerprints.last(), Severity::High));
            }
            QVERIFY(project->createVersion(v1, meta(QStringLiteral("v1"))).ok());
        }
        // Declared before the project: its sync thread may report until the project is gone.
        std::mutex mutex;
        QList<qint64> reported;
        QStringList errors;
        MainThreadSyncs syncs;
        auto opened = Project::open(file);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        Project &project = **opened;
        QCOMPARE(project.durability(), Project::Durability::Immediate);

        // Deferred (the workbench): commits on this thread never wait for the disk, not even the
        // first one, which starts the WAL anew (synchronous=NORMAL would sync its header here);
        // the project's sync thread reports each sync.
        QVERIFY(project.setDurability(Project::Durability::Deferred).ok());
        QCOMPARE(project.durability(), Project::Durability::Deferred);
        project.setDurableListener([&](const Result<qint64> &synced) {
            std::lock_guard lock(mutex);
            if (synced)
                reported.append(*synced);
            else
                errors.append(synced.errorString());
        });
        int before = MainThreadSyncs::count();
        const qint64 commits = project.committedTransactions();
        QVERIFY(project.triage({fingerprints.at(0), TriageAction::Validate, {}, QStringLiteral("ann"), {}, {}, {}}).ok());
        for (int i = 1; i < fingerprints.size(); ++i)
            QVERIFY(project.triage({fingerprints.at(i), TriageAction::Dismiss, QStringLiteral("fixture"), QStringLiteral("ann"), {}, {}, {}}).ok());
        QVERIFY(project.triageMany(fingerprints.mid(1, 5), {{}, TriageAction::SetPriority, {}, QStringLiteral("ann"), 1, {}, {}}).ok());
        const qint64 made = project.committedTransactions() - commits;
        QCOMPARE(made, qint64(fingerprints.size() + 1));
        QCOMPARE(MainThreadSyncs::count(), before);
        QVERIFY(project.waitUntilDurable().ok());
        {
            std::lock_guard lock(mutex);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            QVERIFY(!reported.isEmpty());
            QCOMPARE(reported.last(), made); // every commit since deferring, in one sync or several
            QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        }
        project.setDurableListener({});

        // What was decided is in the file for a new connection, and the chain holds.
        auto again = Project::open(file, Project::OpenMode::ReadOnly);
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE((*again)->decision(fingerprints.last())->value().status, ThreatStatus::Dismissed);
        QCOMPARE((*again)->decision(fingerprints.at(3))->value().priorityOverride, std::optional<int>(1));
        QVERIFY((*again)->verifyAudit()->ok);

        // Immediate (the CLI, and the default): the commit itself syncs, on the thread that made it.
        QVERIFY(project.setDurability(Project::Durability::Immediate).ok());
        before = MainThreadSyncs::count();
        QVERIFY(project.triage({fingerprints.at(0), TriageAction::Mitigate, {}, QStringLiteral("ann"), {}, {}, {}}).ok());
        QVERIFY(MainThreadSyncs::count() > before);
        QVERIFY(project.waitUntilDurable().ok()); // nothing to wait for
    }

    void survivesSigkillMidWrite()
    {
        const QString file = path("crash.twdb");
        QVERIFY(Project::create(file, QStringLiteral("crash"), QStringLiteral("t")).ok());
        QProcess writer;
        writer.start(QStringLiteral(TW_CRASHWRITER_PATH), {file});
        QVERIFY(writer.waitForStarted());
        // Wait for two commits, then kill it while it is inside the third transaction.
        qint64 committed = 0;
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (committed < 2 && timer.elapsed() < 60000) {
            writer.waitForReadyRead(1000);
            output += writer.readAllStandardOutput();
            committed = output.count("committed");
        }
        QVERIFY2(committed >= 2, writer.readAllStandardError().constData());
        QTest::qWait(150); // well inside the next 10,000-threat transaction
        output += writer.readAllStandardOutput();
        QVERIFY(test::hardKill(writer));
        QVERIFY(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        const qint64 lastCommitted = output.count("committed");

        auto project = Project::open(file);
        QVERIFY2(project.ok(), qPrintable(project.errorString()));
        auto latest = (*project)->latestVersionId();
        QVERIFY(latest.ok());
        // Exactly what was committed, nothing half-written.
        QVERIFY2(*latest == lastCommitted || *latest == lastCommitted + 1,
                 qPrintable(QStringLiteral("latest %1, committed %2").arg(*latest).arg(lastCommitted)));
        QCOMPARE(*(*project)->threatCount(*latest), 10000);
        auto verify = (*project)->verifyAudit();
        QVERIFY(verify.ok());
        QVERIFY2(verify->ok, qPrintable(verify->problem));
        QCOMPARE((*project)->auditTrail().value().last().action, QStringLiteral("version.create"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
