// SPDX-License-Identifier: GPL-3.0-or-later
// No data lost (issue 11): the real CLI killed with SIGKILL in the middle of an import, of a
// series of triage decisions and of writing a report, and writing on a "full disk" (a file-size
// limit, RLIMIT_FSIZE, with SIGXFSZ ignored, so every write past the limit fails with EFBIG as
// on a full file system). Afterwards the project opens with its last committed state, its audit
// chain verifies, and the user was told what was not saved.

#include "store/project.h"

#include "../common/hardkill.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>


using namespace tw;

namespace {

const QString kCli = QStringLiteral(TW_CLI_PATH);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments, const QString &shellPrefix = {})
{
    QProcess p;
    if (shellPrefix.isEmpty()) {
        p.start(kCli, arguments);
    } else {
        // `exec` keeps the limits of the shell; an ignored SIGXFSZ stays ignored across exec.
        QStringList quoted;
        for (const QString &a : arguments)
            quoted.append(QLatin1Char('\'') + QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''));
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), shellPrefix + QStringLiteral("; exec '") + kCli + QStringLiteral("' ")
                                                                  + quoted.join(QLatin1Char(' '))});
    }
    p.waitForFinished(180000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

/** A large OpenAPI document (JSON), so that storing its version takes a while. */
QByteArray bigSpec(int operations)
{
    QJsonObject paths;
    for (int i = 0; i < operations; ++i) {
        QJsonObject op{{QStringLiteral("operationId"), QStringLiteral("getItem%1").arg(i)},
                       {QStringLiteral("parameters"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("id")},
                                               {QStringLiteral("in"), QStringLiteral("path")},
                                               {QStringLiteral("required"), true},
                                               {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}},
                       {QStringLiteral("responses"), QJsonObject{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("ok")}}}}}};
        paths.insert(QStringLiteral("/area%1/items/{id}").arg(i), QJsonObject{{QStringLiteral("get"), op}, {QStringLiteral("delete"), op}});
    }
    const QJsonObject spec{{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
                           {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Big API")}, {QStringLiteral("version"), QStringLiteral("1")}}},
                           {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://api.example.com")}}}},
                           {QStringLiteral("paths"), paths}};
    return QJsonDocument(spec).toJson(QJsonDocument::Compact);
}

struct State
{
    qint64 versions = -1;
    qint64 latestThreats = -1;
    qint64 decisions = 0;
    bool auditOk = false;
    QString problem;
};

State stateOf(const QString &file)
{
    State s;
    auto project = Project::open(file, Project::OpenMode::ReadOnly);
    if (!project) {
        s.problem = project.errorString();
        return s;
    }
    s.versions = (*project)->versions()->size();
    if (auto latest = (*project)->latestVersionId(); latest && *latest > 0)
        s.latestThreats = *(*project)->threatCount(*latest);
    if (auto trail = (*project)->auditTrail(); trail) {
        for (const AuditEntry &e : *trail)
            s.decisions += e.action.startsWith(QLatin1StringView("threat.")) && e.action != QLatin1StringView("threat.suggested")
                && e.action != QLatin1StringView("threat.resolved-by-change");
    }
    auto verify = (*project)->verifyAudit();
    s.auditOk = verify && verify->ok;
    if (verify && !verify->ok)
        s.problem = verify->problem;
    return s;
}

} // namespace

class TestNoDataLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedDuringImport();
    void killedDuringTriage();
    void killedWhileWritingReport();
    void fullDiskDuringImport();
    void fullDiskDuringTriage();

private:
    QString fresh(const QString &name);
    QTemporaryDir m_dir;
    QString m_spec;
};

void TestNoDataLoss::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_spec = m_dir.filePath(QStringLiteral("big-api.json"));
    QFile spec(m_spec);
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write(bigSpec(6000));
}

