// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/walker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <git2.h>
#include <git2/sys/repository.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace tw::repo {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Walker)
};

struct Library
{
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
};

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : Tr::tr("unknown libgit2 error");
}

struct RepoFree
{
    void operator()(git_repository *r) const { git_repository_free(r); }
};
struct IndexFree
{
    void operator()(git_index *i) const { git_index_free(i); }
};
struct DiffFree
{
    void operator()(git_diff *d) const { git_diff_free(d); }
};

struct State
{
    const WalkOptions *options = nullptr;
    QString root;          ///< canonical root, no trailing slash
    QByteArray prefix;     ///< the root relative to the working tree, with a trailing '/' (or empty)
    WalkResult *result = nullptr;
    int seen = 0;
    bool cancelled = false;
};

bool underSkippedFolder(QStringView relative)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype slash = relative.indexOf(QLatin1Char('/'), from);
        if (slash < 0)
            return false;
        if (isSkippedFolder(relative.mid(from, slash - from)))
            return true;
        from = slash + 1;
    }
}

/**
 * Called by libgit2 for every entry of the working tree it would report. Returning 1 keeps the
 * entry out of the diff (we collect what we need here, so the diff stays empty and small);
 * returning a negative value stops the walk.
 */
int notify(const git_diff *, const git_diff_delta *delta, const char *, void *payload)
{
    auto *state = static_cast<State *>(payload);
    if (state->options->cancel && state->options->cancel->load()) {
        state->cancelled = true;
        return -1;
    }
    WalkResult &result = *state->result;
    if (delta->status == GIT_DELTA_IGNORED) {
        ++result.ignored;
        return 1;
    }
    if (delta->status == GIT_DELTA_DELETED)
        return 1; // tracked but not in the working tree
    const git_diff_file &file = delta->new_file;
    if (file.mode == GIT_FILEMODE_COMMIT || file.mode == GIT_FILEMODE_TREE)
        return 1; // a submodule: another repository
    QByteArrayView path(file.path);
    if (!state->prefix.isEmpty()) {
        if (!path.startsWith(state->prefix))
            return 1;
        path = path.sliced(state->prefix.size());
    }
    const QString relative = QString::fromUtf8(path);
    if (underSkippedFolder(relative)) {
        ++result.skippedFolders; // tracked files below vendor/, build/ …: ignore rules do not apply to them
        return 1;
    }
    qint64 size = qint64(file.size);
    if (file.mode == GIT_FILEMODE_LINK) {
        const QFileInfo link(state->root + QLatin1Char('/') + relative);
        const QString target = link.canonicalFilePath();
        const bool inside = !target.isEmpty() && target.startsWith(state->root + QLatin1Char('/'));
        if (!inside) {
            result.notes.append(Diagnostic{DiagnosticLevel::Info, Tr::tr("symbolic link leaves the import root; not followed"),
                                           SourceRef{{}, relative, 0, 0}});
            return 1;
        }
        if (!QFileInfo(target).isFile()) {
            result.notes.append(Diagnostic{DiagnosticLevel::Info, Tr::tr("symbolic link to a folder; not followed"),
                                           SourceRef{{}, relative, 0, 0}});
            return 1;
        }
        size = QFileInfo(target).size();
    }
    if (size > state->options->maxFileSize) {
        result.notes.append(Diagnostic{DiagnosticLevel::Info,
                                       Tr::tr("larger than %1 MB; skipped").arg(state->options->maxFileSize / (1024 * 1024)),
                                       SourceRef{{}, relative, 0, 0}});
        return 1;
    }
    result.files.append(WalkedFile{relative, size});
    if (state->options->progress && ++state->seen % 500 == 0)
        state->options->progress(state->seen, relative);
    return 1;
}

} // namespace

bool isSkippedFolder(QStringView name)
{
    static const QStringView skipped[] = {u".git", u".hg", u".svn", u"node_modules", u"vendor", u".terraform",
                                          u"build", u"dist", u"target", u"__pycache__", u".venv", u"bower_components"};
    return std::find(std::begin(skipped), std::end(skipped), name) != std::end(skipped);
}

const char *skippedFolderRules()
{
    return ".git/\n.hg/\n.svn/\nnode_modules/\nvendor/\n.terraform/\nbuild/\ndist/\ntarget/\n__pycache__/\n.venv/\nbower_components/\n";
}

bool looksBinary(QByteArrayView content)
{
    const qsizetype n = std::min<qsizetype>(content.size(), 8000);
    return n > 0 && std::memchr(content.data(), 0, size_t(n)) != nullptr;
}

