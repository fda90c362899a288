// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "common/text.h"

#include "audittablemodel.h"
#include "audittrailpanel.h"
#include "compare/comparewindow.h"
#include "export/reportexport.h"
#include "settings/llmsettingspage.h"
#include "details/detailspanel.h"
#include "graphscene.h"
#include "graphview.h"
#include "graph/livechanges.h"
#include "model/threatsummary.h"
#include "livewatcher.h"
#include "problemtablemodel.h"
#include "projectsummarywidget.h"
#include "recentfiles.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "source/sourcepanel.h"
#include "triage/threatfilterproxy.h"
#include "triage/threatspanel.h"
#include "triage/threattablemodel.h"
#include "triage/triagecontroller.h"
#include "versiontablemodel.h"
#include "welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDebug>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QToolButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace tw::ui {
namespace {

const char *const GeometryKey = "MainWindow/geometry";
const char *const StateKey = "MainWindow/state";
const char *const DirectoryKey = "MainWindow/lastDirectory";
constexpr int StatusTimeout = 8000;

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}

QString projectSuffix()
{
    return QStringLiteral("twdb");
}

/** The message SQLite gives when a write meets a read-only file or folder. */
bool looksReadOnly(const QString &message)
{
    return message.contains(QLatin1StringView("readonly"), Qt::CaseInsensitive)
        || message.contains(QLatin1StringView("read-only"), Qt::CaseInsensitive);
}

/** Restores the cursor however the scope is left. */
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

/** Local files and folders in a drop; empty when anything else is in it. */
QStringList localPathsOf(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile() || !QFileInfo::exists(url.toLocalFile()))
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    return QFileInfo(path).suffix().compare(projectSuffix(), Qt::CaseInsensitive) == 0 ? path : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_versionModel(new VersionTableModel(this))
    , m_auditModel(new AuditTableModel(this))
{
    m_threatModel = new ThreatTableModel(this);
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    resize(1280, 820);

    createActions();

    m_welcome = new WelcomeWidget;
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    connect(m_welcome, &WelcomeWidget::newProjectRequested, this, &MainWindow::newProjectInteractive);
    connect(m_welcome, &WelcomeWidget::openProjectRequested, this, &MainWindow::openProjectInteractive);
    connect(m_welcome, &WelcomeWidget::recentFileActivated, this, [this](const QString &path) { openProject(path); });

    m_summary = new ProjectSummaryWidget;
    m_summary->setObjectName(QStringLiteral("summaryPage"));

    connect(&m_versionWatcher, &QFutureWatcherBase::finished, this, &MainWindow::versionReady);
    connect(&m_overviewWatcher, &QFutureWatcherBase::finished, this, &MainWindow::overviewReady);
    connect(&m_auditWatcher, &QFutureWatcherBase::finished, this, &MainWindow::auditReady);
    connect(&m_auditWatcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString &text) {
        if (m_loadingAudit)
            m_auditPanel->setLoading(m_auditWatcher.progressValue(), text);
    });
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, &MainWindow::importReady);
    m_live = new LiveWatcher(this);
    connect(m_live, &LiveWatcher::changed, this, &MainWindow::onLiveChange);

    m_graph = new GraphView(this);
    connect(m_graph, &GraphView::elementSelected, this, &MainWindow::onGraphSelection);
    connect(m_graph, &GraphView::acknowledgeRequested, this, &MainWindow::acknowledgeChanges);
    connect(m_graph, &GraphView::layoutFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The graph could not be laid out: %1").arg(message), StatusTimeout);
    });

    // The welcome page scrolls: a stack is as tall as its tallest page's minimum, and the docks
    // below should be free to take the room.
    auto *welcomeScroll = new QScrollArea(this);
    welcomeScroll->setWidget(m_welcome);
    welcomeScroll->setWidgetResizable(true);
    welcomeScroll->setFrameShape(QFrame::NoFrame);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(welcomeScroll);
    m_pages->addWidget(m_graph);
    setCentralWidget(m_pages);

    createDocks();
    createMenus();
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setRange(0, 100);
    m_importProgress->setMaximumWidth(220);
    m_importProgress->setTextVisible(true);
    m_importProgress->hide();
    m_importCancel = new QToolButton(this);
    m_importCancel->setObjectName(QStringLiteral("importCancel"));
    m_importCancel->setText(tr("Cancel"));
    m_importCancel->setToolTip(tr("Cancel the import"));
    m_importCancel->hide();
    connect(m_importCancel, &QToolButton::clicked, this, &MainWindow::cancelImport);
    connect(&m_importWatcher, &QFutureWatcherBase::progressValueChanged, m_importProgress, &QProgressBar::setValue);
    connect(&m_importWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_sourceReimport)
            m_source->setReimportProgress(value);
    });
    connect(&m_importWatcher, &QFutureWatcherBase::progressTextChanged, m_importProgress, &QWidget::setToolTip);
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_importCancel);
    statusBar()->showMessage(tr("Ready"));

    setProject(nullptr);
}

MainWindow::~MainWindow()
{
    // The project syncs its last commits as it goes (after the window); it must not call back.
    if (m_project)
        m_project->setDurableListener({});
    // The reader has its own connection and nothing of ours; waiting only keeps its thread from
    // outliving the window.
    m_versionWatcher.disconnect(this);
    m_versionWatcher.waitForFinished();
    m_overviewWatcher.disconnect(this);
    m_overviewWatcher.waitForFinished();
    m_auditWatcher.disconnect(this);
    m_auditWatcher.cancel();
    m_auditWatcher.waitForFinished();
    m_importWatcher.disconnect(this);
    m_importWatcher.cancel();
    m_importWatcher.waitForFinished();
}

// Construction ---------------------------------------------------------------------------------

