// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionloader.h"

#include "common/threadpools.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::ui {

Result<LoadedVersion> loadVersion(const QString &projectPath, qint64 versionId, quint64 generation)
{
    QElapsedTimer timer;
    timer.start();
    auto project = Project::open(projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return project.error();
    auto info = (*project)->version(versionId);
    if (!info)
        return info.error();
    auto model = (*project)->loadModel(versionId);
    if (!model)
        return model.error();
    LoadedVersion loaded;
    loaded.generation = generation;
    loaded.versionId = versionId;
    loaded.info = std::move(info).value();
    loaded.model = std::move(model).value();
    loaded.threatRows = ThreatTableModel::prepare(versionId, loaded.model.threats, loaded.model);
    loaded.elapsedMs = timer.elapsed();
    return loaded;
}

QFuture<VersionLoad> loadVersionAsync(const QString &projectPath, qint64 versionId, quint64 generation)
{
    return QtConcurrent::run(jobPool(), [projectPath, versionId, generation] {
        return VersionLoad{generation, loadVersion(projectPath, versionId, generation)};
    });
}

Result<ProjectOverview> loadOverview(const QString &projectPath)
{
    QElapsedTimer timer;
    timer.start();
    auto project = Project::open(projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return project.error();
    auto versions = (*project)->versions();
    if (!versions)
        return versions.error();
    auto audit = (*project)->auditCount();
    if (!audit)
        return audit.error();
    ProjectOverview overview;
    overview.versions = std::move(versions).value();
    overview.auditEntries = *audit;
    if (!overview.versions.isEmpty()) {
        auto threats = (*project)->threatCount(overview.versions.constLast().id);
        if (!threats)
            return threats.error();
        overview.latestThreatCount = *threats;
    }
    const auto meta = [&project](const char *key) {
        auto value = (*project)->metadata(QString::fromLatin1(key));
        return value ? std::move(value).value() : QString();
    };
    overview.createdAt = meta("created_at");
    overview.createdBy = meta("created_by");
    overview.createdWith = meta("created_with");
    overview.elapsedMs = timer.elapsed();
    return overview;
}

QFuture<OverviewLoad> loadOverviewAsync(const QString &projectPath, quint64 generation)
{
    return QtConcurrent::run(jobPool(), [projectPath, generation] { return OverviewLoad{generation, loadOverview(projectPath)}; });
}

} // namespace tw::ui
