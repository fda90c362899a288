// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "common/threadpools.h"
#include "import/openapi/openapiimporter.h"
#include "import/repo/composeimporter.h"
#include "import/repo/dockerfileimporter.h"
#include "import/repo/gitsource.h"
#include "import/repo/images.h"
#include "import/repo/kubernetesimporter.h"
#include "import/repo/manifestimporter.h"
#include "import/repo/reconcile.h"
#include "import/repo/secrets.h"
#include "import/repo/sourcecode.h"
#include "import/repo/statcache.h"
#include "import/repo/walker.h"
#include "import/terraform/terraformimporter.h"
#include "interop/interop.h"
#include "store/audit.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <numeric>
#include <atomic>
#include <cerrno>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tw::importer {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Importer)
};

/** Does a YAML/JSON document declare itself as OpenAPI or Swagger near its top? */
bool looksLikeOpenApi(QByteArrayView head)
{
    for (const QByteArrayView key : {QByteArrayView("openapi"), QByteArrayView("swagger")}) {
        qsizetype from = 0;
        while ((from = head.indexOf(key, from)) >= 0) {
            const bool lineStart = from == 0 || head.at(from - 1) == '\n';
            const bool quoted = from > 0 && head.at(from - 1) == '"';
            const qsizetype after = from + key.size() + (quoted ? 1 : 0);
            if ((lineStart || quoted) && after < head.size() && (head.at(after) == ':' || head.at(after) == ' '))
                return true;
            from += key.size();
        }
    }
    return false;
}

/**
 * A version declaration anywhere in the document: `"openapi": "3.…"` / `"swagger": "2.0"` in JSON,
 * `openapi: 3.…` at the start of a line in YAML.
 */
bool declaresOpenApiVersion(QByteArrayView text)
{
    thread_local const QRegularExpression json(QStringLiteral("\"(openapi|swagger)\"\\s*:\\s*\"[23]\\."));
    thread_local const QRegularExpression yaml(QStringLiteral("(^|\\n)(openapi|swagger)\\s*:\\s*['\"]?[23]\\."));
    for (const char *key : {"\"openapi\"", "\"swagger\"", "openapi:", "swagger:"}) {
        qsizetype at = 0;
        while ((at = text.indexOf(key, at)) >= 0) {
            const qsizetype from = qMax<qsizetype>(0, at - 1);
            const QString window = QString::fromUtf8(text.sliced(from, qMin<qsizetype>(40, text.size() - from)));
            if (json.match(window).hasMatch() || yaml.match(window).hasMatch())
                return true;
            at += 1;
        }
    }
    return false;
}

template<typename T>
void mergeById(QList<T> &into, const QList<T> &from, QHash<QString, qsizetype> &index)
{
    for (const T &item : from) {
        const auto found = index.constFind(item.id);
        if (found == index.cend()) {
            index.insert(item.id, into.size());
            into.append(item);
            continue;
        }
        // The same element seen in two artifacts (a compose service and its Dockerfile): one
        // element with the evidence and the facts of both; what the first said stays.
        {
            T &existing = into[*found];
            for (const SourceRef &ref : item.sources) {
                if (!existing.sources.contains(ref))
                    existing.sources.append(ref);
            }
            for (auto it = item.attributes.begin(); it != item.attributes.end(); ++it) {
                const QJsonValue mine = existing.attributes.value(it.key());
                if (mine.isUndefined()) {
                    existing.attributes.insert(it.key(), it.value());
                } else if (mine.isArray() && it.value().isArray()) {
                    // Lists add up (the dependencies of two manifests, the mounts of two files).
                    QJsonArray merged = mine.toArray();
                    for (const QJsonValue &v : it.value().toArray()) {
                        if (!merged.contains(v))
                            merged.append(v);
                    }
                    existing.attributes.insert(it.key(), merged);
                }
            }
        }
    }
}


std::optional<ArtifactKind> interopKind(const QString &name, QByteArrayView head);

/** What a file is, by its (lower-case) name and its content. */
ArtifactKind detectContent(const QString &name, QByteArrayView content)
{
    if (name.endsWith(QLatin1StringView(".tf")) || name.endsWith(QLatin1StringView(".tf.json")))
        return ArtifactKind::Terraform;
    if (dockerfile::looksLikeDockerfile(name))
        return ArtifactKind::Dockerfile;
    if (manifests::looksLikeManifest(name))
        return ArtifactKind::PackageManifest;
    // Threat models of other tools: an extension or a top-level marker decides, so they are
    // checked before the looser OpenAPI/Kubernetes/compose sniffing below.
    if (const auto kind = interopKind(name, content.first(qMin<qsizetype>(4096, content.size()))))
        return *kind;
    const bool structured = name.endsWith(QLatin1StringView(".yaml")) || name.endsWith(QLatin1StringView(".yml"))
        || name.endsWith(QLatin1StringView(".json")) || name.endsWith(QLatin1StringView(".json.unprocessed"));
    if (!structured)
        return ArtifactKind::Unknown;
    const QByteArray head = content.first(qMin<qsizetype>(4096, content.size())).toByteArray();
    if (looksLikeOpenApi(head))
        return ArtifactKind::OpenApi;
    if (content.size() <= 256 * 1024 * 1024 && declaresOpenApiVersion(content))
        return ArtifactKind::OpenApi; // e.g. Stripe's JSON, whose keys are sorted: "openapi" comes after 1 MB of components
    if (!name.endsWith(QLatin1StringView(".json")) && kubernetes::looksLikeManifest(head))
        return ArtifactKind::Kubernetes;
    if (!name.endsWith(QLatin1StringView(".json")) && compose::looksLikeCompose(name, head))
        return ArtifactKind::Compose;
    return ArtifactKind::Unknown;
}

/** What one read of a file told. */
struct FileFacts
{
    QString relative;
    ArtifactKind kind = ArtifactKind::Unknown;
    QString digest; ///< "sha256:<hex>"; empty when the file could not be read or was not hashed
    bool readable = false; ///< a text file: read now, or vouched for by the previous version
    bool binary = false;
    bool code = false; ///< source code in a language the heuristics read
    QList<secrets::Finding> secrets;
    sourcecode::Findings findings;
    repo::FileStamp stamp; ///< fstat() of the file as it was read (for the stat cache)
    bool cached = false;   ///< not read: the stat cache vouched for it

    /** The kind recorded with the version's inputs. */
    QString inputKind() const
    {
        return kind != ArtifactKind::Unknown ? kindName(kind) : code ? QStringLiteral("source") : QStringLiteral("text");
    }
};

/** A file's content, or only that it is binary (git's rule: a NUL in the first 8,000 bytes). */
struct Content
{
    QByteArray bytes;
    repo::FileStamp stamp;
    bool binary = false;
};

/**
 * A whole file in one read. Plain POSIX calls: QFile stats the path before opening it, and a
 * scan opens every file of the tree. A binary file is read no further than its first 8,000
 * bytes (its content is never used). The stamp is fstat()'s before the first byte is read: a
 * change during the read shows as a later stamp next time.
 */