void MainWindow::createActions()
{
    m_newAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New Project…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNewProject"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty project file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProjectInteractive);

    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a project file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectInteractive);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close the project"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Reload the project, for example after the command line changed it"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_verifyAction = new QAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Verify Chain"), this);
    m_verifyAction->setObjectName(QStringLiteral("actionVerifyChain"));
    m_verifyAction->setToolTip(tr("Check that no audit entry was changed, removed or inserted"));
    m_verifyAction->setStatusTip(m_verifyAction->toolTip());
    connect(m_verifyAction, &QAction::triggered, this, [this] { reloadAuditTrail(); });

    m_exportReportAction = new QAction(tr("&Export Report…"), this);
    m_exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportReportAction->setStatusTip(tr("Write an HTML or PDF report for auditors, or SARIF, JSON, Markdown or CSV"));
    connect(m_exportReportAction, &QAction::triggered, this, [this] {
        if (!m_project)
            return;
        auto versions = m_project->versions();
        if (!versions || versions->isEmpty()) {
            showError(tr("Export Report"), versions ? tr("The project has no version to report yet.") : versions.errorString());
            return;
        }
        ExportDialog dialog(m_project->path(), *versions, m_graphVersion, this);
        if (dialog.exec() == QDialog::Accepted)
            exportReport(dialog.options());
    });

    m_compareAction = new QAction(tr("&Compare Versions…"), this);
    m_compareAction->setObjectName(QStringLiteral("actionCompareVersions"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compareAction->setStatusTip(tr("Show two versions side by side with what changed between them"));
    connect(m_compareAction, &QAction::triggered, this, [this] { compareVersions(); });

    m_aboutAction = new QAction(tr("&About Threatwright"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_clearRecentAction = new QAction(tr("&Clear List"), this);
    m_clearRecentAction->setObjectName(QStringLiteral("actionClearRecent"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });

    m_fitAction = new QAction(tr("&Fit to Window"), this);
    m_fitAction->setObjectName(QStringLiteral("actionFit"));
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction->setStatusTip(tr("Show the whole system graph"));
    connect(m_fitAction, &QAction::triggered, this, [this] { m_graph->fitToView(); });

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setObjectName(QStringLiteral("actionZoomIn"));
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_graph->zoomIn(); });

    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setObjectName(QStringLiteral("actionZoomOut"));
    m_zoomOutAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(QKeySequence::ZoomOut)});
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_graph->zoomOut(); });

    m_findAction = new QAction(tr("&Find on Graph…"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Jump to a component or trust boundary by name"));
    connect(m_findAction, &QAction::triggered, this, [this] { m_graph->showFind(); });

    m_exportViewAction = new QAction(tr("&Export View…"), this);
    m_exportViewAction->setObjectName(QStringLiteral("actionExportView"));
    m_exportViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportViewAction->setStatusTip(tr("Save the system graph as an SVG or PNG image"));
    connect(m_exportViewAction, &QAction::triggered, this, &MainWindow::exportViewInteractive);

    m_importFolderAction = new QAction(tr("&Import Folder…"), this);
    m_importFolderAction->setObjectName(QStringLiteral("actionImportFolder"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFolderAction->setStatusTip(tr("Import a repository or folder (specs, Terraform, compose, Kubernetes…) as a new version"));
    connect(m_importFolderAction, &QAction::triggered, this, [this] { importInteractive(true); });

    m_importFilesAction = new QAction(tr("Import &Files…"), this);
    m_importFilesAction->setObjectName(QStringLiteral("actionImportFiles"));
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFilesAction->setStatusTip(tr("Import specs or .tf files as a new version"));
    connect(m_importFilesAction, &QAction::triggered, this, [this] { importInteractive(false); });

    m_liveAction = new QAction(tr("&Live Mode"), this);
    m_liveAction->setObjectName(QStringLiteral("actionLiveMode"));
    m_liveAction->setCheckable(true);
    m_liveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_liveAction->setStatusTip(tr("Watch the imported files and re-import them in the background when they change"));
    connect(m_liveAction, &QAction::toggled, this, &MainWindow::setLiveMode);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcuts(preferenceKeys);
    m_preferencesAction->setStatusTip(tr("The actor name decisions are recorded under, and other settings"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_highlightPathAction = new QAction(tr("&Highlight Attack Path"), this);
    m_highlightPathAction->setObjectName(QStringLiteral("actionHighlightPath"));
    m_highlightPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_highlightPathAction->setStatusTip(tr("Show the selected threat's attack path on the graph and dim the rest (Esc clears)"));
    connect(m_highlightPathAction, &QAction::triggered, this, [this] { highlightAttackPath(); });

    m_acknowledgeAction = new QAction(tr("Ac&knowledge Changes"), this);
    m_acknowledgeAction->setObjectName(QStringLiteral("actionAcknowledgeChanges"));
    m_acknowledgeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_acknowledgeAction->setStatusTip(tr("Take the shown version as seen: the graph stops marking what live mode changed"));
    m_acknowledgeAction->setEnabled(false);
    connect(m_acknowledgeAction, &QAction::triggered, this, &MainWindow::acknowledgeChanges);

    m_focusGraphAction = new QAction(tr("Go to the &Graph"), this);
    m_focusGraphAction->setObjectName(QStringLiteral("actionFocusGraph"));
    m_focusGraphAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusGraphAction, &QAction::triggered, this, [this] { m_graph->setFocus(Qt::ShortcutFocusReason); });

    m_focusThreatsAction = new QAction(tr("Go to the &Threats"), this);
    m_focusThreatsAction->setObjectName(QStringLiteral("actionFocusThreats"));
    m_focusThreatsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_focusThreatsAction->setStatusTip(tr("Put the keyboard focus on the threat list, where J/K/V/D/A work"));
    connect(m_focusThreatsAction, &QAction::triggered, this, [this] {
        m_threatsDock->show();
        m_threatsDock->raise();
        m_threatsPanel->view()->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_exportReportAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_importFilesAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_source->editAction());
    edit->addAction(m_source->saveAction());
    edit->addAction(m_source->discardAction());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_fitAction);
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addSeparator();
    view->addAction(m_findAction);
    view->addAction(m_exportViewAction);
    view->addSeparator();
    view->addAction(m_graph->filterAction());
    view->addAction(m_graph->clearFilterAction());
    view->addAction(m_graph->collapseAction());
    view->addAction(m_graph->expandAllAction());
    view->addAction(m_highlightPathAction);
    view->addSeparator();
    view->addAction(m_focusGraphAction);
    view->addAction(m_focusThreatsAction);
    view->addSeparator();
    view->addAction(m_threatsDock->toggleViewAction());
    view->addAction(m_detailsDock->toggleViewAction());
    view->addAction(m_sourceDock->toggleViewAction());
    view->addAction(m_problemsDock->toggleViewAction());
    view->addAction(m_overviewDock->toggleViewAction());
    view->addAction(m_versionsDock->toggleViewAction());
    view->addAction(m_auditDock->toggleViewAction());

    QMenu *triage = menuBar()->addMenu(tr("&Triage"));
    triage->setObjectName(QStringLiteral("triageMenu"));
    for (QAction *action : m_triage->menuActions()) {
        if (action)
            triage->addAction(action);
        else
            triage->addSeparator();
    }

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_refreshAction);
    project->addAction(m_verifyAction);
    project->addAction(m_compareAction);
    project->addSeparator();
    project->addAction(m_liveAction);
    project->addAction(m_acknowledgeAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    updateRecentMenu();
}

void MainWindow::createDocks()
{
    m_versionProxy = new QSortFilterProxyModel(this);
    m_versionProxy->setSourceModel(m_versionModel);
    m_versionProxy->setSortRole(VersionTableModel::SortRole);

    m_versionsView = new QTableView;
    m_versionsView->setObjectName(QStringLiteral("versionsView"));
    m_versionsView->setModel(m_versionProxy);
    m_versionsView->setSortingEnabled(true);
    m_versionsView->sortByColumn(VersionTableModel::IdColumn, Qt::DescendingOrder);
    m_versionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionsView->setAlternatingRowColors(true);
    m_versionsView->setWordWrap(false);
    m_versionsView->verticalHeader()->hide();
    m_versionsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_versionsView->verticalHeader()->setDefaultSectionSize(m_versionsView->fontMetrics().height() + 8);
    m_versionsView->horizontalHeader()->setStretchLastSection(true);
    m_versionsView->horizontalHeader()->setHighlightSections(false);
    // Short columns fit their contents after each refresh (see refresh()); the message takes the rest.

    m_versionsDock = new QDockWidget(tr("Versions"), this);
    m_versionsDock->setObjectName(QStringLiteral("versionsDock"));
    m_versionsDock->setWidget(m_versionsView);

    m_auditPanel = new AuditTrailPanel(m_auditModel, m_verifyAction);
    m_auditPanel->setObjectName(QStringLiteral("auditPanel"));
    m_auditDock = new QDockWidget(tr("Audit trail"), this);
    m_auditDock->setObjectName(QStringLiteral("auditDock"));
    m_auditDock->setWidget(m_auditPanel);

    m_threatsPanel = new ThreatsPanel(m_threatModel);
    m_threatsPanel->setObjectName(QStringLiteral("threatsPanel"));
    connect(m_threatsPanel, &ThreatsPanel::currentThreatChanged, this, &MainWindow::onThreatSelected);
    m_triage = new TriageController(m_threatsPanel, this, this);
    connect(m_triage, &TriageController::decisionsChanged, this, &MainWindow::onDecisionsChanged);
    connect(m_triage, &TriageController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusTimeout); });
    connect(m_triage, &TriageController::failed, this,
            [this](const QString &message) { showError(tr("Cannot record the decision"), message); });
    m_undoAction = m_triage->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redoAction = m_triage->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_threatsDock = new QDockWidget(tr("Threats"), this);
    m_threatsDock->setObjectName(QStringLiteral("threatsDock"));
    m_threatsDock->setWidget(m_threatsPanel);

    m_details = new DetailsPanel;
    m_details->setObjectName(QStringLiteral("detailsPanel"));
    connect(m_details, &DetailsPanel::elementRequested, this, [this](const QString &id) {
        selectElement(id);
        m_details->showElement(id);
    });
    connect(m_details, &DetailsPanel::sourceRequested, this, &MainWindow::showSource);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);

    m_source = new SourcePanel;
    m_source->setObjectName(QStringLiteral("sourcePanel"));
    connect(m_source, &SourcePanel::saved, this, &MainWindow::onSourceSaved);
    connect(m_source, &SourcePanel::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The source file was not saved"), StatusTimeout);
        showError(tr("Cannot save the source file"), message);
    });
    m_sourceDock = new QDockWidget(tr("Source"), this);
    m_sourceDock->setObjectName(QStringLiteral("sourceDock"));
    m_sourceDock->setWidget(m_source);

    m_problemModel = new ProblemTableModel(this);
    m_problemProxy = new QSortFilterProxyModel(this);
    m_problemProxy->setSourceModel(m_problemModel);
    m_problemProxy->setSortRole(ProblemTableModel::SortRole);
    m_problemsView = new QTableView;
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setModel(m_problemProxy);
    m_problemsView->setSortingEnabled(true);
    m_problemsView->sortByColumn(ProblemTableModel::LevelColumn, Qt::DescendingOrder);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemsView->setWordWrap(false);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_problemsView->verticalHeader()->setDefaultSectionSize(m_problemsView->fontMetrics().height() + 8);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->horizontalHeader()->setHighlightSections(false);
    m_problemsView->setColumnWidth(ProblemTableModel::LevelColumn, m_problemsView->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_problemsView->setColumnWidth(ProblemTableModel::LocationColumn, m_problemsView->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    const auto openProblem = [this](const QModelIndex &index) {
        const SourceRef source = index.data(ProblemTableModel::SourceRole).value<SourceRef>();
        if (source.isValid())
            showSource(source);
    };
    connect(m_problemsView, &QAbstractItemView::clicked, this, openProblem);
    connect(m_problemsView, &QAbstractItemView::activated, this, openProblem);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsView);

    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    m_overviewDock = new QDockWidget(tr("Overview"), this);
    m_overviewDock->setObjectName(QStringLiteral("overviewDock"));
    m_overviewDock->setWidget(summaryScroll);

    // The graph takes the middle; the overview sits beside it. Both tables are wide (hashes,
    // subjects, reasons, messages): they share the bottom, side by side.
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    splitDockWidget(m_detailsDock, m_sourceDock, Qt::Vertical);
    tabifyDockWidget(m_detailsDock, m_overviewDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_threatsDock);
    splitDockWidget(m_threatsDock, m_auditDock, Qt::Horizontal);
    splitDockWidget(m_auditDock, m_versionsDock, Qt::Vertical);
    tabifyDockWidget(m_versionsDock, m_problemsDock);
    m_detailsDock->raise();
    m_versionsDock->raise();
    resizeDocks({m_detailsDock}, {520}, Qt::Horizontal);
    resizeDocks({m_threatsDock}, {300}, Qt::Vertical);
    resizeDocks({m_threatsDock, m_auditDock}, {6, 4}, Qt::Horizontal);
}

// Projects -------------------------------------------------------------------------------------

bool MainWindow::openProject(const QString &path)
{
    if (!m_source->maybeLeave())
        return false;
    const QFileInfo info(path);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    // Writing needs the file and its folder (SQLite keeps -wal and -shm files beside it); when
    // either is read-only, open read-only rather than fail.
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    WaitCursor wait;
    auto opened = Project::open(absolute, writable ? Project::OpenMode::ReadWrite : Project::OpenMode::ReadOnly);
    if (!opened && writable && looksReadOnly(opened.errorString()))
        opened = Project::open(absolute, Project::OpenMode::ReadOnly);
    if (!opened) {
        const QString message = opened.errorString();
        statusBar()->showMessage(tr("Could not open %1").arg(info.fileName()), StatusTimeout);
        Q_EMIT openFailed(message);
        showError(tr("Cannot open project"), message);
        return false;
    }
    rememberDirectory(absolute);
    setProject(std::move(opened).value());
    // The counts in the message come with the overview, read on a worker (overviewReady()).
    m_announceOpened = info.fileName();
    return true;
}

bool MainWindow::newProject(const QString &path, const QString &name)
{
    if (!m_source->maybeLeave())
        return false;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    auto created = Project::create(absolute, name, Project::defaultActor());
    if (!created) {
        statusBar()->showMessage(tr("Could not create %1").arg(QFileInfo(path).fileName()), StatusTimeout);
        showError(tr("Cannot create project"), created.errorString());
        return false;
    }
    rememberDirectory(absolute);
    setProject(std::move(created).value());
    statusBar()->showMessage(tr("Created %1").arg(QFileInfo(path).fileName()), StatusTimeout);
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project || !m_source->maybeLeave())
        return;
    const QString name = m_project->name();
    setProject(nullptr);
    statusBar()->showMessage(tr("Closed %1").arg(name), StatusTimeout);
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    // A comparison belongs to the project it was opened on.
    delete m_compareWindow;
    m_compareWindow = nullptr;
    if (m_importing)
        cancelImport();
    m_liveAction->setChecked(false);
    m_shownInputs.clear();
    m_acknowledged.reset();
    m_acknowledgeAction->setEnabled(false);
    m_graph->resetViewState();
    // The trail shown belongs to the project it was read from.
    ++m_auditGeneration;
    m_loadingAudit = false;
    m_auditVerified = false;
    m_auditModel->clear();
    m_auditPanel->setLoaded();
    // So are its versions; the previous project's rows must not stand while the new ones load.
    m_versionModel->clear();
    m_announceOpened.clear();
    if (m_project)
        m_project->setDurableListener({});
    m_project = std::move(project); // the old one syncs its last commits as it closes
    m_syncFailureShown = false;
    if (m_project && !m_project->isReadOnly()) {
        // Decisions commit on the GUI thread but reach the disk on the project's sync thread:
        // an fsync waits for everything else the disk is writing (300 ms was seen during a
        // build), and the window must not freeze for it.
        if (auto deferred = m_project->setDurability(Project::Durability::Deferred); !deferred)
            qWarning("Decisions are synced on the GUI thread: %s", qPrintable(deferred.errorString()));
        m_project->setDurableListener([this](const Result<qint64> &synced) {
            if (synced)
                return;
            QMetaObject::invokeMethod(this, [this, message = synced.errorString()] { syncFailed(message); },
                                      Qt::QueuedConnection);
        });
    }
    m_triage->setProject(m_project.get());
    m_details->setProject(m_project.get());
    m_source->setProject(m_project ? m_project->path() : QString());
    if (m_project)
        addToRecent(m_project->path());
    refresh();
    m_pages->setCurrentIndex(m_project ? 1 : 0);
    updateTitle();
    updateActions();
    if (m_project && isVisible() && !m_layoutFixed)
        QTimer::singleShot(0, this, &MainWindow::fitDocks);
    Q_EMIT projectChanged();
}

