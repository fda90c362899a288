// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundread.h"
#include "common/result.h"
#include "model/model.h"
#include "store/project.h"
#include "triage/threattablemodel.h"

#include <QFuture>
#include <QString>

namespace tw::ui {

/** One version of a project as the workbench shows it. */
struct LoadedVersion
{
    quint64 generation = 0; ///< the request's tag; the window drops results of older requests
    qint64 versionId = 0;
    VersionInfo info;
    SystemModel model; ///< elements, diagnostics and every threat with its triage state
    ThreatRows threatRows; ///< the threat table's rows, prepared on the worker as well
    qint64 elapsedMs = 0;
};

using VersionLoad = BackgroundRead<LoadedVersion>;

/**
 * Reads a version on a worker thread: a project of 20,000 threats takes longer to read than a
 * frame may, so the GUI thread never does it. The worker opens its own read-only connection to
 * the file (the window's connection stays on the GUI thread; SQLite's WAL lets both read at once)
 * and closes it before the result is handed over.
 */
QFuture<VersionLoad> loadVersionAsync(const QString &projectPath, qint64 versionId, quint64 generation);

/** The same, on the calling thread (for tools and tests). */
Result<LoadedVersion> loadVersion(const QString &projectPath, qint64 versionId, quint64 generation = 0);

/**
 * What the window shows of a project beside the version it draws: the Versions table and the
 * summary page. Counting each version's components and threats walks those tables; on a project
 * of 8,000 threats that took the GUI thread about 50 M instructions when a project was opened.
 */
struct ProjectOverview
{
    QList<VersionInfo> versions;      ///< oldest first
    QString createdAt;                ///< metadata, as stored (ISO 8601)
    QString createdBy;
    QString createdWith;
    qint64 auditEntries = 0;
    qint64 latestThreatCount = 0;     ///< every threat of the newest version (resolved ones too)
    qint64 elapsedMs = 0;
};

using OverviewLoad = BackgroundRead<ProjectOverview>;

/** Reads the overview on a worker with its own read-only connection, as loadVersionAsync(). */
QFuture<OverviewLoad> loadOverviewAsync(const QString &projectPath, quint64 generation);

/** The same, on the calling thread (for tools and tests). */
Result<ProjectOverview> loadOverview(const QString &projectPath);

} // namespace tw::ui
