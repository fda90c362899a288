// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/statcache.h"

#include "store/audit.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QSet>

#include <sqlite3.h>
#include <zlib.h>

#include <cstring>
#include <ctime>

#include <sys/stat.h>

namespace tw::repo {
namespace {

constexpr int ApplicationId = 0x54575343; // "TWSC"
constexpr int FormatVersion = 1;
constexpr qint64 StaleAfterDays = 30;

qint64 nanoseconds(const struct timespec &t)
{
    return qint64(t.tv_sec) * 1'000'000'000 + qint64(t.tv_nsec);
}

qint64 now()
{
    struct timespec t;
    ::clock_gettime(CLOCK_REALTIME, &t);
    return nanoseconds(t);
}

/**
 * A row's check value: CRC-32 of everything in it. SQLite guards its own structure, not the
 * bytes of a value; a flipped bit in a stamp or a digest must make the cache look damaged, not
 * make it say something else.
 */
qint64 checksum(QByteArrayView path, const StatCache::Entry &e)
{
    const qint64 numbers[] = {e.stamp.size, e.stamp.mtimeNs, e.stamp.ctimeNs, qint64(e.stamp.inode), qint64(e.stamp.device),
                              qint64(e.stamp.mode), e.recordedNs, qint64(path.size()), qint64(e.digest.size())};
    uLong crc = ::crc32(0L, Z_NULL, 0);
    crc = ::crc32(crc, reinterpret_cast<const Bytef *>(numbers), uInt(sizeof numbers));
    crc = ::crc32(crc, reinterpret_cast<const Bytef *>(path.data()), uInt(path.size()));
    crc = ::crc32(crc, reinterpret_cast<const Bytef *>(e.digest.constData()), uInt(e.digest.size()));
    return qint64(crc);
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

/** One integer from a query without parameters; false when there is none. */
bool integer(sqlite3 *db, const char *sql, qint64 *value)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_step(stmt) == SQLITE_ROW;
    if (ok)
        *value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return ok;
}

void removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

/** Cache files of folders nobody scanned for a month (their folders may be long gone). */
void pruneStale(const QString &directory, const QString &keep, const QString &root)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-StaleAfterDays);
    const QFileInfoList files = QDir(directory).entryInfoList({QStringLiteral("*.sqlite"), QStringLiteral("*.walk")}, QDir::Files);
    for (const QFileInfo &f : files) {
        if (f.absoluteFilePath() != keep && f.absoluteFilePath() != WalkCache::fileFor(directory, root) && f.lastModified().toUTC() < limit)
            removeFiles(f.absoluteFilePath());
    }
}

constexpr quint32 WalkMagic = 0x54575743; // "TWWC"
constexpr quint32 WalkFormat = 1;

/** Little-endian writer and bounds-checked reader of the walk cache file. */
struct Writer
{
    QByteArray out;
    void u8(quint8 v) { out.append(char(v)); }
    void i64(qint64 v)
    {
        for (int i = 0; i < 8; ++i)
            out.append(char(quint64(v) >> (8 * i)));
    }
    void bytes(QByteArrayView b)
    {
        i64(b.size());
        out.append(b);
    }
    void stamp(const FileStamp &s)
    {
        for (qint64 v : {s.size, s.mtimeNs, s.ctimeNs, qint64(s.inode), qint64(s.device), qint64(s.mode)})
            i64(v);
    }
};

struct Reader
{
    QByteArrayView in;
    qsizetype at = 0;
    bool ok = true;
    quint8 u8()
    {
        if (at + 1 > in.size())
            return ok = false, 0;
        return quint8(in[at++]);
    }
    qint64 i64()
    {
        if (at + 8 > in.size())
            return ok = false, 0;
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v |= quint64(quint8(in[at + i])) << (8 * i);
        at += 8;
        return qint64(v);
    }
    QByteArray bytes()
    {
        const qint64 n = i64();
        if (!ok || n < 0 || n > in.size() - at)
            return ok = false, QByteArray();
        const QByteArray b = in.sliced(at, n).toByteArray();
        at += n;
        return b;
    }
    FileStamp stamp()
    {
        FileStamp s;
        s.size = i64();
        s.mtimeNs = i64();
        s.ctimeNs = i64();
        s.inode = quint64(i64());
        s.device = quint64(i64());
        s.mode = quint32(i64());
        return s;
    }
};

} // namespace

