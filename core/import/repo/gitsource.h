// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * Reads a git repository at a revision straight from its object database (libgit2), without a
 * checkout and without touching the working tree, so a bare repository or any past commit can
 * be imported; and says which files changed between two revisions (tree to tree).
 *
 * Every listing leaves out what the folder walker leaves out: symbolic links (their target is a
 * path, never followed), submodules, and dependency and build folders. Ignore rules do not apply
 * to committed files (git's rule: a tracked file is never ignored).
 */
namespace tw::git {

struct Snapshot
{
    QString commit;    ///< full hex id of the commit the revision named
    QString summary;   ///< its first line
    int files = 0;     ///< files written
    int skipped = 0;   ///< symbolic links, oversized files, dependency and build folders
    QStringList paths; ///< the files written, relative, '/'-separated
};

struct Commit
{
    QString id;      ///< full hex id
    QString summary; ///< first line of the message
};

/** Files that differ between two revisions; a rename is a deletion and an addition. */
struct Changes
{
    QStringList added;
    QStringList modified;
    QStringList deleted;
    bool isEmpty() const { return added.isEmpty() && modified.isEmpty() && deleted.isEmpty(); }
};

class Repository
{
public:
    /** A working tree's repository or a bare one, at exactly `path` (no search upwards). */
    static Result<Repository> open(const QString &path);

    Repository(Repository &&) noexcept;
    Repository &operator=(Repository &&) noexcept;
    ~Repository();

    /** The repository's folder name (a bare "shop.git" is "shop"): the root component's name. */
    QString name() const;
    /** Anything git understands: HEAD, a branch, a tag, a short id, HEAD~2. */
    Result<Commit> resolve(const QString &revision) const;
    /** The files of a revision, sorted. */
    Result<QStringList> files(const QString &revision) const;
    Result<Changes> diff(const QString &from, const QString &to) const;
    /**
     * Writes files of `revision` below `targetDir` (which must exist): all of them when `paths`
     * is null, else those of `paths` that the revision has.
     */
    Result<Snapshot> exportFiles(const QString &revision, const QStringList *paths, const QString &targetDir,
                                 qint64 maxFileSize = 64 * 1024 * 1024) const;
    /**
     * Whether the working tree holds exactly HEAD's files: nothing staged, modified, deleted or
     * untracked (ignored files do not count). Uses the index's file stamps, reads no content
     * unless a stamp is unsure. A bare repository has no working tree: false.
     */
    Result<bool> isClean() const;

private:
    Repository();
    struct Impl;
    std::unique_ptr<Impl> d;
};

/** Whether `path` is a git repository's working tree or a bare repository (no search upwards). */
bool isRepository(const QString &path);

/**
 * Writes the tree of `revision` into `targetDir`, which must exist and be empty.
 */
Result<Snapshot> exportRevision(const QString &repositoryPath, const QString &revision, const QString &targetDir,
                                qint64 maxFileSize = 64 * 1024 * 1024);

} // namespace tw::git