void MainWindow::syncFailed(const QString &message)
{
    if (std::exchange(m_syncFailureShown, true))
        return;
    statusBar()->showMessage(tr("Changes could not be written to disk"));
    showError(tr("Changes not written to disk"),
              tr("%1\n\nThe decisions recorded since may be lost if the computer stops before they reach the "
                 "disk. Free space or fix the disk, then close and reopen the project.")
                  .arg(message));
}

void MainWindow::refresh()
{
    if (!m_project) {
        loadOverview();
        loadVersion();
        m_versionModel->clear();
        m_auditModel->clear();
        m_summary->setProject(nullptr);
        m_auditPanel->clearVerification();
        return;
    }
    m_summary->setProject(m_project.get());
    if (m_auditModel->totalCount() > 0)
        m_summary->setLastAuditEntry(m_auditModel->entry(0));
    loadOverview();
    loadVersion();
    reloadAuditTrail();
}

void MainWindow::loadOverview()
{
    ++m_overviewGeneration; // whatever was being read is stale now
    m_loadingOverview = false;
    if (!m_project)
        return;
    m_loadingOverview = true;
    m_overviewWatcher.setFuture(loadOverviewAsync(m_project->path(), m_overviewGeneration));
}

void MainWindow::overviewReady()
{
    OverviewLoad load = m_overviewWatcher.result();
    if (load.generation != m_overviewGeneration || !m_project)
        return; // a newer request is on its way, or the project was closed
    m_loadingOverview = false;
    const QString opened = std::exchange(m_announceOpened, QString());
    if (!load.result) {
        m_versionModel->clear();
        m_summary->setOverviewError(load.result.errorString());
        statusBar()->showMessage(load.result.errorString(), StatusTimeout);
        Q_EMIT overviewLoaded();
        return;
    }
    m_versionModel->setVersions(load.result->versions);
    for (int column = 0; column < VersionTableModel::MessageColumn; ++column)
        m_versionsView->resizeColumnToContents(column);
    m_summary->setOverview(*load.result);
    // The trail may have grown while the count was read (a decision, an import).
    if (m_auditModel->totalCount() > load.result->auditEntries)
        m_summary->setAuditCount(m_auditModel->totalCount());
    if (!opened.isEmpty()) {
        QString message = tr("Opened %1 (versions: %2, audit entries: %3)")
                              .arg(opened, QLocale().toString(load.result->versions.size()),
                                   QLocale().toString(load.result->auditEntries));
        if (m_project->isReadOnly())
            message += QLatin1Char(' ') + tr("(read-only: the file or its folder cannot be written)");
        statusBar()->showMessage(message, StatusTimeout);
    }
    Q_EMIT overviewLoaded();
}

