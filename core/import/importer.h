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
 * (OpenAPI/Swagger specs, Terraform, docker-compose, Kubernetes, Dockerfiles, package manifests),
 * runs each through its importer, reads every other text file of a folder for hard-coded secrets,
 * merges the fragments and records what was read with its digest, so a version can say exactly
 * what it was built from (docs/repository-importer.md).
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
    qint64 maxFileSize = 64 * 1024 * 1024; ///< larger files are skipped with a note
    /// Folders: read every text file for hard-coded secrets (and, later, source-code facts).
    /// Single files given by path are imported as artifacts only.
    bool scanContents = true;
    /// Folders: where the stat cache of scanned folders lives (docs/repository-importer.md, "Stat
    /// cache"; defaultStatCacheDir()). Empty: no cache, every file is read for its digest.
    QString statCacheDir;
    /// false: files are read for their kind and content but not hashed, and no stat cache is
    /// used; the outcome's inputs then carry no digests (inspect, which records nothing).
    bool digests = true;
};

struct Outcome
{
    ModelFragment model;
    QList<InputDigest> inputs; ///< every text file read, with its content digest (and the importer's mark)
    QList<Artifact> artifacts; ///< the files an importer parsed in this run
    int filesRead = 0;         ///< files whose content was read in this run
    int filesFromCache = 0;    ///< files not read: the stat cache vouched that they hold what the previous version recorded
    // Imports on top of a previous version:
    bool unchanged = false;    ///< nothing differs: the previous model is returned as it was
    QStringList added, modified, deleted; ///< files, relative to the root
    // Git revisions:
    QString commit;            ///< full id of the commit read
    QString summary;           ///< its first line
};

/** A previous version to build on: its model and the inputs (with digests) it was built from. */
struct Baseline
{
    SystemModel model;
    QList<InputDigest> inputs;
};

/** What kind of artifact a file is, by name and by its first bytes. */
ArtifactKind detect(const QString &path);

/**
 * Finds the artifacts below `paths` (files or directories). Skips version-control, dependency
 * and build folders, ignored files, binary files and symbolic links that leave the root.
 */
QList<Artifact> discover(const QStringList &paths, const Options &options, QList<Diagnostic> *skipped = nullptr);

/** Imports everything `paths` holds into one fragment. Fails only when nothing could be read. */
Result<Outcome> importPaths(const QStringList &paths, const Options &options = {});

/**
 * Imports a folder on top of a previous version of it: every file is read for its digest, and
 * only what changed (and what shares evidence with it) is parsed again; the rest of the model is
 * kept as it was. Nothing changed: the baseline's model, same ids. A baseline made by another
 * importer format, other options or for another root is not reused (a full import instead).
 */
Result<Outcome> importOnTop(const QString &folder, const Baseline &baseline, const Options &options = {});

/**
 * Imports a git revision from the object database (no checkout; bare repositories work): its
 * files are written below `scratch`/<repository name> and imported as a folder.
 */
Result<Outcome> importRevision(const QString &repository, const QString &revision, const QString &scratch, const Options &options = {});

/**
 * Imports only the files that differ between `since` and `revision` (a tree-to-tree diff) on
 * top of `baseline`, the version built from `since`; the files needed are written below
 * `scratch`/<repository name>.
 */
Result<Outcome> importChanges(const QString &repository, const QString &since, const QString &revision, const QString &scratch,
                              const Baseline &baseline, const Options &options = {});

/**
 * The HEAD commit of `folder` when it is a git repository's working tree holding exactly that
 * commit's files (nothing modified, staged or untracked); empty otherwise. A scan of such a
 * folder is a scan of that commit: it can record it and build on it with git's diff.
 */
QString cleanCommit(const QString &folder);

QString kindName(ArtifactKind kind);

/**
 * The stat cache folder of this user (GenericCacheLocation/Threatwright/stat-cache), shared by
 * the CLI and the workbench; empty when THREATWRIGHT_NO_STAT_CACHE is set or there is no cache
 * location.
 */
QString defaultStatCacheDir();

} // namespace tw::importer
