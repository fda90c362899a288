// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditloader.h"
#include "importjob.h"
#include "store/project.h"
#include "versionloader.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QProgressBar;
class QToolButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace tw::ui {

class AuditTableModel;
class AuditTrailPanel;
class CompareWindow;
class ReportExporter;
struct ExportOptions;
class DetailsPanel;
class LiveWatcher;
class ProblemTableModel;
class SettingsDialog;
class SourcePanel;
class GraphView;
class ProjectSummaryWidget;
class ThreatTableModel;
class ThreatsPanel;
class TriageController;
class VersionTableModel;
class WelcomeWidget;

/**
 * The workbench window: owns the open project (at most one), the File/View/Project/Help menus,
 * the system graph of the newest version as the central view, and the Overview (project
 * summary), Versions and Audit trail docks.
 *
 * Storage errors come back from twcore as values; this window decides how to show them, always
 * through showError() so tests (and a headless run) can intercept them.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens `path` (read-write, or read-only when the file or its folder cannot be written) and
     * makes it the current project. On failure the current project stays open, the file is left
     * untouched, openFailed() is emitted and the error is shown. Returns whether it opened.
     */
    bool openProject(const QString &path);
    /** Creates a project file at `path` named `name` and opens it. Refuses existing files. */
    bool newProject(const QString &path, const QString &name);
    /** Closes the current project, if any, and shows the welcome page. */
    void closeProject();
    /** Reloads every view from the open project (it may have changed on disk, e.g. by the CLI). */
    void refresh();
    /**
     * Walks the audit chain of the open project on the calling thread and shows the result;
     * nullopt without a project. (Opening and Verify Chain do it on a worker: reloadAuditTrail().)
     */
    std::optional<AuditVerification> verifyAuditTrail();
    /**
     * Reads and verifies the whole audit trail on a worker, with progress in the Audit trail
     * panel; the rows are swapped in when ready. Returns false without a project.
     */
    bool reloadAuditTrail();
    /** Whether the audit trail is still being read and verified in the background. */
    bool isLoadingAudit() const { return m_loadingAudit; }

    /** The open project, or nullptr. */
    const Project *project() const { return m_project.get(); }

    /** Restores the window geometry and dock layout from QSettings, and saves them on close. */
    void restoreLayout();
    /**
     * Headless runs (--screenshot, scripts): errors go to the log instead of modal dialogs, and
     * the user's settings (recent files, last folder) are left alone.
     */
    void setHeadless(bool headless) { m_headless = headless; }
    bool isHeadless() const { return m_headless; }

