// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

struct sqlite3;
struct stat;

/**
 * A stat cache for folder scans, the way git's index spares `git status` from reading files:
 * for every file read, what stat() said of it (size, mtime and ctime in nanoseconds, inode,
 * device, mode) next to the SHA-256 of its content. A later scan that finds the same stat — and
 * a file that was not changed within the timestamp granularity of the scan that read it (git's
 * "racy" entries) — takes the digest without reading the file.
 *
 * It is a rebuildable cache, never a source of truth: one SQLite file per scanned folder below
 * the user's cache directory (docs/repository-importer.md, "Stat cache"). A file that is not
 * ours, is damaged, or describes another folder is discarded silently and started afresh; losing
 * it costs one full read of the folder. The importer only ever uses an entry to confirm that a
 * file still holds what the previous version recorded (core/import/importer.cpp).
 */
namespace tw::repo {

/** What stat() says of a file, as far as a change of its content shows in it. */
struct FileStamp
{
    qint64 size = -1; ///< -1: no stamp (stat failed)
    qint64 mtimeNs = 0; ///< nanoseconds since the epoch
    qint64 ctimeNs = 0;
    quint64 inode = 0;
    quint64 device = 0;
    quint32 mode = 0;

    bool isValid() const { return size >= 0; }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

FileStamp stampOf(const struct stat &st);
/** stat() of a path, links followed (the content read through a link is its target's). */
FileStamp stampOf(const char *encodedPath);

class StatCache
{
public:
    /**
     * Entries are trusted only when the file's mtime and ctime are this much older than the
     * start of the scan that recorded them. It covers the coarsest timestamps in common use
     * (FAT: 2 s) and the coarse kernel clock file times come from; see racyWindow in the docs.
     */
    static constexpr qint64 RacyWindowNs = 3'000'000'000;

    struct Entry
    {
        FileStamp stamp;
        QByteArray digest; ///< raw SHA-256 (32 bytes); empty: the file is binary (git's rule)
        qint64 recordedNs = 0; ///< start of the scan that read the file
    };

    /**
     * The cache of the folder `root` (canonical path) in `directory`, loaded and validated.
     * A foreign or damaged cache file is replaced by an empty one. Null only when no cache file
     * can be kept there at all (the directory cannot be created or written).
     */
    static std::unique_ptr<StatCache> open(const QString &directory, const QString &root);
    /** The cache file `open` uses for `root` in `directory`. */
    static QString fileFor(const QString &directory, const QString &root);

    ~StatCache();
    StatCache(const StatCache &) = delete;
    StatCache &operator=(const StatCache &) = delete;

    QString path() const { return m_path; }
    /** When this scan started (ns since the epoch, taken before any file was looked at). */
    qint64 scanStart() const { return m_scanStart; }
    qsizetype size() const { return m_entries.size(); }
    /** Whether the file held a valid cache when opened (false: new, or discarded as damaged). */
    bool wasLoaded() const { return m_loaded; }

    /**
     * The entry of `relative` when `stamp` is exactly the recorded one and the file was last
     * changed well before the scan that read it; null otherwise. Thread-safe (reads only).
     */
    const Entry *lookup(const QString &relative, const FileStamp &stamp) const;
    /** Whether `relative` has an entry at all (trusted or not). */
    bool contains(const QString &relative) const { return m_entries.contains(relative); }

    /** Remembers what a read of `relative` found. Thread-safe; written by save(). */
    void record(const QString &relative, const FileStamp &stamp, const QByteArray &rawDigest);

    /**
     * Writes the recorded entries and forgets files of the folder that are gone (`present`: every
     * file the walk listed). One transaction; a failure leaves the cache as it was (it is only a
     * cache: nothing is reported).
     */
    void save(const QList<QString> &present);

private:
    StatCache() = default;
    bool load();
    bool create();
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_root;
    qint64 m_scanStart = 0;
    bool m_loaded = false;
    QHash<QString, Entry> m_entries;
    mutable std::atomic<qsizetype> m_hits{0}; ///< lookups that found a trusted entry (each path is looked up once)
    QMutex m_pendingLock;
    QList<std::pair<QString, Entry>> m_pending;
};

/**
 * The walk cache of a plain folder (git's "untracked cache"): for every folder a walk entered,
 * its stat and that of its `.gitignore`, and what its listing found — which entries were listed,
 * ignored, entered, or are nested repositories. A later walk lists again only the folders whose
 * stat changed (an entry was added, removed or renamed), and walks again with libgit2 every folder
 * whose ignore rules changed. One file per folder and walker configuration next to the stat
 * cache; a whole-file CRC-32 guards it, and anything unexpected discards it
 * (docs/repository-importer.md, "Walk cache").
 */
class WalkCache
{
public:
    /** What the listing of a folder decided for one of its entries. */
    enum Kind : quint8 {
        Listed = 0,        ///< a file (or symbolic link) the walk lists, before the size and link checks
        Ignored = 1,       ///< left out by an ignore rule (a folder: not entered)
        Entered = 2,       ///< a folder the walk entered (libgit2 reported something below it)
        EnteredEmpty = 3,  ///< a folder entered, with nothing below it that libgit2 reported
        Nested = 4,        ///< a folder holding `.git`: another repository, not entered
    };
    enum Type : quint8 { RegularFile = 0, Directory = 1, SymLink = 2 };
    struct Entry
    {
        QByteArray name;
        Kind kind = Listed;
        Type type = RegularFile;
    };
    struct Folder
    {
        FileStamp stamp;       ///< of the folder itself
        FileStamp ignoreFile;  ///< of its `.gitignore` (invalid: none)
        qint64 recordedNs = 0; ///< start of the walk that listed it
        bool nested = false;   ///< a nested repository: only its stamp is kept
        QList<Entry> entries;
    };

    /** The cache file of `root` in `directory`. */
    static QString fileFor(const QString &directory, const QString &root);
    /**
     * The cache recorded for `root` under `key` (the walker's configuration and the global ignore
     * files' stats); empty when there is none, it is damaged, or the key differs.
     */
    static QHash<QByteArray, Folder> load(const QString &directory, const QString &root, const QByteArray &key);
    /** Replaces the cache file (atomically); false when it cannot be written (no harm done). */
    static bool save(const QString &directory, const QString &root, const QByteArray &key, const QHash<QByteArray, Folder> &folders);
    /** Whether a stamp recorded by a walk that started at `recordedNs` may hide a later change. */
    static bool racy(const FileStamp &stamp, qint64 recordedNs)
    {
        const qint64 limit = recordedNs - StatCache::RacyWindowNs;
        return stamp.mtimeNs >= limit || stamp.ctimeNs >= limit;
    }
};

/** Nanoseconds since the epoch, by the clock the racy rules compare file times with. */
qint64 nowNs();

} // namespace tw::repo