std::optional<Content> readWhole(const QByteArray &encodedPath)
{
    const int fd = ::open(encodedPath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    struct stat st;
    Content content;
    if (::fstat(fd, &st) == 0) {
        content.stamp = repo::stampOf(st);
        if (st.st_size > 0)
            content.bytes.reserve(qsizetype(st.st_size));
    }
    char buffer[65536];
    bool ok = true;
    bool sniffed = false;
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            content.bytes.append(buffer, n);
            if (!sniffed && content.bytes.size() >= 8000) {
                sniffed = true;
                if (repo::looksBinary(content.bytes)) {
                    content.binary = true;
                    content.bytes.clear();
                    break;
                }
            }
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            ok = false;
            break;
        }
    }
    ::close(fd);
    if (ok && !sniffed && repo::looksBinary(content.bytes)) {
        content.binary = true;
        content.bytes.clear();
    }
    return ok ? std::optional<Content>(std::move(content)) : std::nullopt;
}

FileFacts readFacts(const QString &absolute, const QString &relative, bool scan, bool digest = true)
{
    FileFacts facts;
    facts.relative = relative;
    const std::optional<Content> read = readWhole(QFile::encodeName(absolute));
    if (!read)
        return facts;
    facts.stamp = read->stamp;
    if (read->binary) {
        facts.binary = true;
        return facts;
    }
    const QByteArray &content = read->bytes;
    facts.readable = true;
    if (digest) // 9 ms for GitHub's 13 MB spec, with the CPU's SHA instructions
        facts.digest = QStringLiteral("sha256:") + audit::sha256Hex(content);
    facts.kind = detectContent(relative.section(QLatin1Char('/'), -1).toLower(), content);
    const sourcecode::Language language = sourcecode::languageOf(relative);
    facts.code = language != sourcecode::Language::None;
    if (scan) {
        facts.secrets = secrets::scan(content, relative);
        if (facts.code)
            facts.findings = sourcecode::scan(content, language);
    }
    return facts;
}

/** A folder (or one file) being imported, with what is known of each of its files. */
struct Tree
{
    QString root;      ///< absolute
    QString name;      ///< the root folder's name: the component "svc:<name>" of files at the top
    QStringList files; ///< relative, sorted
    QHash<QString, FileFacts> facts;
    QList<Diagnostic> notes; ///< from the walk
};

QSet<QString> componentFolders(const QHash<QString, FileFacts> &facts);

/** Folders that hold a Dockerfile or a package manifest: each is a component ("svc:<folder>"). */
QSet<QString> componentFolders(const Tree &tree)
{
    return componentFolders(tree.facts);
}

/** The component a file belongs to: the nearest folder above it that is one, else the root. */
QString ownerOf(const QString &relative, const QSet<QString> &folders, const QString &rootName)
{
    QString folder = relative.contains(QLatin1Char('/')) ? relative.section(QLatin1Char('/'), 0, -2) : QString();
    while (!folder.isEmpty()) {
        if (folders.contains(folder))
            return QStringLiteral("svc:") + images::componentNameOf(folder, rootName);
        folder = folder.contains(QLatin1Char('/')) ? folder.section(QLatin1Char('/'), 0, -2) : QString();
    }
    return QStringLiteral("svc:") + rootName;
}

/** Component folders (relative, "" for the root) → the component each stands for. */
QHash<QString, QString> folderComponents(const Tree &tree)
{
    QHash<QString, QString> out;
    for (const QString &folder : componentFolders(tree))
        out.insert(folder, QStringLiteral("svc:") + images::componentNameOf(folder, tree.name));
    return out;
}

/** Fragments merged by id, with indexes so merging stays linear. */
struct Merger
{
    ModelFragment &model;
    QHash<QString, qsizetype> components, boundaries, entryPoints, flows, assets;

    explicit Merger(ModelFragment &into) : model(into)
    {
        auto index = [](const auto &list, QHash<QString, qsizetype> &out) {
            for (qsizetype i = 0; i < list.size(); ++i)
                out.insert(list[i].id, i);
        };
        index(model.components, components);
        index(model.boundaries, boundaries);
        index(model.entryPoints, entryPoints);
        index(model.flows, flows);
        index(model.assets, assets);
    }
    void merge(const ModelFragment &fragment)
    {
        mergeById(model.components, fragment.components, components);
        mergeById(model.boundaries, fragment.boundaries, boundaries);
        mergeById(model.entryPoints, fragment.entryPoints, entryPoints);
        mergeById(model.flows, fragment.flows, flows);
        mergeById(model.assets, fragment.assets, assets);
        // Threats a fragment brings (imported threat models) travel on; the same one twice is one.
        for (const Threat &t : fragment.threats) {
            if (!threats.contains(t.fingerprint)) {
                threats.insert(t.fingerprint);
                model.threats.append(t);
            }
        }
        model.diagnostics.append(fragment.diagnostics);
    }
    QSet<QString> threats;
};

/**
 * Runs the importers over the files of `tree` that are in `subset` (every artifact file when
 * `subset` is null), in an order that depends only on the paths, so the same files always give
 * the same model.
 */