    VersionTableModel *versionModel() const { return m_versionModel; }
    AuditTableModel *auditModel() const { return m_auditModel; }
    QTableView *versionsView() const { return m_versionsView; }
    QTableView *auditView() const;
    QDockWidget *versionsDock() const { return m_versionsDock; }
    QDockWidget *auditDock() const { return m_auditDock; }
    ProjectSummaryWidget *summaryWidget() const { return m_summary; }
    QDockWidget *overviewDock() const { return m_overviewDock; }
    GraphView *graphView() const { return m_graph; }
    /** The version the graph and the threats show; 0 when none. */
    qint64 graphVersion() const { return m_graphVersion; }
    /** Whether the shown version is still being read (on a worker thread). */
    bool isLoadingVersion() const { return m_loadingVersion; }
    /** Whether the versions table and the summary are still being read (on a worker thread). */
    bool isLoadingOverview() const { return m_loadingOverview; }
    /** The shown version's model as loaded (elements, diagnostics, threats as read). */
    const SystemModel &shownModel() const { return m_model; }
    ThreatTableModel *threatModel() const { return m_threatModel; }
    ThreatsPanel *threatsPanel() const { return m_threatsPanel; }
    QDockWidget *threatsDock() const { return m_threatsDock; }
    TriageController *triageController() const { return m_triage; }
    DetailsPanel *detailsPanel() const { return m_details; }
    QDockWidget *detailsDock() const { return m_detailsDock; }
    SourcePanel *sourcePanel() const { return m_source; }
    QDockWidget *sourceDock() const { return m_sourceDock; }
    ProblemTableModel *problemModel() const { return m_problemModel; }
    QTableView *problemsView() const { return m_problemsView; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    /**
     * Imports files or folders into the open project as a new version, in the background (File ▸
     * Import, or dropped on the window). Decisions carry over; the folders are remembered as the
     * project's source folders. Returns false when no project is open, it is read-only, or an
     * import is already running.
     */
    bool importPaths(const QStringList &paths, const QString &message = {});
    bool isImporting() const { return m_importing; }
    /** Cancels a running import (before its version is written). */
    void cancelImport();
    /** Live mode: the imported inputs are watched and re-imported after they change. */
    void setLiveMode(bool on);
    bool isLiveMode() const;
    LiveWatcher *liveWatcher() const { return m_live; }

    /** Edit ▸ Preferences: shows the settings dialog (modal). */
    void showPreferences();
    /** Opens the evidence in the Source panel (showing the panel). Returns whether it opened. */
    bool showSource(const SourceRef &source);

    /**
     * Opens the side-by-side comparison of two versions (0, 0: the two selected in the Versions
     * panel, or the selected one and its predecessor, or the newest two). Returns the window, or
     * nullptr when the project has fewer than two versions.
     */
    CompareWindow *compareVersions(qint64 from = 0, qint64 to = 0);
    CompareWindow *compareWindow() const { return m_compareWindow; }

    /** Writes a report in the background (File ▸ Export Report… asks for the options first). */
    ReportExporter *exportReport(const ExportOptions &options);

    /**
     * Highlights the attack path of the current threat on the graph, or else of the worst open
     * attack-path threat through the selected element. Returns whether one was highlighted.
     */
    bool highlightAttackPath();
    /** Live mode: takes the shown version as seen; the graph's change marks go. */
    void acknowledgeChanges();

    /** Selects an element on every panel (the graph for now) by id. */
    void selectElement(const QString &id);
    /** The element selected on the panels; empty when none. */
    QString selectedElement() const { return m_selectedElement; }
    QMenu *recentMenu() const { return m_recentMenu; }

Q_SIGNALS:
    /** Emitted with the error message before it is shown, when opening a file failed. */
    void openFailed(const QString &message);
    /** The audit trail was read and verified in the background and is shown (or failed to read). */
    void auditLoaded();
    /** Emitted after a project was opened, created or closed. */
    void projectChanged();
    /** The shared selection changed (from any panel); empty when cleared. */
    void elementSelected(const QString &id);
    /** The shown version was read and handed to the graph and the panels (or failed to read). */
    void versionLoaded();
    /** The versions table and the summary were read and are shown (or failed to read). */
    void overviewLoaded();
    /**
     * The preferences dialog is about to be shown: the place to add a page of one's own
     * (SettingsDialog::addPage), which applies its values when the dialog is accepted.
     */
    void preferencesOpening(SettingsDialog *dialog);
    /** An import finished: `version` is the new version's id, 0 when it failed or was cancelled. */
    void importFinished(qint64 version);

protected:
    /** Shows a modal critical message box; tests and headless runs intercept it here. */
    virtual void showError(const QString &title, const QString &message);

    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void setProject(std::unique_ptr<Project> project);
    /** The project's sync thread could not put commits on disk (full or failing disk). */
    void syncFailed(const QString &message);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void addToRecent(const QString &path);
    void fitDocks();
    void importReady();
    void importInteractive(bool folders);
    void updateLiveWatch();
    void onLiveChange(const QStringList &paths);
    /** The folders live mode re-imports: source folders holding the shown version's inputs. */
    QStringList liveRoots() const;
    void loadVersion();
    void versionReady();
    /** Reads the versions table and the summary's counts on a worker (stale answers are dropped). */
    void loadOverview();
    void overviewReady();
    void onGraphSelection(const QString &id);
    void onThreatSelected(const QString &fingerprint);
    void onDecisionsChanged(const QStringList &fingerprints);
    /** The Source panel follows the selection while it is shown. */
    void followInSource(const QList<SourceRef> &sources);
    QList<SourceRef> sourcesOf(const QString &elementId) const;
    void updateAuditAfterChange();
    void auditReady();
    /** An input edited in the Source panel was saved: re-import it as a new version. */
    void onSourceSaved(const QString &path);
    void exportViewInteractive();

    void newProjectInteractive();
    void openProjectInteractive();
    void showAbout();
    QString dialogDirectory() const;
    void rememberDirectory(const QString &path);

    std::unique_ptr<Project> m_project;
    bool m_headless = false;
    bool m_saveLayout = false;
    bool m_layoutFixed = false; ///< restored from settings or fitted once: leave it to the user

    QStackedWidget *m_pages = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    ProjectSummaryWidget *m_summary = nullptr;
    GraphView *m_graph = nullptr;
    QDockWidget *m_overviewDock = nullptr;
    qint64 m_graphVersion = 0;
    QString m_selectedElement;
    QFutureWatcher<VersionLoad> m_versionWatcher;
    quint64 m_loadGeneration = 0;
    bool m_loadingVersion = false;
    QFutureWatcher<OverviewLoad> m_overviewWatcher;
    quint64 m_overviewGeneration = 0;
    bool m_loadingOverview = false;
    QString m_announceOpened; ///< the file just opened: its status message waits for the overview
    SystemModel m_model;

    ThreatTableModel *m_threatModel = nullptr;
    ThreatsPanel *m_threatsPanel = nullptr;
    QDockWidget *m_threatsDock = nullptr;
    TriageController *m_triage = nullptr;
    DetailsPanel *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    SourcePanel *m_source = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    ProblemTableModel *m_problemModel = nullptr;
    QSortFilterProxyModel *m_problemProxy = nullptr;
    QTableView *m_problemsView = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QFutureWatcher<ImportOutcome> m_importWatcher;
    bool m_importing = false;
    QString m_importProject; ///< the project the running import writes to
    bool m_importAgain = false; ///< live mode saw a change while an import ran
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_importCancel = nullptr;
    LiveWatcher *m_live = nullptr;
    QList<InputDigest> m_shownInputs;
    bool m_auditVerified = false; ///< the whole chain was verified and nothing broke since
    QFutureWatcher<AuditLoad> m_auditWatcher;
    quint64 m_auditGeneration = 0;
    bool m_loadingAudit = false;
    bool m_syncFailureShown = false; ///< once per project: a failed sync is final
    bool m_threatsChanged = false; ///< decisions changed; the graph's badges and the counts follow
    bool m_sourceReimport = false; ///< the running import was started by a save in the Source panel
    QString m_savedSource;         ///< a file saved in the Source panel: live mode need not re-import it too

    VersionTableModel *m_versionModel = nullptr;
    QSortFilterProxyModel *m_versionProxy = nullptr;
    QTableView *m_versionsView = nullptr;
    QDockWidget *m_versionsDock = nullptr;
    AuditTableModel *m_auditModel = nullptr;
    AuditTrailPanel *m_auditPanel = nullptr;
    QDockWidget *m_auditDock = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    ReportExporter *m_exporter = nullptr;
    CompareWindow *m_compareWindow = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_exportViewAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_liveAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_focusThreatsAction = nullptr;
    QAction *m_focusGraphAction = nullptr;
    QAction *m_highlightPathAction = nullptr;
    QAction *m_acknowledgeAction = nullptr;
    /// Live mode: the model the user last acknowledged (its changes are marked on the graph).
    std::optional<SystemModel> m_acknowledged;
    qint64 m_acknowledgedVersion = 0;
    QMenu *m_recentMenu = nullptr;
};

} // namespace tw::ui