qint64 nowNs()
{
    return now();
}

QString WalkCache::fileFor(const QString &directory, const QString &root)
{
    return directory + QLatin1Char('/') + audit::sha256Hex(root.toUtf8()).left(32) + QStringLiteral(".walk");
}

QHash<QByteArray, WalkCache::Folder> WalkCache::load(const QString &directory, const QString &root, const QByteArray &key)
{
    QFile file(fileFor(directory, root));
    if (directory.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    if (data.size() < 8)
        return {};
    // The last 8 bytes: CRC-32 of everything before. A flipped bit anywhere discards the file.
    const QByteArrayView body = QByteArrayView(data).chopped(8);
    Reader tail{QByteArrayView(data).last(8)};
    if (qint64(::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(body.data()), uInt(body.size()))) != tail.i64())
        return {};
    Reader r{body};
    if (r.i64() != WalkMagic || r.i64() != WalkFormat || r.bytes() != root.toUtf8() || r.bytes() != key || !r.ok)
        return {};
    const qint64 count = r.i64();
    QHash<QByteArray, Folder> folders;
    for (qint64 i = 0; r.ok && i < count; ++i) {
        const QByteArray path = r.bytes();
        Folder f;
        f.stamp = r.stamp();
        f.ignoreFile = r.stamp();
        f.recordedNs = r.i64();
        f.nested = r.u8() != 0;
        const qint64 entries = r.i64();
        if (!r.ok || entries < 0 || entries > body.size())
            return {};
        f.entries.reserve(entries);
        for (qint64 e = 0; r.ok && e < entries; ++e) {
            Entry entry;
            const quint8 packed = r.u8();
            entry.kind = Kind(packed & 0x0f);
            entry.type = Type(packed >> 4);
            entry.name = r.bytes();
            if (entry.kind > Nested || entry.type > SymLink || entry.name.isEmpty() || entry.name.contains('/'))
                return {};
            f.entries.append(std::move(entry));
        }
        folders.insert(path, std::move(f));
    }
    if (!r.ok || r.at != body.size())
        return {};
    return folders;
}

bool WalkCache::save(const QString &directory, const QString &root, const QByteArray &key, const QHash<QByteArray, Folder> &folders)
{
    if (directory.isEmpty() || !QDir().mkpath(directory))
        return false;
    Writer w;
    w.i64(WalkMagic);
    w.i64(WalkFormat);
    w.bytes(root.toUtf8());
    w.bytes(key);
    w.i64(folders.size());
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        w.bytes(it.key());
        w.stamp(it->stamp);
        w.stamp(it->ignoreFile);
        w.i64(it->recordedNs);
        w.u8(it->nested ? 1 : 0);
        w.i64(it->entries.size());
        for (const Entry &e : it->entries) {
            w.u8(quint8(e.kind) | quint8(e.type << 4));
            w.bytes(e.name);
        }
    }
    w.i64(qint64(::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(w.out.constData()), uInt(w.out.size()))));
    QSaveFile file(fileFor(directory, root));
    // Written beside and renamed over the old one: a reader sees the old file or the new one.
    return file.open(QIODevice::WriteOnly) && file.write(w.out) == w.out.size() && file.commit();
}

FileStamp stampOf(const struct stat &st)
{
    FileStamp s;
    s.size = qint64(st.st_size);
    s.mtimeNs = nanoseconds(st.st_mtim);
    s.ctimeNs = nanoseconds(st.st_ctim);
    s.inode = quint64(st.st_ino);
    s.device = quint64(st.st_dev);
    s.mode = quint32(st.st_mode);
    return s;
}

FileStamp stampOf(const char *encodedPath)
{
    struct stat st;
    if (::stat(encodedPath, &st) != 0)
        return {};
    return stampOf(st);
}

QString StatCache::fileFor(const QString &directory, const QString &root)
{
    return directory + QLatin1Char('/') + audit::sha256Hex(root.toUtf8()).left(32) + QStringLiteral(".sqlite");
}

