// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QFuture>
#include <QString>
#include <QStringList>

namespace tw::ui {

/** What to import into which project, as a new version. */
struct ImportRequest
{
    QString projectPath;
    QStringList paths; ///< files or folders
    QString author;
    QString message;
};

/** What an import did. */
struct ImportOutcome
{
    Result<qint64> version{Error{}}; ///< the new version's id, or why there is none
    QStringList roots;               ///< the folders the inputs' paths are relative to
    int artifacts = 0;
    int components = 0;
    int threats = 0;
    QList<Diagnostic> diagnostics;
    qint64 elapsedMs = 0;
};

/** The folder each path's evidence is relative to: a folder itself, a file's folder. */
QStringList importRoots(const QStringList &paths);

/**
 * Imports, analyses (built-in rules and attack paths) and stores a new version, on a worker
 * thread with a connection of its own, the way `threatwright-cli import` does. The future
 * reports progress (0–100, with the artifact being read as its text) and can be cancelled
 * (QFuture::cancel) until the version is being written.
 */
QFuture<ImportOutcome> importAsync(const ImportRequest &request);

} // namespace tw::ui
