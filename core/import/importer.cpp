// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "import/openapi/openapiimporter.h"
#include "import/repo/composeimporter.h"
#include "import/repo/dockerfileimporter.h"
#include "import/repo/kubernetesimporter.h"
#include "import/repo/manifestimporter.h"
#include "import/repo/walker.h"
#include "import/terraform/terraformimporter.h"
#include "store/audit.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
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
bool looksLikeOpenApi(const QByteArray &head)
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
bool declaresOpenApiVersion(QFile &file)
{
    if (file.size() > 256 * 1024 * 1024)
        return false;
    file.seek(0);
    const QByteArray text = file.readAll();
    static const QRegularExpression json(QStringLiteral("\"(openapi|swagger)\"\\s*:\\s*\"[23]\\."));
    static const QRegularExpression yaml(QStringLiteral("(^|\\n)(openapi|swagger)\\s*:\\s*['\"]?[23]\\."));
    for (const char *key : {"\"openapi\"", "\"swagger\"", "openapi:", "swagger:"}) {
        qsizetype at = 0;
        while ((at = text.indexOf(key, at)) >= 0) {
            const QString window = QString::fromUtf8(text.mid(qMax<qsizetype>(0, at - 1), 40));
            if (json.match(window).hasMatch() || yaml.match(window).hasMatch())
                return true;
            at += 1;
        }
    }
    return false;
}

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("sha256:") + audit::sha256Hex(file.readAll());
}