std::unique_ptr<StatCache> StatCache::open(const QString &directory, const QString &root)
{
    if (directory.isEmpty() || root.isEmpty() || !QDir().mkpath(directory))
        return nullptr;
    std::unique_ptr<StatCache> cache(new StatCache);
    // Before any file of this scan is looked at: everything read later is at least this new.
    cache->m_scanStart = now();
    cache->m_root = root;
    cache->m_path = fileFor(directory, root);
    if (QFileInfo::exists(cache->m_path)) {
        if (cache->load()) {
            cache->m_loaded = true;
            return cache;
        }
        // Not ours, damaged, another folder's or another format: start afresh, silently.
        cache->close();
        cache->m_entries.clear();
        removeFiles(cache->m_path);
    }
    if (!cache->create()) {
        cache->close();
        removeFiles(cache->m_path);
        return nullptr;
    }
    pruneStale(directory, cache->m_path, root);
    return cache;
}

StatCache::~StatCache()
{
    close();
}

void StatCache::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool StatCache::load()
{
    if (sql::openDatabase(QFile::encodeName(m_path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(m_db, 2000);
    qint64 application = 0, format = 0;
    if (!integer(m_db, "PRAGMA application_id", &application) || application != ApplicationId)
        return false;
    if (!integer(m_db, "PRAGMA user_version", &format) || format != FormatVersion)
        return false;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT value FROM meta WHERE key = 'root'", -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    const bool sameRoot = sqlite3_step(stmt) == SQLITE_ROW
        && QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0)) == m_root;
    sqlite3_finalize(stmt);
    if (!sameRoot)
        return false;
    if (sqlite3_prepare_v2(m_db, "SELECT path, size, mtime, ctime, inode, device, mode, recorded, digest, checksum FROM files", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return false;
    bool ok = true;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const QByteArrayView path(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0));
        Entry e;
        e.stamp.size = sqlite3_column_int64(stmt, 1);
        e.stamp.mtimeNs = sqlite3_column_int64(stmt, 2);
        e.stamp.ctimeNs = sqlite3_column_int64(stmt, 3);
        e.stamp.inode = quint64(sqlite3_column_int64(stmt, 4));
        e.stamp.device = quint64(sqlite3_column_int64(stmt, 5));
        e.stamp.mode = quint32(sqlite3_column_int64(stmt, 6));
        e.recordedNs = sqlite3_column_int64(stmt, 7);
        // Digests are 32-byte blobs, empty for binary files; anything else is not ours.
        const int digestSize = sqlite3_column_bytes(stmt, 8);
        if (sqlite3_column_type(stmt, 8) != SQLITE_BLOB || (digestSize != 0 && digestSize != 32) || path.isEmpty()
            || sqlite3_column_type(stmt, 9) != SQLITE_INTEGER) {
            ok = false;
            break;
        }
        if (digestSize > 0)
            e.digest = QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, 8)), digestSize);
        if (checksum(path, e) != sqlite3_column_int64(stmt, 9) || !e.stamp.isValid()) {
            ok = false;
            break;
        }
        m_entries.insert(QString::fromUtf8(path), std::move(e));
    }
    sqlite3_finalize(stmt);
    return ok && rc == SQLITE_DONE;
}