void MainWindow::loadVersion()
{
    // Whatever was being read is stale now.
    ++m_loadGeneration;
    m_loadingVersion = false;
    m_graphVersion = 0;
    m_model = SystemModel();
    m_threatModel->clear();
    m_details->setModel(m_model);
    m_problemModel->clear();
    m_problemsDock->setWindowTitle(tr("Problems"));
    if (!m_project) {
        m_source->setProject(QString());
        m_graph->clear();
        return;
    }
    auto latest = m_project->latestVersionId();
    if (!latest) {
        m_graph->clear(tr("The versions could not be read: %1").arg(latest.errorString()));
        return;
    }
    if (*latest == 0) {
        m_graph->clear(tr("No version yet. Import specs or Terraform with threatwright-cli import to see the system here."));
        return;
    }
    m_graphVersion = *latest;
    m_loadingVersion = true;
    m_graph->showLoading(tr("Reading version %1…").arg(*latest));
    m_versionWatcher.setFuture(loadVersionAsync(m_project->path(), *latest, m_loadGeneration));
}

void MainWindow::versionReady()
{
    VersionLoad load = m_versionWatcher.result();
    if (load.generation != m_loadGeneration)
        return; // a newer request is on its way
    m_loadingVersion = false;
    if (!load.result) {
        m_graph->clear(tr("Version %1 could not be read: %2").arg(m_graphVersion).arg(load.result.errorString()));
        Q_EMIT versionLoaded();
        return;
    }
    m_model = load.result->model;
    m_threatModel->setRows(std::move(load.result->threatRows));
    m_details->setModel(m_model);
    m_summary->setThreats(load.result->versionId, m_model.threats);
    m_source->setProject(m_project->path(), load.result->info.inputs);
    m_shownInputs = load.result->info.inputs;
    updateLiveWatch();
    m_problemModel->setDiagnostics(m_model.diagnostics);
    m_problemsDock->setWindowTitle(m_model.diagnostics.isEmpty() ? tr("Problems")
                                                                 : tr("Problems (%1)").arg(m_model.diagnostics.size()));
    m_graph->setModel(m_model);
    if (!m_selectedElement.isEmpty())
        m_graph->selectElement(m_selectedElement);
    // Live mode marks what changed since the version the user last acknowledged.
    if (isLiveMode() && !m_acknowledged) {
        m_acknowledged = m_model;
        m_acknowledgedVersion = m_graphVersion;
    }
    if (m_acknowledged && m_acknowledgedVersion != m_graphVersion) {
        const LiveChangeSet changes = liveChanges(*m_acknowledged, m_model);
        m_graph->setChangeMarks(changes.marks, changes.removed, tr("version %1").arg(m_acknowledgedVersion));
        m_acknowledgeAction->setEnabled(!changes.isEmpty());
        if (!changes.isEmpty())
            statusBar()->showMessage(tr("Since version %1: %2 added, %3 changed, %4 removed (Ctrl+Shift+K acknowledges)")
                                         .arg(m_acknowledgedVersion)
                                         .arg(changes.added)
                                         .arg(changes.changed)
                                         .arg(changes.removed.size()),
                                     StatusTimeout);
    }
    Q_EMIT versionLoaded();
}

