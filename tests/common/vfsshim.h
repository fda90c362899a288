// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A test's own look at what SQLite asks of the platform: a copy of the process's default VFS with
// another xOpen, made the default while it lives. Files are the real ones; the open function
// usually swaps a file's method table for a copy with one method wrapped.

#include <sqlite3.h>

namespace tw::test {

class DefaultVfsShim
{
public:
    using Open = int (*)(sqlite3_vfs *, sqlite3_filename, sqlite3_file *, int, int *);

    DefaultVfsShim(const char *name, Open open) : m_real(sqlite3_vfs_find(nullptr))
    {
        m_shim = *m_real;
        m_shim.zName = name;
        m_shim.pNext = nullptr;
        m_shim.xOpen = open;
        sqlite3_vfs_register(&m_shim, 1);
    }
    ~DefaultVfsShim()
    {
        sqlite3_vfs_register(m_real, 1);
        sqlite3_vfs_unregister(&m_shim);
    }
    DefaultVfsShim(const DefaultVfsShim &) = delete;
    DefaultVfsShim &operator=(const DefaultVfsShim &) = delete;

    /** The VFS that was the default before: the one the open function hands the file to. */
    sqlite3_vfs *real() const { return m_real; }

private:
    sqlite3_vfs *m_real;
    sqlite3_vfs m_shim{};
};

} // namespace tw::test
