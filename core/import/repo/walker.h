// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "import/repo/statcache.h"
#include "model/model.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

/**
 * Lists the files of a folder the way git would see them: `.gitignore`, `.git/info/exclude` and
 * the user's excludes file apply, whether or not the folder is a git working tree. libgit2 does
 * the walking and the matching (a plain folder is given an in-memory repository whose working
 * tree it is), so the ignore semantics — negation, anchoring, `**`, directory-only patterns —
 * are git's own. Dependency, vendored and build folders are never entered, files over a size
 * limit are left out with a note, and symbolic links are followed only to files inside the root.
 */
namespace tw::repo {

struct WalkOptions
{
    const std::atomic<bool> *cancel = nullptr;
    /** Called every few hundred files with the number listed so far and the current path. */
    std::function<void(int files, const QString &current)> progress;
    qint64 maxFileSize = 64 * 1024 * 1024;
    /**
     * Where the walk cache of a plain folder is kept (the stat cache's folder); empty: no cache.
     * With it, folders whose stat and ignore files did not change since the last walk are not
     * listed again (WalkCache); the result is the same either way.
     */
    QString cacheDir;
};

struct WalkedFile
{
    QString relative; ///< '/'-separated, relative to the walked root
    qint64 size = 0;
    /** stat() of the file (links followed) when the walk took one (a walk from the cache); else invalid. */
    FileStamp stamp;
};

struct WalkResult
{
    QString root;              ///< the walked folder, absolute and canonical
    QList<WalkedFile> files;   ///< sorted by path; content not read (binary files are found when read)
    QList<Diagnostic> notes;   ///< what was left out and why (large files, links, ignored entries)
    int ignored = 0;           ///< entries (files or whole folders) excluded by ignore rules
    int skippedFolders = 0;    ///< tracked files below dependency/build folders that were left out
    bool gitWorkingTree = false; ///< inside a git working tree: its index and ignore rules applied
    int foldersFromCache = 0;    ///< folders whose listing the walk cache gave (stat unchanged)
    int foldersListed = 0;       ///< folders the walk cache had but which were listed again (stat changed)
    int pathsWalked = 0;         ///< subtrees and new entries libgit2 walked on top of the cache (0: none; -1: all)
};

/** Walks `root` (a folder). Fails when it cannot be read, or with "cancelled". */
Result<WalkResult> walk(const QString &root, const WalkOptions &options = {});

/** Folders never entered: version control, dependencies, vendored code, build output. */
bool isSkippedFolder(QStringView name);

/** The folder patterns of isSkippedFolder() as gitignore lines (for libgit2). */
const char *skippedFolderRules();

/** Git's rule: a NUL byte in the first 8,000 bytes makes a file binary. */
bool looksBinary(QByteArrayView content);

} // namespace tw::repo