void MainWindow::selectElement(const QString &id)
{
    m_graph->selectElement(id);
    m_threatsPanel->setElementFilter(id);
    if (m_selectedElement == id)
        return;
    m_selectedElement = id;
    Q_EMIT elementSelected(id);
}

void MainWindow::onThreatSelected(const QString &fingerprint)
{
    // A threat shows its element on the graph; the threat table keeps its rows (the element
    // filter is the graph's way of asking, not the table's).
    const int row = m_threatModel->rowOf(fingerprint);
    if (row < 0) {
        if (m_selectedElement.isEmpty())
            m_details->clear();
        else
            m_details->showElement(m_selectedElement);
        return;
    }
    m_details->showThreat(m_threatModel->threat(row));
    followInSource(m_threatModel->threat(row).sources);
    const QString element = m_threatModel->threat(row).targets.value(0);
    if (element.isEmpty())
        return;
    m_graph->selectElement(element, GraphView::Reveal::EnsureVisible);
    m_selectedElement = element;
    // A path threat shows its path; any other threat is another selection and clears it.
    const Threat &threat = m_threatModel->threat(row);
    if (threat.attackPath.size() > 1)
        m_graph->highlightPath(threat.attackPath);
    else
        m_graph->clearHighlight();
}

bool MainWindow::highlightAttackPath()
{
    const auto show = [this](const Threat &t) {
        if (!m_graph->highlightPath(t.attackPath)) {
            statusBar()->showMessage(tr("The attack path is not on the graph (filtered out?)"), StatusTimeout);
            return false;
        }
        statusBar()->showMessage(tr("Attack path of \"%1\": %n hop(s); Esc on the graph clears it", nullptr, int(t.attackPath.size() - 1))
                                     .arg(t.title),
                                 StatusTimeout);
        return true;
    };
    const int row = m_threatModel->rowOf(m_threatsPanel->currentFingerprint());
    if (row >= 0 && m_threatModel->threat(row).attackPath.size() > 1)
        return show(m_threatModel->threat(row));
    // Else the worst open path through the selected element.
    const Threat *best = nullptr;
    for (const Threat &t : std::as_const(m_model.threats)) {
        if (t.attackPath.size() < 2 || !isOpen(t.status) || (!m_selectedElement.isEmpty() && !t.attackPath.contains(m_selectedElement)))
            continue;
        if (!best || t.score > best->score)
            best = &t;
    }
    if (!best) {
        statusBar()->showMessage(m_selectedElement.isEmpty() ? tr("No attack path to highlight: select a threat with one")
                                                             : tr("No open attack path runs through the selected element"),
                                 StatusTimeout);
        return false;
    }
    return show(*best);
}

void MainWindow::acknowledgeChanges()
{
    m_graph->clearChangeMarks();
    m_acknowledgeAction->setEnabled(false);
    if (isLiveMode() && m_graphVersion > 0 && !m_loadingVersion) {
        m_acknowledged = m_model;
        m_acknowledgedVersion = m_graphVersion;
    } else {
        m_acknowledged.reset();
    }
    statusBar()->showMessage(tr("Changes acknowledged"), StatusTimeout);
}

void MainWindow::onGraphSelection(const QString &id)
{
    m_selectedElement = id;
    if (const ComponentItem *item = m_graph->componentItem(id))
        statusBar()->showMessage(tr("Selected %1 (%2)").arg(item->component().name, id), StatusTimeout);
    else if (const BoundaryItem *boundary = m_graph->boundaryItem(id))
        statusBar()->showMessage(tr("Selected trust boundary %1").arg(boundary->boundary().name), StatusTimeout);
    else if (const FlowItem *flow = m_graph->flowItem(id))
        statusBar()->showMessage(tr("Selected flow %1 → %2").arg(flow->flow().sourceId, flow->flow().targetId), StatusTimeout);
    m_threatsPanel->setElementFilter(id);
    if (id.isEmpty()) {
        m_details->clear();
    } else {
        m_details->showElement(id);
        followInSource(sourcesOf(id));
    }
    Q_EMIT elementSelected(id);
}

void MainWindow::onDecisionsChanged(const QStringList &fingerprints)
{
    m_model.threats = m_threatModel->threats();
    m_details->setThreats(m_model.threats, fingerprints);
    updateAuditAfterChange();
    // The graph's badges and the overview's counts walk every threat (8,000: tens of ms). They
    // follow a moment later, once the key's own answer (row, details, trail) is on screen, and
    // once for several quick keys.
    if (!std::exchange(m_threatsChanged, true)) {
        QTimer::singleShot(0, this, [this] {
            m_threatsChanged = false;
            m_graph->updateThreats(m_model.threats);
            m_summary->setThreats(m_threatModel->versionId(), m_model.threats);
        });
    }
}

void MainWindow::updateAuditAfterChange()
{
    // While the trail is read in the background its swap-in catches up with new entries.
    if (!m_project || m_loadingAudit)
        return;
    auto appended = m_auditModel->appendNewEntries(m_project.get());
    if (!appended) {
        statusBar()->showMessage(tr("The audit trail could not be read: %1").arg(appended.errorString()), StatusTimeout);
        return;
    }
    m_summary->setAuditCount(m_auditModel->totalCount());
    if (m_auditModel->totalCount() > 0)
        m_summary->setLastAuditEntry(m_auditModel->entry(0));
    // The chain was verified when the project was opened; the new entries only need to continue
    // it. Anything unexpected (another writer, a damaged entry) gets the full walk.
    if (m_auditVerified && m_auditModel->newEntriesChain()) {
        AuditVerification ok;
        ok.entries = m_auditModel->totalCount();
        m_summary->setVerification(ok);
        m_auditPanel->setVerification(ok);
        return;
    }
    if (m_auditVerified || m_auditModel->firstBadSeq() == 0)
        reloadAuditTrail(); // another writer, or a damaged entry: walk the whole chain again
}

// Import and live mode ----------------------------------------------------------------------