Result<ModelFragment> assemble(const Tree &tree, const QSet<QString> *subset, const Options &options, QList<Artifact> *imported)
{
    ModelFragment out;
    Merger merger(out);
    QList<Artifact> artifacts;
    for (const QString &relative : tree.files) {
        const FileFacts &f = tree.facts[relative];
        if (f.kind != ArtifactKind::Unknown && (!subset || subset->contains(relative)))
            artifacts.append(Artifact{tree.root + QLatin1Char('/') + relative, relative, tree.root, f.kind});
    }
    auto failed = [&out](const Artifact &a, const QString &message) {
        out.diagnostics.append(Diagnostic{DiagnosticLevel::Error, message, SourceRef{{}, a.relative, 0, 0}});
    };
    const int total = int(artifacts.size());
    int done = 0;
    auto step = [&](const QString &what) {
        if (options.progress)
            options.progress(100 * done / qMax(1, total), what);
    };

    // Terraform is read per folder (a folder is a module); shallow folders first, so a root
    // module imports the local modules it calls with their module addresses, and those folders
    // are not imported again as roots of their own.
    QMap<QString, QList<Artifact>> terraformFolders;
    for (const Artifact &artifact : std::as_const(artifacts)) {
        if (artifact.kind == ArtifactKind::Terraform)
            terraformFolders[QFileInfo(artifact.path).absolutePath()].append(artifact);
    }
    QStringList folders = terraformFolders.keys();
    std::stable_sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/')); });
    QSet<QString> coveredFiles;
    for (const QString &folder : std::as_const(folders)) {
        if (options.cancel && options.cancel->load())
            return makeError(Tr::tr("Import cancelled"));
        const QList<Artifact> &files = terraformFolders[folder];
        done += int(files.size());
        imported->append(files);
        if (std::all_of(files.cbegin(), files.cend(), [&](const Artifact &a) { return coveredFiles.contains(a.relative); }))
            continue;
        step(files.first().relative);
        terraform::ImportOptions o;
        o.rootDir = tree.root;
        o.cancel = options.cancel;
        auto fragment = terraform::importPath(folder, o);
        if (!fragment) {
            failed(files.first(), fragment.error().message);
            continue;
        }
        // Every file the module tree read is covered; its folders are not roots.
        auto cover = [&coveredFiles](const auto &list) {
            for (const auto &element : list) {
                for (const SourceRef &ref : element.sources)
                    coveredFiles.insert(ref.file);
            }
        };
        cover(fragment->components);
        cover(fragment->boundaries);
        cover(fragment->flows);
        merger.merge(*fragment);
    }

    // Kubernetes manifests are read together: a Service and the workload it selects, or an
    // environment value naming a Service, are usually in different files.
    QStringList manifests;
    for (const Artifact &artifact : std::as_const(artifacts)) {
        if (artifact.kind == ArtifactKind::Kubernetes) {
            manifests.append(artifact.path);
            imported->append(artifact);
        }
    }
    if (!manifests.isEmpty()) {
        if (options.cancel && options.cancel->load())
            return makeError(Tr::tr("Import cancelled"));
        auto fragment = kubernetes::importManifests(manifests, tree.root);
        done += int(manifests.size());
        if (fragment)
            merger.merge(*fragment);
        else
            out.diagnostics.append(Diagnostic{DiagnosticLevel::Error, fragment.error().message, SourceRef{}});
    }

    for (const Artifact &artifact : std::as_const(artifacts)) {
        if (artifact.kind == ArtifactKind::Terraform || artifact.kind == ArtifactKind::Kubernetes)
            continue;
        if (options.cancel && options.cancel->load())
            return makeError(Tr::tr("Import cancelled"));
        step(artifact.relative);
        ++done;
        Result<ModelFragment> fragment = makeError(Tr::tr("unsupported"));
        if (artifact.kind == ArtifactKind::OpenApi) {
            openapi::ImportOptions o;
            o.rootDir = tree.root;
            o.cancel = options.cancel;
            fragment = openapi::importSpec(artifact.path, o);
        } else if (artifact.kind == ArtifactKind::Compose) {
            fragment = compose::importCompose(artifact.path, tree.root);
        } else if (artifact.kind == ArtifactKind::Dockerfile) {
            fragment = dockerfile::importDockerfile(artifact.path, tree.root);
        } else if (artifact.kind == ArtifactKind::PackageManifest) {
            fragment = manifests::importManifest(artifact.path, tree.root);
        } else if (const auto format = interop::formatFromName(kindName(artifact.kind))) {
            fragment = interop::importFile(artifact.path, tree.root, *format);
        }
        if (!fragment) {
            failed(artifact, fragment.error().message);
            continue;
        }
        // A threat model that could not be read at all (its diagnostics say where) is not an
        // input: an empty version would close every threat of the previous one.
        const bool unreadable = fragment->isEmpty()
            && std::any_of(fragment->diagnostics.cbegin(), fragment->diagnostics.cend(),
                           [](const Diagnostic &d) { return d.level == DiagnosticLevel::Error; });
        if (unreadable && interop::formatFromName(kindName(artifact.kind))) {
            out.diagnostics.append(fragment->diagnostics);
            continue;
        }
        imported->append(artifact);
        merger.merge(*fragment);
    }

    // Source code: facts, routes and calls of the component each file belongs to, after the
    // artifacts so that what a manifest says about a component comes first.
    const QSet<QString> owners = componentFolders(tree);
    for (const QString &relative : tree.files) {
        if (subset && !subset->contains(relative))
            continue;
        const FileFacts &f = tree.facts[relative];
        if (!f.findings.isEmpty())
            merger.merge(sourcecode::toFragment(f.findings, relative, ownerOf(relative, owners, tree.name)));
    }

    // LLM SDKs declared as dependencies: the model provider is a component the service talks
    // to, with the manifest line as evidence.
    QList<std::tuple<QString, QString, QJsonArray>> declared; // component, manifest, its dependencies
    for (const Component &c : std::as_const(out.components)) {
        QMap<QString, QJsonArray> byManifest;
        for (const QJsonValue &v : c.attributes.value(QStringLiteral("dependencies")).toArray())
            byManifest[v.toObject().value(QStringLiteral("manifest")).toString()].append(v);
        for (auto it = byManifest.cbegin(); it != byManifest.cend(); ++it)
            declared.append({c.id, it.key(), it.value()});
    }
    for (const auto &[component, manifest, dependencies] : declared) {
        const sourcecode::Findings llm = sourcecode::llmClientsOf(dependencies);
        if (!llm.isEmpty())
            merger.merge(sourcecode::toFragment(llm, manifest, component, QStringLiteral("manifest")));
    }
    return out;
}

/**
 * Hard-coded secrets become facts of the component they belong to: the element defined in
 * the same file nearest above the line (the compose service, the Terraform resource), else the
 * component of the file's folder. The component gets the file as evidence, and each finding is
 * a warning at its line. Values never enter the model.
 */
void attachSecrets(ModelFragment &model, const QList<secrets::Finding> &findings, const QSet<QString> &folders, const QString &rootName)
{
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < model.components.size(); ++i)
        byId.insert(model.components[i].id, i);
    for (const secrets::Finding &f : findings) {
        qsizetype target = -1;
        int best = -1;
        bool fileHasComponents = false;
        for (qsizetype i = 0; i < model.components.size(); ++i) {
            for (const SourceRef &ref : model.components[i].sources) {
                if (ref.file != f.file || ref.artifact == QLatin1StringView("secrets"))
                    continue;
                fileHasComponents = true;
                if (ref.line <= f.line && ref.line > best) {
                    best = ref.line;
                    target = i;
                }
            }
        }
        if (target < 0 && !fileHasComponents)
            target = byId.value(ownerOf(f.file, folders, rootName), -1);
        const QString name = f.name.isEmpty() ? QString() : QStringLiteral(" %1").arg(f.name);
        model.diagnostics.append(Diagnostic{DiagnosticLevel::Warning,
                                            Tr::tr("hard-coded %1%2 (%3)").arg(secrets::describe(f.type), name, f.fingerprint),
                                            SourceRef{QStringLiteral("secrets"), f.file, f.line, f.column}});
        if (target < 0)
            continue;
        Component &c = model.components[target];
        QJsonArray list = c.attributes.value(QStringLiteral("hardcoded-secrets")).toArray();
        bool known = false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject entry = list[i].toObject();
            // The compose, Kubernetes and Dockerfile importers record secret-named variables
            // already: complete their entry instead of adding a second one.
            if (entry.value(QStringLiteral("fingerprint")).toString() == f.fingerprint
                && entry.value(QStringLiteral("line")).toInt() == f.line) {
                const QJsonObject found = secrets::toJson(f);
                for (auto it = found.begin(); it != found.end(); ++it) {
                    if (!entry.contains(it.key()))
                        entry.insert(it.key(), it.value());
                }
                list[i] = entry;
                known = true;
                break;
            }
        }
        if (!known)
            list.append(secrets::toJson(f));
        c.attributes.insert(QStringLiteral("hardcoded-secrets"), list);
        if (std::none_of(c.sources.cbegin(), c.sources.cend(), [&](const SourceRef &r) { return r.file == f.file; }))
            c.sources.append(SourceRef{QStringLiteral("secrets"), f.file, f.line, f.column});
    }
}

