// SPDX-License-Identifier: GPL-3.0-or-later
// The VFS that gathers WAL writes (core/store/walbuffer.*): what a commit wrote is in the file
// for every other connection and for recovery after a crash the moment the commit returns; a
// rolled-back transaction leaves nothing behind; a failing write is reported by the statement
// that caused it and loses nothing committed. Real files, real SQLite, a plain connection
// (the platform's own VFS) beside ours.

#include "store/sqlite.h"
#include "store/walbuffer.h"

#include "../common/vfsshim.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>

using namespace tw;

namespace {

struct Connection
{
    sqlite3 *db = nullptr;
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection() { sqlite3_close_v2(db); }
};

/** Ours: opened the way the project file is. */
bool openOurs(Connection &c, const QString &path)
{
    return sql::openDatabase(QFile::encodeName(path).constData(), &c.db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX)
        == SQLITE_OK;
}

/** Someone else's: the platform VFS, no buffering. */
bool openPlain(Connection &c, const QString &path)
{
    return sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
}

int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

qint64 scalar(sqlite3 *db, const char *sql, bool *ok = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    bool good = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW;
    if (good)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    if (ok)
        *ok = good;
    return value;
}

QString integrity(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return result;
}

/**
 * `rows` rows of ~1 KB in one transaction, committed or not. With a 256 KiB page cache the
 * transaction spills to the WAL long before its end, so frames are held and flushed mid-way.
 */
int bigTransaction(sqlite3 *db, int first, int rows, bool commit)
{
    if (int rc = exec(db, "BEGIN IMMEDIATE"); rc != SQLITE_OK)
        return rc;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "INSERT INTO t (id, body) VALUES (?1, printf('%.*c', 1000, 'x') || ?1)", -1, &stmt, nullptr);
    for (int i = first; rc == SQLITE_OK && i < first + rows; ++i) {
        sqlite3_bind_int(stmt, 1, i);
        rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK || !commit) {
        exec(db, "ROLLBACK");
        return rc;
    }
    return exec(db, "COMMIT");
}

/**
 * Counts the writes that reach the platform VFS's WAL files: put in as the process's default
 * VFS, which ours wraps for the files it opens while this is in place.
 */
class WalWriteCounter
{
public:
    WalWriteCounter() : m_shim("tw-test-wal-write-counter", &WalWriteCounter::open) { s_real = m_shim.real(); }

    static int writes() { return s_writes; }

private:
    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
    {
        const int rc = s_real->xOpen(s_real, name, file, flags, outFlags);
        if (rc == SQLITE_OK && file->pMethods && (flags & SQLITE_OPEN_WAL)) {
            s_original = file->pMethods;
            s_patched = *file->pMethods;
            s_patched.xWrite = &WalWriteCounter::write;
            file->pMethods = &s_patched;
        }
        return rc;
    }
    static int write(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
    {
        ++s_writes;
        return s_original->xWrite(file, data, amount, offset);
    }

    tw::test::DefaultVfsShim m_shim;
    static inline sqlite3_vfs *s_real = nullptr;
    static inline const sqlite3_io_methods *s_original = nullptr;
    static inline sqlite3_io_methods s_patched{};
    static inline int s_writes = 0;
};

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

/** The database and its WAL as a crash at this moment would leave them (no shared memory). */
bool crashImage(const QString &path, const QString &image)
{
    QFile::remove(image + QStringLiteral("-shm"));
    return copyFile(path, image) && copyFile(path + QStringLiteral("-wal"), image + QStringLiteral("-wal"));
}

} // namespace

