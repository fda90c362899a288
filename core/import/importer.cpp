// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "import/openapi/openapiimporter.h"
#include "import/repo/composeimporter.h"
#include "import/repo/dockerfileimporter.h"
#include "import/repo/kubernetesimporter.h"
#include "import/repo/manifestimporter.h"
#include "import/repo/reconcile.h"
#include "import/repo/secrets.h"
#include "import/repo/sourcecode.h"
#include "import/repo/walker.h"
#include "import/terraform/terraformimporter.h"
#include "store/audit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tw::importer {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::Importer", text);
}

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
    static const QRegularExpression json(QStringLiteral("\"(openapi|swagger)\"\\s*:\\s*\"[23]\\."));
    static const QRegularExpression yaml(QStringLiteral("(^|\\n)(openapi|swagger)\\s*:\\s*['\"]?[23]\\."));
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


/** What a file is, by its (lower-case) name and its content. */
ArtifactKind detectContent(const QString &name, QByteArrayView content)
{
    if (name.endsWith(QLatin1StringView(".tf")) || name.endsWith(QLatin1StringView(".tf.json")))
        return ArtifactKind::Terraform;
    if (dockerfile::looksLikeDockerfile(name))
        return ArtifactKind::Dockerfile;
    if (manifests::looksLikeManifest(name))
        return ArtifactKind::PackageManifest;
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
    QString digest; ///< "sha256:<hex>"; empty when the file could not be read
    bool binary = false;
    bool code = false; ///< source code in a language the heuristics read
    QList<secrets::Finding> secrets;
    sourcecode::Findings findings;

    /** The kind recorded with the version's inputs. */
    QString inputKind() const
    {
        return kind != ArtifactKind::Unknown ? kindName(kind) : code ? QStringLiteral("source") : QStringLiteral("text");
    }
};