/** A project with the demo imported once (version 1). */
QString TestNoDataLoss::fresh(const QString &name)
{
    const QString file = m_dir.filePath(name);
    if (cli({QStringLiteral("init"), file, QStringLiteral("--name"), name}).exitCode != 0)
        return {};
    if (cli({QStringLiteral("import"), file, QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop")}).exitCode != 0)
        return {};
    return file;
}

void TestNoDataLoss::killedDuringImport()
{
    const QString file = fresh(QStringLiteral("import-kill.twdb"));
    QVERIFY(!file.isEmpty());
    const State before = stateOf(file);
    QCOMPARE(before.versions, 1);

    // Kill the import once it is writing its transaction: the WAL grows past a megabyte.
    QProcess import;
    import.start(kCli, {QStringLiteral("import"), file, m_spec});
    QVERIFY(import.waitForStarted());
    const QString wal = file + QStringLiteral("-wal");
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(wal).size() < 1'000'000 && import.state() == QProcess::Running && timer.elapsed() < 120000)
        QTest::qWait(2);
    QVERIFY2(import.state() == QProcess::Running, "the import finished before it could be killed; make the spec bigger");
    QVERIFY(test::hardKill(import));
    QVERIFY(import.waitForFinished(10000));

    const State after = stateOf(file);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.versions, before.versions);
    QCOMPARE(after.latestThreats, before.latestThreats);
    QVERIFY(after.auditOk);
    // And the file takes the next import.
    QCOMPARE(cli({QStringLiteral("import"), file, QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/api")}).exitCode, 0);
    QCOMPARE(stateOf(file).versions, 2);
}

void TestNoDataLoss::killedDuringTriage()
{
    const QString file = fresh(QStringLiteral("triage-kill.twdb"));
    QVERIFY(!file.isEmpty());
    const Run list = cli({QStringLiteral("threats"), file, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QStringList fingerprints;
    for (const QJsonValue &t : QJsonDocument::fromJson(list.out).array())
        fingerprints.append(t.toObject().value(QStringLiteral("fingerprint")).toString());
    QVERIFY(fingerprints.size() >= 40);

    // A reviewer's session as a script of CLI calls, killed (with its whole process group) at
    // a different moment in each round.
    int decided = 0;
    for (int round = 0; round < 3; ++round) {
        QString script;
        for (int i = 0; i < 12; ++i) {
            const QString fp = fingerprints.at(round * 12 + i);
            script += QStringLiteral("'%1' triage '%2' %3 --validate --reason 'round %4' >/dev/null && echo committed\n")
                          .arg(kCli, file, fp)
                          .arg(round);
        }
        QProcess session;
        session.start(QStringLiteral("setsid"), {QStringLiteral("bash"), QStringLiteral("-c"), script});
        QVERIFY(session.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (out.count("committed") < 3 + round * 2 && session.state() == QProcess::Running && timer.elapsed() < 60000) {
            session.waitForReadyRead(50);
            out += session.readAllStandardOutput();
        }
        QTest::qWait(7 * round); // a different point inside the next call each round
        test::hardKill(session, /*wholeGroup=*/true);
        session.waitForFinished(10000);
        out += session.readAllStandardOutput();
        const qint64 committed = out.count("committed");
        QVERIFY(committed >= 3);

        const State s = stateOf(file);
        QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
        QVERIFY(s.auditOk);
        // Every reported decision is there; at most the one being made when killed is extra
        // (its commit landed, the echo did not).
        QVERIFY2(s.decisions == decided + committed || s.decisions == decided + committed + 1,
                 qPrintable(QStringLiteral("%1 decisions, %2 before + %3 reported").arg(s.decisions).arg(decided).arg(committed)));
        decided = int(s.decisions);
    }
}

void TestNoDataLoss::killedWhileWritingReport()
{
    const QString file = fresh(QStringLiteral("report-kill.twdb"));
    QVERIFY(!file.isEmpty());
    const QString target = m_dir.filePath(QStringLiteral("report.pdf"));
    const QByteArray old("an older report the auditor already has");
    for (int delay : {5, 20, 40, 80, 160, 320}) {
        QFile previous(target);
        QVERIFY(previous.open(QIODevice::WriteOnly | QIODevice::Truncate));
        previous.write(old);
        previous.close();
        QProcess report;
        report.start(kCli, {QStringLiteral("report"), file, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), target});
        QVERIFY(report.waitForStarted());
        QTest::qWait(delay);
        test::hardKill(report); // it may have finished already: then the new report must be whole
        report.waitForFinished(10000);
        QFile now(target);
        QVERIFY(now.open(QIODevice::ReadOnly));
        const QByteArray bytes = now.readAll();
        // The old report or a whole new one, never a torn file.
        QVERIFY2(bytes == old || (bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF")),
                 qPrintable(QStringLiteral("after %1 ms: %2 bytes").arg(delay).arg(bytes.size())));
    }
    QCOMPARE(stateOf(file).versions, 1);
}

void TestNoDataLoss::fullDiskDuringImport()
{
    const QString file = fresh(QStringLiteral("full-import.twdb"));
    QVERIFY(!file.isEmpty());
    const State before = stateOf(file);
    const Run run = cli({QStringLiteral("import"), file, m_spec}, QStringLiteral("trap '' XFSZ; ulimit -f 2048"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("was not saved"), run.err.constData());
    const State after = stateOf(file);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.versions, before.versions);
    QCOMPARE(after.latestThreats, before.latestThreats);
    QVERIFY(after.auditOk);
    // With room again, the file takes the next import.
    QCOMPARE(cli({QStringLiteral("import"), file, QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/api")}).exitCode, 0);
    QCOMPARE(stateOf(file).versions, before.versions + 1);
}

void TestNoDataLoss::fullDiskDuringTriage()
{
    const QString file = fresh(QStringLiteral("full-triage.twdb"));
    QVERIFY(!file.isEmpty());
    const Run list = cli({QStringLiteral("threats"), file, QStringLiteral("--json")});
    const QString fp = QJsonDocument::fromJson(list.out).array().first().toObject().value(QStringLiteral("fingerprint")).toString();
    QVERIFY(!fp.isEmpty());
    const State before = stateOf(file);
    const Run run = cli({QStringLiteral("triage"), file, fp, QStringLiteral("--dismiss"), QStringLiteral("--reason"), QStringLiteral("not applicable")},
                        QStringLiteral("trap '' XFSZ; ulimit -f 0"));
    QVERIFY(run.exitCode != 0);
    qInfo("the user read: %s", run.err.trimmed().constData());
    // Depending on where the first write fails (creating the shared-memory index on open, or the
    // commit), the user reads that the file could not be changed or that the decision was not saved.
    QVERIFY2(run.err.contains("not saved") || run.err.contains("Nothing in it was changed"), run.err.constData());
    QVERIFY2(!run.err.contains("damaged"), run.err.constData());
    const State after = stateOf(file);
    QCOMPARE(after.decisions, before.decisions);
    QVERIFY(after.auditOk);
    const Run shown = cli({QStringLiteral("threats"), file, QStringLiteral("--json")});
    QVERIFY(!shown.out.contains("\"dismissed\""));
}

QTEST_GUILESS_MAIN(TestNoDataLoss)
#include "tst_nodataloss.moc"