class TestWalBuffer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString prepared(const char *name, const char *synchronous, Connection &ours)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        if (!openOurs(ours, path))
            return {};
        const QByteArray setup = QByteArray("PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA cache_size = -256; "
                                            "PRAGMA wal_autocheckpoint = 0; PRAGMA synchronous = ")
            + synchronous + "; CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL);";
        return exec(ours.db, setup.constData()) == SQLITE_OK ? path : QString();
    }

    static void synchronousModes()
    {
        QTest::addColumn<QByteArray>("synchronous");
        QTest::newRow("FULL (the CLI)") << QByteArray("FULL");
        QTest::newRow("OFF (the workbench; a thread of its own syncs)") << QByteArray("OFF");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void isTheVfsOfOurConnections()
    {
        QVERIFY(store::walBufferVfsName());
        Connection ours;
        QVERIFY(!prepared("name.db", "FULL", ours).isEmpty());
        char *name = nullptr;
        QCOMPARE(sqlite3_file_control(ours.db, "main", SQLITE_FCNTL_VFSNAME, &name), SQLITE_OK);
        const QByteArray vfs(name);
        sqlite3_free(name);
        QVERIFY2(vfs.startsWith(QByteArray(store::walBufferVfsName()) + '/'), vfs.constData());
    }

    void framesAreWrittenTogether()
    {
        WalWriteCounter counter;
        Connection ours;
        QVERIFY(!prepared("gathered.db", "FULL", ours).isEmpty());
        const int before = WalWriteCounter::writes();
        QCOMPARE(bigTransaction(ours.db, 0, 6000, true), SQLITE_OK);
        const int writes = WalWriteCounter::writes() - before;
        sqlite3_stmt *stmt = nullptr;
        // busy, frames in the log, frames checkpointed
        QCOMPARE(sqlite3_prepare_v2(ours.db, "PRAGMA wal_checkpoint(PASSIVE)", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const int walFrames = sqlite3_column_int(stmt, 1);
        sqlite3_finalize(stmt);
        // SQLite itself writes each frame in two calls; ours hands over up to 15 frames in one.
        QVERIFY2(walFrames > 700, qPrintable(QString::number(walFrames)));
        QVERIFY2(writes > 0 && writes * 8 < walFrames, qPrintable(QStringLiteral("%1 writes for %2 frames").arg(writes).arg(walFrames)));
    }

    void commitsReachOtherConnectionsAndRecovery_data() { synchronousModes(); }

    void commitsReachOtherConnectionsAndRecovery()
    {
        QFETCH(QByteArray, synchronous);
        Connection ours, plain;
        const QString path = prepared(synchronous == "FULL" ? "full.db" : "off.db", synchronous.constData(), ours);
        QVERIFY(!path.isEmpty());
        QVERIFY(openPlain(plain, path));

        qint64 count = 0;
        for (int round = 0; round < 3; ++round) {
            // Thousands of frames, some rewritten in place (a page spilled twice), and a
            // commit that ends in the middle of a held run of frames.
            const int rows = 3000 - round * 7;
            QCOMPARE(bigTransaction(ours.db, round * 3000, rows, true), SQLITE_OK);
            count += rows;
            // Before this connection does anything else: recovery from the files as they are
            // now (a crash at this moment) finds every committed frame, with valid checksums …
            const QString image = m_dir.filePath(QStringLiteral("image-%1-%2.db").arg(QString::fromLatin1(synchronous)).arg(round));
            QVERIFY(crashImage(path, image));
            // … and another connection sees the commit at once, without a sync or a checkpoint.
            QCOMPARE(scalar(plain.db, "SELECT count(*) FROM t"), count);
            QCOMPARE(scalar(plain.db, "SELECT sum(length(body)) FROM t"), scalar(ours.db, "SELECT sum(length(body)) FROM t"));
            Connection recovered;
            QVERIFY(openPlain(recovered, image));
            QCOMPARE(scalar(recovered.db, "SELECT count(*) FROM t"), count);
            QCOMPARE(integrity(recovered.db), QStringLiteral("ok"));
        }
        QCOMPARE(integrity(plain.db), QStringLiteral("ok"));
    }

    void heldFramesAreReadBackInTheTransaction()
    {
        Connection ours;
        const QString path = prepared("readback.db", "FULL", ours);
        QVERIFY(!path.isEmpty());
        QCOMPARE(exec(ours.db, "BEGIN IMMEDIATE"), SQLITE_OK);
        for (int i = 0; i < 4000; ++i) {
            const QByteArray sql = "INSERT INTO t (id, body) VALUES (" + QByteArray::number(i) + ", printf('%.*c', 900, 'y'))";
            QCOMPARE(exec(ours.db, sql.constData()), SQLITE_OK);
        }
        // The small cache spilled most pages; reading them all again reads frames this
        // connection wrote moments ago, some of them still held.
        QCOMPARE(scalar(ours.db, "SELECT sum(length(body)) FROM t"), qint64(4000 * 900));
        QCOMPARE(exec(ours.db, "UPDATE t SET body = body || 'z' WHERE id % 3 = 0"), SQLITE_OK);
        QCOMPARE(scalar(ours.db, "SELECT sum(length(body)) FROM t"), qint64(4000 * 900 + 1334));
        QCOMPARE(exec(ours.db, "COMMIT"), SQLITE_OK);
        QCOMPARE(integrity(ours.db), QStringLiteral("ok"));
    }

    void rollbackLeavesTheCommittedState()
    {
        Connection ours, plain;
        const QString path = prepared("rollback.db", "OFF", ours);
        QVERIFY(!path.isEmpty());
        QVERIFY(openPlain(plain, path));
        QCOMPARE(bigTransaction(ours.db, 0, 500, true), SQLITE_OK);
        // Spilled, partly held, then abandoned; the next transaction writes over the same
        // place in the WAL.
        QCOMPARE(bigTransaction(ours.db, 500, 3000, false), SQLITE_OK);
        QCOMPARE(scalar(plain.db, "SELECT count(*) FROM t"), qint64(500));
        QCOMPARE(bigTransaction(ours.db, 10000, 20, true), SQLITE_OK);
        QCOMPARE(scalar(plain.db, "SELECT count(*) FROM t"), qint64(520));
        QCOMPARE(scalar(plain.db, "SELECT max(id) FROM t"), qint64(10019));

        const QString image = m_dir.filePath(QStringLiteral("rollback-image.db"));
        QVERIFY(crashImage(path, image));
        Connection recovered;
        QVERIFY(openPlain(recovered, image));
        QCOMPARE(scalar(recovered.db, "SELECT count(*) FROM t"), qint64(520));
        QCOMPARE(integrity(recovered.db), QStringLiteral("ok"));
    }

    void failedWriteIsReportedAndLosesNothingCommitted_data() { synchronousModes(); }

    void failedWriteIsReportedAndLosesNothingCommitted()
    {
        QFETCH(QByteArray, synchronous);
        Connection ours;
        const QString path = prepared(synchronous == "FULL" ? "full-disk-full.db" : "full-disk-off.db", synchronous.constData(), ours);
        QVERIFY(!path.isEmpty());
        QCOMPARE(bigTransaction(ours.db, 0, 300, true), SQLITE_OK);

        // A full disk: no write may grow a file any more (RLIMIT_FSIZE; EFBIG, as a full file
        // system's ENOSPC). The WAL is not checkpointed, so every new frame grows it.
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(QFile(path + QStringLiteral("-wal")).size());
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        // A small transaction: all its frames are held until its commit frame, whose write
        // must fail the COMMIT (with synchronous=OFF nothing else would notice) …
        const int small = bigTransaction(ours.db, 1000, 3, true);
        // … and a large one fails while it spills.
        const int large = bigTransaction(ours.db, 2000, 4000, true);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previousHandler);
        for (const int rc : {small, large})
            QVERIFY2(rc == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR, sqlite3_errstr(rc));

        // The failures left the committed rows; the connection goes on writing.
        Connection plain;
        QVERIFY(openPlain(plain, path));
        QCOMPARE(scalar(plain.db, "SELECT count(*) FROM t"), qint64(300));
        QCOMPARE(bigTransaction(ours.db, 20000, 50, true), SQLITE_OK);
        QCOMPARE(scalar(plain.db, "SELECT count(*) FROM t"), qint64(350));
        QCOMPARE(integrity(plain.db), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestWalBuffer)
#include "tst_walbuffer.moc"