void MainWindow::importInteractive(bool folders)
{
    if (!m_project)
        return;
    QStringList paths;
    if (folders) {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), dialogDirectory());
        if (!folder.isEmpty())
            paths.append(folder);
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), dialogDirectory(),
                                              tr("Specs and Terraform (*.yaml *.yml *.json *.tf *.tf.json);;All files (*)"));
    }
    if (paths.isEmpty())
        return;
    rememberDirectory(paths.constFirst());
    importPaths(paths);
}

bool MainWindow::importPaths(const QStringList &paths, const QString &message)
{
    if (!m_project || m_project->isReadOnly() || m_importing || paths.isEmpty())
        return false;
    ImportRequest request;
    request.projectPath = m_project->path();
    request.paths = paths;
    request.author = settings::actorName();
    QStringList shown;
    for (const QString &path : paths)
        shown.append(QDir::toNativeSeparators(path));
    request.message = message.isEmpty() ? tr("Imported in the workbench: %1").arg(shown.join(QStringLiteral(", "))) : message;
    m_importing = true;
    m_importProject = m_project->path();
    m_triage->setBusy(true);
    updateActions();
    m_importProgress->setValue(0);
    m_importProgress->show();
    m_importCancel->show();
    statusBar()->showMessage(tr("Importing %1…").arg(shown.join(QStringLiteral(", "))));
    m_importWatcher.setFuture(importAsync(request));
    return true;
}

void MainWindow::cancelImport()
{
    if (m_importing)
        m_importWatcher.cancel();
}

void MainWindow::importReady()
{
    m_importing = false;
    if (std::exchange(m_sourceReimport, false))
        m_source->setReimportProgress(-1);
    m_triage->setBusy(false);
    m_importProgress->hide();
    m_importCancel->hide();
    updateActions();
    const QFuture<ImportOutcome> future = m_importWatcher.future();
    if (!m_project || m_project->path() != m_importProject) {
        Q_EMIT importFinished(0); // for a project that is no longer open
        return;
    }
    if (future.resultCount() == 0) {
        statusBar()->showMessage(tr("The import was cancelled"), StatusTimeout);
        Q_EMIT importFinished(0);
        return;
    }
    const ImportOutcome outcome = future.result();
    if (!outcome.version) {
        const bool cancelled = future.isCanceled();
        statusBar()->showMessage(cancelled ? tr("The import was cancelled") : tr("The import failed"), StatusTimeout);
        if (!cancelled)
            showError(tr("Cannot import"), outcome.version.errorString());
        Q_EMIT importFinished(0);
        return;
    }
    // The folders the new inputs are relative to are where their sources are.
    for (const QString &root : outcome.roots)
        m_source->locator().addRoot(root, !m_headless);
    refresh();
    statusBar()->showMessage(tr("Version %1: %2 artifacts, %3 components, %4 threats (%5 problems) in %6 s")
                                 .arg(*outcome.version)
                                 .arg(outcome.artifacts)
                                 .arg(outcome.components)
                                 .arg(outcome.threats)
                                 .arg(outcome.diagnostics.size())
                                 .arg(QLocale().toString(outcome.elapsedMs / 1000.0, 'f', 1)),
                             StatusTimeout);
    Q_EMIT importFinished(*outcome.version);
    if (std::exchange(m_importAgain, false) && isLiveMode())
        onLiveChange({});
}

void MainWindow::setLiveMode(bool on)
{
    if (m_liveAction->isChecked() != on) {
        m_liveAction->setChecked(on); // toggled() comes back here
        return;
    }
    if (on && (!m_project || m_project->isReadOnly())) {
        m_liveAction->setChecked(false);
        return;
    }
    updateLiveWatch();
    if (on && !m_acknowledged && m_graphVersion > 0 && !m_loadingVersion) {
        m_acknowledged = m_model;
        m_acknowledgedVersion = m_graphVersion;
    }
    if (on) {
        const int files = int(m_live->watchedFiles().size());
        statusBar()->showMessage(files > 0 ? tr("Live mode: watching %n imported files", nullptr, files)
                                           : tr("Live mode: none of the imported files was found; use Locate Folder… in "
                                                "the Source panel"),
                                 StatusTimeout);
    } else {
        statusBar()->showMessage(tr("Live mode off"), StatusTimeout);
    }
}

bool MainWindow::isLiveMode() const
{
    return m_liveAction->isChecked();
}

QStringList MainWindow::liveRoots() const
{
    QStringList roots;
    for (const QString &root : m_source->locator().roots()) {
        for (const InputDigest &input : m_shownInputs) {
            if (QFileInfo(QDir(root).filePath(input.path)).isFile()) {
                roots.append(root);
                break;
            }
        }
    }
    return roots;
}

void MainWindow::updateLiveWatch()
{
    if (!isLiveMode() || !m_project) {
        m_live->clear();
        return;
    }
    QStringList files;
    QStringList folders;
    for (const QString &root : liveRoots()) {
        for (const InputDigest &input : m_shownInputs) {
            const QString file = QDir::cleanPath(QDir(root).filePath(input.path));
            if (QFileInfo(file).isFile()) {
                files.append(file);
                folders.append(QFileInfo(file).absolutePath());
            }
        }
    }
    folders.removeDuplicates();
    m_live->watch(files, folders);
}

void MainWindow::onLiveChange(const QStringList &paths)
{
    if (!isLiveMode() || !m_project)
        return;
    if (m_importing) {
        m_importAgain = true; // once this import is in, import what changed meanwhile
        return;
    }
    if (!m_savedSource.isEmpty() && !paths.isEmpty()
        && std::all_of(paths.cbegin(), paths.cend(), [this](const QString &p) { return QFileInfo(p) == QFileInfo(m_savedSource); })) {
        m_savedSource.clear(); // the save re-imports it already
        return;
    }
    const QStringList roots = liveRoots();
    if (roots.isEmpty())
        return;
    QStringList changed;
    for (const QString &path : paths)
        changed.append(QFileInfo(path).fileName());
    changed.removeDuplicates();
    importPaths(roots, changed.isEmpty() ? tr("Live mode: re-imported after a change")
                                         : tr("Live mode: re-imported after a change to %1").arg(changed.join(QStringLiteral(", "))));
}

void MainWindow::onSourceSaved(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(m_source->currentSource().file);
    const QStringList roots = liveRoots();
    if (roots.isEmpty()) {
        statusBar()->showMessage(tr("Saved %1; its source folder is not known, so it was not re-imported").arg(shown), StatusTimeout);
        return;
    }
    m_savedSource = isLiveMode() ? path : QString();
    if (!importPaths(roots, tr("Edited %1 in the Source panel").arg(shown))) {
        statusBar()->showMessage(tr("Saved %1; it could not be re-imported now").arg(shown), StatusTimeout);
        return;
    }
    m_sourceReimport = true;
    m_source->setReimportProgress(0);
    statusBar()->showMessage(tr("Saved %1; re-importing it in the background…").arg(shown));
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(this);
    // The optional LLM provider (off by default): its key goes to the system keychain.
    auto *llm = new LlmSettingsPage;
    llm->load();
    dialog.addPage(llm, tr("Language model"));
    connect(&dialog, &QDialog::accepted, llm, &LlmSettingsPage::apply);
    Q_EMIT preferencesOpening(&dialog);
    const int answer = dialog.exec();
    activateWindow();
    if (answer == QDialog::Accepted)
        statusBar()->showMessage(tr("Preferences saved"), StatusTimeout);
}

