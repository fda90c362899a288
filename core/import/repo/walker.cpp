// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/walker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <git2.h>
#include <git2/sys/repository.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

struct State
{
    const WalkOptions *options = nullptr;
    QString root;          ///< canonical root, no trailing slash
    QByteArray prefix;     ///< the root relative to the working tree, with a trailing '/' (or empty)
    WalkResult *result = nullptr;
    int seen = 0;
    bool cancelled = false;
    /** For the walk cache: what libgit2 decided for each entry it reported, by folder. */
    bool classify = false;
    struct Reported
    {
        QHash<QByteArray, QHash<QByteArray, quint8>> byFolder; ///< folder → name → kind | type << 4
        QSet<QByteArray> withContent; ///< folders with a reported entry in them or below them
        QByteArray lastFolder;
        QHash<QByteArray, quint8> *last = nullptr; ///< libgit2 reports a folder's entries together

        void add(QByteArrayView path, quint8 decision)
        {
            const qsizetype slash = path.lastIndexOf('/');
            const QByteArrayView folder = slash < 0 ? QByteArrayView() : path.first(slash);
            if (!last || folder != lastFolder) {
                lastFolder = folder.toByteArray();
                last = &byFolder[lastFolder];
                for (QByteArray f = lastFolder; !withContent.contains(f);) {
                    withContent.insert(f);
                    if (f.isEmpty())
                        break;
                    const qsizetype up = f.lastIndexOf('/');
                    f.truncate(up < 0 ? 0 : up);
                }
            }
            last->insert(path.sliced(slash + 1).toByteArray(), decision);
        }
        const QHash<QByteArray, quint8> *in(const QByteArray &folder) const
        {
            const auto it = byFolder.constFind(folder);
            return it == byFolder.cend() ? nullptr : &*it;
        }
        void clear() { *this = Reported(); }
    } reported;
};

quint8 packed(WalkCache::Kind kind, WalkCache::Type type)
{
    return quint8(kind) | quint8(type << 4);
}

WalkCache::Type typeOfMode(uint32_t mode)
{
    return mode == GIT_FILEMODE_TREE ? WalkCache::Directory : mode == GIT_FILEMODE_LINK ? WalkCache::SymLink : WalkCache::RegularFile;
}

/**
 * The checks every listed file goes through, whoever listed it: a symbolic link must lead to a
 * file inside the root, and the file must not be over the size limit.
 */
void keepFile(State &state, const QString &relative, bool link, qint64 size, const FileStamp &stamp)
{
    WalkResult &result = *state.result;
    if (link) {
        const QFileInfo info(state.root + QLatin1Char('/') + relative);
        const QString target = info.canonicalFilePath();
        const bool inside = !target.isEmpty() && target.startsWith(state.root + QLatin1Char('/'));
        if (!inside) {
            result.notes.append(Diagnostic{DiagnosticLevel::Info, Tr::tr("symbolic link leaves the import root; not followed"),
                                           SourceRef{{}, relative, 0, 0}});
            return;
        }
        if (!QFileInfo(target).isFile()) {
            result.notes.append(Diagnostic{DiagnosticLevel::Info, Tr::tr("symbolic link to a folder; not followed"),
                                           SourceRef{{}, relative, 0, 0}});
            return;
        }
        size = QFileInfo(target).size();
    }
    if (size > state.options->maxFileSize) {
        result.notes.append(Diagnostic{DiagnosticLevel::Info,
                                       Tr::tr("larger than %1 MB; skipped").arg(state.options->maxFileSize / (1024 * 1024)),
                                       SourceRef{{}, relative, 0, 0}});
        return;
    }
    result.files.append(WalkedFile{relative, size, stamp});
    if (state.options->progress && ++state.seen % 500 == 0)
        state.options->progress(state.seen, relative);
}

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
        if (state->classify) {
            QByteArray path(delta->new_file.path);
            if (path.endsWith('/'))
                path.chop(1);
            state->reported.add(path, packed(WalkCache::Ignored, typeOfMode(delta->new_file.mode)));
        }
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
    if (state->classify)
        state->reported.add(path, packed(WalkCache::Listed, typeOfMode(file.mode)));
    keepFile(*state, relative, file.mode == GIT_FILEMODE_LINK, qint64(file.size), FileStamp{});
    return 1;
}

/**
 * libgit2's walk of the working tree (all of it, or only `pathlist`: exact paths of files and
 * folders, each folder with everything below it), reported through notify().
 */
