// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/project.h"

#include "model/enums.h"
#include "model/jsonwriter.h"
#include "model/modeljson.h"
#include "store/integrity.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/walsync.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSet>
#include <QtEndian>
#include <QUrl>

#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string_view>
#include <thread>
#include <cstring>
#include <vector>

namespace tw {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Project)
};

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(QByteArrayView utf8)
{
    return QJsonDocument::fromJson(utf8.toByteArray()).object();
}

quint32 bigEndian32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

/**
 * Reads the SQLite header ourselves before SQLite touches the file, so a foreign, truncated or
 * newer file is refused without a single byte written. Returns the schema version.
 */
Result<int> checkHeader(const QString &path)
{
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return makeError(Tr::tr("%1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return makeError(Tr::tr("%1 is not a Threatwright project: the file is empty").arg(shown));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return makeError(Tr::tr("%1 is not a Threatwright project (it is not an SQLite database)").arg(shown));
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    const quint32 applicationId = bigEndian32(h + 68);
    const auto userVersion = qint32(bigEndian32(h + 60));
    if (applicationId != Project::ApplicationId)
        return makeError(Tr::tr("%1 is an SQLite database but not a Threatwright project").arg(shown));
    if (userVersion > Project::SchemaVersion) {
        return makeError(Tr::tr("%1 was written by a newer version of Threatwright (project format %2; this version "
                            "reads formats up to %3). Open it with a newer Threatwright.")
                             .arg(shown)
                             .arg(userVersion)
                             .arg(Project::SchemaVersion));
    }
    if (userVersion < 1)
        return makeError(Tr::tr("%1 is damaged: it has no project format version").arg(shown));
    quint32 pageSize = (quint32(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian32(h + 24);
    const quint32 pageCount = bigEndian32(h + 28);
    const quint32 validFor = bigEndian32(h + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return makeError(Tr::tr("%1 is damaged: its header is invalid").arg(shown));
    if (pageCount > 0 && changeCounter == validFor && qint64(pageCount) * pageSize > size) {
        return makeError(Tr::tr("%1 is damaged: the file is truncated (%2 of %3 bytes present)")
                             .arg(shown)
                             .arg(size)
                             .arg(qint64(pageCount) * pageSize));
    }
    return int(userVersion);
}

/** The connection's page cache: 64 MiB, so that reading a large version does not thrash it. */
const char kCacheSizePragma[] = "PRAGMA cache_size = -65536";

/** A connection setting changed for as long as this lives (pragmas that cannot fail here). */
class PragmaWhile
{
public:
    PragmaWhile(sqlite3 *db, const char *during, const char *after) : m_db(db), m_after(after)
    {
        (void)sql::execScript(m_db, during);
    }
    ~PragmaWhile() { (void)sql::execScript(m_db, m_after); }
    PragmaWhile(const PragmaWhile &) = delete;
    PragmaWhile &operator=(const PragmaWhile &) = delete;

private:
    sqlite3 *m_db;
    const char *m_after;
};

/** BEGIN IMMEDIATE … COMMIT, rolled back unless committed. */
class Transaction
{
public:
    explicit Transaction(sqlite3 *db, bool *forget = nullptr) : m_db(db)
    {
        if (forget)
            *forget = false;
        m_result = sql::execScript(db, "BEGIN IMMEDIATE");
        m_open = m_result.ok();
    }
    ~Transaction()
    {
        if (m_open)
            (void)sql::execScript(m_db, "ROLLBACK");
    }
    Result<void> begun() const { return m_result; }
    Result<void> commit()
    {
        auto r = sql::execScript(m_db, "COMMIT");
        if (r)
            m_open = false;
        return r;
    }

private:
    sqlite3 *m_db;
    Result<void> m_result;
    bool m_open = false;
};

/** Whether the connection's last error came from the disk or the system (full, I/O, locked,
 *  read-only), not from the file's content or the caller. */
bool isWriteFailure(sqlite3 *db)
{
    switch (sqlite3_errcode(db) & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return true;
    default:
        return false;
    }
}

Error sqlError(const QString &what, const QString &detail)
{
    return makeError(Tr::tr("%1: %2").arg(what, detail));
}

QString elementKindName(int index)
{
    static const char *const names[] = {"component", "boundary", "entry-point", "flow", "asset"};
    return QString::fromLatin1(names[index]);
}

/** The part of a threat its row keeps: no triage state, no shared texts, no columns. */
void writeThreatPayload(JsonWriter &w, const Threat &t)
{
    w.clear();
    writeJson(w, t, ThreatJson::Stored);
}

/**
 * A threat's texts by the addresses of their (implicitly shared) strings: the engine hands the
 * threats of a rule the same strings, so equal addresses are equal texts without hashing or
 * comparing their characters. Valid while the threats it was taken from are alive.
 */
struct TextsIdentity
{
    static TextsIdentity of(const Threat &t)
    {
        return {t.rationale.constData(), t.rationale.size(), t.mitigation.constData(), t.mitigation.size(),
                t.references.constData(), t.references.size()};
    }

    const QChar *rationale;
    qsizetype rationaleSize;
    const QChar *mitigation;
    qsizetype mitigationSize;
    const Reference *references;
    qsizetype referenceCount;
    // The references by the addresses of their strings, not of the list: a list built
    // anew for each threat (as the attack-path and synthetic threats do) from shared strings
    // is the same texts too. Without this, 100,000 such threats were hashed by value,
    // 1.5 µs each.
    friend bool operator==(const TextsIdentity &a, const TextsIdentity &b)
    {
        if (a.rationale != b.rationale || a.rationaleSize != b.rationaleSize || a.mitigation != b.mitigation
            || a.mitigationSize != b.mitigationSize || a.referenceCount != b.referenceCount)
            return false;
        auto same = [](const QString &x, const QString &y) { return x.constData() == y.constData() && x.size() == y.size(); };
        for (qsizetype r = 0; r < a.referenceCount; ++r) {
            const Reference &x = a.references[r], &y = b.references[r];
            if (!same(x.kind, y.kind) || !same(x.id, y.id) || !same(x.url, y.url))
                return false;
        }
        return true;
    }
    friend size_t qHash(const TextsIdentity &i, size_t seed = 0)
    {
        seed = qHashMulti(seed, i.rationale, i.rationaleSize, i.mitigation, i.mitigationSize, i.referenceCount);
        for (qsizetype r = 0; r < i.referenceCount; ++r)
            seed = qHashMulti(seed, i.references[r].kind.constData(), i.references[r].id.constData(), i.references[r].url.constData());
        return seed;
    }
};

/** Asks the memory for every cache line of some bytes. */
void prefetchSpan(const void *data, size_t bytes)
{
    const char *p = static_cast<const char *>(data);
    for (size_t offset = 0; offset < bytes; offset += 64)
        __builtin_prefetch(p + offset);
}

/**
 * Asks the memory for what of a threat is read next, one level of indirection at a time: the
 * object (level 0), the arrays and strings it points to (1), the strings in those arrays (2).
 * Written when the store visited the threats in fingerprint order, random in memory (fetched
 * 16, 8 and 4 threats ahead, the preparer's texts, UTF-8 and JSON parts 310 → 170 ms). In the
 * model's order, where they are visited now, it is worth less: engine-shaped writes with it
 * 0.66-0.79 s and without 0.66-0.88 s (6 alternating runs each, one slow outlier left out).
 */
void prefetchThreat(const Threat &t, int level)
{
    switch (level) {
    case 0:
        for (size_t offset = 0; offset < sizeof(Threat); offset += 64)
            __builtin_prefetch(reinterpret_cast<const char *>(&t) + offset);
        break;
    case 1:
        for (const void *p : {static_cast<const void *>(t.title.constData()), static_cast<const void *>(t.targets.constData()),
                              static_cast<const void *>(t.factors.constData()), static_cast<const void *>(t.sources.constData()),
                              static_cast<const void *>(t.references.constData())})
            __builtin_prefetch(p);
        break;
    default:
        for (const QString &target : t.targets)
            __builtin_prefetch(target.constData());
        for (const RiskFactor &f : t.factors) {
            __builtin_prefetch(f.name.constData());
            __builtin_prefetch(f.explanation.constData());
        }
        for (const SourceRef &r : t.sources) {
            __builtin_prefetch(r.artifact.constData());
            __builtin_prefetch(r.file.constData());
        }
    }
}

/**
 * Memory handed out in order and freed all at once: the records of a version being written,
 * which live until the inserts pass them. Blocks of `blockSize` bytes (larger for a larger
 * request), so 100,000 records cost a few hundred allocations instead of 700,000.
 */
class ByteArena
{
public:
    explicit ByteArena(size_t blockSize) : m_blockSize(blockSize) {}

    char *allocate(size_t bytes, size_t alignment = 1)
    {
        size_t pad = (alignment - reinterpret_cast<std::uintptr_t>(m_next) % alignment) % alignment;
        if (m_left < bytes + pad) {
            const size_t size = std::max(m_blockSize, bytes + alignment);
            m_blocks.emplace_back(new char[size]);
            m_next = m_blocks.back().get();
            m_left = size;
            pad = (alignment - reinterpret_cast<std::uintptr_t>(m_next) % alignment) % alignment;
        }
        char *p = m_next + pad;
        m_next = p + bytes;
        m_left -= bytes + pad;
        return p;
    }

    /** Frees every block: what was handed out is gone. */
    void release()
    {
        m_blocks.clear();
        m_next = nullptr;
        m_left = 0;
    }

private:
    size_t m_blockSize;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

/** Stores each distinct rationale/mitigation/references text once per project. */
class TextStore
{
public:
    explicit TextStore(sqlite3 *db)
        : m_find(db, "SELECT id FROM threat_texts WHERE digest = ?1")
        , m_insert(db, "INSERT INTO threat_texts (digest, payload) VALUES (?1, ?2)")
    {
    }

    /** The id of the threat's texts, stored first if new. */
    Result<qint64> store(const Threat &t)
    {
        // Most threats share their rule's texts: found again by their identity first, then by
        // value. A TextStore lives for one call, while the caller's threats are alive.
        const TextsIdentity identity = TextsIdentity::of(t);
        if (const qint64 known = m_byIdentity.value(identity, 0))
            return known;
        auto id = storeByValue(t);
        if (id)
            m_byIdentity.insert(identity, *id);
        return id;
    }

    /** The same for a threat whose texts' identity the caller has not seen before. */
    Result<qint64> storeByValue(const Threat &t)
    {
        TextsKey key{t.rationale, t.mitigation, t.references};
        qint64 id = m_byValue.value(key, 0);
        if (id != 0)
            return id;
        const QByteArray json = threatTextsJson(t);
        const QString digest = audit::sha256Hex(json);
        m_find.bind(1, digest);
        if (m_find.step())
            id = m_find.int64(0);
        const QString findError = m_find.error();
        m_find.reset();
        if (!findError.isEmpty())
            return sqlError(Tr::tr("Storing the texts of threat \"%1\" failed").arg(t.title), findError);
        if (id == 0) {
            if (!m_insert.bind(1, digest).bind(2, QByteArrayView(json)).exec())
                return sqlError(Tr::tr("Storing the texts of threat \"%1\" failed").arg(t.title), m_insert.error());
            id = sqlite3_last_insert_rowid(m_insert.db());
        }
        m_byValue.insert(key, id);
        return id;
    }

private:
    struct TextsKey
    {
        QString rationale;
        QString mitigation;
        QList<Reference> references;
        friend bool operator==(const TextsKey &, const TextsKey &) = default;
        friend size_t qHash(const TextsKey &k, size_t seed = 0)
        {
            QtPrivate::QHashCombine combine;
            seed = combine(seed, k.rationale);
            seed = combine(seed, k.mitigation);
            for (const Reference &r : k.references) {
                seed = combine(seed, r.kind);
                seed = combine(seed, r.id);
                seed = combine(seed, r.url);
            }
            return seed;
        }
    };
    sql::Statement m_find;
    sql::Statement m_insert;
    QHash<TextsKey, qint64> m_byValue;
    QHash<TextsIdentity, qint64> m_byIdentity;
};

template<typename T>
QByteArray elementPayload(const T &element)
{
    JsonWriter w(512);
    writeJson(w, element);
    return w.take();
}

QJsonObject decisionJson(const std::optional<Decision> &d)
{
    if (!d)
        return QJsonObject{{QStringLiteral("status"), enumName(ThreatStatus::Suggested)}};
    QJsonObject o{{QStringLiteral("status"), enumName(d->status)}};
    if (d->priorityOverride)
        o.insert(QStringLiteral("priorityOverride"), *d->priorityOverride);
    if (!d->owner.isEmpty())
        o.insert(QStringLiteral("owner"), d->owner);
    if (!d->justification.isEmpty())
        o.insert(QStringLiteral("justification"), d->justification);
    if (d->expiresAt.isValid())
        o.insert(QStringLiteral("expiresAt"), toIsoUtc(d->expiresAt));
    return o;
}

QString fingerprintUpperBound(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

/**
 * Checkpoints the WAL into the database file on a thread of its own, with a connection of its
 * own, so a commit returns as soon as its WAL frames are synced (synchronous=FULL) instead of
 * also copying them into the database file: a 100,000-threat version is ~100 MB of WAL, and
 * copying and syncing it took a third of createVersion(). Durability does not depend on it:
 * committed data is safe in the synced WAL, and SQLite replays the WAL after a crash.
 *
 * It replaces SQLite's automatic checkpoint (same trigger: 1000 WAL pages after a commit) and
 * runs PASSIVE checkpoints, which never wait for or block readers and writers. Once a
 * checkpoint has copied everything, the next write starts the WAL over, truncated to
 * kWalSizeLimit (journal_size_limit), so the WAL stays bounded. Closing the project waits for
 * a running checkpoint; the last connection to close checkpoints the rest and deletes the WAL.
 */
class Checkpointer
{
public:
    static constexpr int kWalPages = 1000;

    explicit Checkpointer(sqlite3 *db) : m_file(sqlite3_db_filename(db, "main")) {}
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
        sqlite3_close_v2(m_db);
    }
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    /** A commit left the WAL `pages` long (SQLite's WAL hook). */
    void committed(int pages)
    {
        if (pages >= kWalPages)
            request();
    }

private:

    void request()
    {
        {
            std::lock_guard lock(m_mutex);
            m_requested = true;
        }
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
        else
            m_wake.notify_one();
    }

    void run()
    {
        if (sql::openDatabase(m_file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) != SQLITE_OK) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_requested || m_stop; });
            if (m_stop)
                return;
            m_requested = false;
            lock.unlock();
            if (m_db)
                (void)sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
        }
    }

    const QByteArray m_file;
    sqlite3 *m_db = nullptr; // used by the thread only, until it is joined
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stop = false;
};

using Utf8OrNull = std::optional<QByteArrayView>;

Utf8OrNull utf8OrNull(const QString &text, QByteArray &storage)
{
    if (text.isNull())
        return std::nullopt;
    storage = text.toUtf8();
    return QByteArrayView(storage);
}

} // namespace

struct Project::Impl
{
    std::unique_ptr<Checkpointer> checkpointer; // read-write projects only
    std::unique_ptr<store::WalSyncer> syncer;   // Durability::Deferred only
    /// Syncs a large version's pages while it is being written (writeVersion); kept for the
    /// next one, so that no write waits for its last background sync to end.
    std::unique_ptr<store::WalSyncer> presync;
    sql::Statement appendAudit;
    sql::Statement lastAudit;
    // The chain's head, remembered between appends inside one write transaction (nobody else
    // can append while we hold the write lock); forgotten when a transaction ends.
    qint64 headSeq = 0;
    QByteArray headHash; // 64 lower-case hex characters
    bool headKnown = false;
    QByteArray canonical; // reused between appends
    qint64 commits = 0;   // write transactions committed on this connection (commit hook)

    /**
     * Appends one entry inside the caller's write transaction, from UTF-8 parts (std::nullopt
     * is NULL). The bulk path of createVersion() calls this once per new threat.
     */
    Result<void> append(QByteArrayView at, QByteArrayView actor, QByteArrayView action, QByteArrayView subject,
                        Utf8OrNull before, Utf8OrNull after, Utf8OrNull reason)
    {
        if (auto r = knowHead(); !r)
            return r;
        const qint64 seq = headSeq + 1;
        canonical.resize(0);
        audit::appendCanonical(canonical, seq, at, {actor, action, subject, before, after, reason});
        char hash[64];
        audit::chainHashHex(headHash, canonical, hash);
        return insertEntry(seq, at, actor, action, subject, before, after, reason, QByteArrayView(hash, 64));
    }

    /** Reads the chain's head (last seq and hash) unless it is known in this transaction. */
    Result<void> knowHead()
    {
        if (headKnown)
            return {};
        headSeq = 0;
        headHash = audit::genesisHash().toLatin1();
        if (lastAudit.step()) {
            headSeq = lastAudit.int64(0);
            headHash = lastAudit.textView(1).toByteArray();
        }
        const QString lastError = lastAudit.error();
        lastAudit.reset();
        if (!lastError.isEmpty())
            return sqlError(Tr::tr("Reading the audit trail failed"), lastError);
        headKnown = true;
        return {};
    }

    /**
     * Inserts entry `seq` = head + 1 whose hash the caller computed over the head's hash, and
     * makes it the head.
     */
    Result<void> insertEntry(qint64 seq, QByteArrayView at, QByteArrayView actor, QByteArrayView action, QByteArrayView subject,
                             Utf8OrNull before, Utf8OrNull after, Utf8OrNull reason, QByteArrayView hash)
    {
        Q_ASSERT(headKnown && seq == headSeq + 1 && hash.size() == 64);
        auto bindNullable = [this](int index, const Utf8OrNull &text) {
            if (text)
                appendAudit.bindStatic(index, *text);
            else
                appendAudit.bindNull(index);
        };
        appendAudit.bindStatic(1, at).bindStatic(2, actor).bindStatic(3, action).bindStatic(4, subject);
        bindNullable(5, before);
        bindNullable(6, after);
        bindNullable(7, reason);
        appendAudit.bindStatic(8, headHash).bindStatic(9, hash);
        if (!appendAudit.exec()) {
            headKnown = false;
            return sqlError(Tr::tr("Appending to the audit trail failed"), appendAudit.error());
        }
        // SQLite numbers the entry (max + 1, which it finds without a search, unlike checking a
        // given number for a clash: 4 % of writing a large version); the hash was made for `seq`.
        if (sqlite3_last_insert_rowid(appendAudit.db()) != seq) {
            headKnown = false;
            return sqlError(Tr::tr("Appending to the audit trail failed"), QStringLiteral("entry %1 was numbered %2")
                                                                                 .arg(seq)
                                                                                 .arg(sqlite3_last_insert_rowid(appendAudit.db())));
        }
        headSeq = seq;
        headHash.resize(64);
        std::memcpy(headHash.data(), hash.data(), 64);
        return {};
    }
};

Project::Project(sqlite3 *db, QString path, bool readOnly)
    : d(std::make_unique<Impl>())
    , m_db(db)
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{
    d->appendAudit = sql::Statement(
        m_db, "INSERT INTO audit (at, actor, action, subject, before, after, reason, prev_hash, hash) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    d->lastAudit = sql::Statement(m_db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    sqlite3_commit_hook(
        m_db,
        [](void *impl) {
            ++static_cast<Impl *>(impl)->commits;
            return 0; // go ahead
        },
        d.get());
    if (!readOnly) {
        d->checkpointer = std::make_unique<Checkpointer>(m_db);
        // After every commit, with the write lock released.
        sqlite3_wal_hook(
            m_db,
            [](void *impl, sqlite3 *, const char *, int pages) {
                auto *self = static_cast<Impl *>(impl);
                if (self->syncer)
                    self->syncer->committed();
                self->checkpointer->committed(pages);
                return SQLITE_OK;
            },
            d.get());
    }
}

Result<void> Project::setDurability(Durability durability)
{
    if (m_readOnly)
        return {};
    const bool deferred = durability == Durability::Deferred;
    if (deferred == bool(d->syncer))
        return {};
    if (!deferred)
        d->syncer.reset(); // syncs what it has first
    // OFF, not NORMAL: NORMAL still syncs the WAL's header whenever a commit starts the WAL over
    // (after every complete checkpoint, and first thing after opening), on this thread. OFF is
    // safe here because this connection never checkpoints (the WAL hook above replaces SQLite's
    // automatic checkpoint; the Checkpointer's own connection syncs the WAL before copying it and
    // the database file before the WAL may start over) and goes back to FULL before it closes
    // (closing the last connection checkpoints). The syncer makes each commit durable.
    if (auto r = sql::execScript(m_db, deferred ? "PRAGMA synchronous = OFF" : "PRAGMA synchronous = FULL"); !r)
        return r;
    if (deferred)
        d->syncer = std::make_unique<store::WalSyncer>(sqlite3_filename_wal(sqlite3_db_filename(m_db, "main")));
    return {};
}

Project::Durability Project::durability() const
{
    return d->syncer ? Durability::Deferred : Durability::Immediate;
}

Result<void> Project::waitUntilDurable()
{
    return d->syncer ? d->syncer->waitUntilSynced() : Result<void>();
}

void Project::setDurableListener(std::function<void(const Result<qint64> &)> listener)
{
    if (d->syncer)
        d->syncer->setListener(std::move(listener));
}

Project::~Project()
{
    if (d->syncer) {
        d->syncer.reset(); // the last commits reach the disk first
        // The close may checkpoint (the last connection does): with syncs.
        (void)sql::execScript(m_db, "PRAGMA synchronous = FULL");
    }
    d.reset(); // the checkpointer's connection and the statements before the connection
    sqlite3_close_v2(m_db);
}

QString Project::defaultActor()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

namespace {

Result<sqlite3 *> openConnection(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sql::openDatabase(encoded.constData(), &db, flags | SQLITE_OPEN_NOMUTEX);
    if (rc != SQLITE_OK) {
        const QString message = db ? sql::lastError(db) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return makeError(Tr::tr("%1 cannot be opened: %2").arg(path, message));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    // The file may come from anyone: no SQL stored in it gets to do harm (integrity.h).
    if (auto r = integrity::hardenConnection(db); !r) {
        sqlite3_close_v2(db);
        return makeError(Tr::tr("%1 cannot be opened: %2").arg(path, r.error().message));
    }
    return db;
}

Result<void> configureConnection(sqlite3 *db, bool readOnly)
{
    // synchronous=FULL: a triage decision is durable once triage() returns.
    // The page cache is 64 MiB (kCacheSizePragma); writeVersion lowers it while it writes a large version.
    if (auto r = sql::execScript(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"); !r)
        return r;
    if (auto r = sql::execScript(db, kCacheSizePragma); !r)
        return r;
    if (!readOnly) {
        // The WAL is checkpointed in the background (Checkpointer) and cut back to 16 MiB
        // when it starts over.
        if (auto r = sql::execScript(db, "PRAGMA journal_mode = WAL; PRAGMA journal_size_limit = 16777216;"); !r)
            return r;
    }
    return {};
}

Result<void> checkTables(sqlite3 *db, const QString &shown, int schemaVersion)
{
    sql::Statement stmt(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
    if (!stmt.isValid())
        return makeError(Tr::tr("%1 is damaged: %2").arg(shown, stmt.prepareError()));
    QSet<QString> tables;
    while (stmt.step())
        tables.insert(stmt.text(0));
    if (!stmt.error().isEmpty())
        return makeError(Tr::tr("%1 is damaged: %2").arg(shown, stmt.error()));
    for (int version = 1; version <= schemaVersion; ++version) {
        for (const char *const *name = schema::requiredTablesSince(version); *name; ++name) {
            if (!tables.contains(QString::fromLatin1(*name)))
                return makeError(Tr::tr("%1 is damaged: the table \"%2\" is missing").arg(shown, QString::fromLatin1(*name)));
        }
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Project>> Project::create(const QString &path, const QString &name, const QString &actor)
{
    if (QFileInfo::exists(path))
        return makeError(Tr::tr("%1 already exists; choose another name or open it").arg(path));
    auto db = openConnection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
        return db.error();
    // The page size is fixed when the file is created (before WAL mode is switched on).
    // 8 KiB pages: fewer pages, cells and syscalls per threat than 4 KiB (a 100,000-threat
    // version is ~100 MB); 16 KiB measured no better.
    auto pageSize = sql::execScript(*db, "PRAGMA page_size = 8192");
    if (auto r = pageSize ? configureConnection(*db, false) : pageSize; !r) {
        sqlite3_close_v2(*db);
        QFile::remove(path);
        return r.error();
    }
    if (auto r = schema::migrate(*db, 0); !r) {
        sqlite3_close_v2(*db);
        QFile::remove(path);
        return r.error();
    }
    std::unique_ptr<Project> project(new Project(*db, path, false));
    project->m_name = name;

    Transaction tx(project->m_db, &project->d->headKnown);
    if (auto r = tx.begun(); !r)
        return r.error();
    sql::Statement meta(project->m_db, "INSERT INTO project (key, value) VALUES (?1, ?2)");
    const QString now = audit::formatTime(QDateTime::currentDateTimeUtc());
    const std::pair<const char *, QString> rows[] = {{"name", name},
                                                     {"created_at", now},
                                                     {"created_by", actor},
                                                     {"created_with", QStringLiteral(TW_VERSION_STRING)}};
    for (const auto &[key, value] : rows) {
        if (!meta.bind(1, QString::fromLatin1(key)).bind(2, value).exec())
            return sqlError(Tr::tr("Writing the project metadata failed"), meta.error());
    }
    const QString after = compactJson(QJsonObject{{QStringLiteral("name"), name}});
    if (auto r = project->appendAudit(actor, QStringLiteral("project.create"), QStringLiteral("project"), QString(), after, QString()); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    // Until a checkpoint the header (application id, schema version) lives in the WAL only, and
    // open() checks the main file's header before SQLite reads it: another connection (the
    // workbench's background readers) would refuse a project created a moment ago.
    (void)sql::execScript(project->m_db, "PRAGMA wal_checkpoint(PASSIVE)");
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, OpenMode mode)
{
    const QString shown = QFileInfo(path).fileName();
    auto schemaVersion = checkHeader(path);
    if (!schemaVersion)
        return schemaVersion.error();
    // A read-only open reads an older format as it is (it must not write, so it cannot
    // upgrade); what the newer format adds reads as empty. A read-write open upgrades.
    const bool readOnly = mode == OpenMode::ReadOnly;
    auto db = openConnection(path, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (!db)
        return db.error();
    if (readOnly && !sql::Statement(*db, "SELECT 1 FROM sqlite_schema LIMIT 1").step()) {
        // A WAL database on read-only media: SQLite cannot create its shared-memory file, so
        // open it as immutable instead. (Only when SQLite cannot read at all: a file refused by
        // the checks below must not get a second chance with its write-ahead log ignored.)
        sqlite3_close_v2(*db);
        const QString uri = QStringLiteral("file:%1?immutable=1").arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/")));
        db = openConnection(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        if (!db)
            return db.error();
    }
    // The schema is checked before anything is set on the connection (journal_mode writes the
    // header), so a refused file stays byte-for-byte as it was.
    auto usable = checkTables(*db, shown, *schemaVersion);
    if (usable)
        usable = integrity::checkSchema(*db, *schemaVersion, shown);
    if (usable)
        usable = configureConnection(*db, readOnly);
    if (!usable) {
        const bool environment = isWriteFailure(*db);
        // SQLite's own words for the failure: the check that met it may have called it damage.
        const QString failure = QString::fromUtf8(sqlite3_errmsg(*db));
        sqlite3_close_v2(*db);
        // A full disk or a lock is not damage: say what it is, and that nothing changed.
        if (environment)
            return makeError(Tr::tr("%1 cannot be opened for changes: %2. Nothing in it was changed.").arg(shown, failure));
        return makeError(usable.error().message.startsWith(shown)
                             ? usable.error().message
                             : Tr::tr("%1 is damaged: %2").arg(shown, usable.error().message));
    }
    if (!readOnly && *schemaVersion < schema::latestVersion()) {
        if (auto r = schema::migrate(*db, *schemaVersion); !r) {
            sqlite3_close_v2(*db);
            return r.error();
        }
    }
    std::unique_ptr<Project> project(new Project(*db, path, readOnly));
    project->m_schemaVersion = readOnly ? *schemaVersion : schema::latestVersion();
    auto name = project->metadata(QStringLiteral("name"));
    if (!name)
        return makeError(Tr::tr("%1 is damaged: %2").arg(shown, name.error().message));
    project->m_name = *name;
    return project;
}

Result<QString> Project::metadata(const QString &key) const
{
    sql::Statement stmt(m_db, "SELECT value FROM project WHERE key = ?1");
    stmt.bind(1, key);
    if (stmt.step())
        return stmt.text(0);
    if (!stmt.error().isEmpty())
        return makeError(stmt.error());
    return QString();
}

// Audit ------------------------------------------------------------------------------------

Result<void> Project::appendAudit(const QString &actor, const QString &action, const QString &subject,
                                  const QString &before, const QString &after, const QString &reason)
{
    if (m_readOnly)
        return makeError(Tr::tr("The project is open read-only"));
    // Callers inside a transaction share it (SQLite does not nest BEGIN); otherwise make one.
    const bool ownTransaction = sqlite3_get_autocommit(m_db) != 0;
    std::optional<Transaction> tx;
    if (ownTransaction) {
        tx.emplace(m_db, &d->headKnown);
        if (auto r = tx->begun(); !r)
            return r;
    }
    if (ownTransaction)
        d->headKnown = false;
    const QByteArray at = audit::formatTime(QDateTime::currentDateTimeUtc()).toLatin1();
    const QByteArray actorUtf8 = actor.toUtf8(), actionUtf8 = action.toUtf8(), subjectUtf8 = subject.toUtf8();
    QByteArray beforeUtf8, afterUtf8, reasonUtf8;
    if (auto r = d->append(at, actorUtf8, actionUtf8, subjectUtf8, utf8OrNull(before, beforeUtf8),
                           utf8OrNull(after, afterUtf8), utf8OrNull(reason, reasonUtf8));
        !r)
        return r;
    if (tx) {
        d->headKnown = false;
        return tx->commit();
    }
    return {};
}

namespace {

Result<QList<AuditEntry>> readAuditEntries(sql::Statement &stmt)
{
    QList<AuditEntry> entries;
    while (stmt.step()) {
        AuditEntry e;
        e.seq = stmt.int64(0);
        e.at = fromIsoUtc(stmt.text(1));
        e.actor = stmt.text(2);
        e.action = stmt.text(3);
        e.subject = stmt.text(4);
        e.before = stmt.text(5);
        e.after = stmt.text(6);
        e.reason = stmt.text(7);
        e.prevHash = stmt.text(8);
        e.hash = stmt.text(9);
        entries.append(e);
    }
    if (!stmt.error().isEmpty())
        return sqlError(Tr::tr("Reading the audit trail failed"), stmt.error());
    return entries;
}

} // namespace

Result<QList<AuditEntry>> Project::auditTrail(const QString &subject, int limit) const
{
    sql::Statement stmt(m_db, subject.isEmpty()
                                  ? "SELECT seq, at, actor, action, subject, before, after, reason, prev_hash, hash "
                                    "FROM audit ORDER BY seq LIMIT ?2"
                                  : "SELECT seq, at, actor, action, subject, before, after, reason, prev_hash, hash "
                                    "FROM audit WHERE subject = ?1 ORDER BY seq LIMIT ?2");
    if (!subject.isEmpty())
        stmt.bind(1, subject);
    stmt.bind(2, qint64(limit));
    return readAuditEntries(stmt);
}

Result<QList<AuditEntry>> Project::auditTrailAfter(qint64 seq) const
{
    sql::Statement stmt(m_db, "SELECT seq, at, actor, action, subject, before, after, reason, prev_hash, hash "
                              "FROM audit WHERE seq > ?1 ORDER BY seq");
    stmt.bind(1, seq);
    return readAuditEntries(stmt);
}

Result<qint64> Project::auditCount() const
{
    sql::Statement stmt(m_db, "SELECT count(*) FROM audit");
    if (stmt.step())
        return stmt.int64(0);
    return sqlError(Tr::tr("Reading the audit trail failed"), stmt.error());
}

Result<AuditVerification> Project::verifyAudit() const
{
    // The canonical form comes from SQLite itself, the same expression docs/project-file.md
    // gives for checking by hand, so the tool and a person verify the very same bytes.
    sql::Statement stmt(m_db, "SELECT seq, prev_hash, hash, json_array(seq, at, actor, action, subject, before, after, reason), "
                              "typeof(seq) FROM audit ORDER BY seq");
    if (!stmt.isValid())
        return sqlError(Tr::tr("Reading the audit trail failed"), stmt.prepareError());
    AuditVerification v;
    QString expectedPrev = audit::genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&v](qint64 seq, const QString &problem) {
        v.ok = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    while (stmt.step()) {
        const qint64 seq = stmt.int64(0);
        ++v.entries;
        const QString prev = stmt.text(1);
        const QString stored = stmt.text(2);
        if (seq != expectedSeq) {
            fail(expectedSeq, Tr::tr("entry %1 is missing (the next entry is %2)").arg(expectedSeq).arg(seq));
            break;
        }
        if (prev != expectedPrev) {
            fail(seq, Tr::tr("entry %1 does not link to the entry before it").arg(seq));
            break;
        }
        const QString computed = audit::chainHash(prev, stmt.textView(3));
        if (computed != stored) {
            fail(seq, Tr::tr("entry %1 was changed after it was written (its hash does not match its content)").arg(seq));
            break;
        }
        expectedPrev = stored;
        ++expectedSeq;
    }
    if (!stmt.error().isEmpty())
        return sqlError(Tr::tr("Reading the audit trail failed"), stmt.error());
    if (v.ok && v.entries == 0)
        fail(1, Tr::tr("the audit trail is empty: the project's creation must be its first entry"));
    return v;
}

// Versions ---------------------------------------------------------------------------------

Result<qint64> Project::latestVersionId() const
{
    sql::Statement stmt(m_db, "SELECT coalesce(max(id), 0) FROM versions");
    if (stmt.step())
        return stmt.int64(0);
    return sqlError(Tr::tr("Reading the versions failed"), stmt.error());
}

namespace {

/** Each version's row, counts included, without its inputs; `only` > 0: that version alone. */
Result<QList<VersionInfo>> listVersions(sqlite3 *db, qint64 only)
{
    sql::Statement stmt(db,
                        only > 0 ? "SELECT v.id, v.created_at, v.author, v.message, v.git_revision, "
                                   "(SELECT count(*) FROM elements e WHERE e.version_id = v.id AND e.kind = 'component'), "
                                   "(SELECT count(*) FROM threats t WHERE t.version_id = v.id AND t.resolved = 0) "
                                   "FROM versions v WHERE v.id = ?1"
                                 : "SELECT v.id, v.created_at, v.author, v.message, v.git_revision, "
                                   "(SELECT count(*) FROM elements e WHERE e.version_id = v.id AND e.kind = 'component'), "
                                   "(SELECT count(*) FROM threats t WHERE t.version_id = v.id AND t.resolved = 0) "
                                   "FROM versions v ORDER BY v.id");
    if (only > 0)
        stmt.bind(1, only);
    QList<VersionInfo> list;
    while (stmt.step()) {
        VersionInfo info;
        info.id = stmt.int64(0);
        info.createdAt = fromIsoUtc(stmt.text(1));
        info.author = stmt.text(2);
        info.message = stmt.text(3);
        info.gitRevision = stmt.text(4);
        info.componentCount = stmt.int64(5);
        info.threatCount = stmt.int64(6);
        list.append(info);
    }
    if (!stmt.error().isEmpty())
        return sqlError(Tr::tr("Reading the versions failed"), stmt.error());
    return list;
}

} // namespace

Result<QList<VersionInfo>> Project::versions() const
{
    auto list = listVersions(m_db, 0);
    if (!list)
        return list.error();
    for (VersionInfo &info : *list) {
        auto inputs = versionInputs(info.id);
        if (!inputs)
            return inputs.error();
        info.inputs = std::move(inputs).value();
    }
    return list;
}

Result<QList<VersionInfo>> Project::versionSummaries() const
{
    return listVersions(m_db, 0);
}

Result<QList<InputDigest>> Project::versionInputs(qint64 id) const
{
    sql::Statement inputs(m_db, "SELECT path, kind, digest FROM version_inputs WHERE version_id = ?1 ORDER BY path");
    inputs.bind(1, id);
    QList<InputDigest> list;
    while (inputs.step())
        list.append(InputDigest{inputs.text(0), inputs.text(1), inputs.text(2)});
    if (!inputs.error().isEmpty())
        return sqlError(Tr::tr("Reading the versions failed"), inputs.error());
    return list;
}

Result<VersionInfo> Project::version(qint64 id) const
{
    // One version's row and inputs, not every version's: a scan builds on the newest one.
    auto one = listVersions(m_db, id);
    if (!one)
        return one.error();
    if (one->isEmpty())
        return makeError(Tr::tr("There is no version %1 in this project").arg(id));
    VersionInfo info = one->first();
    auto inputs = versionInputs(id);
    if (!inputs)
        return inputs.error();
    info.inputs = std::move(inputs).value();
    return info;
}

Result<qint64> Project::createVersion(const SystemModel &model, const VersionMeta &meta)
{
    // A failed write (a full disk, an I/O error, a lock) rolls the whole transaction back:
    // say so, so that nobody thinks half an import was kept.
    auto written = writeVersion(model, meta);
    if (!written && !m_readOnly)
        return makeError(Tr::tr("The new version was not saved; the project still holds its last saved version. %1")
                             .arg(written.errorString()));
    return written;
}

Result<qint64> Project::writeVersion(const SystemModel &model, const VersionMeta &meta)
{
    if (m_readOnly)
        return makeError(Tr::tr("The project is open read-only"));
    // Foreign keys are not checked row by row while a version is written: each reference it
    // writes is to a row made or found in the same transaction (the version, the shared texts)
    // or is copied from a row checked when it was written (a carried threat), and the checks
    // were ~6 % of a 100,000-threat write. The pragma does nothing inside a transaction, so it
    // is switched around it; tst_store runs foreign_key_check on written files.
    const PragmaWhile foreignKeysOff(m_db, "PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON"); // ends after the transaction
    Transaction tx(m_db, &d->headKnown);
    if (auto r = tx.begun(); !r)
        return r.error();

    auto previous = latestVersionId();
    if (!previous)
        return previous.error();
    const qint64 prev = *previous;

    sql::Statement insertVersion(m_db, "INSERT INTO versions (created_at, author, message, git_revision, parent_id) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5)");
    const QString createdAt = audit::formatTime(QDateTime::currentDateTimeUtc());
    insertVersion.bind(1, createdAt)
        .bind(2, meta.author)
        .bind(3, meta.message)
        .bindTextOrNull(4, meta.gitRevision.isEmpty() ? QString() : meta.gitRevision);
    if (prev > 0)
        insertVersion.bind(5, prev);
    else
        insertVersion.bindNull(5);
    if (!insertVersion.exec())
        return sqlError(Tr::tr("Creating the version failed"), insertVersion.error());
    const qint64 versionId = sqlite3_last_insert_rowid(m_db);

    sql::Statement insertInput(m_db, "INSERT INTO version_inputs (version_id, path, kind, digest) VALUES (?1, ?2, ?3, ?4)");
    for (const InputDigest &input : meta.inputs) {
        if (!insertInput.bind(1, versionId).bind(2, input.path).bind(3, input.kind).bind(4, input.digest).exec())
            return sqlError(Tr::tr("Recording the inputs failed"), insertInput.error());
    }

    // Threats are written in fingerprint order: the (version_id, fingerprint) index and the
    // threat.suggested entries' (subject, seq) index then grow at their ends instead of at
    // random places, and the previous version (read in the same order) is merged in one pass
    // to find what is new and what vanished. The same finding twice in one model is one
    // threat: the first occurrence wins.
    struct Row
    {
        /// The fingerprint's first 16 bytes, zero-padded, as two big-endian integers: sorting
        /// 100,000 hash fingerprints through their heap copies took 150 ms of cache misses,
        /// comparing 16-byte prefixes with memcmp 17 ms, comparing these first 11 ms.
        quint64 key[2];
        const Threat *threat;
        QByteArray fingerprint; ///< UTF-8
    };
    std::vector<Row> rows;
    rows.reserve(size_t(model.threats.size()));
    for (qsizetype i = 0; i < model.threats.size(); ++i) {
        const Threat &t = model.threats[i];
        if (i + 8 < model.threats.size()) // the strings are scattered over the heap
            __builtin_prefetch(model.threats[i + 8].fingerprint.constData());
        if (t.fingerprint.isEmpty())
            return makeError(Tr::tr("A threat without a fingerprint cannot be stored (%1)").arg(t.title));
        QByteArray fingerprint = t.fingerprint.toUtf8();
        char prefix[16] = {};
        std::memcpy(prefix, fingerprint.constData(), std::min(sizeof prefix, size_t(fingerprint.size())));
        rows.push_back(Row{{qFromBigEndian<quint64>(prefix), qFromBigEndian<quint64>(prefix + 8)}, &t, std::move(fingerprint)});
    }
    // Byte order of the UTF-8 form is SQLite's BINARY collation, the order of the index; equal
    // fingerprints keep the model's order (the threats are one array).
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.key[0] != b.key[0])
            return a.key[0] < b.key[0];
        if (a.key[1] != b.key[1])
            return a.key[1] < b.key[1];
        const int c = std::string_view(a.fingerprint.constData(), size_t(a.fingerprint.size()))
                          .compare(std::string_view(b.fingerprint.constData(), size_t(b.fingerprint.size())));
        return c < 0 || (c == 0 && a.threat < b.threat);
    });
    rows.erase(std::unique(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.fingerprint == b.fingerprint; }),
               rows.end());

    // Feedback (docs/rules.md): suppressions in force dismiss what they match, and findings like
    // ones people dismissed are ranked lower. Both work on a copy, made only when there is any.
    QList<Threat> adjusted;
    QHash<QByteArray, qint64> suppressedBy;  // fingerprint → suppression, in this version
    QHash<QByteArray, qint64> suppressedBefore; // the same for the previous version
    std::optional<analysis::ElementKinds> kinds;
    {
        auto all = suppressions();
        if (!all)
            return all.error();
        const analysis::SuppressionMatcher matcher(*all, fromIsoUtc(createdAt));
        QSet<QString> decided;
        sql::Statement decisions(m_db, "SELECT fingerprint FROM decisions");
        while (decisions.step())
            decided.insert(decisions.text(0));
        QList<analysis::DismissedFinding> history;
        if (prev > 0) {
            // Dismissals of findings the previous version had: a dismissed finding is compared
            // by its rule, STRIDE category and the kind of its first target.
            sql::Statement dismissed(m_db, "SELECT t.fingerprint, t.rule_id, t.stride, t.payload, d.justification "
                                           "FROM decisions d JOIN threats t ON t.version_id = ?1 AND t.fingerprint = d.fingerprint "
                                           "WHERE d.status = 'dismissed'");
            dismissed.bind(1, prev);
            while (dismissed.step()) {
                const QJsonArray targets = parseObject(dismissed.textView(3)).value(QStringLiteral("targets")).toArray();
                const auto stride = enumFromName<Stride>(dismissed.text(2));
                if (targets.isEmpty() || !stride)
                    continue;
                history.append(analysis::DismissedFinding{dismissed.text(0), dismissed.text(1), *stride,
                                                          targets.first().toString(), dismissed.text(4)});
            }
            if (!dismissed.error().isEmpty())
                return sqlError(Tr::tr("Reading the triage history failed"), dismissed.error());
            sql::Statement before(m_db, "SELECT fingerprint, suppression_id FROM suppressed_threats WHERE version_id = ?1");
            before.bind(1, prev);
            while (before.step())
                suppressedBefore.insert(before.textView(0).toByteArray(), before.int64(1));
        }
        if (!matcher.isEmpty() || !history.isEmpty()) {
            kinds.emplace(model);
            for (analysis::DismissedFinding &h : history)
                h.kindKey = kinds->kindOf(h.kindKey); // the target id → its kind in the new model
            adjusted = model.threats;
            for (Row &row : rows)
                row.threat = &adjusted[row.threat - model.threats.constData()];
            if (!matcher.isEmpty()) {
                for (const Row &row : rows) {
                    if (decided.contains(row.threat->fingerprint))
                        continue;
                    if (const qint64 id = matcher.match(*row.threat, *kinds)) {
                        suppressedBy.insert(row.fingerprint, id);
                        decided.insert(row.threat->fingerprint);
                    }
                }
            }
            analysis::applyTriageHistory(adjusted, *kinds, history, decided);
        }
    }

    struct Previous
    {
        QByteArray fingerprint;
        bool manual; ///< kept as it is: recorded by a person, or suggested by a provider whose targets still exist
        QString title;
    };
    std::vector<Previous> previousActive;
    {
        // Suggestions of a provider (origin llm:…) are not re-made by the analysis: they stay
        // while every element they are about is still in the model.
        QSet<QString> ids;
        bool idsKnown = false;
        sql::Statement stmt(m_db, "SELECT fingerprint, origin = 'manual', title, origin LIKE 'llm:%', "
                                  "CASE WHEN origin LIKE 'llm:%' THEN payload END FROM threats "
                                  "WHERE version_id = ?1 AND resolved = 0 ORDER BY fingerprint");
        stmt.bind(1, prev);
        while (stmt.step()) {
            bool keep = stmt.int64(1) != 0;
            if (stmt.int64(3) != 0) {
                if (!idsKnown) {
                    for (const Component &c : model.components)
                        ids.insert(c.id);
                    for (const TrustBoundary &b : model.boundaries)
                        ids.insert(b.id);
                    for (const EntryPoint &e : model.entryPoints)
                        ids.insert(e.id);
                    for (const DataFlow &f : model.flows)
                        ids.insert(f.id);
                    for (const DataAsset &a : model.assets)
                        ids.insert(a.id);
                    idsKnown = true;
                }
                const QJsonArray targets = parseObject(stmt.textView(4)).value(QStringLiteral("targets")).toArray();
                keep = !targets.isEmpty()
                    && std::all_of(targets.begin(), targets.end(), [&](const QJsonValue &v) { return ids.contains(v.toString()); });
            }
            previousActive.push_back(Previous{stmt.textView(0).toByteArray(), keep, stmt.text(2)});
        }
        if (!stmt.error().isEmpty())
            return sqlError(Tr::tr("Reading the previous version failed"), stmt.error());
    }

    sql::Statement insertThreat(m_db, "INSERT INTO threats (version_id, fingerprint, rule_id, origin, stride, severity, score, "
                                      "title, is_new, resolved, texts, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11)");
    sql::Statement carry(m_db, "INSERT INTO threats (version_id, fingerprint, rule_id, origin, stride, severity, score, title, "
                               "is_new, resolved, texts, payload) SELECT ?1, fingerprint, rule_id, origin, stride, severity, score, "
                               "title, 0, ?3, texts, payload FROM threats WHERE version_id = ?2 AND fingerprint = ?4");
    sql::Statement insertSuppressed(m_db, "INSERT INTO suppressed_threats (version_id, fingerprint, suppression_id) "
                                          "VALUES (?1, ?2, ?3)");
    QHash<qint64, QByteArray> suppressionReasons;
    if (!suppressedBy.isEmpty()) {
        sql::Statement reasons(m_db, "SELECT id, reason FROM suppressions");
        while (reasons.step())
            suppressionReasons.insert(reasons.int64(0), reasons.textView(1).toByteArray());
    }
    static const QByteArray suppressedAction("threat.suppressed");

    // The steps in fingerprint order: store a finding of this model (new or not), or carry a
    // finding of the previous version forward. Manual threats stay until a person changes them;
    // vanished findings are closed, never silently deleted.
    struct Step
    {
        const Row *row = nullptr;           ///< store this model's finding …
        const Previous *previous = nullptr; ///< … or carry the previous version's forward
        bool isNew = false;
        qint64 suppression = 0;          ///< the suppression covering this finding, if any
        bool auditSuppression = false;   ///< … audited when it starts covering it
        bool audited() const { return row ? isNew : !previous->manual; }
    };
    std::vector<Step> steps;
    steps.reserve(rows.size() + previousActive.size());
    {
        auto previousIt = previousActive.cbegin();
        for (const Row &row : rows) {
            for (; previousIt != previousActive.cend() && previousIt->fingerprint < row.fingerprint; ++previousIt)
                steps.push_back(Step{nullptr, &*previousIt, false});
            const bool isNew = previousIt == previousActive.cend() || previousIt->fingerprint != row.fingerprint;
            if (!isNew)
                ++previousIt;
            Step step{&row, nullptr, isNew};
            step.suppression = suppressedBy.value(row.fingerprint);
            // Audited when it starts: a new finding, or one the suppression did not cover before.
            step.auditSuppression = step.suppression && (isNew || suppressedBefore.value(row.fingerprint) != step.suppression);
            steps.push_back(step);
        }
        for (; previousIt != previousActive.cend(); ++previousIt)
            steps.push_back(Step{nullptr, &*previousIt, false});
    }
    if (auto r = d->knowHead(); !r)
        return r.error();

    // Every entry of this transaction carries the version's time; the UTF-8 forms of the
    // repeated parts are made once.
    const QByteArray at = createdAt.toLatin1();
    const QByteArray author = meta.author.toUtf8();
    static const QByteArray suggestedAction("threat.suggested"), resolvedAction("threat.resolved-by-change");
    static const QByteArray strideNames[] = {
        enumName(Stride::Spoofing).toUtf8(), enumName(Stride::Tampering).toUtf8(), enumName(Stride::Repudiation).toUtf8(),
        enumName(Stride::InformationDisclosure).toUtf8(), enumName(Stride::DenialOfService).toUtf8(),
        enumName(Stride::ElevationOfPrivilege).toUtf8()};
    const QByteArray resolvedReason = Tr::tr("The finding is no longer present in version %1").arg(versionId).toUtf8();
    QByteArray resolvedAfter;
    {
        JsonWriter w(128);
        w.beginObject().field("version", versionId).field("status", enumName(ThreatStatus::ResolvedByChange)).endObject();
        resolvedAfter = w.bytes();
    }

    // What each step writes is made ready in two passes.
    //
    // 1. Serialising: each stored threat's JSON payload, UTF-8 columns and audit document, into
    //    one contiguous record. This pass visits the threats in the model's order, not in
    //    fingerprint order: a threat's strings and lists were allocated together, so in the
    //    model's order they are read nearly sequentially, and in fingerprint order (random in
    //    memory) each threat was a chain of cache misses that prefetching did not hide. With
    //    100,000 engine-shaped threats the write's CPU fell by ~0.3 s (docs/performance.md,
    //    "the threats in the model's order"). The rows are serialised in stages (below): the
    //    first by both threads before the inserts begin, the others by the preparer while the
    //    inserts go on.
    // 2. Chaining (the preparer, in fingerprint order, a few chunks ahead of the inserts): each
    //    audit entry's place in the hash chain. It reads only the records.
    struct PreparedRow
    {
        QByteArrayView payload, ruleId, origin, title, strideName, after;
        QByteArrayView subject; ///< "threat:" and the fingerprint
        double score = 0;
        qint32 severity = 0;
        qint32 texts = -1; ///< the threat's texts: an index into its thread's part of textIds
        qint32 worker = 0;
        size_t bytes = 0; ///< the record's size, with the bytes the views above point to
        QByteArrayView fingerprint() const { return subject.sliced(7); }
    };
    struct Chained
    {
        char hash[64];
        QByteArray subject;         ///< a carried step's (a stored one's is in its record)
        QByteArray suppressedAfter; ///< the threat.suppressed entry's, when the step has one
        char suppressedHash[64];
    };
    const Threat *const threatBase = adjusted.isEmpty() ? model.threats.constData() : adjusted.constData();
    const qsizetype threatSlots = adjusted.isEmpty() ? model.threats.size() : adjusted.size();
    std::vector<qint32> rowOfThreat(size_t(threatSlots), -1);
    for (size_t k = 0; k < rows.size(); ++k)
        rowOfThreat[size_t(rows[k].threat - threatBase)] = qint32(k);
    std::vector<bool> rowIsNew(rows.size());
    for (const Step &step : steps) {
        if (step.row)
            rowIsNew[size_t(step.row - rows.data())] = step.isNew;
    }
    std::vector<const PreparedRow *> prepared(rows.size());

    // The records go to one arena per range of rows in fingerprint order (a bucket), so that
    // the inserts, which read them in that order, find each bucket's records in a megabyte or
    // two instead of anywhere in 120 MB (the inserting thread's CPU 516 → 486 ms, 6
    // alternating runs; with one arena its reads stalled on the records even when prefetched).
    const size_t buckets = std::clamp<size_t>(rows.size() / 1024, 1, 256);
    const size_t rowsPerBucket = std::max<size_t>(1, (rows.size() + buckets - 1) / buckets);
    struct Serialiser
    {
        std::vector<ByteArena> arenas;
        JsonWriter payload{1024}, after{256};
        QHash<TextsIdentity, qint32> textIndex;
        /// The first threat of each of its texts, by the stage where the thread met it.
        std::vector<std::vector<const Threat *>> newTexts;
        QByteArray ruleId, origin, title, stride, fingerprint;
    };
    constexpr int kWorkers = 2; // this thread and the preparer
    std::array<Serialiser, kWorkers> serialisers;
    // The rows in stages of whole buckets: both threads serialise the first stage before the
    // inserts begin; the preparer serialises the others while the inserts go on, each in one
    // pass over the model that skips the other stages' threats. Three stages: the inserts wait
    // for a third of the work instead of all of it (engine-shaped 0.66-0.89 → 0.59-0.63 s, 6
    // alternating runs); with two they waited longer, with five the sparser passes cost more.
    constexpr size_t kLargeStages = 3;
    const size_t stages = rows.size() >= 8 * 1024 ? kLargeStages : 1;
    const size_t rowsPerStage = (buckets + stages - 1) / stages * rowsPerBucket;
    const auto stageOf = [rowsPerStage](size_t row) { return row / rowsPerStage; };
    for (Serialiser &s : serialisers) {
        s.arenas.reserve(buckets);
        for (size_t b = 0; b < buckets; ++b)
            s.arenas.emplace_back(size_t(256) << 10);
        s.newTexts.resize(stages);
    }
    constexpr qsizetype kBlock = 1024;
    std::atomic<qsizetype> nextBlock{0}; ///< of the first stage, which both threads serialise
    std::atomic<bool> stopSerialising{false}; ///< this thread is leaving with an error
    auto serialiseBlock = [&](int worker, size_t stage, qsizetype first) {
        Serialiser &s = serialisers[size_t(worker)];
        const qsizetype last = std::min(threatSlots, first + kBlock);
        const auto inStage = [&](qsizetype i) {
            const qint32 k = rowOfThreat[size_t(i)];
            return k >= 0 && stageOf(size_t(k)) == stage; // not a repeat of an earlier finding, nor another stage's
        };
        for (qsizetype i = first; i < last; ++i) {
            if (!inStage(i))
                continue;
            const qint32 k = rowOfThreat[size_t(i)];
            const Threat &t = threatBase[i];
            for (const auto &[ahead, level] : {std::pair{qsizetype(16), 0}, {qsizetype(8), 1}, {qsizetype(4), 2}}) {
                if (i + ahead < last && inStage(i + ahead))
                    prefetchThreat(threatBase[i + ahead], level);
            }
            const TextsIdentity identity = TextsIdentity::of(t);
            auto known = s.textIndex.constFind(identity);
            if (known == s.textIndex.cend()) {
                known = s.textIndex.insert(identity, qint32(s.textIndex.size()));
                s.newTexts[stage].push_back(&t);
            }
            s.ruleId = t.ruleId.toUtf8();
            s.origin = t.origin.toUtf8();
            s.title = t.title.toUtf8();
            const auto strideIndex = size_t(t.stride);
            if (strideIndex >= std::size(strideNames))
                s.stride = enumName(t.stride).toUtf8();
            const QByteArrayView stride = strideIndex < std::size(strideNames) ? QByteArrayView(strideNames[strideIndex]) : s.stride;
            writeThreatPayload(s.payload, t);
            s.after.clear();
            if (rowIsNew[size_t(k)]) {
                s.after.beginObject().field("version", versionId).field("title", t.title).field("rule", t.ruleId);
                s.after.field("severity", enumName(t.severity)).endObject();
            }
            // The fingerprint as the row has it, made again from the threat: the rows
            // are in fingerprint order, and reading one here was a cache miss.
            s.fingerprint = t.fingerprint.toUtf8();
            const QByteArray &fingerprint = s.fingerprint;
            // One contiguous record: the inserts fetch it whole, a few steps ahead.
            const size_t bytes = sizeof(PreparedRow) + size_t(s.ruleId.size() + s.origin.size() + s.title.size() + stride.size()
                                                              + s.payload.bytes().size() + s.after.bytes().size() + 7
                                                              + fingerprint.size());
            char *record = s.arenas[size_t(k) / rowsPerBucket].allocate(bytes, alignof(PreparedRow));
            auto *r = new (record) PreparedRow;
            char *next = record + sizeof(PreparedRow);
            auto keep = [&next](QByteArrayView part) {
                std::memcpy(next, part.data(), size_t(part.size()));
                next += part.size();
                return QByteArrayView(next - part.size(), part.size());
            };
            r->ruleId = keep(s.ruleId);
            r->origin = keep(s.origin);
            r->title = keep(s.title);
            r->strideName = keep(stride);
            r->payload = keep(s.payload.bytes());
            r->after = keep(s.after.bytes());
            const char *subject = next;
            keep("threat:");
            keep(fingerprint);
            r->subject = QByteArrayView(subject, next - subject);
            r->score = t.score;
            r->severity = qint32(t.severity);
            r->texts = *known;
            r->worker = worker;
            r->bytes = bytes;
            prepared[size_t(k)] = r;
        }
    };
    auto serialiseFirstStage = [&](int worker) {
        for (;;) {
            const qsizetype first = nextBlock.fetch_add(kBlock, std::memory_order_relaxed);
            if (first >= threatSlots || stopSerialising.load(std::memory_order_relaxed))
                return;
            serialiseBlock(worker, 0, first);
        }
    };

    constexpr size_t kChunk = 2048;
    constexpr size_t kAhead = 4;
    const size_t chunkCount = (steps.size() + kChunk - 1) / kChunk;
    std::vector<std::vector<Chained>> chunks(chunkCount);
    std::mutex mutex;
    std::condition_variable changed;
    int serialised = 0; ///< threads done with the first stage
    size_t chainedChunks = 0, insertedChunks = 0;
    bool abandon = false;
    // A chunk is chained once every row in it has its record: the last stage among its rows.
    std::vector<size_t> chunkStage(chunkCount, 0);
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].row)
            chunkStage[i / kChunk] = std::max(chunkStage[i / kChunk], stageOf(size_t(steps[i].row - rows.data())));
    }

    auto prepareAll = [&, firstSeq = d->headSeq + 1, headHash = d->headHash] {
        serialiseFirstStage(1);
        {
            std::unique_lock lock(mutex);
            ++serialised;
            changed.notify_all();
            changed.wait(lock, [&] { return abandon || serialised == kWorkers; });
            if (abandon)
                return;
        }
        QByteArray canonical, prevHash = headHash;
        JsonWriter after(256);
        qint64 seq = firstSeq;
        size_t freed = 0;
        size_t stagesDone = 1;
        qsizetype stageBlock = 0; ///< the next block of the model to scan for stage stagesDone
        for (size_t c = 0; c < chunkCount; ++c) {
            // Serialise the later stages' blocks while the inserts are far enough behind, or
            // while this chunk's rows are not all serialised yet.
            size_t inserted = 0;
            for (;;) {
                bool ahead = false;
                {
                    std::unique_lock lock(mutex);
                    if (abandon)
                        return;
                    ahead = c >= insertedChunks + kAhead;
                    if (ahead && stagesDone == stages) {
                        changed.wait(lock, [&] { return abandon || c < insertedChunks + kAhead; });
                        if (abandon)
                            return;
                        ahead = false;
                    }
                    inserted = insertedChunks;
                }
                if (!ahead && chunkStage[c] < stagesDone)
                    break;
                serialiseBlock(1, stagesDone, stageBlock);
                stageBlock += kBlock;
                if (stageBlock >= threatSlots) {
                    ++stagesDone;
                    stageBlock = 0;
                }
            }
            // The chunks the inserts are done with are freed here, by the thread that made them.
            for (; freed < inserted; ++freed)
                std::vector<Chained>().swap(chunks[freed]);
            std::vector<Chained> &chunk = chunks[c];
            const size_t end = std::min(steps.size(), (c + 1) * kChunk);
            chunk.resize(end - c * kChunk);
            for (size_t i = c * kChunk; i < end; ++i) {
                const Step &step = steps[i];
                if (!step.audited() && !step.auditSuppression)
                    continue;
                if (i + 4 < end && steps[i + 4].row)
                    __builtin_prefetch(prepared[size_t(steps[i + 4].row - rows.data())]);
                Chained &p = chunk[i - c * kChunk];
                QByteArrayView subject, afterJson;
                if (step.row) {
                    const PreparedRow &r = *prepared[size_t(step.row - rows.data())];
                    subject = r.subject;
                    afterJson = r.after;
                } else {
                    p.subject.reserve(7 + step.previous->fingerprint.size());
                    p.subject.append("threat:", 7).append(step.previous->fingerprint);
                    subject = p.subject;
                    afterJson = resolvedAfter;
                }
                if (step.auditSuppression) {
                    after.clear();
                    after.beginObject().field("version", versionId).field("suppression", step.suppression);
                    after.field("status", enumName(ThreatStatus::Dismissed)).endObject();
                    p.suppressedAfter = QByteArray(after.bytes().constData(), after.bytes().size());
                    canonical.resize(0);
                    audit::appendCanonical(canonical, seq++, at,
                                           {author, suppressedAction, subject, std::nullopt, p.suppressedAfter,
                                            Utf8OrNull(suppressionReasons.value(step.suppression))});
                    audit::chainHashHex(prevHash, canonical, p.suppressedHash);
                    prevHash = QByteArray(p.suppressedHash, 64);
                }
                if (!step.audited())
                    continue;
                canonical.resize(0);
                const Utf8OrNull reason = step.row ? Utf8OrNull() : Utf8OrNull(resolvedReason);
                audit::appendCanonical(canonical, seq++, at,
                                       {author, step.row ? suggestedAction : resolvedAction, subject, std::nullopt, afterJson, reason});
                audit::chainHashHex(prevHash, canonical, p.hash);
                prevHash = QByteArray(p.hash, 64);
            }
            {
                std::lock_guard lock(mutex);
                chainedChunks = c + 1;
            }
            changed.notify_all();
        }
    };
    std::thread preparer(prepareAll);
    // Joined on every way out; an error stops the preparer at its next chunk.
    struct Joiner
    {
        std::thread &thread;
        std::mutex &mutex;
        std::condition_variable &changed;
        bool &abandon;
        std::atomic<bool> &stopSerialising;
        ~Joiner()
        {
            stopSerialising = true;
            {
                std::lock_guard lock(mutex);
                abandon = true;
            }
            changed.notify_all();
            thread.join();
        }
    } joiner{preparer, mutex, changed, abandon, stopSerialising};
    serialiseFirstStage(0);
    {
        std::lock_guard lock(mutex);
        ++serialised;
    }
    changed.notify_all();

    // The elements and import problems too: the preparer does not need them.
    sql::Statement insertElement(m_db, "INSERT INTO elements (version_id, kind, id, name, payload) VALUES (?1, ?2, ?3, ?4, ?5)");
    auto storeElements = [&](const auto &list, int kindIndex) -> Result<void> {
        const QString kind = elementKindName(kindIndex);
        for (const auto &element : list) {
            QString name;
            if constexpr (requires { element.name; })
                name = element.name;
            insertElement.bind(1, versionId).bind(2, kind).bind(3, element.id).bind(4, name).bind(5, QByteArrayView(elementPayload(element)));
            if (!insertElement.exec())
                return sqlError(Tr::tr("Storing %1 \"%2\" failed").arg(kind, element.id), insertElement.error());
        }
        return {};
    };
    for (auto r : {storeElements(model.components, 0), storeElements(model.boundaries, 1),
                   storeElements(model.entryPoints, 2), storeElements(model.flows, 3), storeElements(model.assets, 4)}) {
        if (!r)
            return r.error();
    }

    sql::Statement insertDiagnostic(m_db, "INSERT INTO diagnostics (version_id, seq, payload) VALUES (?1, ?2, ?3)");
    for (qsizetype i = 0; i < model.diagnostics.size(); ++i) {
        if (!insertDiagnostic.bind(1, versionId).bind(2, qint64(i)).bind(3, QByteArrayView(elementPayload(model.diagnostics[i]))).exec())
            return sqlError(Tr::tr("Storing the import problems failed"), insertDiagnostic.error());
    }

    // A large version spills pages to the WAL long before COMMIT, and COMMIT's sync would then
    // write all of them: syncing what has reached the WAL while the inserts go on leaves the
    // final sync only the rest (about 2.5 ms per MB on this disk). Early syncs are harmless:
    // frames without their commit frame are ignored after a crash.
    // A smaller page cache meanwhile makes SQLite spill more of the finished pages early, to
    // be synced in the background, and leaves less to COMMIT: with 16 MiB instead of 64 the
    // write was faster in 16 of 18 paired bench_store runs (8 MiB was slower: pages still being
    // filled were spilled too). But it must hold the pages still being written to, the rank
    // index's above all (its entries land at random places, ~50 bytes per threat): a page
    // spilled and changed again is rewritten in place, and COMMIT then re-checksums every WAL
    // frame from the first such one on, one read and one write per frame. With threats the
    // size the engine writes (~770 bytes stored), 16 MiB made COMMIT take 210 ms instead of 35;
    // 24 MiB per 100,000 threats avoids it (engine-shaped 0.77-0.86 s against 1.00-1.02 s,
    // the lighter synthetic ones unchanged).
    store::WalSyncer *presync = nullptr;
    std::optional<PragmaWhile> smallerCache;
    QByteArray smallerCachePragma;
    if (chunkCount > 4 && !d->syncer) {
        if (!d->presync)
            d->presync = std::make_unique<store::WalSyncer>(sqlite3_filename_wal(sqlite3_db_filename(m_db, "main")));
        presync = d->presync.get();
        const qint64 kib = std::clamp<qint64>(qint64(steps.size()) * 240 / 1024, 24 * 1024, 64 * 1024);
        smallerCachePragma = "PRAGMA cache_size = -" + QByteArray::number(kib);
        smallerCache.emplace(m_db, smallerCachePragma.constData(), kCacheSizePragma);
    }
    qint64 newCount = 0;
    qint64 resolvedCount = 0;
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return serialised == kWorkers; });
    }
    std::array<std::vector<qint64>, kWorkers> textIds;
    size_t releasedBuckets = 0;
    TextStore texts(m_db);
    // The texts met in a stage are stored before its first insert (that needs the connection);
    // a stage's records are all made once a chunk with its rows has been chained.
    size_t storedStages = 0;
    auto storeTexts = [&](size_t upToStage) -> Result<void> {
        for (; storedStages <= upToStage; ++storedStages) {
            for (int w = 0; w < kWorkers; ++w) {
                for (const Threat *t : serialisers[size_t(w)].newTexts[storedStages]) {
                    auto id = texts.storeByValue(*t);
                    if (!id)
                        return id.error();
                    textIds[size_t(w)].push_back(*id);
                }
            }
        }
        return {};
    };
    if (auto r = storeTexts(0); !r)
        return r.error();
    for (size_t c = 0; c < chunkCount; ++c) {
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return c < chainedChunks; });
        }
        const std::vector<Chained> &chunk = chunks[c];
        for (size_t j = 0; j < chunk.size(); ++j) {
            const Step &step = steps[c * kChunk + j];
            const Chained &p = chunk[j];
            // The records are in the model's order, read here in fingerprint order: the header
            // eight steps ahead, the rest (~1 KB, contiguous) four ahead.
            if (j + 8 < chunk.size() && steps[c * kChunk + j + 8].row)
                __builtin_prefetch(prepared[size_t(steps[c * kChunk + j + 8].row - rows.data())]);
            if (j + 4 < chunk.size() && steps[c * kChunk + j + 4].row) {
                const PreparedRow *ahead = prepared[size_t(steps[c * kChunk + j + 4].row - rows.data())];
                prefetchSpan(ahead, ahead->bytes);
            }
            QByteArrayView subject = p.subject, after = resolvedAfter;
            // The buckets the inserts are done with are freed at once: the page cache, which
            // grows while the first buckets are inserted, takes their memory instead of fresh
            // pages (a fresh 2 MiB cost 1.4-3.7 ms of zeroing on this VM; the inserts' CPU
            // fell by ~45 ms).
            for (const size_t bucket = step.row ? size_t(step.row - rows.data()) / rowsPerBucket : 0; releasedBuckets < bucket;
                 ++releasedBuckets) {
                for (Serialiser &s : serialisers)
                    s.arenas[releasedBuckets].release();
            }
            if (step.row) {
                const Threat &t = *step.row->threat;
                if (const size_t stage = stageOf(size_t(step.row - rows.data())); stage >= storedStages) {
                    if (auto stored = storeTexts(stage); !stored)
                        return stored.error();
                }
                const PreparedRow &r = *prepared[size_t(step.row - rows.data())];
                subject = r.subject;
                after = r.after;
                insertThreat.bind(1, versionId)
                    .bindStatic(2, r.fingerprint())
                    .bindStatic(3, r.ruleId)
                    .bindStatic(4, r.origin)
                    .bindStatic(5, r.strideName)
                    .bind(6, qint64(r.severity))
                    .bind(7, r.score)
                    .bindStatic(8, r.title)
                    .bind(9, qint64(step.isNew ? 1 : 0))
                    .bind(10, textIds[size_t(r.worker)][size_t(r.texts)])
                    .bindStatic(11, r.payload);
                if (!insertThreat.exec())
                    return sqlError(Tr::tr("Storing threat \"%1\" failed").arg(t.title), insertThreat.error());
                newCount += step.isNew;
                if (step.suppression) {
                    if (!insertSuppressed.bind(1, versionId).bindStatic(2, r.fingerprint()).bind(3, step.suppression).exec())
                        return sqlError(Tr::tr("Recording the suppression of \"%1\" failed").arg(t.title), insertSuppressed.error());
                }
                if (step.auditSuppression) {
                    if (auto r = d->insertEntry(d->headSeq + 1, at, author, suppressedAction, subject, std::nullopt, p.suppressedAfter,
                                                Utf8OrNull(suppressionReasons.value(step.suppression)),
                                                QByteArrayView(p.suppressedHash, 64));
                        !r)
                        return r.error();
                }
            } else {
                const Previous &previous = *step.previous;
                carry.bind(1, versionId).bind(2, prev).bind(3, qint64(previous.manual ? 0 : 1)).bindStatic(4, previous.fingerprint);
                if (!carry.exec())
                    return sqlError(Tr::tr("Carrying threat \"%1\" forward failed").arg(previous.title), carry.error());
                resolvedCount += !previous.manual;
            }
            if (!step.audited())
                continue;
            const Utf8OrNull reason = step.row ? Utf8OrNull() : Utf8OrNull(resolvedReason);
            if (auto r = d->insertEntry(d->headSeq + 1, at, author, step.row ? suggestedAction : resolvedAction, subject,
                                        std::nullopt, after, reason, QByteArrayView(p.hash, 64));
                !r)
                return r.error();
        }
        {
            std::lock_guard lock(mutex);
            insertedChunks = c + 1;
        }
        changed.notify_all();
        if (presync)
            presync->committed();
    }

    QJsonArray inputs;
    for (const InputDigest &input : meta.inputs)
        inputs.append(QJsonObject{{QStringLiteral("path"), input.path}, {QStringLiteral("digest"), input.digest}});
    const QString versionAfter = compactJson(QJsonObject{{QStringLiteral("version"), versionId},
                                                         {QStringLiteral("message"), meta.message},
                                                         {QStringLiteral("gitRevision"), meta.gitRevision},
                                                         {QStringLiteral("inputs"), inputs},
                                                         {QStringLiteral("components"), qint64(model.components.size())},
                                                         {QStringLiteral("threats"), qint64(rows.size())},
                                                         {QStringLiteral("newThreats"), newCount},
                                                         {QStringLiteral("resolvedThreats"), resolvedCount}});
    if (auto r = appendAudit(meta.author, QStringLiteral("version.create"), QStringLiteral("version:%1").arg(versionId),
                             QString(), versionAfter, QString());
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return versionId;
}

