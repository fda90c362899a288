// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/project.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QObject>
#include <optional>

class QComboBox;
class QLineEdit;
class QProgressDialog;

namespace tw::ui {

/** What File ▸ Export Report… writes. */
struct ExportOptions
{
    QString projectPath;
    QString format = QStringLiteral("html"); ///< one of report::formats()
    qint64 version = 0;                       ///< 0: the newest
    std::optional<qint64> against;            ///< also show the changes since this version
    QString target;                           ///< the file to write
};

/** Asks which report to write, of which version, against which baseline, and where. */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &projectPath, const QList<VersionInfo> &versions, qint64 currentVersion, QWidget *parent = nullptr);

    ExportOptions options() const;

    QComboBox *formatChoice() const { return m_format; }
    QComboBox *versionChoice() const { return m_version; }
    QComboBox *againstChoice() const { return m_against; }
    QLineEdit *targetField() const { return m_target; }

private:
    void formatChanged();
    void browse();
    void updateOk();

    QString m_projectPath;
    QComboBox *m_format = nullptr;
    QComboBox *m_version = nullptr;
    QComboBox *m_against = nullptr;
    QLineEdit *m_target = nullptr;
};

/**
 * Writes a report off the GUI thread through its own read-only connection, with progress and
 * cancel. A cancelled export writes nothing; the file appears only when it is complete.
 */
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    explicit ReportExporter(QObject *parent = nullptr);
    ~ReportExporter() override;

    /** Starts the export; `progressParent` (optional) gets a progress dialog with a Cancel button. */
    void start(const ExportOptions &options, QWidget *progressParent = nullptr);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void finished(const QString &path);
    void failed(const QString &message);
    void cancelled();

private:
    void done();

    QFutureWatcher<Result<QString>> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace tw::ui