FileFacts factsOf(const InputDigest &input);

/** The previous version's inputs by path (the importer's mark left out). */
using KnownInputs = QHash<QString, const InputDigest *>;

/** Whether `text` ("sha256:<hex>") is the digest `raw` (32 bytes). */
bool sameDigest(const QString &text, const QByteArray &raw)
{
    constexpr qsizetype prefix = 7; // "sha256:"
    return text.size() == prefix + 64 && text.startsWith(QLatin1StringView("sha256:"))
        && QStringView(text).sliced(prefix) == QLatin1StringView(raw.toHex());
}

/**
 * What the stat cache can stand for without reading the file: that it is binary (then and now;
 * never an input), or that it holds what the previous version recorded, whose facts (kind,
 * digest) it then takes. Anything else — a new file, a digest the previous version does not
 * have — is read: the cache only ever confirms, so a stale or damaged one cannot change a model.
 */
std::optional<FileFacts> fromCache(const repo::StatCache::Entry &entry, const QString &relative, const KnownInputs *known)
{
    const InputDigest *before = known ? known->value(relative) : nullptr;
    if (entry.digest.isEmpty()) {
        if (before)
            return std::nullopt; // text when the previous version was made: read it
        FileFacts f;
        f.relative = relative;
        f.binary = true;
        f.cached = true;
        return f;
    }
    if (!before || !sameDigest(before->digest, entry.digest))
        return std::nullopt;
    FileFacts f = factsOf(*before);
    f.cached = true;
    return f;
}

/** How a tree is read. */
struct Reading
{
    bool scan = false;                  ///< secrets and source code, besides the digest
    const QStringList *listed = nullptr; ///< files written from a git revision (no walk)
    QString name;                       ///< the root component's name (default: the folder's)
    bool useCache = false;              ///< folders: with the stat cache of Options::statCacheDir
    const KnownInputs *known = nullptr; ///< the previous version's inputs, which the cache may confirm
};

/** Reads a folder's files (or one file) into a Tree, and their facts. */
Result<Tree> readTree(const QString &path, const Options &options, const Reading &how, Outcome *outcome)
{
    Tree tree;
    const QFileInfo info(path);
    QList<repo::WalkedFile> files;
    std::unique_ptr<repo::StatCache> cache;
    QFuture<std::unique_ptr<repo::StatCache>> opening;
    if (how.listed) {
        // Files written from a git revision: all of them count, ignore files do not apply.
        tree.root = info.absoluteFilePath();
        for (const QString &relative : *how.listed)
            files.append(repo::WalkedFile{relative, 0, {}});
    } else if (info.isFile()) {
        tree.root = info.absolutePath();
        files.append(repo::WalkedFile{info.fileName(), info.size(), {}});
    } else {
        // Opened (read and checked) on another core while this one walks; its start time,
        // taken first thing, precedes every stat and read of this scan's files.
        if (how.useCache && !options.statCacheDir.isEmpty() && options.digests)
            opening = QtConcurrent::run(parallelPool(), [dir = options.statCacheDir, root = info.canonicalFilePath()] { return repo::StatCache::open(dir, root); });
        repo::WalkOptions walkOptions;
        walkOptions.cancel = options.cancel;
        walkOptions.maxFileSize = options.maxFileSize;
        if (how.useCache)
            walkOptions.cacheDir = options.statCacheDir; // the walk cache lives beside the stat cache
        auto walked = repo::walk(info.absoluteFilePath(), walkOptions);
        if (!walked)
            return walked.error();
        if (opening.isValid())
            cache = opening.takeResult();
        tree.root = info.absoluteFilePath();
        files = std::move(walked->files);
        tree.notes = std::move(walked->notes);
        for (Diagnostic &d : tree.notes)
            d.source.artifact = QStringLiteral("walk");
    }
    tree.name = how.name.isEmpty() ? QDir(tree.root).dirName() : how.name;
    std::atomic<int> done{0};
    QMutex progressLock; // the callback is called from one thread at a time
    const QString prefix = tree.root + QLatin1Char('/');
    QList<FileFacts> facts(files.size());
    FileFacts *const slot = facts.data(); // each task writes its own slots, no detaching
    const QList<repo::WalkedFile> &listed = files;
    QList<qsizetype> toRead; // indexes into files
    if (cache && cache->size() > 0) {
        // What the cache can vouch for, first: each file stat()ed relative to its folder, opened
        // once (O_PATH), so the kernel resolves one name instead of the whole path. Runs of up to
        // 1,000 files of one folder are one task (and one descriptor at a time).
        struct Run
        {
            qsizetype from, to;
            qsizetype folderLength; ///< of the folder's relative path, -1: the root
        };
        QList<Run> runs;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const qsizetype slash = listed[i].relative.lastIndexOf(QLatin1Char('/'));
            const QStringView folder = QStringView(listed[i].relative).first(qMax<qsizetype>(slash, 0));
            if (runs.isEmpty() || runs.last().to - runs.last().from >= 1000 || runs.last().folderLength != slash
                || QStringView(listed[runs.last().from].relative).first(qMax<qsizetype>(slash, 0)) != folder)
                runs.append(Run{i, i, slash});
            runs.last().to = i + 1;
        }
        const repo::StatCache &lookup = *cache;
        QList<QList<qsizetype>> missed = QtConcurrent::blockingMapped(parallelPool(), runs, [&](const Run &run) {
            QList<qsizetype> miss;
            if (options.cancel && options.cancel->load())
                return miss;
            const QString folder = run.folderLength < 0 ? tree.root : prefix + listed[run.from].relative.first(run.folderLength);
            int fd = -2; // opened when a file has no stamp from the walk (the walk cache's walk stats them)
            for (qsizetype i = run.from; i < run.to; ++i) {
                const QString &relative = listed[i].relative;
                repo::FileStamp stamp = listed[i].stamp;
                if (!stamp.isValid()) {
                    if (fd == -2)
                        fd = ::open(QFile::encodeName(folder).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
                    struct stat st;
                    const QByteArray name = QStringView(relative).sliced(run.folderLength + 1).toUtf8();
                    if (fd >= 0 && ::fstatat(fd, name.constData(), &st, 0) == 0)
                        stamp = repo::stampOf(st);
                }
                if (stamp.isValid()) {
                    if (const repo::StatCache::Entry *entry = lookup.lookup(relative, stamp)) {
                        if (std::optional<FileFacts> known = fromCache(*entry, relative, how.known)) {
                            slot[i] = *std::move(known);
                            continue;
                        }
                    }
                }
                miss.append(i);
            }
            if (fd >= 0)
                ::close(fd);
            return miss;
        });
        for (const QList<qsizetype> &m : std::as_const(missed))
            toRead.append(m);
    } else {
        toRead.resize(files.size());
        std::iota(toRead.begin(), toRead.end(), qsizetype(0));
    }
    // Reading, digesting and scanning are independent per file: all cores share the work.
    QtConcurrent::blockingMap(parallelPool(), toRead, [&](qsizetype i) {
        const repo::WalkedFile &file = listed[i];
        if (options.cancel && options.cancel->load())
            return;
        const int n = ++done;
        if (options.progress && n % 500 == 0) {
            const QMutexLocker lock(&progressLock);
            options.progress(0, Tr::tr("reading %1").arg(file.relative));
        }
        slot[i] = readFacts(prefix + file.relative, file.relative, how.scan, options.digests);
    });
    if (options.cancel && options.cancel->load())
        return makeError(Tr::tr("Import cancelled"));
    tree.facts.reserve(facts.size());
    for (const FileFacts &f : facts) {
        if (f.cached) {
            ++outcome->filesFromCache;
        } else {
            ++outcome->filesRead;
            if (cache && (f.binary || !f.digest.isEmpty()))
                cache->record(f.relative, f.stamp, f.binary ? QByteArray() : QByteArray::fromHex(QStringView(f.digest).sliced(7).toLatin1()));
        }
        if (f.binary || !f.readable)
            continue;
        tree.files.append(f.relative);
        tree.facts.insert(f.relative, f);
    }
    if (cache) {
        QList<QString> present;
        present.reserve(files.size());
        for (const repo::WalkedFile &file : std::as_const(files))
            present.append(file.relative);
        cache->save(present);
    }
    return tree;
}

