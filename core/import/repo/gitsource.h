// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

/**
 * Reads a git repository at a revision straight from its object database (libgit2), without a
 * checkout and without touching the working tree, so a bare repository or any past commit can
 * be imported.
 */
namespace tw::git {

struct Snapshot
{
    QString commit;   ///< full hex id of the commit the revision named
    QString summary;  ///< its first line
    int files = 0;    ///< files written
    int skipped = 0;  ///< symbolic links, oversized files, dependency and build folders
};

/** Whether `path` is inside a git repository (or is a bare one). */
bool isRepository(const QString &path);

/**
 * Writes the tree of `revision` (anything git understands: HEAD, a branch, a tag, a short id,
 * HEAD~2) into `targetDir`, which must exist and be empty.
 */
Result<Snapshot> exportRevision(const QString &repositoryPath, const QString &revision, const QString &targetDir,
                                qint64 maxFileSize = 64 * 1024 * 1024);

} // namespace tw::git
