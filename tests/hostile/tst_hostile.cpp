// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile project files (docs/security.md): .twdb files crafted with raw SQLite — markup,
// script and terminal escapes in every text column, SQL in names, 50 MB values, the wrong column
// types, broken references, a forged audit chain, payloads that are not JSON, and an attacker's
// trigger or view — opened by the real threatwright-cli. It must show text as text, refuse what
// is inconsistent with a clear message and exit code 2 (docs/cli.md), run no SQL it did not
// write, and never crash.

#include "../common/hostileproject.h"
#include "store/schema.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>

namespace {

using namespace tw::test::hostile;

// The first element of the newest version: what `report` reads.
const QString kNewestElement =
    QStringLiteral(" WHERE rowid = (SELECT min(rowid) FROM elements WHERE version_id = (SELECT max(id) FROM versions))");

bool hasTerminalControl(const QByteArray &text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f)
            return true;
    }
    // C1 controls (CSI, OSC …) as UTF-8.
    return QString::fromUtf8(text).contains(QRegularExpression(QStringLiteral("[\\x{80}-\\x{9f}]")));
}

/** Whether some string in the JSON contains `text` exactly (JSON escaping undone). */
bool containsString(const QJsonValue &value, const QString &text)
{
    if (value.isString())
        return value.toString().contains(text);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [&text](const QJsonValue &v) { return containsString(v, text); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(), [&text](const QJsonValue &v) { return containsString(v, text); });
    }
    return false;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base; // a real project: hostile text through every ordinary way in
    QString m_artifacts;
    int m_copies = 0;

    /** A fresh copy of the base project to damage. */
    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1.twdb").arg(++m_copies));
        QFile::remove(path);
        if (!QFile::copy(m_base, path))
            qFatal("cannot copy the base project");
        return path;
    }

    /** Every read-only command; none may crash or exit outside 0/1/2. Returns the runs. */
    QList<Run> readEverything(const QString &path)
    {
        QList<Run> runs;
        const QString html = m_dir.filePath(QStringLiteral("report-%1.html").arg(m_copies));
        for (const QStringList &args :
             {QStringList{QStringLiteral("versions"), path}, QStringList{QStringLiteral("versions"), path, QStringLiteral("--json")},
              QStringList{QStringLiteral("threats"), path}, QStringList{QStringLiteral("threats"), path, QStringLiteral("--json")},
              QStringList{QStringLiteral("audit"), path}, QStringList{QStringLiteral("audit"), path, QStringLiteral("--json")},
              QStringList{QStringLiteral("audit"), path, QStringLiteral("--verify")},
              QStringList{QStringLiteral("diff"), path, QStringLiteral("1"), QStringLiteral("2")},
              QStringList{QStringLiteral("check"), path, QStringLiteral("--fail-on"), QStringLiteral("critical"), QStringLiteral("--baseline"),
                          QStringLiteral("2")},
              QStringList{QStringLiteral("report"), path, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html}}) {
            runs.append(cli(args));
            const Run &r = runs.last();
            if (r.code < 0 || r.code > 2)
                qFatal("threatwright-cli %s crashed or exited with %d", qPrintable(args.join(QLatin1Char(' '))), r.code);
        }
        return runs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_artifacts = m_dir.filePath(QStringLiteral("artifacts"));
        m_base = m_dir.filePath(QStringLiteral("base.twdb"));
        const QString failed = makeHostileProject(m_base, m_artifacts);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // Text from a file is shown as text: escaped in HTML, intact in JSON, without control
    // characters on the terminal.
    void textIsText()
    {
        const QString path = copy();
        QCOMPARE(tamper(path, kTextEverywhereSql, {{1, kMarkup.toUtf8()}}), QString());
        const QList<Run> runs = readEverything(path);
        for (qsizetype i = 0; i < runs.size(); ++i)
            QVERIFY2(runs[i].code == (i == 6 ? 1 : 0), runs[i].err.constData()); // 6: verify finds the changed action
        for (int i : {0, 2, 4}) { // the text tables
            QVERIFY2(!hasTerminalControl(runs[i].out), runs[i].out.left(2000).constData());
            QVERIFY2(!QString::fromUtf8(runs[i].out).contains(QChar(0x202E)), "a right-to-left override reached the terminal");
            QVERIFY2(runs[i].out.contains(kScript), runs[i].out.left(2000).constData());
        }
        for (int i : {1, 3, 5}) { // --json: valid, and the text exactly as written
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(runs[i].out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QVERIFY2(containsString(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), kMarkup),
                     runs[i].out.left(2000).constData());
        }
        QFile html(m_dir.filePath(QStringLiteral("report-%1.html").arg(m_copies)));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray report = html.readAll();
        QVERIFY(report.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY2(!report.contains("<script>alert"), "the HTML report contains the script unescaped");
        QVERIFY2(!report.contains(kImg) && !report.contains("<img src=x"), "the HTML report contains markup unescaped");
        QVERIFY(!report.contains("\x1b"));

        // An artifact with the same text, inspected without a project.
        Run r = cli({QStringLiteral("inspect"), m_artifacts, QStringLiteral("--json")});
        QVERIFY2(r.code == 0 || r.code == 2, r.err.constData());
        QJsonParseError error;
        QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(r.out.contains(kScript));
        QVERIFY(!hasTerminalControl(r.err));
    }

    // SQL in names is data: nothing it says happens, and prefix lookups do not turn into patterns.
    void sqlInNamesIsData()
    {
        const QString path = copy();
        QCOMPARE(tamper(path, QStringLiteral("UPDATE decisions SET owner = ?1, justification = ?1;"
                                             "UPDATE elements SET name = name || ?1;"),
                        {{1, QByteArray("x'); DROP TABLE decisions; SELECT ('")}}),
                 QString());
        const qint64 tables = scalar(path, "SELECT count(*) FROM sqlite_schema");
        readEverything(path);
        for (const char *pattern : {"%%%%%%", "______", "'; --x", "\" OR 1=1"}) {
            Run r = cli({QStringLiteral("triage"), path, QString::fromLatin1(pattern), QStringLiteral("--validate")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("No threat"), r.err.constData());
        }
        QCOMPARE(scalar(path, "SELECT count(*) FROM sqlite_schema"), tables);
        QCOMPARE(cli({QStringLiteral("audit"), path, QStringLiteral("--verify")}).code, 0);
    }

    // 50 MB in one value: read, listed and reported without a crash, in bounded time.
    void enormousValues()
    {
        const QString path = copy();
        QCOMPARE(tamper(path, QStringLiteral("UPDATE threats SET title = hex(zeroblob(25000000)) "
                                             "WHERE fingerprint = (SELECT min(fingerprint) FROM threats);"
                                             "UPDATE elements SET payload = json_set(payload, '$.name', hex(zeroblob(25000000))) "
                                             "WHERE rowid = (SELECT min(rowid) FROM elements WHERE kind = 'component');"
                                             "INSERT INTO diagnostics SELECT id, 100000, zeroblob(50000000) FROM versions;")),
                 QString());
        QElapsedTimer timer;
        timer.start();
        const QList<Run> runs = readEverything(path);
        qInfo("all read-only commands on a file with three 50 MB values: %lld ms", timer.elapsed());
        QCOMPARE(runs[2].code, 0); // threats: the title is cut to the table's width
        QVERIFY(runs[2].out.size() < 1000000);
        QVERIFY2(runs.last().code == 0 || runs.last().code == 2, runs.last().err.constData());
    }

    // Values of the wrong type where the file has a fixed type: refused as damaged, never
    // misread (a text severity is not "info").
    void wrongColumnTypes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString oneThreat = QStringLiteral(" WHERE fingerprint = (SELECT min(fingerprint) FROM threats)");
        QTest::newRow("severity as text") << QStringLiteral("UPDATE threats SET severity = 'high'") + oneThreat << "threats" << 2 << "damaged";
        QTest::newRow("score as text") << QStringLiteral("UPDATE threats SET score = 'very'") + oneThreat << "threats" << 2 << "damaged";
        QTest::newRow("severity out of range") << QStringLiteral("UPDATE threats SET severity = 99") + oneThreat << "threats" << 2 << "damaged";
        QTest::newRow("is_new as blob") << QStringLiteral("UPDATE threats SET is_new = x'01'") + oneThreat << "threats" << 2 << "damaged";
        QTest::newRow("payload as integer") << QStringLiteral("UPDATE threats SET payload = 42") + oneThreat << "threats" << 2 << "damaged";
        QTest::newRow("payload as blob") << QStringLiteral("UPDATE threats SET payload = x'deadbeef'") + oneThreat << "threats" << 2 << "damaged";
        QTest::newRow("element payload as integer") << QStringLiteral("UPDATE elements SET payload = 7") + kNewestElement << "report" << 2 << "damaged";
        QTest::newRow("priority as text") << QStringLiteral("UPDATE decisions SET priority_override = 'soon'") << "threats" << 2 << "damaged";
        QTest::newRow("priority out of range") << QStringLiteral("UPDATE decisions SET priority_override = 77") << "threats" << 2 << "damaged";
        QTest::newRow("expiry as integer") << QStringLiteral("UPDATE decisions SET expires_at = 12345") << "threats" << 2 << "damaged";
        QTest::newRow("status unknown") << QStringLiteral("UPDATE decisions SET status = 'pwned'") << "threats" << 2 << "unknown status";
        QTest::newRow("audit before as integer") << QStringLiteral("UPDATE audit SET before = 42 WHERE seq = 2") << "verify" << 1 << "entry 2";
        QTest::newRow("audit seq as text") << QStringLiteral("UPDATE audit SET seq = 'two' WHERE seq = 2") << "verify" << 0 << "";
    }

    void wrongColumnTypes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString path = copy();
        const QString error = tamper(path, sql);
        if (!error.isEmpty()) {
            // SQLite itself refuses some (an INTEGER PRIMARY KEY holds integers only).
            QVERIFY2(exitCode == 0, qPrintable(error));
            return;
        }
        Run r;
        if (command == QLatin1StringView("threats"))
            r = cli({QStringLiteral("threats"), path, QStringLiteral("--json")});
        else if (command == QLatin1StringView("report"))
            r = cli({QStringLiteral("report"), path, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
        else
            r = cli({QStringLiteral("audit"), path, QStringLiteral("--verify")});
        QVERIFY2(r.code == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.err.contains(message.toUtf8()) || r.out.contains(message.toUtf8()), r.err.constData());
        readEverything(path);
    }

    // References to rows that are not there: refused where the listing would otherwise hide a
    // threat; harmless elsewhere.
    void brokenReferences()
    {
        QString path = copy();
        QCOMPARE(tamper(path, QStringLiteral("UPDATE threats SET texts = 999999 WHERE fingerprint = (SELECT min(fingerprint) FROM threats)")),
                 QString());
        Run r = cli({QStringLiteral("threats"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("damaged"), r.err.constData());

        path = copy();
        QCOMPARE(tamper(path, QStringLiteral("UPDATE versions SET parent_id = 424242;"
                                             "UPDATE version_inputs SET version_id = version_id + 1000;"
                                             "UPDATE elements SET version_id = 99 WHERE rowid % 3 = 0;"
                                             "INSERT INTO decisions (fingerprint, status, actor, decided_at) VALUES ('nowhere', 'validated', 'x', 'y');")),
                 QString());
        for (const Run &run : readEverything(path))
            QVERIFY2(run.code == 0, run.err.constData());
    }

    // The audit chain: every change to what was written is found, and named.
    void forgedAuditChain_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("problem");
        QTest::newRow("reason changed") << "UPDATE audit SET reason = 'routine' WHERE seq = 3" << 1 << "entry 3 was changed";
        QTest::newRow("actor changed") << "UPDATE audit SET actor = 'mallory' WHERE seq = 1" << 1 << "entry 1 was changed";
        QTest::newRow("entry removed") << "DELETE FROM audit WHERE seq = 2" << 1 << "entry 2 is missing";
        QTest::newRow("prev_hash replaced") << "UPDATE audit SET prev_hash = hash WHERE seq = 2" << 1 << "entry 2 does not link";
        QTest::newRow("hash of 1 MB") << "UPDATE audit SET hash = hex(zeroblob(500000)) WHERE seq = 2" << 1 << "entry 2 was changed";
        QTest::newRow("hash as blob") << "UPDATE audit SET hash = x'00ff' WHERE seq = 1" << 1 << "entry 1 was changed";
        QTest::newRow("empty trail") << "DELETE FROM audit" << 1 << "empty";
        QTest::newRow("entries reordered") << "UPDATE audit SET seq = seq + 1000 WHERE seq = 1; UPDATE audit SET seq = 1 WHERE seq = 2;"
                                              "UPDATE audit SET seq = 2 WHERE seq = 1001" << 1 << "does not link";
    }

    void forgedAuditChain()
    {
        QFETCH(QString, sql);
        QFETCH(int, exitCode);
        QFETCH(QString, problem);
        const QString path = copy();
        QCOMPARE(tamper(path, sql), QString());
        Run r = cli({QStringLiteral("audit"), path, QStringLiteral("--verify"), QStringLiteral("--json")});
        QCOMPARE(r.code, exitCode);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(result.value(QStringLiteral("problem")).toString().contains(problem), r.out.constData());
        readEverything(path);
    }

    // Payloads that are not JSON, or JSON of the wrong shape: refused with a message.
    void payloadsOfTheWrongShape_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("command");
        const QString oneThreat = QStringLiteral(" WHERE fingerprint = (SELECT min(fingerprint) FROM threats)");
        QTest::newRow("threat payload not JSON") << QStringLiteral("UPDATE threats SET payload = '{not json'") + oneThreat << "threats";
        QTest::newRow("threat payload an array") << QStringLiteral("UPDATE threats SET payload = '[1,2]'") + oneThreat << "threats";
        QTest::newRow("threat targets not a list") << QStringLiteral("UPDATE threats SET payload = json_set(payload, '$.targets', 5)") + oneThreat << "threats";
        QTest::newRow("texts not JSON") << "UPDATE threat_texts SET payload = 'rationale: yes'" << "threats";
        QTest::newRow("texts of the wrong shape") << "UPDATE threat_texts SET payload = '{\"rationale\":[1],\"references\":\"x\"}'" << "threats";
        QTest::newRow("element payload not JSON") << QStringLiteral("UPDATE elements SET payload = '<xml/>'") + kNewestElement << "report";
        QTest::newRow("element payload an array") << QStringLiteral("UPDATE elements SET payload = '[]'") + kNewestElement << "report";
        QTest::newRow("element without id") << QStringLiteral("UPDATE elements SET payload = json_remove(payload, '$.id')") + kNewestElement << "report";
        QTest::newRow("element sources wrong") << QStringLiteral("UPDATE elements SET payload = json_set(payload, '$.sources', json('{\"a\":1}'))") + kNewestElement << "report";
        QTest::newRow("JSON nested 100000 deep") << QStringLiteral("UPDATE threats SET payload = replace(hex(zeroblob(50000)), '00', '[]')") + oneThreat << "threats";
    }

    void payloadsOfTheWrongShape()
    {
        QFETCH(QString, sql);
        QFETCH(QString, command);
        const QString path = copy();
        QCOMPARE(tamper(path, sql), QString());
        Run r = command == QLatin1StringView("threats")
            ? cli({QStringLiteral("threats"), path})
            : cli({QStringLiteral("report"), path, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
        QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QVERIFY(!hasTerminalControl(r.err));
        readEverything(path);
    }

    // SQL an attacker leaves in the file never runs: the file is refused before anything is
    // read or written, and left byte for byte as it was.
    void attackerSchema_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("trigger on our insert")
            << "CREATE TABLE pwned(x); CREATE TRIGGER evil AFTER INSERT ON audit BEGIN INSERT INTO pwned VALUES (new.actor); END;"
            << "trigger \"evil\" is not one Threatwright creates";
        QTest::newRow("trigger rewriting decisions")
            << "CREATE TABLE pwned(x); CREATE TRIGGER \"evil\x1b[2J\" AFTER INSERT ON decisions BEGIN "
               "UPDATE decisions SET status = 'accepted'; INSERT INTO pwned VALUES (1); END;"
            << "is not one Threatwright creates";
        QTest::newRow("view") << "CREATE VIEW v AS SELECT * FROM audit;" << "view \"v\"";
        QTest::newRow("extra table") << "CREATE TABLE pwned(x);" << "table \"pwned\"";
        QTest::newRow("append-only trigger emptied")
            << "DROP TRIGGER audit_no_delete; CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT 1; END;"
            << "definition of its trigger \"audit_no_delete\"";
        QTest::newRow("column added") << "ALTER TABLE decisions ADD COLUMN note TEXT DEFAULT 'x';"
                                      << "definition of its table \"decisions\"";
        QTest::newRow("partial index") << "CREATE INDEX i ON audit (seq) WHERE length(actor) > 0;" << "index \"i\"";
    }

    void attackerSchema()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString path = copy();
        QCOMPARE(rawSql(path, sql.toUtf8().constData()), QString());
        const QByteArray before = sha256(path);
        const QString fingerprint = someFingerprint(m_base);
        const QList<QStringList> commands = {
            {QStringLiteral("threats"), path},
            {QStringLiteral("audit"), path, QStringLiteral("--verify")},
            {QStringLiteral("triage"), path, fingerprint, QStringLiteral("--validate")},
            {QStringLiteral("threats"), path, QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--target"),
             QStringLiteral("x"), QStringLiteral("--stride"), QStringLiteral("spoofing")},
            {QStringLiteral("import"), path, m_artifacts},
        };
        for (const QStringList &args : commands) {
            Run r = cli(args);
            QVERIFY2(r.code == 2, qPrintable(args.first() + QStringLiteral(": exit %1, %2").arg(r.code).arg(QString::fromUtf8(r.err))));
            QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
            QVERIFY2(r.err.contains("changed outside Threatwright") || r.err.contains("damaged"), r.err.constData());
            QVERIFY(!hasTerminalControl(r.err));
        }
        QVERIFY(scalar(path, "SELECT count(*) FROM pwned") <= 0); // -1: no such table
        QCOMPARE(sha256(path), before);
    }

    // A write-ahead log shipped beside the file is part of it: a newer page 1 in the log that
    // says something else than the header checked before opening, or a trigger only the log
    // holds, is refused all the same.
    void writeAheadLogBesideTheFile_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("other schema version") << "PRAGMA user_version = 7" << "header and its write-ahead log disagree";
        QTest::newRow("other application") << "PRAGMA application_id = 42" << "header and its write-ahead log disagree";
        QTest::newRow("trigger in the log") << "CREATE TRIGGER evil AFTER INSERT ON audit BEGIN SELECT 1; END" << "trigger \"evil\"";
    }

    void writeAheadLogBesideTheFile()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString path = copy();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        int off = 0;
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &off);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QFile main(path);
        QVERIFY(main.open(QIODevice::ReadOnly));
        const QByteArray format = main.read(100).mid(60, 4);
        QCOMPARE(qFromBigEndian<quint32>(format.constData()), quint32(tw::schema::latestVersion())); // the header still says our format
        main.close();
        for (const QStringList &args : {QStringList{QStringLiteral("threats"), path},
                                        QStringList{QStringLiteral("audit"), path, QStringLiteral("--verify")}}) {
            Run r = cli(args);
            QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1, %2").arg(r.code).arg(QString::fromUtf8(r.err))));
            QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        }
    }

    // A dropped append-only trigger runs nothing: the file opens, and the edit it let through is
    // named by the chain.
    void droppedAppendOnlyTrigger()
    {
        const QString path = copy();
        QCOMPARE(rawSql(path, "DROP TRIGGER audit_no_update; DROP INDEX audit_by_subject;"
                              "UPDATE audit SET reason = 'approved' WHERE seq = 2;"),
                 QString());
        Run r = cli({QStringLiteral("audit"), path, QStringLiteral("--verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("entry 2 was changed"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("threats"), path}).code, 0);
    }

    // SQLite's statistics tables only steer its query planner: a file someone ran ANALYZE on
    // still opens.
    void analyzedFileOpens()
    {
        const QString path = copy();
        QCOMPARE(rawSql(path, "ANALYZE"), QString());
        QVERIFY(scalar(path, "SELECT count(*) FROM sqlite_stat1") > 0);
        for (const Run &r : readEverything(path))
            QVERIFY2(r.code == 0, r.err.constData());
        const QString fingerprint = someFingerprint(path);
        QCOMPARE(cli({QStringLiteral("triage"), path, fingerprint, QStringLiteral("--validate")}).code, 0);
        QCOMPARE(cli({QStringLiteral("audit"), path, QStringLiteral("--verify")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