template<typename T>
void mergeById(QList<T> &into, const QList<T> &from, QSet<QString> &seen)
{
    for (const T &item : from) {
        if (!seen.contains(item.id)) {
            seen.insert(item.id);
            into.append(item);
            continue;
        }
        // The same element seen in two artifacts (a compose service and its Dockerfile): one
        // element with the evidence and the facts of both; what the first said stays.
        for (T &existing : into) {
            if (existing.id != item.id)
                continue;
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
            break;
        }
    }
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ArtifactKind::Unknown;
    const QByteArray head = file.read(4096);
    if (looksLikeOpenApi(head))
        return ArtifactKind::OpenApi;
    if (declaresOpenApiVersion(file))
        return ArtifactKind::OpenApi; // e.g. Stripe's JSON, whose keys are sorted: "openapi" comes after 1 MB of components
    if (!name.endsWith(QLatin1StringView(".json")) && kubernetes::looksLikeManifest(head))
        return ArtifactKind::Kubernetes;
    if (!name.endsWith(QLatin1StringView(".json")) && compose::looksLikeCompose(name, head))
        return ArtifactKind::Compose;
    return ArtifactKind::Unknown;
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
    const QList<Artifact> artifacts = discover(paths, options, &outcome.model.diagnostics);
    QSet<QString> components, boundaries, entryPoints, flows, assets;
    auto merge = [&](const ModelFragment &fragment) {
        mergeById(outcome.model.components, fragment.components, components);
        mergeById(outcome.model.boundaries, fragment.boundaries, boundaries);
        mergeById(outcome.model.entryPoints, fragment.entryPoints, entryPoints);
        mergeById(outcome.model.flows, fragment.flows, flows);
        mergeById(outcome.model.assets, fragment.assets, assets);
        outcome.model.diagnostics.append(fragment.diagnostics);
    };
    auto record = [&](const Artifact &artifact) {
        outcome.inputs.append(InputDigest{artifact.relative, kindName(artifact.kind), sha256OfFile(artifact.path)});
        outcome.artifacts.append(artifact);
    };

    // Terraform is read per folder (a folder is a module); shallow folders first, so a root
    // module imports the local modules it calls with their module addresses, and those folders
    // are not imported again as roots of their own.
    QMap<QString, QList<Artifact>> terraformFolders;
    for (const Artifact &artifact : artifacts) {
        if (artifact.kind == ArtifactKind::Terraform)
            terraformFolders[QFileInfo(artifact.path).absolutePath()].append(artifact);
    }
    QStringList folders = terraformFolders.keys();
    std::stable_sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/')); });
    QSet<QString> coveredFiles;
    const int total = int(artifacts.size());
    int done = 0;
    for (const QString &folder : folders) {
        if (options.cancel && options.cancel->load())
            return makeError(tr("Import cancelled"));
        const QList<Artifact> &files = terraformFolders[folder];
        done += int(files.size());
        const bool covered = std::all_of(files.cbegin(), files.cend(), [&](const Artifact &a) { return coveredFiles.contains(a.relative); });
        for (const Artifact &file : files)
            record(file);
        if (covered)
            continue;
        if (options.progress)
            options.progress(100 * done / qMax(1, total), files.first().relative);
        terraform::ImportOptions o;
        o.rootDir = files.first().root;
        o.cancel = options.cancel;
        auto fragment = terraform::importPath(folder, o);
        if (!fragment) {
            outcome.model.diagnostics.append(Diagnostic{DiagnosticLevel::Error, fragment.error().message,
                                                        SourceRef{{}, files.first().relative, 0, 0}});
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
        merge(*fragment);
    }

    // Kubernetes manifests are read together: a Service and the workload it selects, or an
    // environment value naming a Service, are usually in different files.
    QMap<QString, QStringList> manifestsByRoot;
    for (const Artifact &artifact : artifacts) {
        if (artifact.kind == ArtifactKind::Kubernetes) {
            manifestsByRoot[artifact.root].append(artifact.path);
            record(artifact);
        }
    }
    for (auto it = manifestsByRoot.cbegin(); it != manifestsByRoot.cend(); ++it) {
        if (options.cancel && options.cancel->load())
            return makeError(tr("Import cancelled"));
        auto fragment = kubernetes::importManifests(it.value(), it.key());
        done += int(it.value().size());
        if (fragment)
            merge(*fragment);
        else
            outcome.model.diagnostics.append(Diagnostic{DiagnosticLevel::Error, fragment.error().message, SourceRef{}});
    }

    for (const Artifact &artifact : artifacts) {
        if (artifact.kind == ArtifactKind::Terraform || artifact.kind == ArtifactKind::Kubernetes)
            continue;
        if (options.cancel && options.cancel->load())
            return makeError(tr("Import cancelled"));
        if (options.progress)
            options.progress(100 * done / qMax(1, total), artifact.relative);
        ++done;
        Result<ModelFragment> fragment = makeError(tr("unsupported"));
        if (artifact.kind == ArtifactKind::OpenApi) {
            openapi::ImportOptions o;
            o.rootDir = artifact.root;
            o.cancel = options.cancel;
            fragment = openapi::importSpec(artifact.path, o);
        } else if (artifact.kind == ArtifactKind::Compose) {
            fragment = compose::importCompose(artifact.path, artifact.root);
        } else if (artifact.kind == ArtifactKind::Dockerfile) {
            fragment = dockerfile::importDockerfile(artifact.path, artifact.root);
        } else if (artifact.kind == ArtifactKind::PackageManifest) {
            fragment = manifests::importManifest(artifact.path, artifact.root);
        } else {
            continue;
        }
        if (!fragment) {
            outcome.model.diagnostics.append(Diagnostic{DiagnosticLevel::Error, fragment.error().message,
                                                        SourceRef{{}, artifact.relative, 0, 0}});
            continue;
        }
        record(artifact);
        merge(*fragment);
    }
    if (options.progress)
        options.progress(100, QString());
    if (outcome.artifacts.isEmpty())
        return makeError(tr("Nothing to import: no OpenAPI/Swagger spec, Terraform, compose file, Kubernetes manifest, Dockerfile or package manifest was found in %1")
                             .arg(paths.join(QStringLiteral(", "))));
    return outcome;
}

} // namespace tw::importer