/**
 * Says which importer and options built a version, so a later scan reuses its model only when
 * the same code would read the same files the same way. The root's name is part of it: it names
 * the root component.
 */
QString formatMarker(const QString &rootName, const Options &options)
{
    // Recorded as the SHA-256 of the description, like every other input's digest.
    const QString description = QStringLiteral("threatwright-import/1:%1:%2:%3").arg(rootName).arg(options.scanContents ? 1 : 0).arg(options.maxFileSize);
    return QStringLiteral("sha256:") + audit::sha256Hex(description.toUtf8());
}

const QString &markerPath()
{
    static const QString path = QStringLiteral(":importer");
    return path;
}

ArtifactKind kindFromName(const QString &name)
{
    // Every kind, so that an input's kind survives a scan that takes it from the previous version.
    for (const ArtifactKind k : {ArtifactKind::OpenApi, ArtifactKind::Terraform, ArtifactKind::Compose, ArtifactKind::Dockerfile,
                                 ArtifactKind::Kubernetes, ArtifactKind::PackageManifest, ArtifactKind::Otm, ArtifactKind::ThreatDragon,
                                 ArtifactKind::Threagile, ArtifactKind::Tm7, ArtifactKind::ThreatComposer}) {
        if (kindName(k) == name)
            return k;
    }
    return ArtifactKind::Unknown;
}

/** The facts a baseline's input row keeps: kind and digest (the content is not read again). */
FileFacts factsOf(const InputDigest &input)
{
    FileFacts f;
    f.relative = input.path;
    f.kind = kindFromName(input.kind);
    f.code = input.kind == QLatin1StringView("source");
    f.digest = input.digest;
    f.readable = true; // a text file when that version read it
    return f;
}

QSet<QString> componentFolders(const QHash<QString, FileFacts> &facts)
{
    QSet<QString> folders;
    for (const FileFacts &f : facts) {
        if (f.kind == ArtifactKind::Dockerfile || f.kind == ArtifactKind::PackageManifest)
            folders.insert(f.relative.contains(QLatin1Char('/')) ? f.relative.section(QLatin1Char('/'), 0, -2) : QString());
    }
    return folders;
}

/** What is known of the current tree during an import on top of a previous version. */
struct Current
{
    Tree tree;                  ///< every current text file; facts fresh or from the baseline
    QSet<QString> scanned;      ///< files read with the scanners in this run
    /// Makes files exist below tree.root (git: written from the revision); folders: nothing to do.
    std::function<Result<void>(const QStringList &)> materialize;
};

template<typename T>
void filesOf(const T &element, QSet<QString> &out)
{
    for (const SourceRef &ref : element.sources) {
        if (!ref.file.isEmpty())
            out.insert(ref.file);
    }
}

/**
 * The model of the current tree built on `baseline`: elements whose evidence lies only in
 * unchanged files are kept as they were; everything that touches a changed or deleted file —
 * and, transitively, everything that shares evidence with it or refers to it — is imported
 * again from the files it came from. The result is the model a full import would give, without
 * parsing the files nothing changed in.
 */