Result<WalkResult> walk(const QString &rootPath, const WalkOptions &options)
{
    const QFileInfo info(rootPath);
    if (!info.isDir())
        return makeError(Tr::tr("%1 is not a folder").arg(rootPath));
    Library library;
    WalkResult result;
    result.root = info.canonicalFilePath();
    const QByteArray encodedRoot = QFile::encodeName(result.root);

    // A git working tree (the root or a folder inside one) is walked with its own index and
    // ignore rules; anything else gets an in-memory repository with an empty index whose
    // working tree is the root, so that git's ignore rules apply all the same.
    std::unique_ptr<git_repository, RepoFree> repo;
    std::unique_ptr<git_index, IndexFree> index;
    QByteArray prefix;
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, encodedRoot.constData(), 0, nullptr) == 0 && !git_repository_is_bare(raw)
        && git_repository_workdir(raw)) {
        repo.reset(raw);
        const QString workdir = QFileInfo(QFile::decodeName(git_repository_workdir(raw))).canonicalFilePath();
        const QString relative = QDir(workdir).relativeFilePath(result.root);
        if (relative.startsWith(QLatin1StringView(".."))) {
            repo.reset(); // the root is inside .git or elsewhere: walk it as a plain folder
        } else {
            if (relative != QLatin1StringView("."))
                prefix = relative.toUtf8() + '/';
            git_index *rawIndex = nullptr;
            if (git_repository_index(&rawIndex, raw) != 0)
                return makeError(Tr::tr("%1: the git index cannot be read: %2").arg(rootPath, lastError()));
            index.reset(rawIndex);
            result.gitWorkingTree = true;
        }
    } else {
        git_repository_free(raw);
    }
    if (!repo) {
        raw = nullptr;
        git_index *rawIndex = nullptr;
        if (git_repository_new(&raw) != 0)
            return makeError(lastError());
        repo.reset(raw);
        if (git_repository_set_workdir(raw, encodedRoot.constData(), 0) != 0 || git_index_new(&rawIndex) != 0)
            return makeError(Tr::tr("%1 cannot be walked: %2").arg(rootPath, lastError()));
        index.reset(rawIndex);
        if (git_repository_set_index(raw, rawIndex) != 0)
            return makeError(lastError());
    }
    // Dependency and build folders are pruned like ignored folders (never entered); the rules
    // live only in this repository object, nothing is written.
    if (git_ignore_add_rule(repo.get(), skippedFolderRules()) != 0)
        return makeError(lastError());

    State state;
    state.options = &options;
    state.root = result.root;
    state.prefix = prefix;
    state.result = &result;
    git_diff_options diffOptions = GIT_DIFF_OPTIONS_INIT;
    diffOptions.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_INCLUDE_UNMODIFIED
        | GIT_DIFF_INCLUDE_IGNORED | GIT_DIFF_IGNORE_SUBMODULES | GIT_DIFF_INCLUDE_TYPECHANGE | GIT_DIFF_SKIP_BINARY_CHECK;
    diffOptions.notify_cb = notify;
    diffOptions.payload = &state;
    QByteArray spec = prefix.chopped(prefix.isEmpty() ? 0 : 1);
    char *pathspec = spec.data();
    if (!prefix.isEmpty()) {
        diffOptions.pathspec.strings = &pathspec;
        diffOptions.pathspec.count = 1;
    }
    git_diff *rawDiff = nullptr;
    const int rc = git_diff_index_to_workdir(&rawDiff, repo.get(), index.get(), &diffOptions);
    std::unique_ptr<git_diff, DiffFree> diff(rawDiff);
    if (state.cancelled)
        return makeError(Tr::tr("cancelled"));
    if (rc != 0)
        return makeError(Tr::tr("%1 cannot be walked: %2").arg(rootPath, lastError()));
    // libgit2 lists in git's path order, which is this one for most trees: checking is linear.
    const auto byPath = [](const WalkedFile &a, const WalkedFile &b) { return a.relative < b.relative; };
    if (!std::is_sorted(result.files.cbegin(), result.files.cend(), byPath))
        std::sort(result.files.begin(), result.files.end(), byPath);
    if (result.ignored > 0)
        result.notes.append(Diagnostic{DiagnosticLevel::Info,
                                       QCoreApplication::translate("tw::Walker", "%n file(s) or folder(s) left out by .gitignore or as dependency/build folders",
                                                                   nullptr, result.ignored),
                                       SourceRef{}});
    if (options.progress)
        options.progress(int(result.files.size()), QString());
    return result;
}

} // namespace tw::repo
