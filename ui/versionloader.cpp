// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionloader.h"

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
    return QtConcurrent::run([projectPath, versionId, generation] {
        return VersionLoad{generation, loadVersion(projectPath, versionId, generation)};
    });
}

} // namespace tw::ui