Result<Outcome> buildOnTop(Current &cur, const Baseline &baseline, QSet<QString> changes, const Options &options, Outcome outcome)
{
    Tree &tree = cur.tree;
    const SystemModel &base = baseline.model;
    QHash<QString, FileFacts> before;
    for (const InputDigest &in : baseline.inputs) {
        if (in.path != markerPath())
            before.insert(in.path, factsOf(in));
    }
    const QSet<QString> current(tree.files.cbegin(), tree.files.cend());
    QSet<QString> S = changes;

    // Artifacts read as a group are imported again as a group.
    auto touches = [&](ArtifactKind kind) {
        for (const QString &p : std::as_const(S)) {
            if ((tree.facts.contains(p) && tree.facts[p].kind == kind) || (before.contains(p) && before[p].kind == kind))
                return true;
        }
        return false;
    };
    for (const ArtifactKind kind : {ArtifactKind::Kubernetes, ArtifactKind::Terraform}) {
        if (!touches(kind))
            continue;
        for (const QString &p : std::as_const(tree.files)) {
            if (tree.facts[p].kind == kind)
                S.insert(p);
        }
    }
    // A Dockerfile or manifest added or removed moves files to another component.
    const QSet<QString> foldersNow = componentFolders(tree.facts);
    const QSet<QString> foldersBefore = componentFolders(before);
    if (foldersNow != foldersBefore) {
        for (const QString &p : std::as_const(tree.files)) {
            if (ownerOf(p, foldersNow, tree.name) != ownerOf(p, foldersBefore, tree.name))
                S.insert(p);
        }
    }

    QSet<QString> removed; // "<kind>|<id>" of baseline elements imported again
    QSet<QString> removedComponents, removedBoundaries, removedAssets;
    ModelFragment fresh;
    for (int round = 0;; ++round) {
        // Closure: elements with evidence in S go, with all their evidence; so does whatever
        // refers to an element that goes.
        for (bool grew = true; grew;) {
            grew = false;
            auto visit = [&](const auto &list, const char *kind, auto refersToRemoved) {
                for (const auto &e : list) {
                    const QString key = QLatin1StringView(kind) + QLatin1Char('|') + e.id;
                    if (removed.contains(key))
                        continue;
                    bool hit = refersToRemoved(e);
                    for (const SourceRef &ref : e.sources)
                        hit = hit || S.contains(ref.file);
                    if (!hit)
                        continue;
                    removed.insert(key);
                    if (kind[0] == 'c')
                        removedComponents.insert(e.id);
                    else if (kind[0] == 'b')
                        removedBoundaries.insert(e.id);
                    else if (kind[0] == 'a')
                        removedAssets.insert(e.id);
                    QSet<QString> files;
                    filesOf(e, files);
                    for (const QString &f : std::as_const(files))
                        S.insert(f);
                    grew = true;
                }
            };
            auto anyAsset = [&](const QStringList &ids) {
                return std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return removedAssets.contains(id); });
            };
            // A boundary no file states (the Kubernetes cluster) goes with the elements inside it.
            auto emptied = [&](const TrustBoundary &b) {
                if (!b.sources.isEmpty())
                    return false;
                for (const Component &c : base.components) {
                    if (c.boundaryId == b.id && removedComponents.contains(c.id))
                        return true;
                }
                for (const TrustBoundary &child : base.boundaries) {
                    if (child.parentId == b.id && removedBoundaries.contains(child.id))
                        return true;
                }
                return false;
            };
            visit(base.boundaries, "b", [&](const TrustBoundary &b) { return removedBoundaries.contains(b.parentId) || emptied(b); });
            visit(base.components, "c", [&](const Component &c) { return removedBoundaries.contains(c.boundaryId); });
            visit(base.assets, "a", [](const DataAsset &) { return false; });
            visit(base.entryPoints, "e", [&](const EntryPoint &e) {
                return removedComponents.contains(e.componentId) || anyAsset(e.requestAssetIds) || anyAsset(e.responseAssetIds);
            });
            visit(base.flows, "f", [&](const DataFlow &f) {
                return removedComponents.contains(f.sourceId) || removedComponents.contains(f.targetId) || anyAsset(f.assetIds);
            });
        }
        if (options.cancel && options.cancel->load())
            return makeError(Tr::tr("Import cancelled"));

        // Read what is imported again (with the scanners), writing it first when it comes from git.
        QStringList toRead;
        for (const QString &p : std::as_const(S)) {
            if (current.contains(p) && !cur.scanned.contains(p))
                toRead.append(p);
        }
        std::sort(toRead.begin(), toRead.end());
        if (cur.materialize) {
            if (auto r = cur.materialize(toRead); !r)
                return r.error();
        }
        for (const QString &p : std::as_const(toRead)) {
            FileFacts f = readFacts(tree.root + QLatin1Char('/') + p, p, options.scanContents);
            ++outcome.filesRead;
            cur.scanned.insert(p);
            if (f.binary || !f.readable) {
                tree.facts.remove(p);
                tree.files.removeAll(p);
                continue;
            }
            tree.facts.insert(p, std::move(f));
        }

        outcome.artifacts.clear();
        auto fragment = assemble(tree, &S, options, &outcome.artifacts);
        if (!fragment)
            return fragment.error();
        fresh = std::move(fragment).value();

        // An element the changed files make that an unchanged file also makes (a new compose
        // service whose folder already has a Dockerfile): both are imported together, in the
        // order a full import would merge them.
        const qsizetype sizeBefore = S.size();
        auto collide = [&](const auto &freshList, const auto &baseList, const char *kind) {
            QSet<QString> ids;
            for (const auto &e : freshList)
                ids.insert(e.id);
            for (const auto &e : baseList) {
                if (ids.contains(e.id) && !removed.contains(QLatin1StringView(kind) + QLatin1Char('|') + e.id)) {
                    QSet<QString> files;
                    filesOf(e, files);
                    for (const QString &f : std::as_const(files))
                        S.insert(f);
                }
            }
        };
        collide(fresh.components, base.components, "c");
        collide(fresh.boundaries, base.boundaries, "b");
        collide(fresh.entryPoints, base.entryPoints, "e");
        collide(fresh.flows, base.flows, "f");
        collide(fresh.assets, base.assets, "a");
        if (S.size() == sizeBefore || round > 50)
            break;
    }

    // Kept elements, then the new ones.
    ModelFragment &model = outcome.model;
    auto keep = [&](const auto &list, auto &into, const char *kind) {
        for (const auto &e : list) {
            if (!removed.contains(QLatin1StringView(kind) + QLatin1Char('|') + e.id))
                into.append(e);
        }
    };
    keep(base.components, model.components, "c");
    keep(base.boundaries, model.boundaries, "b");
    keep(base.entryPoints, model.entryPoints, "e");
    keep(base.flows, model.flows, "f");
    keep(base.assets, model.assets, "a");
    for (const Diagnostic &d : base.diagnostics) {
        const QString &artifact = d.source.artifact;
        if (artifact == QLatin1StringView("walk") || artifact == QLatin1StringView("reconcile") || d.source.file.isEmpty()
            || S.contains(d.source.file))
            continue;
        model.diagnostics.append(d);
    }
    model.diagnostics.append(tree.notes);
    Merger merger(model);
    merger.merge(fresh);

    QHash<QString, QString> specOwners;
    QList<secrets::Finding> found;
    for (const QString &p : std::as_const(tree.files)) {
        const FileFacts &f = tree.facts[p];
        if (f.kind == ArtifactKind::OpenApi)
            specOwners.insert(p, ownerOf(p, foldersNow, tree.name));
        if (S.contains(p))
            found.append(f.secrets);
    }
    reconcile::attachBuilds(model, folderComponents(tree));
    reconcile::attachTerraform(model);
    reconcile::attachApis(model, specOwners);
    if (!found.isEmpty())
        attachSecrets(model, found, foldersNow, tree.name);
    secrets::scrub(model, found);

    outcome.inputs.clear();
    outcome.inputs.append(InputDigest{markerPath(), QStringLiteral("importer"), formatMarker(tree.name, options)});
    for (const QString &p : std::as_const(tree.files)) {
        const FileFacts &f = tree.facts[p];
        outcome.inputs.append(InputDigest{p, f.inputKind(), f.digest});
    }
    return outcome;
}

/** The baseline can be built on when the same importer and options made it for this root. */
bool reusable(const Baseline &baseline, const QString &rootName, const Options &options)
{
    for (const InputDigest &in : baseline.inputs) {
        if (in.path == markerPath())
            return in.digest == formatMarker(rootName, options);
    }
    return false;
}

std::optional<ArtifactKind> interopKind(const QString &name, QByteArrayView head)
{
    const auto format = interop::detect(name, head.toByteArray());
    if (!format)
        return std::nullopt;
    switch (*format) {
    case interop::Format::Otm: return ArtifactKind::Otm;
    case interop::Format::ThreatDragon: return ArtifactKind::ThreatDragon;
    case interop::Format::Threagile: return ArtifactKind::Threagile;
    case interop::Format::Tm7: return ArtifactKind::Tm7;
    case interop::Format::ThreatComposer: return ArtifactKind::ThreatComposer;
    }
    return std::nullopt;
}

} // namespace