bool MainWindow::showSource(const SourceRef &source)
{
    m_sourceDock->show();
    m_sourceDock->raise();
    const bool shown = m_source->showSource(source);
    if (!shown && m_source->isEditing())
        statusBar()->showMessage(tr("The Source panel keeps the file being edited"), StatusTimeout);
    else if (!shown)
        statusBar()->showMessage(tr("%1 could not be opened").arg(source.toString()), StatusTimeout);
    return shown;
}

void MainWindow::followInSource(const QList<SourceRef> &sources)
{
    if (m_sourceDock->isHidden() || !m_sourceDock->toggleViewAction()->isChecked())
        return;
    for (const SourceRef &source : sources) {
        if (source.isValid()) {
            m_source->showSource(source);
            return;
        }
    }
}

QList<SourceRef> MainWindow::sourcesOf(const QString &elementId) const
{
    const auto find = [&elementId](const auto &list) -> const QList<SourceRef> * {
        for (const auto &element : list) {
            if (element.id == elementId)
                return &element.sources;
        }
        return nullptr;
    };
    for (const QList<SourceRef> *found : {find(m_model.components), find(m_model.boundaries), find(m_model.entryPoints),
                                          find(m_model.flows), find(m_model.assets)}) {
        if (found)
            return *found;
    }
    return {};
}

void MainWindow::exportViewInteractive()
{
    if (m_graph->componentItems().isEmpty())
        return;
    QString filter;
    const QString svgFilter = tr("SVG image (*.svg)");
    const QString pngFilter = tr("PNG image (*.png)");
    const QString base = m_project ? QFileInfo(m_project->path()).completeBaseName() : QStringLiteral("system");
    QString path = QFileDialog::getSaveFileName(this, tr("Export View"), QDir(dialogDirectory()).filePath(base + QStringLiteral(".svg")),
                                                svgFilter + QStringLiteral(";;") + pngFilter, &filter);
    if (path.isEmpty())
        return;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1StringView("svg") && suffix != QLatin1StringView("png")) {
        suffix = filter == pngFilter ? QStringLiteral("png") : QStringLiteral("svg");
        path += QLatin1Char('.') + suffix;
    }
    rememberDirectory(path);
    WaitCursor wait;
    const Result<void> written = suffix == QLatin1StringView("png") ? m_graph->exportPng(path) : m_graph->exportSvg(path);
    if (!written) {
        showError(tr("Cannot export the view"), written.errorString());
        return;
    }
    statusBar()->showMessage(tr("Exported the graph to %1").arg(QDir::toNativeSeparators(path)), StatusTimeout);
}

std::optional<AuditVerification> MainWindow::verifyAuditTrail()
{
    if (!m_project)
        return std::nullopt;
    WaitCursor wait;
    m_auditVerified = false;
    auto result = m_project->verifyAudit();
    if (!result) {
        m_summary->setVerificationError(result.errorString());
        m_auditPanel->setVerificationError(result.errorString());
        statusBar()->showMessage(tr("The audit trail could not be verified: %1").arg(result.errorString()), StatusTimeout);
        return std::nullopt;
    }
    m_summary->setVerification(*result);
    m_auditPanel->setVerification(*result);
    m_auditVerified = result->ok;
    if (result->ok)
        statusBar()->showMessage(tr("Audit chain intact: all %1 entries verified").arg(QLocale().toString(result->entries)), StatusTimeout);
    else
        statusBar()->showMessage(tr("Audit chain broken at entry %1: %2").arg(result->firstBadSeq).arg(result->problem));
    return result.value();
}

bool MainWindow::reloadAuditTrail()
{
    if (!m_project)
        return false;
    // Whatever was being read is stale now; the rows on screen stay until the new ones arrive.
    m_loadingAudit = true;
    m_auditVerified = false;
    m_auditPanel->setLoading(0, tr("Reading the audit trail…"));
    m_summary->setVerificationPending();
    m_auditWatcher.setFuture(loadAuditAsync(m_project->path(), ++m_auditGeneration));
    return true;
}

void MainWindow::auditReady()
{
    const QFuture<AuditLoad> future = m_auditWatcher.future();
    if (future.resultCount() == 0)
        return;
    AuditLoad load = future.result();
    if (load.generation != m_auditGeneration || !m_project)
        return; // a newer request is on its way, or the project is gone
    m_loadingAudit = false;
    m_auditPanel->setLoaded();
    if (!load.result) {
        m_auditModel->clear();
        m_summary->setVerificationError(load.result.errorString());
        m_auditPanel->setVerificationError(load.result.errorString());
        statusBar()->showMessage(tr("The audit trail could not be read: %1").arg(load.result.errorString()), StatusTimeout);
        Q_EMIT auditLoaded();
        return;
    }
    m_auditModel->setEntries(std::move(load.result->entries));
    const AuditVerification &verification = load.result->verification;
    m_summary->setVerification(verification);
    m_auditPanel->setVerification(verification);
    m_auditVerified = verification.ok;
    if (verification.ok) {
        statusBar()->showMessage(tr("Audit chain intact: all %1 entries verified").arg(QLocale().toString(verification.entries)),
                                 StatusTimeout);
    } else {
        statusBar()->showMessage(tr("Audit chain broken at entry %1: %2").arg(verification.firstBadSeq).arg(verification.problem));
    }
    // Decisions recorded while the worker read are not in its snapshot: take them on top.
    updateAuditAfterChange();
    Q_EMIT auditLoaded();
}

// Window state ---------------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Threatwright"));
        setWindowFilePath(QString());
        return;
    }
    QString file = QFileInfo(m_project->path()).fileName();
    if (m_project->isReadOnly())
        file = tr("%1 (read-only)").arg(file);
    // The name is the file's: no control or bidirectional characters in the title bar.
    setWindowTitle(tr("%1 — %2 — Threatwright").arg(text::shown(text::printable(m_project->name())), text::printable(file)));
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    m_closeAction->setEnabled(open);
    m_refreshAction->setEnabled(open);
    m_verifyAction->setEnabled(open);
    m_compareAction->setEnabled(open);
    m_exportReportAction->setEnabled(open);
    for (QAction *action : {m_fitAction, m_zoomInAction, m_zoomOutAction, m_findAction, m_exportViewAction})
        action->setEnabled(open);
    const bool writable = open && !m_project->isReadOnly();
    m_importFolderAction->setEnabled(writable && !m_importing);
    m_importFilesAction->setEnabled(writable && !m_importing);
    m_liveAction->setEnabled(writable);
    m_source->setEditingAllowed(writable && !m_importing);
}