FileFacts readFacts(const QString &absolute, const QString &relative, bool scan)
{
    FileFacts facts;
    facts.relative = relative;
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    const QByteArray content = file.readAll();
    if (repo::looksBinary(content)) {
        facts.binary = true;
        return facts;
    }
    facts.digest = QStringLiteral("sha256:") + audit::sha256Hex(content);
    facts.kind = detectContent(QFileInfo(relative).fileName().toLower(), content);
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

/** Folders that hold a Dockerfile or a package manifest: each is a component ("svc:<folder>"). */
QSet<QString> componentFolders(const Tree &tree)
{
    QSet<QString> folders;
    for (const FileFacts &f : tree.facts) {
        if (f.kind == ArtifactKind::Dockerfile || f.kind == ArtifactKind::PackageManifest)
            folders.insert(f.relative.contains(QLatin1Char('/')) ? f.relative.section(QLatin1Char('/'), 0, -2) : QString());
    }
    return folders;
}

/** The component a file belongs to: the nearest folder above it that is one, else the root. */
QString ownerOf(const QString &relative, const QSet<QString> &folders, const QString &rootName)
{
    QString folder = relative.contains(QLatin1Char('/')) ? relative.section(QLatin1Char('/'), 0, -2) : QString();
    while (!folder.isEmpty()) {
        if (folders.contains(folder))
            return QStringLiteral("svc:") + folder.section(QLatin1Char('/'), -1);
        folder = folder.contains(QLatin1Char('/')) ? folder.section(QLatin1Char('/'), 0, -2) : QString();
    }
    return QStringLiteral("svc:") + rootName;
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
        model.diagnostics.append(fragment.diagnostics);
    }
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
            return makeError(tr("Import cancelled"));
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
            return makeError(tr("Import cancelled"));
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
            return makeError(tr("Import cancelled"));
        step(artifact.relative);
        ++done;
        Result<ModelFragment> fragment = makeError(tr("unsupported"));
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
        }
        if (!fragment) {
            failed(artifact, fragment.error().message);
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
                                            tr("hard-coded %1%2 (%3)").arg(secrets::describe(f.type), name, f.fingerprint),
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

/** Reads a folder's files (or one file) into a Tree, and their facts. */
Result<Tree> readTree(const QString &path, const Options &options, bool scan, int *filesRead)
{
    Tree tree;
    const QFileInfo info(path);
    QList<repo::WalkedFile> files;
    if (info.isFile()) {
        tree.root = info.absolutePath();
        files.append(repo::WalkedFile{info.fileName(), info.size()});
    } else {
        repo::WalkOptions walkOptions;
        walkOptions.cancel = options.cancel;
        walkOptions.maxFileSize = options.maxFileSize;
        auto walked = repo::walk(info.absoluteFilePath(), walkOptions);
        if (!walked)
            return walked.error();
        tree.root = info.absoluteFilePath();
        files = std::move(walked->files);
        tree.notes = std::move(walked->notes);
        for (Diagnostic &d : tree.notes)
            d.source.artifact = QStringLiteral("walk");
    }
    tree.name = QDir(tree.root).dirName();
    int done = 0;
    for (const repo::WalkedFile &file : std::as_const(files)) {
        if (options.cancel && options.cancel->load())
            return makeError(tr("Import cancelled"));
        if (options.progress && ++done % 500 == 0)
            options.progress(0, tr("reading %1").arg(file.relative));
        FileFacts facts = readFacts(tree.root + QLatin1Char('/') + file.relative, file.relative, scan);
        ++*filesRead;
        if (facts.binary || facts.digest.isEmpty())
            continue;
        tree.files.append(file.relative);
        tree.facts.insert(file.relative, std::move(facts));
    }
    return tree;
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

Result<Outcome> importPaths(const QStringList &paths, const Options &options)
{
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            return makeError(tr("%1 does not exist").arg(path));
    }
    Outcome outcome;
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
    for (const QString &path : paths) {
        const bool folder = QFileInfo(path).isDir();
        auto tree = readTree(path, options, folder && options.scanContents, &outcome.filesRead);
        if (!tree)
            return tree.error();
        outcome.model.diagnostics.append(tree->notes);
        auto fragment = assemble(*tree, nullptr, options, &outcome.artifacts);
        if (!fragment)
            return fragment.error();
        merger.merge(*fragment);
        TreeSecrets treeSecrets{{}, componentFolders(*tree), tree->name};
        for (const QString &relative : std::as_const(tree->files)) {
            if (folder && tree->facts[relative].kind == ArtifactKind::OpenApi)
                specOwners.insert(relative, ownerOf(relative, treeSecrets.folders, tree->name));
        }
        for (const QString &relative : std::as_const(tree->files)) {
            const FileFacts &f = tree->facts[relative];
            treeSecrets.findings.append(f.secrets);
            // Inputs are named relative to their root; the second root with the same relative
            // path is told apart by its folder name.
            const QString name = inputPaths.contains(relative) ? tree->name + QLatin1Char('/') + relative : relative;
            inputPaths.insert(name);
            outcome.inputs.append(InputDigest{name, f.inputKind(), f.digest});
        }
        found.append(treeSecrets.findings);
        perTree.append(std::move(treeSecrets));
    }
    // APIs first find their services, so a secret in a spec belongs to the service serving it.
    reconcile::attachApis(outcome.model, specOwners);
    for (const TreeSecrets &t : std::as_const(perTree)) {
        if (!t.findings.isEmpty())
            attachSecrets(outcome.model, t.findings, t.folders, t.name);
    }
    secrets::scrub(outcome.model, found);
    if (options.progress)
        options.progress(100, QString());
    const bool anything = !outcome.artifacts.isEmpty() || !found.isEmpty() || !outcome.model.components.isEmpty();
    if (!anything)
        return makeError(tr("Nothing to import: no OpenAPI/Swagger spec, Terraform, compose file, Kubernetes manifest, Dockerfile or package manifest was found in %1")
                             .arg(paths.join(QStringLiteral(", "))));
    return outcome;
}

} // namespace tw::importer
