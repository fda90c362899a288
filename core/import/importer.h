// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"
#include "store/project.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

/**
 * The one entry point from "paths a user gave" to "one model fragment": finds the artifacts
 * (OpenAPI/Swagger specs, Terraform, docker-compose), runs each through its importer, merges the fragments and
 * records what was read with its digest, so a version can say exactly what it was built from.
 */
namespace tw::importer {

enum class ArtifactKind {
    Unknown,
    OpenApi,
    Terraform,
    Compose,
    Dockerfile,
    Kubernetes,
    PackageManifest,
    // Threat models of other tools (core/interop).
    Otm,
    ThreatDragon,
    Threagile,
    Tm7,
    ThreatComposer,
};

struct Artifact
{
    QString path;     ///< absolute
    QString relative; ///< relative to the import root, as SourceRefs name it
    QString root;     ///< the import root: references may not leave it
    ArtifactKind kind = ArtifactKind::Unknown;
};

struct Options
{
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(int percent, const QString &what)> progress;
    qint64 maxFileSize = 64 * 1024 * 1024; ///< larger files are skipped with a warning
};

struct Outcome
{
    ModelFragment model;
    QList<InputDigest> inputs;
    QList<Artifact> artifacts;
};

/** What kind of artifact a file is, by name and by its first bytes. */
ArtifactKind detect(const QString &path);

/**
 * Finds the artifacts below `paths` (files or directories). Skips version-control, dependency
 * and build folders, binary files and symbolic links that leave the root.
 */
QList<Artifact> discover(const QStringList &paths, const Options &options, QList<Diagnostic> *skipped = nullptr);

/** Imports everything `paths` holds into one fragment. Fails only when nothing could be read. */
Result<Outcome> importPaths(const QStringList &paths, const Options &options = {});

QString kindName(ArtifactKind kind);

} // namespace tw::importer
