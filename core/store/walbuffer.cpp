// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/walbuffer.h"

#include <sqlite3.h>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>

namespace tw::store {
namespace {

// 15 frames of 8 KiB pages. The platform VFS masks a write's length to 17 bits (it cannot
// write 128 KiB or more at once), so the held frames are written in less. For 98 MB, 123 KB
// writes took 20 ms on this machine where one write per frame took 62 ms and SQLite's two
// per frame 83 ms (a scratch program writing a fresh file).
constexpr int kCapacity = 15 * (8192 + 24);
static_assert(kCapacity < 0x20000);
constexpr int kFrameHeader = 24;
constexpr sqlite3_int64 kWalHeader = 32;

/**
 * Our file object: SQLite allocates szOsFile bytes for it, and the platform VFS's own file
 * object lives in the same block, right after this one.
 */
struct BufferedFile
{
    sqlite3_file base;
    sqlite3_file *real;
    bool isWal;
    /// A main database file: the WAL its connection writes, flushed at every shm barrier (a
    /// commit is published to other connections only after one).
    BufferedFile *wal;
    /// A WAL file: the main database file that points to it, unlinked when either closes.
    BufferedFile *database;
    char *buffer;
    int used;
    sqlite3_int64 offset;  ///< the file offset of buffer[0]
    bool commitPending;    ///< the commit frame's header is held: flush once its page is
};

constexpr size_t kFileSize = (sizeof(BufferedFile) + alignof(std::max_align_t) - 1) / alignof(std::max_align_t)
    * alignof(std::max_align_t);

sqlite3_vfs g_vfs{};
sqlite3_vfs *g_platform = nullptr; ///< the default VFS when ours was registered

/**
 * The VFS underneath: whichever is the process's default when it is needed (a test may put a
 * VFS of its own there), unless that is one whose files do not fit in the room registered.
 */
sqlite3_vfs *root()
{
    sqlite3_vfs *current = sqlite3_vfs_find(nullptr);
    if (current && current != &g_vfs && current->iVersion >= 2 && int(kFileSize) + current->szOsFile <= g_vfs.szOsFile)
        return current;
    return g_platform;
}

BufferedFile *self(sqlite3_file *file)
{
    return reinterpret_cast<BufferedFile *>(file);
}

/** Writes what is held; on failure it is dropped (the failing call reports it, and only frames
 *  of the uncommitted transaction are ever held, which SQLite then rolls back). */
int flush(BufferedFile *f)
{
    if (f->used == 0)
        return SQLITE_OK;
    const int rc = f->real->pMethods->xWrite(f->real, f->buffer, f->used, f->offset);
    f->used = 0;
    f->commitPending = false;
    return rc;
}

bool overlaps(const BufferedFile *f, sqlite3_int64 offset, int amount)
{
    return f->used > 0 && offset < f->offset + f->used && offset + amount > f->offset;
}

int xClose(sqlite3_file *file)
{
    BufferedFile *f = self(file);
    const int flushed = flush(f);
    if (f->wal)
        f->wal->database = nullptr;
    if (f->database)
        f->database->wal = nullptr;
    std::free(f->buffer);
    f->buffer = nullptr;
    const int rc = f->real->pMethods->xClose(f->real);
    return flushed != SQLITE_OK ? flushed : rc;
}

int xRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    BufferedFile *f = self(file);
    if (overlaps(f, offset, amount)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    return f->real->pMethods->xRead(f->real, data, amount, offset);
}

int xWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    BufferedFile *f = self(file);
    // The WAL's own header (a new salt when the log starts over) is never held: a frame lost
    // with it would be harmless, a stale header on disk would hide the committed frames after it.
    if (!f->isWal || offset < kWalHeader || amount > kCapacity) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
        return f->real->pMethods->xWrite(f->real, data, amount, offset);
    }
    if (f->used > 0 && (offset != f->offset + f->used || f->used + amount > kCapacity)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (!f->buffer) {
        f->buffer = static_cast<char *>(std::malloc(kCapacity));
        if (!f->buffer)
            return f->real->pMethods->xWrite(f->real, data, amount, offset);
    }
    if (f->used == 0)
        f->offset = offset;
    std::memcpy(f->buffer + f->used, data, size_t(amount));
    f->used += amount;
    if (f->commitPending) // the commit frame's page: the transaction is complete
        return flush(f);
    // A frame header with a database size (bytes 4–7) is a commit frame's.
    const auto *bytes = static_cast<const unsigned char *>(data);
    if (amount == kFrameHeader && (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0)
        f->commitPending = true;
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    BufferedFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xTruncate(f->real, size);
}

int xSync(sqlite3_file *file, int flags)
{
    BufferedFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xSync(f->real, flags);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    BufferedFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFileSize(f->real, size);
}

int xLock(sqlite3_file *file, int lock)
{
    return self(file)->real->pMethods->xLock(self(file)->real, lock);
}

int xUnlock(sqlite3_file *file, int lock)
{
    return self(file)->real->pMethods->xUnlock(self(file)->real, lock);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    return self(file)->real->pMethods->xCheckReservedLock(self(file)->real, out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    BufferedFile *f = self(file);
    // Rare on a WAL, and some (a size hint, a chunk size) act on its length.
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (op == SQLITE_FCNTL_VFSNAME) {
        // SQLite's convention for shims: prefix our name to the wrapped VFS's.
        const int rc = f->real->pMethods->xFileControl(f->real, op, arg);
        if (rc == SQLITE_OK)
            *static_cast<char **>(arg) = sqlite3_mprintf("%s/%z", walBufferVfsName(), *static_cast<char **>(arg));
        return rc;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    return self(file)->real->pMethods->xSectorSize(self(file)->real);
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    return self(file)->real->pMethods->xDeviceCharacteristics(self(file)->real);
}

int xShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    sqlite3_file *real = self(file)->real;
    if (real->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMMAP;
    return real->pMethods->xShmMap(real, region, size, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = self(file)->real;
    if (real->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMLOCK;
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    BufferedFile *f = self(file);
    // Normally empty by now (the commit frame flushed it); a WAL header is published after
    // this barrier, so nothing it covers may still be held.
    if (f->wal)
        (void)flush(f->wal);
    if (f->real->pMethods->iVersion >= 2)
        f->real->pMethods->xShmBarrier(f->real);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = self(file)->real;
    if (real->pMethods->iVersion < 2)
        return SQLITE_OK;
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    sqlite3_file *real = self(file)->real;
    if (real->pMethods->iVersion < 3) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return real->pMethods->xFetch(real, offset, amount, out);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    sqlite3_file *real = self(file)->real;
    if (real->pMethods->iVersion < 3)
        return SQLITE_OK;
    return real->pMethods->xUnfetch(real, offset, page);
}

const sqlite3_io_methods kMethods = {
    3,           xClose,      xRead,       xWrite,      xTruncate,
    xSync,       xFileSize,   xLock,       xUnlock,     xCheckReservedLock,
    xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock,
    xShmBarrier, xShmUnmap,   xFetch,      xUnfetch,
};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    sqlite3_vfs *const base = root();
    auto *f = new (file) BufferedFile{};
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + kFileSize);
    f->real->pMethods = nullptr;
    f->isWal = (flags & SQLITE_OPEN_WAL) != 0;
    const int rc = base->xOpen(base, name, f->real, flags, outFlags);
    // SQLite calls xClose after a failed open only when pMethods is set: mirror the real file.
    f->base.pMethods = f->real->pMethods ? &kMethods : nullptr;
    if (rc == SQLITE_OK && f->isWal && name) {
        sqlite3_file *database = sqlite3_database_file_object(name);
        if (database && database->pMethods == &kMethods) {
            f->database = self(database);
            f->database->wal = f;
        }
    }
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    sqlite3_vfs *const r = root();
    return r->xDelete(r, name, syncDir);
}

int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    sqlite3_vfs *const r = root();
    return r->xAccess(r, name, flags, out);
}

int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    sqlite3_vfs *const r = root();
    return r->xFullPathname(r, name, size, out);
}

void *xDlOpen(sqlite3_vfs *, const char *name)
{
    sqlite3_vfs *const r = root();
    return r->xDlOpen(r, name);
}

void xDlError(sqlite3_vfs *, int size, char *out)
{
    sqlite3_vfs *const r = root();
    r->xDlError(r, size, out);
}

void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    sqlite3_vfs *const r = root();
    return r->xDlSym(r, handle, symbol);
}

void xDlClose(sqlite3_vfs *, void *handle)
{
    sqlite3_vfs *const r = root();
    r->xDlClose(r, handle);
}

int xRandomness(sqlite3_vfs *, int size, char *out)
{
    sqlite3_vfs *const r = root();
    return r->xRandomness(r, size, out);
}

int xSleep(sqlite3_vfs *, int microseconds)
{
    sqlite3_vfs *const r = root();
    return r->xSleep(r, microseconds);
}

int xCurrentTime(sqlite3_vfs *, double *out)
{
    sqlite3_vfs *const r = root();
    return r->xCurrentTime(r, out);
}

int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    sqlite3_vfs *const r = root();
    return r->xGetLastError ? r->xGetLastError(r, size, out) : 0;
}

