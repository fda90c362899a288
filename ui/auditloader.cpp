// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditloader.h"

#include "common/threadpools.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::ui {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::ui::AuditLoader)
};

/** The work of both entry points; `promise` (may be null) hears the progress. */
Result<LoadedAudit> load(const QString &projectPath, QPromise<AuditLoad> *promise)
{
    QElapsedTimer timer;
    timer.start();
    const auto report = [promise](int value, const QString &text) {
        if (promise)
            promise->setProgressValueAndText(value, text);
    };
    report(0, Tr::tr("Reading the audit trail…"));
    auto project = Project::open(projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return project.error();
    auto entries = (*project)->auditTrail();
    if (!entries)
        return entries.error();
    if (promise && promise->isCanceled())
        return makeError(Tr::tr("Cancelled"));
    report(40, Tr::tr("Verifying %1 entries…").arg(QLocale().toString(entries->size())));
    auto verification = (*project)->verifyAudit();
    if (!verification)
        return verification.error();
    LoadedAudit loaded;
    loaded.entries = std::move(entries).value();
    loaded.verification = std::move(verification).value();
    loaded.elapsedMs = timer.elapsed();
    report(100, Tr::tr("Done"));
    return loaded;
}

} // namespace

Result<LoadedAudit> loadAudit(const QString &projectPath)
{
    return load(projectPath, nullptr);
}

QFuture<AuditLoad> loadAuditAsync(const QString &projectPath, quint64 generation)
{
    return QtConcurrent::run(jobPool(), [projectPath, generation](QPromise<AuditLoad> &promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(AuditLoad{generation, load(projectPath, &promise)});
    });
}

} // namespace tw::ui
