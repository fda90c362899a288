// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/gitsource.h"

#include "import/repo/walker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <git2.h>

#include <memory>

namespace tw::git {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::Git", text);
}

/** libgit2 wants one init per use; it counts. */
struct Library
{
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
};

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : tr("unknown libgit2 error");
}

template<typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

struct WalkState
{
    git_repository *repo = nullptr;
    QString target;
    qint64 maxFileSize = 0;
    Snapshot *snapshot = nullptr;
    QString error;
};

int writeEntry(const char *root, const git_tree_entry *entry, void *payload)
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
    if (name.contains(QLatin1Char('/')) || name == QLatin1StringView("..") || relative.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
        ++state->snapshot->skipped;
        return 0;
    }
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, state->repo, git_tree_entry_id(entry)) != 0) {
        state->error = lastError();
        return -1;
    }
    Owned<git_blob, git_blob_free> blob(rawBlob);
    const auto size = qint64(git_blob_rawsize(blob.get()));
    if (size > state->maxFileSize) {
        ++state->snapshot->skipped;
        return 0;
    }
    const QString path = state->target + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(static_cast<const char *>(git_blob_rawcontent(blob.get())), size) != size) {
        state->error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return -1;
    }
    ++state->snapshot->files;
    return 0;
}

} // namespace

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
    Library library;
    git_repository *rawRepo = nullptr;
    const QByteArray encoded = QFile::encodeName(repositoryPath);
    if (git_repository_open_ext(&rawRepo, encoded.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
        return makeError(tr("%1 is not a git repository: %2").arg(repositoryPath, lastError()));
    Owned<git_repository, git_repository_free> repo(rawRepo);
    git_object *rawObject = nullptr;
    const QByteArray rev = revision.toUtf8();
    if (git_revparse_single(&rawObject, repo.get(), rev.constData()) != 0)
        return makeError(tr("\"%1\" is not a revision of %2: %3").arg(revision, repositoryPath, lastError()));
    Owned<git_object, git_object_free> object(rawObject);
    git_object *rawCommit = nullptr;
    if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) != 0)
        return makeError(tr("\"%1\" does not name a commit: %2").arg(revision, lastError()));
    Owned<git_object, git_object_free> commitObject(rawCommit);
    auto *commit = reinterpret_cast<git_commit *>(commitObject.get());
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit) != 0)
        return makeError(lastError());
    Owned<git_tree, git_tree_free> tree(rawTree);

    Snapshot snapshot;
    snapshot.commit = QString::fromLatin1(git_oid_tostr_s(git_commit_id(commit)));
    snapshot.summary = QString::fromUtf8(git_commit_summary(commit));
    WalkState state{repo.get(), QDir(targetDir).absolutePath(), maxFileSize, &snapshot, {}};
    if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, writeEntry, &state) != 0)
        return makeError(state.error.isEmpty() ? lastError() : state.error);
    return snapshot;
}

} // namespace tw::git