int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    sqlite3_vfs *const r = root();
    return r->xCurrentTimeInt64(r, out);
}

} // namespace

const char *walBufferVfsName()
{
    static const char *const name = []() -> const char * {
        sqlite3_vfs *const base = sqlite3_vfs_find(nullptr);
        // Version 2 at least: SQLite asks for xCurrentTimeInt64 (the platform VFS has it).
        if (!base || base->iVersion < 2)
            return nullptr;
        g_platform = base;
        sqlite3_vfs &vfs = g_vfs;
        vfs.iVersion = 2;
        vfs.szOsFile = int(kFileSize) + base->szOsFile;
        vfs.mxPathname = base->mxPathname;
        vfs.zName = "threatwright-walbuffer";
        vfs.xOpen = xOpen;
        vfs.xDelete = xDelete;
        vfs.xAccess = xAccess;
        vfs.xFullPathname = xFullPathname;
        vfs.xDlOpen = xDlOpen;
        vfs.xDlError = xDlError;
        vfs.xDlSym = xDlSym;
        vfs.xDlClose = xDlClose;
        vfs.xRandomness = xRandomness;
        vfs.xSleep = xSleep;
        vfs.xCurrentTime = xCurrentTime;
        vfs.xGetLastError = xGetLastError;
        vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK ? vfs.zName : nullptr;
    }();
    return name;
}

} // namespace tw::store