int runDiff(git_repository *repo, git_index *index, State &state, const QList<QByteArray> &pathlist)
{
    git_diff_options diffOptions = GIT_DIFF_OPTIONS_INIT;
    diffOptions.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_INCLUDE_UNMODIFIED
        | GIT_DIFF_INCLUDE_IGNORED | GIT_DIFF_IGNORE_SUBMODULES | GIT_DIFF_INCLUDE_TYPECHANGE | GIT_DIFF_SKIP_BINARY_CHECK;
    diffOptions.notify_cb = notify;
    diffOptions.payload = &state;
    QByteArray spec = state.prefix.chopped(state.prefix.isEmpty() ? 0 : 1);
    std::vector<char *> strings;
    if (!pathlist.isEmpty()) {
        // Literal paths: libgit2 then enters only the folders on the way to them (its iterator's
        // path list), and names with '*' or '[' mean themselves.
        diffOptions.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
        for (const QByteArray &p : pathlist)
            strings.push_back(const_cast<char *>(p.constData()));
    } else if (!state.prefix.isEmpty()) {
        strings.push_back(spec.data());
    }
    diffOptions.pathspec.strings = strings.data();
    diffOptions.pathspec.count = strings.size();
    git_diff *rawDiff = nullptr;
    const int rc = git_diff_index_to_workdir(&rawDiff, repo, index, &diffOptions);
    git_diff_free(rawDiff);
    return rc;
}

QByteArray joined(const QByteArray &folder, QByteArrayView name)
{
    return folder.isEmpty() ? name.toByteArray() : folder + '/' + name.toByteArray();
}

/** fstatat() relative to a folder; invalid when there is no such entry. */
FileStamp stampAt(int fd, const char *name, int flags)
{
    struct stat st;
    if (::fstatat(fd, name, &st, flags) != 0)
        return {};
    return stampOf(st);
}

struct Listing
{
    QByteArray name;
    WalkCache::Type type;
};

/** The entries of an open folder that libgit2 would look at: files, folders and links. */
bool listFolder(int fd, QList<Listing> *out)
{
    const int copy = ::dup(fd);
    DIR *dir = copy >= 0 ? ::fdopendir(copy) : nullptr;
    if (!dir) {
        if (copy >= 0)
            ::close(copy);
        return false;
    }
    ::rewinddir(dir);
    while (const dirent *e = ::readdir(dir)) {
        const char *name = e->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            type = S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_UNKNOWN;
        }
        if (type == DT_REG)
            out->append(Listing{QByteArray(name), WalkCache::RegularFile});
        else if (type == DT_DIR)
            out->append(Listing{QByteArray(name), WalkCache::Directory});
        else if (type == DT_LNK)
            out->append(Listing{QByteArray(name), WalkCache::SymLink});
        // Anything else (fifos, sockets, devices) libgit2 passes over too.
    }
    ::closedir(dir);
    return true;
}

/**
 * A walk of a plain folder with the walk cache: folders whose stat is the recorded one are not
 * listed; folders that were are compared with their recorded entries, and only new entries go
 * to libgit2; folders whose ignore file changed are walked again by libgit2 with everything
 * below them. Anything unexpected sets `fallback`: the caller walks everything with libgit2.
 */
struct CachedWalk
{
    State &state;
    const QHash<QByteArray, WalkCache::Folder> &old;
    CachedWalk(State &s, const QHash<QByteArray, WalkCache::Folder> &o) : state(s), old(o) {}
    qint64 start = 0;
    QHash<QByteArray, WalkCache::Folder> fresh;
    QList<QByteArray> pathlist; ///< for libgit2
    QList<QByteArray> subtrees; ///< folders walked again from scratch (their ignore rules changed)
    struct Pending
    {
        QByteArray folder;
        Listing entry;
    };
    QList<Pending> pending; ///< new entries of listed folders, classified by libgit2
    bool fallback = false;
    bool changed = false;

    bool cancelled() const { return state.options->cancel && state.options->cancel->load(); }

