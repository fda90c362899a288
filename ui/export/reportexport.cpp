// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportexport.h"

#include "common/threadpools.h"
#include "report/reportdata.h"
#include "report/reportwriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QtConcurrent>

namespace tw::ui {

ExportDialog::ExportDialog(const QString &projectPath, const QList<VersionInfo> &versions, qint64 currentVersion, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
{
    setWindowTitle(tr("Export Report"));
    m_format = new QComboBox(this);
    for (const QString &format : report::formats())
        m_format->addItem(report::formatTitle(format), format);
    m_version = new QComboBox(this);
    m_against = new QComboBox(this);
    m_against->addItem(tr("No comparison"), qint64(-1));
    for (const VersionInfo &v : versions) {
        const QString label = v.message.isEmpty() ? tr("Version %1").arg(v.id) : tr("Version %1 — %2").arg(v.id).arg(v.message);
        m_version->addItem(label, v.id);
        m_against->addItem(label, v.id);
    }
    if (const int index = m_version->findData(currentVersion); index >= 0)
        m_version->setCurrentIndex(index);
    else
        m_version->setCurrentIndex(m_version->count() - 1);

    m_target = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Changes since:"), m_against);
    auto *targetLabel = new QLabel(tr("&Save as:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_target, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    formatChanged();
}

void ExportDialog::formatChanged()
{
    // Follow the format in the suggested name until the user typed a name of their own.
    const QString format = m_format->currentData().toString();
    const QFileInfo project(m_projectPath);
    const QString suggested = project.dir().filePath(project.completeBaseName() + QLatin1Char('.') + report::suffix(format));
    const QString current = m_target->text();
    if (current.isEmpty() || QFileInfo(current).completeBaseName() == project.completeBaseName())
        m_target->setText(suggested);
    updateOk();
}

void ExportDialog::browse()
{
    const QString format = m_format->currentData().toString();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Report"), m_target->text(),
                                                      tr("%1 (*.%2)").arg(report::formatTitle(format), report::suffix(format)));
    if (!file.isEmpty())
        m_target->setText(file);
}

void ExportDialog::updateOk()
{
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons)
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_target->text().trimmed().isEmpty());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.projectPath = m_projectPath;
    o.format = m_format->currentData().toString();
    o.version = m_version->currentData().toLongLong();
    if (const qint64 against = m_against->currentData().toLongLong(); against >= 0)
        o.against = against;
    o.target = m_target->text().trimmed();
    return o;
}

namespace {

void exportReport(QPromise<Result<QString>> &promise, const ExportOptions &o)
{
    auto step = [&promise](int value, const QString &text) {
        promise.setProgressValueAndText(value, text);
        return !promise.isCanceled();
    };
    promise.setProgressRange(0, 3);
    if (!step(0, QCoreApplication::translate("tw::ui::ReportExporter", "Reading the project…")))
        return;
    auto project = Project::open(o.projectPath, Project::OpenMode::ReadOnly);
    if (!project) {
        promise.addResult(Result<QString>(project.error()));
        return;
    }
    auto data = report::collect(**project, o.version, o.against);
    if (!data) {
        promise.addResult(Result<QString>(data.error()));
        return;
    }
    if (!step(1, QCoreApplication::translate("tw::ui::ReportExporter", "Writing the %1…").arg(report::formatTitle(o.format))))
        return;
    auto bytes = report::write(o.format, *data);
    if (!bytes) {
        promise.addResult(Result<QString>(bytes.error()));
        return;
    }
    if (!step(2, QCoreApplication::translate("tw::ui::ReportExporter", "Saving %1…").arg(o.target)))
        return;
    if (auto saved = report::saveFile(o.target, *bytes); !saved) {
        promise.addResult(Result<QString>(saved.error()));
        return;
    }
    promise.setProgressValue(3);
    promise.addResult(Result<QString>(o.target));
}

} // namespace

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, &ReportExporter::done);
}

ReportExporter::~ReportExporter()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ReportExporter::start(const ExportOptions &options, QWidget *progressParent)
{
    if (progressParent) {
        delete m_progress;
        m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 3, progressParent);
        m_progress->setWindowTitle(tr("Export Report"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300); // quick exports never flash a dialog
        connect(m_progress, &QProgressDialog::canceled, this, &ReportExporter::cancel);
        connect(&m_watcher, &QFutureWatcher<Result<QString>>::progressValueChanged, m_progress, &QProgressDialog::setValue);
        connect(&m_watcher, &QFutureWatcher<Result<QString>>::progressTextChanged, m_progress, &QProgressDialog::setLabelText);
    }
    m_watcher.setFuture(QtConcurrent::run(jobPool(), &exportReport, options));
}

void ReportExporter::cancel()
{
    m_watcher.cancel();
}

void ReportExporter::done()
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QFuture<Result<QString>> future = m_watcher.future();
    // A result means the worker got to the end (the file is in place when it succeeded), even
    // if Cancel came too late to stop it.
    if (future.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    const Result<QString> result = future.result();
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.errorString());
}

} // namespace tw::ui
