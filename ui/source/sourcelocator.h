// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"
#include "store/project.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::ui {

/**
 * Finds the file behind a SourceRef on this machine.
 *
 * Evidence paths are relative to the folder that was imported (a version records its inputs
 * the same way: "infra/main.tf", "api/openapi.yaml"), and that folder is not in the project
 * file: it is a place on the importer's disk, and project files travel. So the workbench keeps
 * a list of source folders per project in its own settings: the folder the workbench imported
 * from, or one the user pointed to once ("Locate Folder…"). The project file's own folder is
 * always tried too.
 *
 * A path never leaves its source folder ("../" and absolute paths outside every folder are
 * refused): evidence paths come from project files, which are data.
 */
class SourceLocator
{
public:
    /** The project whose source folders are used, and the inputs of the shown version. */
    void setProject(const QString &projectPath, const QList<InputDigest> &inputs = {});
    QString projectPath() const { return m_projectPath; }

    /** The folders tried, in order: those remembered for the project, then the project's folder. */
    QStringList roots() const;
    /**
     * Adds `folder` for this project, first in the list. Remembered in the settings (it
     * survives restarts) unless `remember` is false (a headless run, a command-line option).
     */
    void addRoot(const QString &folder, bool remember = true);
    /** Forgets the remembered folders of this project. */
    void clearRoots();

    /** The absolute path of the file behind `source`, or why there is none. */
    Result<QString> locate(const SourceRef &source) const;
    /** The digest recorded for `relativeFile` in the version's inputs ("sha256:…"); empty when none. */
    QString recordedDigest(const QString &relativeFile) const;
    /** The shown version's input recorded as `relativeFile`; nullopt when it is not one. */
    std::optional<InputDigest> recordedInput(const QString &relativeFile) const;

private:
    QString settingsKey() const;

    QString m_projectPath;
    QList<InputDigest> m_inputs;
    QStringList m_sessionRoots; ///< not remembered; for this project only
};

} // namespace tw::ui