QString kindName(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::OpenApi: return QStringLiteral("openapi");
    case ArtifactKind::Terraform: return QStringLiteral("terraform");
    case ArtifactKind::Compose: return QStringLiteral("compose");
    case ArtifactKind::Dockerfile: return QStringLiteral("dockerfile");
    case ArtifactKind::Kubernetes: return QStringLiteral("kubernetes");
    case ArtifactKind::PackageManifest: return QStringLiteral("dependencies");
    case ArtifactKind::Otm: return interop::formatName(interop::Format::Otm);
    case ArtifactKind::ThreatDragon: return interop::formatName(interop::Format::ThreatDragon);
    case ArtifactKind::Threagile: return interop::formatName(interop::Format::Threagile);
    case ArtifactKind::Tm7: return interop::formatName(interop::Format::Tm7);
    case ArtifactKind::ThreatComposer: return interop::formatName(interop::Format::ThreatComposer);
    case ArtifactKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

ArtifactKind detect(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    QFile file(path);
    const bool structured = name.endsWith(QLatin1StringView(".yaml")) || name.endsWith(QLatin1StringView(".yml"))
        || name.endsWith(QLatin1StringView(".json")) || name.endsWith(QLatin1StringView(".json.unprocessed"));
    if (!structured)
        return detectContent(name, {});
    if (!file.open(QIODevice::ReadOnly) || file.size() > 256 * 1024 * 1024)
        return ArtifactKind::Unknown;
    return detectContent(name, file.readAll());
}

QList<Artifact> discover(const QStringList &paths, const Options &options, QList<Diagnostic> *skipped)
{
    QList<Artifact> found;
    for (const QString &input : paths) {
        const QFileInfo info(input);
        if (info.isFile()) {
            found.append(Artifact{info.absoluteFilePath(), info.fileName(), info.absolutePath(), detect(info.absoluteFilePath())});
            continue;
        }
        repo::WalkOptions walkOptions;
        walkOptions.cancel = options.cancel;
        walkOptions.maxFileSize = options.maxFileSize;
        auto walked = repo::walk(info.absoluteFilePath(), walkOptions);
        if (!walked) {
            if (skipped)
                skipped->append(Diagnostic{DiagnosticLevel::Error, walked.error().message, SourceRef{{}, input, 0, 0}});
            continue;
        }
        if (skipped)
            skipped->append(walked->notes);
        const QString root = info.absoluteFilePath();
        for (const repo::WalkedFile &file : walked->files) {
            if (options.cancel && options.cancel->load())
                return found;
            const QString path = root + QLatin1Char('/') + file.relative;
            const ArtifactKind kind = detect(path);
            if (kind != ArtifactKind::Unknown)
                found.append(Artifact{path, file.relative, root, kind});
        }
    }
    return found;
}

namespace {

/** A full import of what `readTree` read: the pipeline shared by folders, files and git revisions. */
Result<Outcome> importTrees(const QList<Tree> &trees, bool oneFolder, const Options &options, Outcome outcome)
{
    Merger merger(outcome.model);
    QList<secrets::Finding> found;
    QSet<QString> inputPaths;
    struct TreeSecrets
    {
        QList<secrets::Finding> findings;
        QSet<QString> folders;
        QString name;
    };
    QList<TreeSecrets> perTree;
    QHash<QString, QString> specOwners;
    for (const Tree &t : trees) {
        const Tree *tree = &t;
        outcome.model.diagnostics.append(tree->notes);
        auto fragment = assemble(*tree, nullptr, options, &outcome.artifacts);
        if (!fragment)
            return fragment.error();
        merger.merge(*fragment);
        TreeSecrets treeSecrets{{}, componentFolders(*tree), tree->name};
        for (const QString &relative : std::as_const(tree->files)) {
            if (tree->facts[relative].kind == ArtifactKind::OpenApi)
                specOwners.insert(relative, ownerOf(relative, treeSecrets.folders, tree->name));
        }
        for (const QString &relative : std::as_const(tree->files)) {
            const FileFacts &f = tree->facts[relative];
            treeSecrets.findings.append(f.secrets);
            // Inputs are named relative to their root; the second root with the same relative
            // path is told apart by its folder name.
            const QString name = inputPaths.contains(relative) || relative == markerPath() ? tree->name + QLatin1Char('/') + relative : relative;
            inputPaths.insert(name);
            outcome.inputs.append(InputDigest{name, f.inputKind(), f.digest});
        }
        found.append(treeSecrets.findings);
        perTree.append(std::move(treeSecrets));
    }
    outcome.inputs.prepend(InputDigest{markerPath(), QStringLiteral("importer"),
                                       formatMarker(oneFolder ? perTree.first().name : QStringLiteral("*"), options)});
    // Built folders join their compose services, then APIs find their services, so a secret in
    // a spec belongs to the service serving it.
    if (trees.size() == 1)
        reconcile::attachBuilds(outcome.model, folderComponents(trees.first()));
    reconcile::attachTerraform(outcome.model);
    reconcile::attachApis(outcome.model, specOwners);
    for (const TreeSecrets &t : std::as_const(perTree)) {
        if (!t.findings.isEmpty())
            attachSecrets(outcome.model, t.findings, t.folders, t.name);
    }
    secrets::scrub(outcome.model, found);
    if (options.progress)
        options.progress(100, QString());
    const bool anything = !outcome.artifacts.isEmpty() || !found.isEmpty() || !outcome.model.components.isEmpty();
    if (!anything) {
        // Say where, when a threat model was found but could not be read.
        for (const Diagnostic &d : std::as_const(outcome.model.diagnostics)) {
            if (d.level == DiagnosticLevel::Error && interop::formatFromName(d.source.artifact))
                return makeError(d.message, d.source.toString());
        }
        QStringList roots;
        for (const Tree &t : trees)
            roots.append(t.root);
        return makeError(Tr::tr("Nothing to import: no OpenAPI/Swagger spec, Terraform, compose file, Kubernetes manifest, Dockerfile, "
                            "package manifest or threat model (OTM, Threat Dragon, Threagile, .tm7, Threat Composer) was found in %1")
                             .arg(roots.join(QStringLiteral(", "))));
    }
    return outcome;
}

} // namespace

Result<Outcome> importPaths(const QStringList &paths, const Options &options)
{
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            return makeError(Tr::tr("%1 does not exist").arg(path));
    }
    Outcome outcome;
    QList<Tree> trees;
    for (const QString &path : paths) {
        const bool folder = QFileInfo(path).isDir();
        Reading how;
        how.scan = folder && options.scanContents;
        how.useCache = folder; // recorded for the next scan; only binary files are taken from it
        auto tree = readTree(path, options, how, &outcome);
        if (!tree)
            return tree.error();
        trees.append(std::move(tree).value());
    }
    return importTrees(trees, paths.size() == 1 && QFileInfo(paths.first()).isDir(), options, std::move(outcome));
}

