// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "common/threadpools.h"
#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/importer.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace tw::ui {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::ui::ImportJob)
};

void runImport(QPromise<ImportOutcome> &promise, const ImportRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    ImportOutcome outcome;
    outcome.roots = importRoots(request.paths);
    promise.setProgressRange(0, 100);
    std::atomic<bool> cancel = false;
    importer::Options options;
    options.cancel = &cancel;
    options.progress = [&promise, &cancel](int percent, const QString &what) {
        // Reading is most of the work; analysing and storing take the last tenth.
        promise.setProgressValueAndText(percent * 9 / 10, what);
        if (promise.isCanceled())
            cancel = true;
    };
    const auto finish = [&](Result<qint64> version) {
        outcome.version = std::move(version);
        outcome.elapsedMs = clock.elapsed();
        promise.addResult(outcome);
    };
    auto imported = importer::importPaths(request.paths, options);
    if (promise.isCanceled() || cancel)
        return finish(makeError(Tr::tr("The import was cancelled")));
    if (!imported)
        return finish(imported.error());
    auto rules = analysis::RuleSet::loadBuiltin();
    if (!rules)
        return finish(rules.error());
    promise.setProgressValueAndText(92, Tr::tr("Analysing"));
    analysis::Options analysisOptions;
    analysisOptions.cancel = &cancel;
    auto threats = analysis::analyse(imported->model, *rules, analysisOptions);
    if (!threats)
        return finish(threats.error());
    imported->model.threats = std::move(threats).value();
    if (promise.isCanceled())
        return finish(makeError(Tr::tr("The import was cancelled")));
    promise.setProgressValueAndText(96, Tr::tr("Storing the version"));
    auto project = Project::open(request.projectPath, Project::OpenMode::ReadWrite);
    if (!project)
        return finish(project.error());
    VersionMeta meta;
    meta.author = request.author;
    meta.message = request.message;
    meta.inputs = imported->inputs;
    outcome.artifacts = int(imported->artifacts.size());
    outcome.components = int(imported->model.components.size());
    outcome.threats = int(imported->model.threats.size());
    outcome.diagnostics = imported->model.diagnostics;
    auto version = (*project)->createVersion(imported->model, meta);
    promise.setProgressValueAndText(100, QString());
    finish(std::move(version));
}

} // namespace

QStringList importRoots(const QStringList &paths)
{
    QStringList roots;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        roots.append(QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
    }
    roots.removeDuplicates();
    return roots;
}

QFuture<ImportOutcome> importAsync(const ImportRequest &request)
{
    return QtConcurrent::run(jobPool(), &runImport, request);
}

} // namespace tw::ui
