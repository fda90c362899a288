// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/gitsource.h"

#include "import/repo/walker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <git2.h>

#include <algorithm>

namespace tw::git {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Git)
};

/** libgit2 wants one init per use; it counts. */
struct Library
{
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;
};

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : Tr::tr("unknown libgit2 error");
}

// A named deleter, not a lambda: clang gives a lambda in an alias template a new type at every
// use, so two spellings of Owned<git_tree, git_tree_free> would not be the same type.
template<typename T, void (*Free)(T *)>
struct FreeWith
{
    void operator()(T *p) const { Free(p); }
};

template<typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, FreeWith<T, Free>>;

/** A path with a dependency/build folder in it, or a name that could climb out of a folder. */
bool skippedPath(const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i] == QLatin1StringView("..") || parts[i].isEmpty() || (i + 1 < parts.size() && repo::isSkippedFolder(parts[i])))
            return true;
    }
    return false;
}

bool writeBlob(git_repository *repo, const git_oid *id, const QString &path, qint64 maxFileSize, int *skipped, QString *error)
{
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, repo, id) != 0) {
        *error = lastError();
        return false;
    }
    Owned<git_blob, git_blob_free> blob(rawBlob);
    const auto size = qint64(git_blob_rawsize(blob.get()));
    if (size > maxFileSize) {
        ++*skipped;
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(static_cast<const char *>(git_blob_rawcontent(blob.get())), size) != size) {
        *error = Tr::tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

struct WalkState
{
    git_repository *repo = nullptr;
    QString target;       ///< empty: list only
    qint64 maxFileSize = 0;
    Snapshot *snapshot = nullptr;
    QString error;
};

int visit(const char *root, const git_tree_entry *entry, void *payload)
{
    auto *state = static_cast<WalkState *>(payload);
    const QString name = QString::fromUtf8(git_tree_entry_name(entry));
    if (git_tree_entry_type(entry) == GIT_OBJECT_TREE) {
        if (repo::isSkippedFolder(name)) {
            ++state->snapshot->skipped;
            return 1; // skip the subtree
        }
        return 0;
    }
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return 0; // submodules: another repository
    if (git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK) {
        ++state->snapshot->skipped; // a link could point anywhere; never followed
        return 0;
    }
    const QString relative = QString::fromUtf8(root) + name;
    // Tree entries are names, never paths; refuse anything that could climb out anyway.
    if (name.contains(QLatin1Char('/')) || skippedPath(relative)) {
        ++state->snapshot->skipped;
        return 0;
    }
    if (!state->target.isEmpty()) {
        const int before = state->snapshot->skipped;
        if (!writeBlob(state->repo, git_tree_entry_id(entry), state->target + QLatin1Char('/') + relative, state->maxFileSize,
                       &state->snapshot->skipped, &state->error))
            return -1;
        if (state->snapshot->skipped != before)
            return 0;
        ++state->snapshot->files;
    }
    state->snapshot->paths.append(relative);
    return 0;
}

} // namespace

struct Repository::Impl
{
    Library library;
    git_repository *repo = nullptr;
    QString path;

    ~Impl() { git_repository_free(repo); }

    Result<Owned<git_commit, git_commit_free>> commit(const QString &revision) const
    {
        git_object *rawObject = nullptr;
        const QByteArray rev = revision.toUtf8();
        if (git_revparse_single(&rawObject, repo, rev.constData()) != 0)
            return makeError(Tr::tr("\"%1\" is not a revision of %2: %3").arg(revision, path, lastError()));
        Owned<git_object, git_object_free> object(rawObject);
        git_object *rawCommit = nullptr;
        if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) != 0)
            return makeError(Tr::tr("\"%1\" does not name a commit: %2").arg(revision, lastError()));
        return Owned<git_commit, git_commit_free>(reinterpret_cast<git_commit *>(rawCommit));
    }

    Result<Owned<git_tree, git_tree_free>> tree(const QString &revision) const
    {
        auto c = commit(revision);
        if (!c)
            return c.error();
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, c->get()) != 0)
            return makeError(lastError());
        return Owned<git_tree, git_tree_free>(rawTree);
    }
};

Repository::Repository() : d(std::make_unique<Impl>()) {}
Repository::Repository(Repository &&) noexcept = default;
Repository &Repository::operator=(Repository &&) noexcept = default;
Repository::~Repository() = default;