bool StatCache::create()
{
    if (sql::openDatabase(QFile::encodeName(m_path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX)
        != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(m_db, 2000);
    const QByteArray schema = QByteArray("PRAGMA application_id = ") + QByteArray::number(ApplicationId) + ";\n"
        "PRAGMA user_version = " + QByteArray::number(FormatVersion) + ";\n"
        "BEGIN;\n"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;\n"
        "CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, ctime INTEGER NOT NULL,\n"
        "  inode INTEGER NOT NULL, device INTEGER NOT NULL, mode INTEGER NOT NULL, recorded INTEGER NOT NULL,\n"
        "  digest BLOB NOT NULL, checksum INTEGER NOT NULL) WITHOUT ROWID;\n";
    if (!exec(m_db, schema.constData()))
        return false;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "INSERT INTO meta (key, value) VALUES ('root', ?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    const QByteArray root = m_root.toUtf8();
    sqlite3_bind_text(stmt, 1, root.constData(), int(root.size()), SQLITE_TRANSIENT);
    const bool inserted = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return inserted && exec(m_db, "COMMIT");
}

const StatCache::Entry *StatCache::lookup(const QString &relative, const FileStamp &stamp) const
{
    if (!stamp.isValid())
        return nullptr;
    const auto it = m_entries.constFind(relative);
    if (it == m_entries.cend() || !(it->stamp == stamp))
        return nullptr;
    // Racy git: a file changed shortly before (or after) the scan that read it could change again
    // within the same timestamp tick without its stamp showing it. Such an entry is read again;
    // the next scan records it with a later start, and from then on it is trusted.
    const qint64 limit = it->recordedNs - RacyWindowNs;
    if (stamp.mtimeNs >= limit || stamp.ctimeNs >= limit)
        return nullptr;
    m_hits.fetch_add(1, std::memory_order_relaxed);
    return &*it;
}

void StatCache::record(const QString &relative, const FileStamp &stamp, const QByteArray &rawDigest)
{
    if (!stamp.isValid())
        return;
    const QMutexLocker lock(&m_pendingLock);
    m_pending.append({relative, Entry{stamp, rawDigest, m_scanStart}});
}

void StatCache::save(const QList<QString> &present)
{
    if (!m_db)
        return;
    // Every listed file found its entry and every entry a listed file: nothing to write.
    if (m_pending.isEmpty() && m_hits.load() == present.size() && present.size() == m_entries.size())
        return;
    // Files of the folder that are gone: their entries go (nothing to do when every entry's
    // file was listed).
    qsizetype listedWithEntry = 0;
    for (const QString &p : present)
        listedWithEntry += m_entries.contains(p) ? 1 : 0;
    QStringList gone;
    if (listedWithEntry < m_entries.size()) {
        const QSet<QString> listed(present.cbegin(), present.cend());
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (!listed.contains(it.key()))
                gone.append(it.key());
        }
    }
    if (m_pending.isEmpty() && gone.isEmpty())
        return;
    // Synchronous off: every row is checked when loaded, and a row that survives a crash is
    // still a true statement about a file at the time it was recorded.
    if (!exec(m_db, "PRAGMA synchronous = OFF") || !exec(m_db, "BEGIN IMMEDIATE"))
        return;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *remove = nullptr;
    bool ok = sqlite3_prepare_v2(m_db,
                                 "INSERT OR REPLACE INTO files (path, size, mtime, ctime, inode, device, mode, recorded, digest, checksum) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                 -1, &insert, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(m_db, "DELETE FROM files WHERE path = ?1", -1, &remove, nullptr) == SQLITE_OK;
    for (qsizetype i = 0; ok && i < m_pending.size(); ++i) {
        const QByteArray path = m_pending[i].first.toUtf8();
        const Entry &e = m_pending[i].second;
        sqlite3_bind_text(insert, 1, path.constData(), int(path.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 2, e.stamp.size);
        sqlite3_bind_int64(insert, 3, e.stamp.mtimeNs);
        sqlite3_bind_int64(insert, 4, e.stamp.ctimeNs);
        sqlite3_bind_int64(insert, 5, qint64(e.stamp.inode));
        sqlite3_bind_int64(insert, 6, qint64(e.stamp.device));
        sqlite3_bind_int64(insert, 7, qint64(e.stamp.mode));
        sqlite3_bind_int64(insert, 8, e.recordedNs);
        sqlite3_bind_blob(insert, 9, e.digest.isEmpty() ? "" : e.digest.constData(), int(e.digest.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 10, checksum(path, e));
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    for (qsizetype i = 0; ok && i < gone.size(); ++i) {
        const QByteArray path = gone[i].toUtf8();
        sqlite3_bind_text(remove, 1, path.constData(), int(path.size()), SQLITE_STATIC);
        ok = sqlite3_step(remove) == SQLITE_DONE;
        sqlite3_reset(remove);
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(remove);
    if (!ok || !exec(m_db, "COMMIT"))
        exec(m_db, "ROLLBACK");
    m_pending.clear();
}

} // namespace tw::repo