    void fromCache(int fd, const QByteArray &rel)
    {
        if (fallback || cancelled())
            return void(fallback = true);
        const auto rec = old.constFind(rel);
        struct stat st;
        if (::fstat(fd, &st) != 0)
            return void(fallback = true);
        const FileStamp stamp = stampOf(st);
        const FileStamp ignoreFile = stampAt(fd, ".gitignore", 0);
        if (rec == old.cend() || rec->nested || !(ignoreFile == rec->ignoreFile)
            || (ignoreFile.isValid() && WalkCache::racy(ignoreFile, rec->recordedNs))) {
            // The rules of this folder (and so of all below it) may have changed.
            if (rel.isEmpty())
                return void(fallback = true);
            pathlist.append(rel);
            subtrees.append(rel);
            changed = true;
            return;
        }
        WalkCache::Folder folder;
        folder.stamp = stamp;
        folder.ignoreFile = ignoreFile;
        QList<Listing> added;
        if (stamp == rec->stamp && !WalkCache::racy(stamp, rec->recordedNs)) {
            folder.recordedNs = rec->recordedNs;
            folder.entries = rec->entries;
            ++state.result->foldersFromCache;
        } else {
            // Entries added, removed or renamed (or too recent to tell): list the folder, keep
            // what the cache decided for entries still there, ask libgit2 about the others.
            ++state.result->foldersListed;
            changed = true;
            folder.recordedNs = start;
            QList<Listing> now;
            if (!listFolder(fd, &now))
                return void(fallback = true);
            QHash<QByteArrayView, const WalkCache::Entry *> before;
            for (const WalkCache::Entry &e : rec->entries)
                before.insert(e.name, &e);
            for (const Listing &l : std::as_const(now)) {
                if (l.name == ".git") {
                    if (!rel.isEmpty())
                        return void(fallback = true); // a folder became a repository of its own
                    continue;
                }
                const WalkCache::Entry *e = before.value(l.name);
                if (e && e->type == l.type && e->kind != WalkCache::EnteredEmpty)
                    folder.entries.append(*e);
                else
                    added.append(l);
            }
        }
        // A nested repository stays one while its folder's stat is the same; else libgit2 decides.
        for (qsizetype i = 0; i < folder.entries.size();) {
            const WalkCache::Entry &e = folder.entries[i];
            if (e.kind == WalkCache::Nested) {
                const QByteArray path = joined(rel, e.name);
                const auto nested = old.constFind(path);
                const FileStamp now = stampAt(fd, e.name.constData(), AT_SYMLINK_NOFOLLOW);
                if (nested != old.cend() && nested->nested && now == nested->stamp && !WalkCache::racy(now, nested->recordedNs)) {
                    fresh.insert(path, *nested);
                } else {
                    added.append(Listing{e.name, e.type});
                    folder.entries.removeAt(i);
                    changed = true;
                    continue;
                }
            }
            ++i;
        }
        for (const Listing &l : std::as_const(added)) {
            pathlist.append(joined(rel, l.name));
            pending.append(Pending{rel, l});
        }
        for (const WalkCache::Entry &e : std::as_const(folder.entries)) {
            const QByteArray path = joined(rel, e.name);
            switch (e.kind) {
            case WalkCache::Listed: {
                struct stat fst;
                if (::fstatat(fd, e.name.constData(), &fst, 0) != 0) {
                    if (e.type != WalkCache::SymLink)
                        break; // gone since the folder's stat was taken: the next walk lists the folder
                    keepFile(state, QString::fromUtf8(path), true, 0, FileStamp{}); // a dangling link: noted
                    break;
                }
                keepFile(state, QString::fromUtf8(path), e.type == WalkCache::SymLink, qint64(fst.st_size), stampOf(fst));
                break;
            }
            case WalkCache::Ignored:
                ++state.result->ignored;
                break;
            case WalkCache::Entered:
            case WalkCache::EnteredEmpty: {
                const int sub = ::openat(fd, e.name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (sub < 0)
                    return void(fallback = true);
                fromCache(sub, path);
                ::close(sub);
                break;
            }
            case WalkCache::Nested:
                break;
            }
            if (fallback)
                return;
        }
        fresh.insert(rel, std::move(folder));
    }

    bool reportedBelow(const QByteArray &path) const { return state.reported.withContent.contains(path); }

    /** How a folder that libgit2 did not report as ignored was seen; records it when entered. */
    WalkCache::Kind classifyFolder(int parent, const QByteArray &path, const QByteArray &name)
    {
        const bool below = reportedBelow(path);
        if (!below && stampAt(parent, (name + "/.git").constData(), AT_SYMLINK_NOFOLLOW).isValid()) {
            WalkCache::Folder nested;
            nested.stamp = stampAt(parent, name.constData(), AT_SYMLINK_NOFOLLOW);
            nested.recordedNs = start;
            nested.nested = true;
            fresh.insert(path, nested);
            return WalkCache::Nested;
        }
        const int sub = ::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub < 0) {
            fallback = true;
            return WalkCache::EnteredEmpty;
        }
        record(sub, path);
        ::close(sub);
        return below ? WalkCache::Entered : WalkCache::EnteredEmpty;
    }