Result<Repository> Repository::open(const QString &path)
{
    Repository r;
    const QByteArray encoded = QFile::encodeName(path);
    if (git_repository_open_ext(&r.d->repo, encoded.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
        return makeError(Tr::tr("%1 is not a git repository: %2").arg(path, lastError()));
    r.d->path = path;
    return r;
}

QString Repository::name() const
{
    QString name = QFileInfo(QDir(d->path).absolutePath()).fileName();
    if (name.endsWith(QLatin1StringView(".git")) && name.size() > 4)
        name.chop(4);
    return name;
}

Result<Commit> Repository::resolve(const QString &revision) const
{
    auto c = d->commit(revision);
    if (!c)
        return c.error();
    return Commit{QString::fromLatin1(git_oid_tostr_s(git_commit_id(c->get()))), QString::fromUtf8(git_commit_summary(c->get()))};
}

Result<QStringList> Repository::files(const QString &revision) const
{
    auto tree = d->tree(revision);
    if (!tree)
        return tree.error();
    Snapshot snapshot;
    WalkState state{d->repo, {}, 0, &snapshot, {}};
    if (git_tree_walk(tree->get(), GIT_TREEWALK_PRE, visit, &state) != 0)
        return makeError(state.error.isEmpty() ? lastError() : state.error);
    std::sort(snapshot.paths.begin(), snapshot.paths.end());
    return snapshot.paths;
}

Result<Changes> Repository::diff(const QString &from, const QString &to) const
{
    auto a = d->tree(from);
    if (!a)
        return a.error();
    auto b = d->tree(to);
    if (!b)
        return b.error();
    git_diff *rawDiff = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_IGNORE_SUBMODULES | GIT_DIFF_SKIP_BINARY_CHECK | GIT_DIFF_INCLUDE_TYPECHANGE;
    if (git_diff_tree_to_tree(&rawDiff, d->repo, a->get(), b->get(), &options) != 0)
        return makeError(lastError());
    Owned<git_diff, git_diff_free> diff(rawDiff);
    Changes changes;
    auto isFile = [](const git_diff_file &f) { return f.mode == GIT_FILEMODE_BLOB || f.mode == GIT_FILEMODE_BLOB_EXECUTABLE; };
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        const QString oldPath = QString::fromUtf8(delta->old_file.path);
        const QString newPath = QString::fromUtf8(delta->new_file.path);
        const bool wasFile = delta->status != GIT_DELTA_ADDED && isFile(delta->old_file) && !skippedPath(oldPath);
        const bool isNowFile = delta->status != GIT_DELTA_DELETED && isFile(delta->new_file) && !skippedPath(newPath);
        if (wasFile && isNowFile)
            changes.modified.append(newPath);
        else if (isNowFile)
            changes.added.append(newPath);
        else if (wasFile)
            changes.deleted.append(oldPath);
    }
    return changes;
}

Result<Snapshot> Repository::exportFiles(const QString &revision, const QStringList *paths, const QString &targetDir, qint64 maxFileSize) const
{
    auto c = d->commit(revision);
    if (!c)
        return c.error();
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, c->get()) != 0)
        return makeError(lastError());
    Owned<git_tree, git_tree_free> tree(rawTree);
    Snapshot snapshot;
    snapshot.commit = QString::fromLatin1(git_oid_tostr_s(git_commit_id(c->get())));
    snapshot.summary = QString::fromUtf8(git_commit_summary(c->get()));
    const QString target = QDir(targetDir).absolutePath();
    if (!paths) {
        WalkState state{d->repo, target, maxFileSize, &snapshot, {}};
        if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, visit, &state) != 0)
            return makeError(state.error.isEmpty() ? lastError() : state.error);
        std::sort(snapshot.paths.begin(), snapshot.paths.end());
        return snapshot;
    }
    for (const QString &relative : *paths) {
        if (skippedPath(relative)) {
            ++snapshot.skipped;
            continue;
        }
        git_tree_entry *rawEntry = nullptr;
        const QByteArray encoded = relative.toUtf8();
        if (git_tree_entry_bypath(&rawEntry, tree.get(), encoded.constData()) != 0)
            continue; // not in this revision
        Owned<git_tree_entry, git_tree_entry_free> entry(rawEntry);
        const git_filemode_t mode = git_tree_entry_filemode(entry.get());
        if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) {
            ++snapshot.skipped;
            continue;
        }
        QString error;
        const int before = snapshot.skipped;
        if (!writeBlob(d->repo, git_tree_entry_id(entry.get()), target + QLatin1Char('/') + relative, maxFileSize, &snapshot.skipped, &error))
            return makeError(error);
        if (snapshot.skipped == before) {
            ++snapshot.files;
            snapshot.paths.append(relative);
        }
    }
    return snapshot;
}

Result<bool> Repository::isClean() const
{
    if (git_repository_is_bare(d->repo))
        return false;
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list *rawList = nullptr;
    if (git_status_list_new(&rawList, d->repo, &options) != 0)
        return makeError(lastError());
    Owned<git_status_list, git_status_list_free> list(rawList);
    return git_status_list_entrycount(list.get()) == 0;
}

bool isRepository(const QString &path)
{
    Library library;
    git_repository *repo = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const bool found = git_repository_open_ext(&repo, encoded.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) == 0;
    git_repository_free(repo);
    return found;
}

Result<Snapshot> exportRevision(const QString &repositoryPath, const QString &revision, const QString &targetDir, qint64 maxFileSize)
{
    auto repo = Repository::open(repositoryPath);
    if (!repo)
        return repo.error();
    return repo->exportFiles(revision, nullptr, targetDir, maxFileSize);
}

} // namespace tw::git