namespace {

// LEFT JOIN threat_texts: a threat whose texts are missing is reported as damaged, not left out.
const char kThreatColumns[] =
    "SELECT t.payload, t.is_new, t.resolved, d.status, d.priority_override, d.owner, d.justification, d.expires_at, "
    "t.fingerprint, t.title, x.payload, t.rule_id, t.origin, t.stride, t.severity, t.score, s.id, s.reason "
    "FROM threats t LEFT JOIN threat_texts x ON x.id = t.texts LEFT JOIN decisions d ON d.fingerprint = t.fingerprint "
    // The oldest suppression recorded for the threat in this version that is still in force:
    // expiry and revocation end it at once, also for versions made while it was active.
    "LEFT JOIN suppressions s ON s.id = (SELECT min(st.suppression_id) FROM suppressed_threats st "
    "JOIN suppressions x ON x.id = st.suppression_id WHERE st.version_id = t.version_id AND st.fingerprint = t.fingerprint "
    "AND x.revoked_at IS NULL AND (x.expires_at IS NULL OR x.expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) ";
// Format 1 (a read-only open of an old file) has no suppressions.
const char kThreatColumnsV1[] =
    "SELECT t.payload, t.is_new, t.resolved, d.status, d.priority_override, d.owner, d.justification, d.expires_at, "
    "t.fingerprint, t.title, x.payload, t.rule_id, t.origin, t.stride, t.severity, t.score, NULL, NULL "
    "FROM threats t LEFT JOIN threat_texts x ON x.id = t.texts LEFT JOIN decisions d ON d.fingerprint = t.fingerprint ";

/** A JSON object column someone else may have written: anything else is damage, not "{}". */
Result<QJsonObject> storedObject(const sql::Statement &stmt, int column)
{
    if (stmt.columnType(column) != SQLITE_TEXT)
        return makeError(Tr::tr("its JSON is missing or not text"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(stmt.textView(column).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(Tr::tr("its JSON is invalid (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return makeError(Tr::tr("its JSON is not an object"));
    return document.object();
}

/**
 * The columns of a threat row (kThreatColumns) that have a fixed type, checked before they are
 * believed: a severity stored as text must not read as 0 ("info"), a missing expiry date must not
 * read as "never expires".
 */
Result<void> checkThreatRow(const sql::Statement &stmt)
{
    auto damaged = [&stmt](const QString &why) {
        return makeError(Tr::tr("A stored threat is damaged (%1): %2").arg(stmt.text(8).left(16), why));
    };
    if (stmt.columnType(8) != SQLITE_TEXT || stmt.columnType(9) != SQLITE_TEXT)
        return damaged(Tr::tr("its fingerprint or title is not text"));
    if (stmt.columnType(14) != SQLITE_INTEGER)
        return damaged(Tr::tr("its severity is not a number"));
    if (stmt.columnType(15) != SQLITE_FLOAT && stmt.columnType(15) != SQLITE_INTEGER)
        return damaged(Tr::tr("its score is not a number"));
    if (stmt.columnType(1) != SQLITE_INTEGER || stmt.columnType(2) != SQLITE_INTEGER)
        return damaged(Tr::tr("its new/resolved flags are not numbers"));
    if (stmt.isNull(10))
        return damaged(Tr::tr("its rationale and mitigation are missing"));
    if (!stmt.isNull(4) && (stmt.columnType(4) != SQLITE_INTEGER || stmt.int64(4) < 1 || stmt.int64(4) > 4))
        return damaged(Tr::tr("its decision's priority is not 1 to 4"));
    if (!stmt.isNull(7) && (stmt.columnType(7) != SQLITE_TEXT || !fromIsoUtc(stmt.text(7)).isValid()))
        return damaged(Tr::tr("its decision's expiry is not a time"));
    return {};
}

const char *threatColumns(int schemaVersion)
{
    return schemaVersion >= 2 ? kThreatColumns : kThreatColumnsV1;
}

// The effective status as SQL, for filtering: the same precedence as readThreat().
const char kStatusExpression[] =
    "(CASE WHEN t.resolved THEN 'resolved-by-change' WHEN d.status IS NOT NULL THEN d.status "
    "WHEN s.id IS NOT NULL THEN 'dismissed' ELSE 'suggested' END)";

Result<Threat> readThreat(const sql::Statement &stmt)
{
    if (auto r = checkThreatRow(stmt); !r)
        return r.error();
    auto payload = storedObject(stmt, 0);
    if (!payload)
        return makeError(Tr::tr("A stored threat is damaged (%1): %2").arg(stmt.text(8).left(16), payload.error().message));
    auto storedTexts = storedObject(stmt, 10);
    if (!storedTexts)
        return makeError(Tr::tr("The texts of a stored threat are damaged (%1): %2").arg(stmt.text(8).left(16), storedTexts.error().message));
    QJsonObject object = std::move(payload).value();
    object.insert(QStringLiteral("fingerprint"), stmt.text(8));
    object.insert(QStringLiteral("title"), stmt.text(9));
    const QJsonObject texts = std::move(storedTexts).value();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        object.insert(it.key(), it.value());
    auto threat = threatFromJson(object);
    if (!threat)
        return makeError(Tr::tr("A stored threat is damaged: %1").arg(threat.error().message));
    Threat t = std::move(threat).value();
    t.ruleId = stmt.text(11);
    t.origin = stmt.text(12);
    const auto stride = enumFromName<Stride>(stmt.text(13));
    const qint64 severity = stmt.int64(14);
    if (!stride || severity < qint64(Severity::Info) || severity > qint64(Severity::Critical))
        return makeError(Tr::tr("A stored threat is damaged: its stride or severity is unknown"));
    t.stride = *stride;
    t.severity = Severity(severity);
    t.score = stmt.real(15);
    t.isNew = stmt.int64(1) != 0;
    t.status = ThreatStatus::Suggested;
    if (stmt.int64(2) != 0) {
        t.status = ThreatStatus::ResolvedByChange;
    } else if (!stmt.isNull(3)) {
        const auto status = enumFromName<ThreatStatus>(stmt.text(3));
        if (!status)
            return makeError(Tr::tr("A stored decision has an unknown status \"%1\"").arg(stmt.text(3)));
        t.status = *status;
    }
    if (!stmt.isNull(4))
        t.priorityOverride = int(stmt.int64(4));
    t.owner = stmt.text(5);
    t.justification = stmt.text(6);
    if (!stmt.isNull(7))
        t.expiresAt = fromIsoUtc(stmt.text(7));
    // A person's decision wins over a suppression; a suppression reads as a dismissal that says
    // where it came from.
    if (stmt.int64(2) == 0 && stmt.isNull(3) && !stmt.isNull(16)) {
        t.status = ThreatStatus::Dismissed;
        t.suppressionId = stmt.int64(16);
        t.justification = Tr::tr("Suppressed by #%1: %2").arg(t.suppressionId).arg(stmt.text(17));
    }
    return t;
}

} // namespace

Result<SystemModel> Project::loadModel(qint64 versionId) const
{
    auto model = loadElements(versionId);
    if (!model)
        return model.error();
    auto threatList = threats(ThreatQuery{versionId, std::nullopt, std::nullopt, 0, -1});
    if (!threatList)
        return threatList.error();
    model->threats = std::move(threatList).value();
    return model;
}

Result<SystemModel> Project::loadElements(qint64 versionId) const
{
    SystemModel model;
    sql::Statement elements(m_db, "SELECT kind, payload FROM elements WHERE version_id = ?1 ORDER BY rowid");
    elements.bind(1, versionId);
    while (elements.step()) {
        const QByteArrayView kind = elements.textView(0);
        auto stored = storedObject(elements, 1);
        if (!stored)
            return makeError(Tr::tr("A stored element of version %1 is damaged: %2").arg(versionId).arg(stored.error().message));
        const QJsonObject payload = std::move(stored).value();
        Result<void> ok;
        auto take = [&ok](auto result, auto &list) {
            if (result)
                list.append(std::move(result).value());
            else
                ok = result.error();
        };
        if (kind == "component")
            take(componentFromJson(payload), model.components);
        else if (kind == "boundary")
            take(boundaryFromJson(payload), model.boundaries);
        else if (kind == "entry-point")
            take(entryPointFromJson(payload), model.entryPoints);
        else if (kind == "flow")
            take(flowFromJson(payload), model.flows);
        else if (kind == "asset")
            take(assetFromJson(payload), model.assets);
        if (!ok)
            return makeError(Tr::tr("A stored element of version %1 is damaged: %2").arg(versionId).arg(ok.error().message));
    }
    if (!elements.error().isEmpty())
        return sqlError(Tr::tr("Reading version %1 failed").arg(versionId), elements.error());

    sql::Statement diagnostics(m_db, "SELECT payload FROM diagnostics WHERE version_id = ?1 ORDER BY seq");
    diagnostics.bind(1, versionId);
    while (diagnostics.step()) {
        auto diag = diagnosticFromJson(parseObject(diagnostics.textView(0)));
        if (diag)
            model.diagnostics.append(diag.value());
    }
    return model;
}

// Threats ----------------------------------------------------------------------------------

Result<QList<Threat>> Project::threats(const ThreatQuery &query) const
{
    qint64 versionId = query.versionId;
    if (versionId == 0) {
        auto latest = latestVersionId();
        if (!latest)
            return latest.error();
        versionId = *latest;
    }
    QByteArray sqlText(threatColumns(m_schemaVersion));
    sqlText += "WHERE t.version_id = ?1 ";
    if (query.minSeverity)
        sqlText += "AND t.severity >= ?2 ";
    if (query.status) {
        if (m_schemaVersion >= 2)
            sqlText += QByteArray("AND ") + kStatusExpression + " = ?3 ";
        else
            sqlText += "AND (CASE WHEN t.resolved THEN 'resolved-by-change' ELSE coalesce(d.status, 'suggested') END) = ?3 ";
    }
    sqlText += "ORDER BY t.score DESC, t.fingerprint LIMIT ?4 OFFSET ?5";
    sql::Statement stmt(m_db, sqlText.constData());
    stmt.bind(1, versionId);
    if (query.minSeverity)
        stmt.bind(2, qint64(*query.minSeverity));
    if (query.status)
        stmt.bind(3, enumName(*query.status));
    stmt.bind(4, qint64(query.limit)).bind(5, qint64(query.offset));
    QList<Threat> list;
    while (stmt.step()) {
        auto t = readThreat(stmt);
        if (!t)
            return t.error();
        list.append(std::move(t).value());
    }
    if (!stmt.error().isEmpty())
        return sqlError(Tr::tr("Reading the threats failed"), stmt.error());
    return list;
}

Result<qint64> Project::threatCount(qint64 versionId) const
{
    sql::Statement stmt(m_db, "SELECT count(*) FROM threats WHERE version_id = ?1");
    stmt.bind(1, versionId);
    if (stmt.step())
        return stmt.int64(0);
    return sqlError(Tr::tr("Reading the threats failed"), stmt.error());
}

Result<Threat> Project::threat(qint64 versionId, const QString &fingerprintOrPrefix) const
{
    if (versionId == 0) {
        auto latest = latestVersionId();
        if (!latest)
            return latest.error();
        versionId = *latest;
    }
    if (fingerprintOrPrefix.size() < 6)
        return makeError(Tr::tr("\"%1\" is too short to name a threat: give at least 6 characters of its fingerprint")
                             .arg(fingerprintOrPrefix));
    QByteArray sqlText(threatColumns(m_schemaVersion));
    sqlText += "WHERE t.version_id = ?1 AND t.fingerprint >= ?2 AND t.fingerprint < ?3 ORDER BY t.fingerprint LIMIT 2";
    sql::Statement stmt(m_db, sqlText.constData());
    stmt.bind(1, versionId).bind(2, fingerprintOrPrefix).bind(3, fingerprintUpperBound(fingerprintOrPrefix));
    QList<Threat> found;
    while (stmt.step()) {
        auto t = readThreat(stmt);
        if (!t)
            return t.error();
        found.append(std::move(t).value());
    }
    if (!stmt.error().isEmpty())
        return sqlError(Tr::tr("Reading the threats failed"), stmt.error());
    for (const Threat &t : found) {
        if (t.fingerprint == fingerprintOrPrefix)
            return t;
    }
    if (found.isEmpty())
        return makeError(Tr::tr("No threat in version %1 has a fingerprint starting with \"%2\"").arg(versionId).arg(fingerprintOrPrefix));
    if (found.size() > 1)
        return makeError(Tr::tr("\"%1\" names more than one threat; give more characters of the fingerprint").arg(fingerprintOrPrefix));
    return found.first();
}

Result<std::optional<Decision>> Project::decision(const QString &fingerprint) const
{
    sql::Statement stmt(m_db, "SELECT status, priority_override, owner, justification, expires_at FROM decisions WHERE fingerprint = ?1");
    stmt.bind(1, fingerprint);
    if (stmt.step()) {
        Decision d;
        const auto status = enumFromName<ThreatStatus>(stmt.text(0));
        if (!status)
            return makeError(Tr::tr("A stored decision has an unknown status \"%1\"").arg(stmt.text(0)));
        d.status = *status;
        if (!stmt.isNull(1) && (stmt.columnType(1) != SQLITE_INTEGER || stmt.int64(1) < 1 || stmt.int64(1) > 4))
            return makeError(Tr::tr("A stored decision is damaged: its priority is not 1 to 4"));
        if (!stmt.isNull(4) && (stmt.columnType(4) != SQLITE_TEXT || !fromIsoUtc(stmt.text(4)).isValid()))
            return makeError(Tr::tr("A stored decision is damaged: its expiry is not a time"));
        if (!stmt.isNull(1))
            d.priorityOverride = int(stmt.int64(1));
        d.owner = stmt.text(2);
        d.justification = stmt.text(3);
        if (!stmt.isNull(4))
            d.expiresAt = fromIsoUtc(stmt.text(4));
        return std::optional<Decision>(d);
    }
    if (!stmt.error().isEmpty())
        return sqlError(Tr::tr("Reading the decision failed"), stmt.error());
    return std::optional<Decision>();
}

namespace {

Result<void> writeDecision(sqlite3 *db, const QString &fingerprint, const std::optional<Decision> &d, const QString &actor)
{
    if (!d) {
        sql::Statement del(db, "DELETE FROM decisions WHERE fingerprint = ?1");
        if (!del.bind(1, fingerprint).exec())
            return sqlError(Tr::tr("Writing the decision failed"), del.error());
        return {};
    }
    sql::Statement stmt(db, "INSERT INTO decisions (fingerprint, status, priority_override, owner, justification, expires_at, "
                            "actor, decided_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                            "ON CONFLICT (fingerprint) DO UPDATE SET status = excluded.status, "
                            "priority_override = excluded.priority_override, owner = excluded.owner, "
                            "justification = excluded.justification, expires_at = excluded.expires_at, "
                            "actor = excluded.actor, decided_at = excluded.decided_at");
    stmt.bind(1, fingerprint)
        .bind(2, enumName(d->status))
        .bindOptional(3, d->priorityOverride)
        .bind(4, d->owner)
        .bind(5, d->justification)
        .bindTextOrNull(6, d->expiresAt.isValid() ? toIsoUtc(d->expiresAt) : QString())
        .bind(7, actor)
        .bind(8, audit::formatTime(QDateTime::currentDateTimeUtc()));
    if (!stmt.exec())
        return sqlError(Tr::tr("Writing the decision failed"), stmt.error());
    return {};
}

QString actionName(TriageAction action)
{
    switch (action) {
    case TriageAction::Validate: return QStringLiteral("threat.validate");
    case TriageAction::Dismiss: return QStringLiteral("threat.dismiss");
    case TriageAction::Accept: return QStringLiteral("threat.accept");
    case TriageAction::Mitigate: return QStringLiteral("threat.mitigate");
    case TriageAction::Reopen: return QStringLiteral("threat.reopen");
    case TriageAction::SetPriority: return QStringLiteral("threat.priority");
    }
    return {};
}

} // namespace

Result<Threat> Project::triage(const TriageRequest &request)
{
    auto written = recordDecision(request);
    if (!written && !m_readOnly && !written.errorString().isEmpty() && isWriteFailure(m_db))
        return makeError(Tr::tr("The decision was not saved; the threat keeps its previous state. %1").arg(written.errorString()));
    return written;
}

Result<void> Project::checkTriage(const TriageRequest &request) const
{
    if (m_readOnly)
        return makeError(Tr::tr("The project is open read-only"));
    const bool needsReason = request.action == TriageAction::Dismiss || request.action == TriageAction::Accept;
    if (needsReason && request.reason.trimmed().isEmpty())
        return makeError(Tr::tr("Dismissing or accepting a threat needs a reason"));
    if (request.action == TriageAction::SetPriority && request.priority && (*request.priority < 1 || *request.priority > 4))
        return makeError(Tr::tr("Priority must be between 1 (most urgent) and 4"));
    return {};
}

Result<Threat> Project::recordDecision(const TriageRequest &request)
{
    if (auto r = checkTriage(request); !r)
        return r.error();
    Transaction tx(m_db, &d->headKnown);
    if (auto r = tx.begun(); !r)
        return r.error();
    auto result = applyTriage(request);
    if (!result)
        return result.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<QList<TriageOutcome>> Project::triageMany(const QStringList &fingerprints, const TriageRequest &request)
{
    if (auto r = checkTriage(request); !r)
        return r.error();
    QList<TriageOutcome> outcomes;
    if (fingerprints.isEmpty())
        return outcomes;
    outcomes.reserve(fingerprints.size());
    Result<void> written = [&]() -> Result<void> {
        Transaction tx(m_db, &d->headKnown);
        if (auto r = tx.begun(); !r)
            return r;
        TriageRequest one = request;
        for (const QString &fingerprint : fingerprints) {
            one.fingerprint = fingerprint;
            TriageOutcome outcome;
            auto threat = applyTriage(one, &outcome.before);
            if (!threat)
                return makeError(Tr::tr("%1: %2").arg(fingerprint.left(12), threat.errorString()));
            outcome.threat = std::move(threat).value();
            outcomes.append(std::move(outcome));
        }
        return tx.commit();
    }();
    if (!written) {
        if (isWriteFailure(m_db))
            return makeError(Tr::tr("The decisions were not saved; the threats keep their previous state. %1").arg(written.errorString()));
        return makeError(Tr::tr("No decision was recorded: %1").arg(written.errorString()));
    }
    return outcomes;
}

Result<Threat> Project::applyTriage(const TriageRequest &request, std::optional<Decision> *beforeOut)
{
    auto target = threat(0, request.fingerprint);
    if (!target)
        return target.error();
    if (target->status == ThreatStatus::ResolvedByChange)
        return makeError(Tr::tr("This threat was resolved by a change and is no longer in the model"));
    auto existing = decision(target->fingerprint);
    if (!existing)
        return existing.error();
    const std::optional<Decision> before = *existing;
    if (beforeOut)
        *beforeOut = before;
    Decision after = before.value_or(Decision{});
    switch (request.action) {
    case TriageAction::Validate: after.status = ThreatStatus::Validated; break;
    case TriageAction::Dismiss: after.status = ThreatStatus::Dismissed; break;
    case TriageAction::Accept: after.status = ThreatStatus::Accepted; break;
    case TriageAction::Mitigate: after.status = ThreatStatus::Mitigated; break;
    case TriageAction::Reopen: after.status = ThreatStatus::Suggested; break;
    case TriageAction::SetPriority: after.priorityOverride = request.priority; break;
    }
    if (request.action != TriageAction::SetPriority) {
        after.justification = request.reason;
        after.expiresAt = request.action == TriageAction::Accept ? request.expiresAt : QDateTime();
    }
    if (!request.owner.isEmpty())
        after.owner = request.owner;
    const QString actor = request.actor.isEmpty() ? defaultActor() : request.actor;
    if (auto r = writeDecision(m_db, target->fingerprint, after, actor); !r)
        return r.error();
    if (auto r = appendAudit(actor, actionName(request.action), QStringLiteral("threat:") + target->fingerprint,
                             compactJson(decisionJson(before)), compactJson(decisionJson(after)), request.reason);
        !r)
        return r.error();
    Threat result = target.value();
    result.suppressionId = 0; // the person's decision wins from now on
    result.status = after.status;
    result.priorityOverride = after.priorityOverride;
    result.owner = after.owner;
    result.justification = after.justification;
    result.expiresAt = after.expiresAt;
    return result;
}

Result<void> Project::restoreDecision(const QString &fingerprint, const std::optional<Decision> &state,
                                      const QString &actor, const QString &reason)
{
    return restoreDecisions({DecisionRestore{fingerprint, state}}, actor, reason);
}

Result<void> Project::restoreDecisions(const QList<DecisionRestore> &states, const QString &actor, const QString &reason)
{
    if (m_readOnly)
        return makeError(Tr::tr("The project is open read-only"));
    if (states.isEmpty())
        return {};
    Transaction tx(m_db, &d->headKnown);
    if (auto r = tx.begun(); !r)
        return r;
    for (const DecisionRestore &restore : states) {
        if (auto r = applyRestore(restore.fingerprint, restore.state, actor, reason); !r)
            return r;
    }
    return tx.commit();
}

Result<void> Project::applyRestore(const QString &fingerprint, const std::optional<Decision> &state, const QString &actor,
                                   const QString &reason)
{
    auto existing = decision(fingerprint);
    if (!existing)
        return existing.error();
    if (auto r = writeDecision(m_db, fingerprint, state, actor); !r)
        return r;
    return appendAudit(actor, QStringLiteral("threat.undo"), QStringLiteral("threat:") + fingerprint,
                       compactJson(decisionJson(*existing)), compactJson(decisionJson(state)), reason);
}

qint64 Project::committedTransactions() const
{
    return d->commits;
}

Result<Threat> Project::addManualThreat(const ManualThreat &manual)
{
    if (m_readOnly)
        return makeError(Tr::tr("The project is open read-only"));
    if (manual.title.trimmed().isEmpty())
        return makeError(Tr::tr("A manual threat needs a title"));
    if (manual.targets.isEmpty())
        return makeError(Tr::tr("A manual threat needs at least one target element"));
    Transaction tx(m_db, &d->headKnown);
    if (auto r = tx.begun(); !r)
        return r.error();
    auto latest = latestVersionId();
    if (!latest)
        return latest.error();
    if (*latest == 0)
        return makeError(Tr::tr("The project has no version yet: import something first"));

    Threat t;
    t.origin = QStringLiteral("manual");
    t.ruleId = QStringLiteral("manual");
    t.title = manual.title.trimmed();
    t.targets = manual.targets;
    t.stride = manual.stride;
    t.severity = manual.severity;
    t.rationale = manual.rationale;
    t.mitigation = manual.mitigation;
    static const double bandScore[] = {0.0, 2.0, 5.0, 7.5, 9.5};
    t.score = bandScore[int(manual.severity)];
    t.factors.append(RiskFactor{QStringLiteral("manual"), t.score,
                                Tr::tr("Severity set by %1 when recording the threat").arg(manual.actor)});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("manual\x1f"));
    hash.addData(t.title.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(enumName(t.stride).toUtf8());
    for (const QString &target : t.targets) {
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(target.toUtf8());
    }
    t.fingerprint = QStringLiteral("m") + QString::fromLatin1(hash.result().toHex().left(31));

    TextStore texts(m_db);
    auto textId = texts.store(t);
    if (!textId)
        return textId.error();
    JsonWriter payload;
    writeThreatPayload(payload, t);
    sql::Statement insert(m_db, "INSERT INTO threats (version_id, fingerprint, rule_id, origin, stride, severity, score, title, "
                                "is_new, resolved, texts, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, 0, ?9, ?10)");
    insert.bind(1, *latest)
        .bind(2, t.fingerprint)
        .bind(3, t.ruleId)
        .bind(4, t.origin)
        .bind(5, enumName(t.stride))
        .bind(6, qint64(t.severity))
        .bind(7, t.score)
        .bind(8, t.title)
        .bind(9, *textId)
        .bind(10, QByteArrayView(payload.bytes()));
    if (!insert.exec()) {
        if (insert.errorCode() == SQLITE_CONSTRAINT_UNIQUE)
            return makeError(Tr::tr("The same manual threat is already recorded (%1)").arg(t.fingerprint));
        return sqlError(Tr::tr("Recording the threat failed"), insert.error());
    }
    JsonWriter full;
    writeJson(full, t, ThreatJson::Identity | ThreatJson::Texts);
    const QString after = QString::fromUtf8(full.bytes());
    if (auto r = appendAudit(manual.actor, QStringLiteral("threat.add"), QStringLiteral("threat:") + t.fingerprint,
                             QString(), after, manual.rationale);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    t.isNew = true;
    return t;
}

} // namespace tw

namespace tw {

// Suggestions and feedback ---------------------------------------------------------------------

namespace {

analysis::Suppression readSuppression(const sql::Statement &stmt)
{
    analysis::Suppression s;
    s.id = stmt.int64(0);
    s.rulePattern = stmt.text(1);
    s.elementPattern = stmt.text(2);
    s.reason = stmt.text(3);
    s.actor = stmt.text(4);
    s.createdAt = fromIsoUtc(stmt.text(5));
    if (!stmt.isNull(6))
        s.expiresAt = fromIsoUtc(stmt.text(6));
    s.fromFingerprint = stmt.text(7);
    if (!stmt.isNull(8))
        s.revokedAt = fromIsoUtc(stmt.text(8));
    s.revokedBy = stmt.text(9);
    s.revokeReason = stmt.text(10);
    return s;
}

const char kSuppressionColumns[] = "SELECT id, rule_pattern, element_pattern, reason, actor, created_at, expires_at, "
                                   "from_fingerprint, revoked_at, revoked_by, revoke_reason FROM suppressions ";

QJsonObject suppressionJson(const analysis::Suppression &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("rule"), s.rulePattern},
                  {QStringLiteral("element"), s.elementPattern},
                  {QStringLiteral("expiresAt"), s.expiresAt.isValid() ? QJsonValue(toIsoUtc(s.expiresAt)) : QJsonValue()}};
    if (!s.fromFingerprint.isEmpty())
        o.insert(QStringLiteral("fromThreat"), s.fromFingerprint);
    if (s.revokedAt.isValid())
        o.insert(QStringLiteral("revokedAt"), toIsoUtc(s.revokedAt));
    return o;
}

} // namespace

Result<QList<Threat>> Project::addSuggestedThreats(const QList<Threat> &threats, const QString &actor)
{
    if (m_readOnly)
        return makeError(Tr::tr("The project is open read-only"));
    Transaction tx(m_db, &d->headKnown);
    if (auto r = tx.begun(); !r)
        return r.error();
    auto latest = latestVersionId();
    if (!latest)
        return latest.error();
    if (*latest == 0)
        return makeError(Tr::tr("The project has no version yet: import something first"));
    sql::Statement exists(m_db, "SELECT 1 FROM threats WHERE version_id = ?1 AND fingerprint = ?2");
    sql::Statement insert(m_db, "INSERT INTO threats (version_id, fingerprint, rule_id, origin, stride, severity, score, title, "
                                "is_new, resolved, texts, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, 0, ?9, ?10)");
    TextStore texts(m_db);
    JsonWriter payload;
    QList<Threat> added;
    for (const Threat &t : threats) {
        if (t.fingerprint.isEmpty() || t.title.trimmed().isEmpty() || t.targets.isEmpty())
            return makeError(Tr::tr("A suggested threat needs a fingerprint, a title and a target (%1)").arg(t.title));
        if (t.origin == QLatin1StringView("rule") || t.origin == QLatin1StringView("path") || t.origin == QLatin1StringView("manual"))
            return makeError(Tr::tr("Only a suggestion provider's threats are added this way (origin \"%1\")").arg(t.origin));
        exists.bind(1, *latest).bind(2, t.fingerprint);
        const bool already = exists.step();
        const QString existsError = exists.error();
        exists.reset();
        if (!existsError.isEmpty())
            return sqlError(Tr::tr("Reading the threats failed"), existsError);
        if (already)
            continue;
        auto textId = texts.store(t);
        if (!textId)
            return textId.error();
        writeThreatPayload(payload, t);
        insert.bind(1, *latest)
            .bind(2, t.fingerprint)
            .bind(3, t.ruleId)
            .bind(4, t.origin)
            .bind(5, enumName(t.stride))
            .bind(6, qint64(t.severity))
            .bind(7, t.score)
            .bind(8, t.title)
            .bind(9, *textId)
            .bind(10, QByteArrayView(payload.bytes()));
        if (!insert.exec())
            return sqlError(Tr::tr("Recording the threat failed"), insert.error());
        const QString after = compactJson(QJsonObject{{QStringLiteral("version"), *latest},
                                                      {QStringLiteral("title"), t.title},
                                                      {QStringLiteral("rule"), t.ruleId},
                                                      {QStringLiteral("origin"), t.origin},
                                                      {QStringLiteral("severity"), enumName(t.severity)}});
        if (auto r = appendAudit(actor, QStringLiteral("threat.suggested"), QStringLiteral("threat:") + t.fingerprint, QString(),
                                 after, Tr::tr("Suggested by %1; not validated by a person").arg(t.origin));
            !r)
            return r.error();
        Threat copy = t;
        copy.status = ThreatStatus::Suggested;
        copy.isNew = true;
        added.append(copy);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return added;
}

Result<QList<analysis::Suppression>> Project::suppressions() const
{
    QList<analysis::Suppression> list;
    if (m_schemaVersion < 2)
        return list;
    sql::Statement stmt(m_db, (QByteArray(kSuppressionColumns) + "ORDER BY id").constData());
    while (stmt.step())
        list.append(readSuppression(stmt));
    if (!stmt.error().isEmpty())
        return sqlError(Tr::tr("Reading the suppressions failed"), stmt.error());
    return list;
}

Result<QHash<qint64, qint64>> Project::suppressionMatches(qint64 versionId) const
{
    QHash<qint64, qint64> counts;
    if (m_schemaVersion < 2)
        return counts;
    sql::Statement stmt(m_db, "SELECT suppression_id, count(*) FROM suppressed_threats WHERE version_id = ?1 GROUP BY suppression_id");
    stmt.bind(1, versionId);
    while (stmt.step())
        counts.insert(stmt.int64(0), stmt.int64(1));
    if (!stmt.error().isEmpty())
        return sqlError(Tr::tr("Reading the suppressions failed"), stmt.error());
    return counts;
}

Result<qint64> Project::applySuppressionToLatest(const analysis::Suppression &suppression, const QString &actor)
{
    auto latest = latestVersionId();
    if (!latest)
        return latest.error();
    if (*latest == 0)
        return qint64(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const analysis::SuppressionMatcher matcher({suppression}, now);
    if (matcher.isEmpty())
        return qint64(0);
    analysis::ElementKinds names;
    sql::Statement elements(m_db, "SELECT id, name FROM elements WHERE version_id = ?1");
    elements.bind(1, *latest);
    while (elements.step())
        names.add(elements.text(0), QString(), elements.text(1));
    // Undecided threats that no suppression in force already covers.
    sql::Statement candidates(
        m_db, "SELECT t.fingerprint, t.rule_id, t.payload FROM threats t LEFT JOIN decisions d ON d.fingerprint = t.fingerprint "
              "WHERE t.version_id = ?1 AND t.resolved = 0 AND d.fingerprint IS NULL AND NOT EXISTS ("
              "SELECT 1 FROM suppressed_threats st JOIN suppressions x ON x.id = st.suppression_id "
              "WHERE st.version_id = t.version_id AND st.fingerprint = t.fingerprint AND x.revoked_at IS NULL "
              "AND (x.expires_at IS NULL OR x.expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) ORDER BY t.fingerprint");
    candidates.bind(1, *latest);
    QStringList matched;
    while (candidates.step()) {
        Threat t;
        t.fingerprint = candidates.text(0);
        t.ruleId = candidates.text(1);
        const QJsonObject payload = parseObject(candidates.textView(2));
        for (const QJsonValue &v : payload.value(QStringLiteral("targets")).toArray())
            t.targets << v.toString();
        for (const QJsonValue &v : payload.value(QStringLiteral("attackPath")).toArray())
            t.attackPath << v.toString();
        if (matcher.match(t, names))
            matched << t.fingerprint;
    }
    if (!candidates.error().isEmpty())
        return sqlError(Tr::tr("Reading the threats failed"), candidates.error());
    sql::Statement insert(m_db, "INSERT OR IGNORE INTO suppressed_threats (version_id, fingerprint, suppression_id) VALUES (?1, ?2, ?3)");
    const QString after = compactJson(QJsonObject{{QStringLiteral("version"), *latest},
                                                  {QStringLiteral("suppression"), suppression.id},
                                                  {QStringLiteral("status"), enumName(ThreatStatus::Dismissed)}});
    for (const QString &fingerprint : std::as_const(matched)) {
        if (!insert.bind(1, *latest).bind(2, fingerprint).bind(3, suppression.id).exec())
            return sqlError(Tr::tr("Recording the suppression failed"), insert.error());
        if (auto r = appendAudit(actor, QStringLiteral("threat.suppressed"), QStringLiteral("threat:") + fingerprint, QString(),
                                 after, suppression.reason);
            !r)
            return r.error();
    }
    return qint64(matched.size());
}

Result<SuppressionOutcome> Project::createSuppression(const SuppressionRequest &request)
{
    if (m_readOnly)
        return makeError(Tr::tr("The project is open read-only"));
    if (request.reason.trimmed().isEmpty())
        return makeError(Tr::tr("A suppression needs a reason"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (request.expiresAt.isValid() && request.expiresAt <= now)
        return makeError(Tr::tr("The expiry %1 is already past").arg(toIsoUtc(request.expiresAt)));
    const QString actor = request.actor.isEmpty() ? defaultActor() : request.actor;

    Transaction tx(m_db, &d->headKnown);
    if (auto r = tx.begun(); !r)
        return r.error();
    analysis::Suppression s;
    s.rulePattern = request.rulePattern.trimmed();
    s.elementPattern = request.elementPattern.trimmed();
    if (!request.fromFingerprint.isEmpty()) {
        auto target = threat(0, request.fromFingerprint);
        if (!target)
            return target.error();
        if (s.rulePattern.isEmpty())
            s.rulePattern = target->ruleId;
        if (s.elementPattern.isEmpty() && !target->targets.isEmpty())
            s.elementPattern = target->targets.first();
        s.fromFingerprint = target->fingerprint;
        auto existing = decision(target->fingerprint);
        if (!existing)
            return existing.error();
        if (!*existing || (*existing)->status != ThreatStatus::Dismissed) {
            TriageRequest dismiss;
            dismiss.fingerprint = target->fingerprint;
            dismiss.action = TriageAction::Dismiss;
            dismiss.reason = request.reason;
            dismiss.actor = actor;
            if (auto r = applyTriage(dismiss); !r)
                return r.error();
        }
    }
    if (s.rulePattern.isEmpty())
        return makeError(Tr::tr("A suppression needs a rule (an id or a pattern such as TW-K8S-*)"));
    if (s.elementPattern.isEmpty())
        return makeError(Tr::tr("A suppression needs an element pattern (an id, a name or a glob such as ep:orders:*)"));
    if (s.rulePattern == QLatin1StringView("*") && s.elementPattern == QLatin1StringView("*"))
        return makeError(Tr::tr("A suppression of every rule on every element would hide the whole model; narrow it"));
    s.reason = request.reason.trimmed();
    s.actor = actor;
    s.createdAt = now;
    s.expiresAt = request.expiresAt;
    sql::Statement insert(m_db, "INSERT INTO suppressions (rule_pattern, element_pattern, reason, actor, created_at, expires_at, "
                                "from_fingerprint) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, s.rulePattern)
        .bind(2, s.elementPattern)
        .bind(3, s.reason)
        .bind(4, s.actor)
        .bind(5, audit::formatTime(s.createdAt))
        .bindTextOrNull(6, s.expiresAt.isValid() ? audit::formatTime(s.expiresAt) : QString())
        .bindTextOrNull(7, s.fromFingerprint);
    if (!insert.exec())
        return sqlError(Tr::tr("Recording the suppression failed"), insert.error());
    s.id = sqlite3_last_insert_rowid(m_db);
    if (auto r = appendAudit(actor, QStringLiteral("suppression.create"), QStringLiteral("suppression:%1").arg(s.id), QString(),
                             compactJson(suppressionJson(s)), s.reason);
        !r)
        return r.error();
    auto applied = applySuppressionToLatest(s, actor);
    if (!applied)
        return applied.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return SuppressionOutcome{s, *applied};
}

Result<analysis::Suppression> Project::revokeSuppression(qint64 id, const QString &actor, const QString &reason)
{
    if (m_readOnly)
        return makeError(Tr::tr("The project is open read-only"));
    if (reason.trimmed().isEmpty())
        return makeError(Tr::tr("Revoking a suppression needs a reason"));
    const QString who = actor.isEmpty() ? defaultActor() : actor;
    Transaction tx(m_db, &d->headKnown);
    if (auto r = tx.begun(); !r)
        return r.error();
    sql::Statement find(m_db, (QByteArray(kSuppressionColumns) + "WHERE id = ?1").constData());
    find.bind(1, id);
    if (!find.step()) {
        if (!find.error().isEmpty())
            return sqlError(Tr::tr("Reading the suppressions failed"), find.error());
        return makeError(Tr::tr("There is no suppression #%1").arg(id));
    }
    analysis::Suppression s = readSuppression(find);
    find.reset();
    if (s.revokedAt.isValid())
        return makeError(Tr::tr("Suppression #%1 was already revoked on %2").arg(id).arg(toIsoUtc(s.revokedAt)));
    const QJsonObject before = suppressionJson(s);
    s.revokedAt = QDateTime::currentDateTimeUtc();
    s.revokedBy = who;
    s.revokeReason = reason.trimmed();
    sql::Statement update(m_db, "UPDATE suppressions SET revoked_at = ?2, revoked_by = ?3, revoke_reason = ?4 WHERE id = ?1");
    update.bind(1, id).bind(2, audit::formatTime(s.revokedAt)).bind(3, who).bind(4, s.revokeReason);
    if (!update.exec())
        return sqlError(Tr::tr("Revoking the suppression failed"), update.error());
    if (auto r = appendAudit(who, QStringLiteral("suppression.revoke"), QStringLiteral("suppression:%1").arg(id),
                             compactJson(before), compactJson(suppressionJson(s)), s.revokeReason);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return s;
}

} // namespace tw