    /** Records the folder `rel` and what below it libgit2 entered, from this walk's report. */
    void record(int fd, const QByteArray &rel)
    {
        if (fallback || cancelled())
            return void(fallback = true);
        struct stat st;
        QList<Listing> now;
        // The stamp before the listing: a change after it shows as another stamp next time.
        if (::fstat(fd, &st) != 0 || !listFolder(fd, &now))
            return void(fallback = true);
        WalkCache::Folder folder;
        folder.stamp = stampOf(st);
        folder.ignoreFile = stampAt(fd, ".gitignore", 0);
        folder.recordedNs = start;
        const QHash<QByteArray, quint8> *here = state.reported.in(rel);
        for (const Listing &l : std::as_const(now)) {
            if (l.name == ".git")
                continue;
            const auto it = here ? here->constFind(l.name) : QHash<QByteArray, quint8>::const_iterator();
            if (here && it != here->cend()) {
                folder.entries.append(WalkCache::Entry{l.name, WalkCache::Kind(*it & 0x0f), l.type});
            } else if (l.type == WalkCache::Directory) {
                folder.entries.append(WalkCache::Entry{l.name, classifyFolder(fd, joined(rel, l.name), l.name), l.type});
            }
            // A file libgit2 did not report appeared during the walk: the folder's stamp is racy,
            // so the next walk lists the folder again and asks about it.
        }
        fresh.insert(rel, std::move(folder));
    }