CompareWindow *MainWindow::compareVersions(qint64 from, qint64 to)
{
    if (!m_project)
        return nullptr;
    auto versions = m_project->versions();
    if (!versions) {
        showError(tr("Compare Versions"), versions.errorString());
        return nullptr;
    }
    if (versions->size() < 2) {
        showError(tr("Compare Versions"), tr("The project has one version so far; import again to have something to compare."));
        return nullptr;
    }
    QList<qint64> ids;
    for (const VersionInfo &v : *versions)
        ids.append(v.id);
    std::sort(ids.begin(), ids.end());
    if (from == 0 || to == 0) {
        QList<qint64> selected;
        for (const QModelIndex &row : m_versionsView->selectionModel()->selectedRows())
            selected.append(row.data(VersionTableModel::VersionIdRole).toLongLong());
        selected.removeAll(0);
        std::sort(selected.begin(), selected.end());
        if (selected.size() >= 2) {
            from = selected.first();
            to = selected.last();
        } else if (selected.size() == 1 && selected.first() != ids.first()) {
            to = selected.first();
            from = ids.at(ids.indexOf(to) - 1);
        } else {
            from = ids.at(ids.size() - 2);
            to = ids.last();
        }
    }
    if (!m_compareWindow)
        m_compareWindow = new CompareWindow(m_project->path(), this);
    m_compareWindow->compare(from, to);
    if (!m_headless) {
        m_compareWindow->show();
        m_compareWindow->raise();
        m_compareWindow->activateWindow();
    }
    return m_compareWindow;
}

ReportExporter *MainWindow::exportReport(const ExportOptions &options)
{
    if (!m_exporter) {
        m_exporter = new ReportExporter(this);
        connect(m_exporter, &ReportExporter::finished, this, [this](const QString &path) {
            statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
        connect(m_exporter, &ReportExporter::failed, this, [this](const QString &message) { showError(tr("Export Report"), message); });
        connect(m_exporter, &ReportExporter::cancelled, this,
                [this] { statusBar()->showMessage(tr("Export cancelled; nothing was written."), 10000); });
    }
    m_exporter->start(options, m_headless ? nullptr : this);
    return m_exporter;
}

void MainWindow::updateRecentMenu()
{
    const QStringList files = RecentFiles::files();
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QString label = QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(label) : QStringLiteral("1&0 %1").arg(label);
        QAction *action = m_recentMenu->addAction(label);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::addToRecent(const QString &path)
{
    if (m_headless)
        return;
    RecentFiles::add(path);
    updateRecentMenu();
}

void MainWindow::restoreLayout()
{
    m_saveLayout = true;
    QSettings settings;
    const QByteArray geometry = settings.value(settingsKey(GeometryKey)).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(settingsKey(StateKey)).toByteArray();
    if (!state.isEmpty() && restoreState(state))
        m_layoutFixed = true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_project && !m_layoutFixed)
        QTimer::singleShot(0, this, &MainWindow::fitDocks);
}

void MainWindow::fitDocks()
{
    // First run: the graph in the middle, the inspector (details over source) on the right, the
    // threat list and the trail in a band at the bottom. Once fitted (or restored) the user
    // decides.
    if (m_layoutFixed || !m_project || !isVisible() || !m_threatsDock->isVisible() || m_threatsDock->isFloating()
        || dockWidgetArea(m_threatsDock) != Qt::BottomDockWidgetArea)
        return;
    m_layoutFixed = true;
    // Sizes in pixels: docks stacked in one column take their column's size from the sum.
    const int band = std::max(220, height() * 37 / 100);
    const int column = std::max(200, height() - band - menuBar()->height() - statusBar()->height());
    resizeDocks({m_threatsDock}, {band}, Qt::Vertical);
    resizeDocks({m_threatsDock, m_auditDock}, {width() * 62 / 100, width() * 38 / 100}, Qt::Horizontal);
    if (m_versionsDock->isVisible() && !m_versionsDock->isFloating())
        resizeDocks({m_auditDock, m_versionsDock}, {band * 66 / 100, band * 34 / 100}, Qt::Vertical);
    if (m_detailsDock->isVisible() && !m_detailsDock->isFloating()) {
        resizeDocks({m_detailsDock}, {std::clamp(width() * 32 / 100, 380, 640)}, Qt::Horizontal);
        if (m_sourceDock->isVisible() && !m_sourceDock->isFloating())
            resizeDocks({m_detailsDock, m_sourceDock}, {column * 55 / 100, column * 45 / 100}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_source->maybeLeave()) {
        event->ignore();
        return;
    }
    if (m_saveLayout) {
        QSettings settings;
        settings.setValue(settingsKey(GeometryKey), saveGeometry());
        settings.setValue(settingsKey(StateKey), saveState());
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // A project file opens; folders, specs and .tf files are imported into the open project.
    const bool canImport = m_project && !m_project->isReadOnly() && !m_importing;
    if (!localFileOf(event->mimeData()).isEmpty() || (canImport && !localPathsOf(event->mimeData()).isEmpty()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString project = localFileOf(event->mimeData());
    if (!project.isEmpty()) {
        event->acceptProposedAction();
        openProject(project);
        return;
    }
    const QStringList paths = localPathsOf(event->mimeData());
    if (paths.isEmpty() || !m_project)
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

// Dialogs --------------------------------------------------------------------------------------

void MainWindow::showError(const QString &title, const QString &message)
{
    if (m_headless) {
        qWarning().noquote() << title + QStringLiteral(": ") + message;
        return;
    }
    // Plain text: the message names files, and a file name is data, never markup.
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::newProjectInteractive()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), dialogDirectory(),
                                                tr("Threatwright projects (*.twdb)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + projectSuffix();
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create project"),
                  tr("%1 already exists. Choose another name, or open the existing project.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Project"), tr("Project name:"), QLineEdit::Normal,
                                               QFileInfo(path).completeBaseName(), &ok)
                             .trimmed();
    if (!ok)
        return;
    newProject(path, name.isEmpty() ? QFileInfo(path).completeBaseName() : name);
}

void MainWindow::openProjectInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dialogDirectory(),
                                                      tr("Threatwright projects (*.twdb);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Threatwright"),
        tr("<h3>Threatwright %1</h3>"
           "<p>A threat-model workbench that keeps the model in step with the system: it builds the "
           "model from specs, Terraform and repositories, suggests threats, and records every "
           "decision in a tamper-evident audit trail.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(TW_VERSION_STRING)));
}

QString MainWindow::dialogDirectory() const
{
    const QString remembered = QSettings().value(settingsKey(DirectoryKey)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void MainWindow::rememberDirectory(const QString &path)
{
    if (m_headless)
        return;
    QSettings().setValue(settingsKey(DirectoryKey), QFileInfo(path).absolutePath());
}

QTableView *MainWindow::auditView() const
{
    return m_auditPanel->view();
}

} // namespace tw::ui