Result<Outcome> importOnTop(const QString &folder, const Baseline &baseline, const Options &options)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return makeError(Tr::tr("%1 is not a folder").arg(folder));
    const QString name = QDir(info.absoluteFilePath()).dirName();
    if (!reusable(baseline, name, options))
        return importPaths({folder}, options);
    // Every file's digest (no parsing, no scanning) — read, or vouched for by the stat cache —
    // is compared with the baseline's inputs; only what differs is imported again.
    KnownInputs known;
    known.reserve(baseline.inputs.size());
    for (const InputDigest &in : baseline.inputs) {
        if (in.path != markerPath())
            known.insert(in.path, &in);
    }
    Outcome outcome;
    Reading how;
    how.useCache = true;
    how.known = &known;
    auto tree = readTree(folder, options, how, &outcome);
    if (!tree)
        return tree.error();
    QSet<QString> changes;
    for (const QString &p : std::as_const(tree->files)) {
        const InputDigest *before = known.value(p);
        if (!before)
            outcome.added.append(p);
        else if (before->digest != tree->facts[p].digest)
            outcome.modified.append(p);
    }
    for (const InputDigest &in : baseline.inputs) {
        if (in.path != markerPath() && !tree->facts.contains(in.path))
            outcome.deleted.append(in.path);
    }
    std::sort(outcome.deleted.begin(), outcome.deleted.end());
    changes.unite(QSet<QString>(outcome.added.cbegin(), outcome.added.cend()));
    changes.unite(QSet<QString>(outcome.modified.cbegin(), outcome.modified.cend()));
    changes.unite(QSet<QString>(outcome.deleted.cbegin(), outcome.deleted.cend()));
    if (changes.isEmpty()) {
        outcome.model = baseline.model;
        outcome.inputs = baseline.inputs;
        outcome.unchanged = true;
        return outcome;
    }
    Current cur;
    cur.tree = std::move(tree).value();
    return buildOnTop(cur, baseline, changes, options, std::move(outcome));
}

Result<Outcome> importRevision(const QString &repository, const QString &revision, const QString &scratch, const Options &options)
{
    auto repo = git::Repository::open(repository);
    if (!repo)
        return repo.error();
    // The export goes to a folder named like the repository: the root component keeps its name.
    const QString root = QDir(scratch).filePath(repo->name());
    if (!QDir().mkpath(root))
        return makeError(Tr::tr("cannot create %1").arg(root));
    auto snapshot = repo->exportFiles(revision, nullptr, root, options.maxFileSize);
    if (!snapshot)
        return snapshot.error();
    Outcome outcome;
    outcome.commit = snapshot->commit;
    outcome.summary = snapshot->summary;
    // Committed files are imported whatever the ignore files in the tree say (git's rule).
    Reading how;
    how.scan = options.scanContents;
    how.listed = &snapshot->paths;
    how.name = repo->name();
    auto tree = readTree(root, options, how, &outcome);
    if (!tree)
        return tree.error();
    return importTrees({std::move(tree).value()}, true, options, std::move(outcome));
}

Result<Outcome> importChanges(const QString &repository, const QString &since, const QString &revision, const QString &scratch,
                              const Baseline &baseline, const Options &options)
{
    auto repo = git::Repository::open(repository);
    if (!repo)
        return repo.error();
    auto head = repo->resolve(revision);
    if (!head)
        return head.error();
    auto changes = repo->diff(since, head->id);
    if (!changes)
        return changes.error();
    const QString name = repo->name();
    if (!reusable(baseline, name, options))
        return makeError(Tr::tr("The version built from %1 was not made by this importer for %2 with the same options; scan without --since first")
                             .arg(since, name));
    Outcome outcome;
    outcome.commit = head->id;
    outcome.summary = head->summary;
    outcome.added = changes->added;
    outcome.modified = changes->modified;
    outcome.deleted = changes->deleted;
    if (changes->isEmpty()) {
        outcome.model = baseline.model;
        outcome.inputs = baseline.inputs;
        outcome.unchanged = true;
        return outcome;
    }
    auto files = repo->files(head->id);
    if (!files)
        return files.error();
    Current cur;
    cur.tree.root = QDir(scratch).filePath(name);
    cur.tree.name = name;
    if (!QDir().mkpath(cur.tree.root))
        return makeError(Tr::tr("cannot create %1").arg(cur.tree.root));
    // The current files are those of the revision that were text before and are unchanged, plus
    // everything changed (read below); the rest were binary or oversized then and are still.
    QHash<QString, InputDigest> before;
    for (const InputDigest &in : baseline.inputs)
        before.insert(in.path, in);
    QSet<QString> changed(changes->added.cbegin(), changes->added.cend());
    changed.unite(QSet<QString>(changes->modified.cbegin(), changes->modified.cend()));
    for (const QString &p : std::as_const(*files)) {
        if (changed.contains(p)) {
            cur.tree.files.append(p);
            FileFacts pending;
            pending.relative = p;
            pending.digest = QStringLiteral("-"); // read below
            cur.tree.facts.insert(p, pending);
        } else if (before.contains(p)) {
            cur.tree.files.append(p);
            cur.tree.facts.insert(p, factsOf(before.value(p)));
        }
    }
    // Changed files are written and read first: their kinds decide what else is imported again.
    const QStringList changedList(changed.cbegin(), changed.cend());
    const git::Repository &r = *repo;
    const QString headId = head->id;
    const qint64 maxFileSize = options.maxFileSize;
    QSet<QString> written;
    cur.materialize = [&r, &written, headId, root = cur.tree.root, maxFileSize, &cur](const QStringList &paths) -> Result<void> {
        // Specs and compose files refer to other files ($ref, env files): the structured text
        // files of the revision are written along, once.
        QStringList wanted;
        for (const QString &p : paths) {
            if (!written.contains(p))
                wanted.append(p);
        }
        if (written.isEmpty()) {
            for (const QString &p : std::as_const(cur.tree.files)) {
                const QString lower = p.toLower();
                if (lower.endsWith(QLatin1StringView(".yaml")) || lower.endsWith(QLatin1StringView(".yml")) || lower.endsWith(QLatin1StringView(".json")))
                    wanted.append(p);
            }
        }
        if (wanted.isEmpty())
            return {};
        auto snapshot = r.exportFiles(headId, &wanted, root, maxFileSize);
        if (!snapshot)
            return snapshot.error();
        written.unite(QSet<QString>(wanted.cbegin(), wanted.cend()));
        return {};
    };
    if (auto r0 = cur.materialize(changedList); !r0)
        return r0.error();
    for (const QString &p : changedList) {
        FileFacts f = readFacts(cur.tree.root + QLatin1Char('/') + p, p, options.scanContents);
        ++outcome.filesRead;
        cur.scanned.insert(p);
        if (f.binary || !f.readable) {
            cur.tree.facts.remove(p);
            cur.tree.files.removeAll(p);
            continue;
        }
        cur.tree.facts.insert(p, std::move(f));
    }
    QSet<QString> all = changed;
    all.unite(QSet<QString>(changes->deleted.cbegin(), changes->deleted.cend()));
    return buildOnTop(cur, baseline, all, options, std::move(outcome));
}

QString cleanCommit(const QString &folder)
{
    if (!git::isRepository(folder))
        return {};
    auto repo = git::Repository::open(folder);
    if (!repo)
        return {};
    auto clean = repo->isClean();
    auto head = repo->resolve(QStringLiteral("HEAD"));
    return clean && *clean && head ? head->id : QString();
}

QString defaultStatCacheDir()
{
    if (qEnvironmentVariableIsSet("THREATWRIGHT_NO_STAT_CACHE"))
        return {};
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/Threatwright/stat-cache");
}

} // namespace tw::importer