    /** After libgit2 walked `pathlist`: records the new entries and the subtrees walked again. */
    void finish(const QString &root)
    {
        const QByteArray encodedRoot = QFile::encodeName(root);
        const int rootFd = ::open(encodedRoot.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (rootFd < 0)
            return void(fallback = true);
        for (const QByteArray &rel : std::as_const(subtrees)) {
            const int fd = ::openat(rootFd, rel.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (fd < 0) {
                fallback = true;
                break;
            }
            record(fd, rel);
            ::close(fd);
        }
        for (const Pending &p : std::as_const(pending)) {
            if (fallback)
                break;
            const QByteArray path = joined(p.folder, p.entry.name);
            WalkCache::Folder &folder = fresh[p.folder];
            const QHash<QByteArray, quint8> *here = state.reported.in(p.folder);
            const auto it = here ? here->constFind(p.entry.name) : QHash<QByteArray, quint8>::const_iterator();
            if (here && it != here->cend()) {
                folder.entries.append(WalkCache::Entry{p.entry.name, WalkCache::Kind(*it & 0x0f), p.entry.type});
            } else if (p.entry.type == WalkCache::Directory) {
                const int parent = p.folder.isEmpty() ? ::dup(rootFd)
                                                      : ::openat(rootFd, p.folder.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (parent < 0) {
                    fallback = true;
                    break;
                }
                const WalkCache::Kind kind = classifyFolder(parent, path, p.entry.name);
                ::close(parent);
                fresh[p.folder].entries.append(WalkCache::Entry{p.entry.name, kind, p.entry.type});
            }
        }
        ::close(rootFd);
    }
};

/**
 * What the ignore rules of a plain folder depend on besides its own `.gitignore` files: git's
 * global, XDG and system configuration (core.excludesFile, core.ignoreCase) and the global
 * excludes file, by path and stat. A file changed within the racy window makes a key that
 * matches nothing (the next walk starts afresh).
 */
QByteArray globalKey(git_repository *repo, const WalkOptions &options, qint64 start)
{
    QByteArray key = QByteArray("twwalk/1\n") + skippedFolderRules() + "max=" + QByteArray::number(options.maxFileSize) + '\n';
    QList<QByteArray> files;
    git_buf buf = GIT_BUF_INIT;
    for (auto find : {git_config_find_global, git_config_find_xdg, git_config_find_system, git_config_find_programdata}) {
        if (find(&buf) == 0)
            files.append(QByteArray(buf.ptr));
        git_buf_dispose(&buf);
    }
    git_config *config = nullptr;
    bool excludes = false;
    if (git_repository_config_snapshot(&config, repo) == 0) {
        if (git_config_get_path(&buf, config, "core.excludesfile") == 0) {
            files.append(QByteArray(buf.ptr));
            excludes = true;
        }
        git_buf_dispose(&buf);
        git_config_free(config);
    }
    if (!excludes) {
        const QByteArray xdg = qgetenv("XDG_CONFIG_HOME");
        files.append((xdg.isEmpty() ? qgetenv("HOME") + "/.config" : xdg) + "/git/ignore");
    }
    for (const QByteArray &f : std::as_const(files)) {
        const FileStamp s = stampOf(f.constData());
        key += f + ':' + QByteArray::number(s.size) + ':' + QByteArray::number(s.mtimeNs) + ':' + QByteArray::number(s.ctimeNs) + ':'
            + QByteArray::number(s.inode) + '\n';
        if (s.isValid() && WalkCache::racy(s, start))
            key += "racy:" + QByteArray::number(start) + '\n';
    }
    return key;
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
    int rc = 0;
    if (!options.cacheDir.isEmpty() && !result.gitWorkingTree) {
        // A plain folder with the walk cache. Everything recorded is compared with the start:
        // folders and ignore files changed after it are listed again next time (racy git).
        const qint64 start = nowNs();
        const QByteArray key = globalKey(repo.get(), options, start);
        const QHash<QByteArray, WalkCache::Folder> old = WalkCache::load(options.cacheDir, result.root, key);
        state.classify = true;
        CachedWalk cached{state, old};
        cached.start = start;
        if (!old.isEmpty()) {
            const int rootFd = ::open(encodedRoot.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (rootFd >= 0) {
                cached.fromCache(rootFd, QByteArray());
                ::close(rootFd);
            } else {
                cached.fallback = true;
            }
            if (!cached.fallback && !cached.pathlist.isEmpty()) {
                result.pathsWalked = int(cached.pathlist.size());
                rc = runDiff(repo.get(), index.get(), state, cached.pathlist);
                if (rc == 0 && !state.cancelled)
                    cached.finish(result.root);
            }
        }
        if (old.isEmpty() || cached.fallback) {
            if (cached.fallback && options.cancel && options.cancel->load())
                return makeError(Tr::tr("cancelled"));
            // No cache, another configuration, or something it cannot account for: libgit2
            // walks everything and the cache is recorded afresh.
            result.files.clear();
            result.notes.clear();
            result.ignored = 0;
            state.reported.clear();
            state.seen = 0;
            cached.fresh.clear();
            cached.subtrees = {QByteArray()};
            cached.pending.clear();
            cached.fallback = false;
            cached.changed = true;
            result.foldersFromCache = 0;
            result.foldersListed = 0;
            result.pathsWalked = -1;
            rc = runDiff(repo.get(), index.get(), state, {});
            if (rc == 0 && !state.cancelled) {
                cached.subtrees.clear();
                const int rootFd = ::open(encodedRoot.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
                if (rootFd >= 0) {
                    cached.record(rootFd, QByteArray());
                    ::close(rootFd);
                }
            }
        }
        if (rc == 0 && !state.cancelled && cached.changed && !cached.fallback) {
            // Each folder's entries in path order (a folder's name sorts as "name/"): the next
            // walk from the cache then lists the files sorted, and nothing needs sorting.
            for (WalkCache::Folder &folder : cached.fresh)
                std::sort(folder.entries.begin(), folder.entries.end(), [](const WalkCache::Entry &a, const WalkCache::Entry &b) {
                    const auto key = [](const WalkCache::Entry &e) {
                        return e.kind == WalkCache::Entered || e.kind == WalkCache::EnteredEmpty ? e.name + '/' : e.name;
                    };
                    return key(a) < key(b);
                });
            WalkCache::save(options.cacheDir, result.root, key, cached.fresh);
        }
    } else {
        rc = runDiff(repo.get(), index.get(), state, {});
    }
    if (state.cancelled)
        return makeError(Tr::tr("cancelled"));
    if (rc != 0)
        return makeError(Tr::tr("%1 cannot be walked: %2").arg(rootPath, lastError()));
    // Notes in path order, whoever found them (libgit2's order is git's, the cache's folder by folder).
    std::stable_sort(result.notes.begin(), result.notes.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.source.file < b.source.file; });
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
