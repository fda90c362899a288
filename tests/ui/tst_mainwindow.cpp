// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench shell under the offscreen platform: opening projects, the versions and audit
// tables, recent files, refusing bad files without touching them, and a screenshot.

#include "audittablemodel.h"
#include "audittrailpanel.h"
#include "graphview.h"
#include "mainwindow.h"
#include "projectsummarywidget.h"
#include "recentfiles.h"
#include "statusbadge.h"
#include "support/windowdriver.h"
#include "versiontablemodel.h"

#include "model/synthetic.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace tw;
using tw::ui::MainWindow;

namespace {

/**
 * Answers every modal QMessageBox that appears while it lives, recording title and text. A
 * polling timer, because the box runs its own event loop inside the call under test.
 */
class DialogCatcher : public QObject
{
public:
    DialogCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogCatcher::poll);
        m_timer.start(10);
    }

    QStringList titles;
    QStringList texts;

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        titles.append(box->windowTitle());
        texts.append(box->text());
        if (QAbstractButton *ok = box->button(QMessageBox::Ok))
            ok->click();
        else
            box->reject();
    }

    QTimer m_timer;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/** A project with two versions and one triage decision; returns its path or an empty string. */
QString makeProject(const QString &path, const QString &name, int components = 12, int threats = 30)
{
    auto project = Project::create(path, name, QStringLiteral("alice"));
    if (!project)
        return {};
    VersionMeta first{QStringLiteral("alice"), QStringLiteral("Initial import of the shop services"),
                      QStringLiteral("3f2a9c1e5b7d4a6f8e0c2b4d6f8a0c2e4b6d8f0a"),
                      {{QStringLiteral("api/openapi.yaml"), QStringLiteral("openapi"),
                        QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")}}};
    if (!(*project)->createVersion(syntheticModel({components, 2, threats, 1}), first))
        return {};
    VersionMeta second{QStringLiteral("bob"), QStringLiteral("Add the payment service and its queue"),
                       QStringLiteral("9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c"), {}};
    if (!(*project)->createVersion(syntheticModel({components + 3, 2, threats + 6, 1}), second))
        return {};
    ThreatQuery open;
    open.status = ThreatStatus::Suggested;
    auto latest = (*project)->threats(open);
    if (!latest || latest->size() < 2)
        return {};
    TriageRequest validate{latest->at(0).fingerprint, TriageAction::Validate,
                           QStringLiteral("Confirmed in the design review"), QStringLiteral("carol"), {}, {}, {}};
    if (!(*project)->triage(validate))
        return {};
    TriageRequest dismiss{latest->at(1).fingerprint, TriageAction::Dismiss,
                          QStringLiteral("Not applicable: the endpoint is internal only"), QStringLiteral("carol"), {}, {}, {}};
    if (!(*project)->triage(dismiss))
        return {};
    return path;
}

/** A demo for the screenshot: a few versions of a growing system and a morning of triage. */
QString makeDemoProject(const QString &path)
{
    auto project = Project::create(path, QStringLiteral("Online Shop"), QStringLiteral("maria.lopez"));
    if (!project)
        return {};
    struct Step
    {
        int components;
        int threats;
        const char *author;
        const char *message;
        const char *revision;
    };
    const Step steps[] = {
        {24, 90, "maria.lopez", "Initial import: storefront, catalog and orders", "5d41402abc4b2a76b9719d911017c592aa1b2c3d"},
        {30, 120, "ci-pipeline", "Import after merge of PR #112 (payments)", "7d793037a0760186574b0282f2f435e7bb3c4d5e"},
        {36, 150, "ci-pipeline", "Import after merge of PR #131 (shipping queue)", "1f3870be274f6c49b3e31a0c6728957fcc4d5e6f"},
        {42, 180, "jonas.weber", "Terraform for the EU region added", "c4ca4238a0b923820dcc509a6f75849bdd5e6f70"},
    };
    for (const Step &step : steps) {
        VersionMeta meta{QString::fromUtf8(step.author), QString::fromUtf8(step.message), QString::fromUtf8(step.revision),
                         {{QStringLiteral("api/openapi.yaml"), QStringLiteral("openapi"),
                           QStringLiteral("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
                          {QStringLiteral("infra/main.tf"), QStringLiteral("terraform"),
                           QStringLiteral("sha256:60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")}}};
        if (!(*project)->createVersion(syntheticModel({step.components, 2, step.threats, 7}), meta))
            return {};
    }
    ThreatQuery open;
    open.status = ThreatStatus::Suggested;
    auto threats = (*project)->threats(open);
    if (!threats || threats->size() < 6)
        return {};
    const QList<TriageRequest> decisions = {
        {threats->at(0).fingerprint, TriageAction::Validate, QStringLiteral("Confirmed in the design review"),
         QStringLiteral("maria.lopez"), {}, {}, QStringLiteral("team-payments")},
        {threats->at(1).fingerprint, TriageAction::Dismiss, QStringLiteral("Internal endpoint behind the mesh, not reachable"),
         QStringLiteral("maria.lopez"), {}, {}, {}},
        {threats->at(2).fingerprint, TriageAction::Accept, QStringLiteral("Risk accepted until the Q3 redesign"),
         QStringLiteral("jonas.weber"), {}, QDateTime::currentDateTimeUtc().addDays(90), {}},
        {threats->at(3).fingerprint, TriageAction::SetPriority, QStringLiteral("Customer data involved"),
         QStringLiteral("jonas.weber"), 1, {}, {}},
        {threats->at(4).fingerprint, TriageAction::Validate, QStringLiteral("Reproduced with a test token"),
         QStringLiteral("maria.lopez"), {}, {}, {}},
        {threats->at(5).fingerprint, TriageAction::Mitigate, QStringLiteral("Rate limiting deployed (PR #140)"),
         QStringLiteral("maria.lopez"), {}, {}, {}},
    };
    for (const TriageRequest &request : decisions) {
        if (!(*project)->triage(request))
            return {};
    }
    return path;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void modelsPassTester();
    void opensProjectWithVersionsAndAudit();
    void recentFilesPersist();
    void recentFilesDropVanishedFiles();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void newProjectCreatesOpenableFile();
    void newProjectRefusesExistingFile();
    void headlessLeavesSettingsAlone();
    void closeProjectShowsWelcome();
    void dockLayoutIsRestored();
    void tamperedAuditShowsBrokenChain();
    void largeAuditTrailIsFetchedInBatches();
    void screenshot();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_good;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_mainwindow"));
    QApplication::setQuitOnLastWindowClosed(false);

    m_good = makeProject(path(QStringLiteral("shop.twdb")), QStringLiteral("Shop"));
    QVERIFY(!m_good.isEmpty());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::modelsPassTester()
{
    MainWindow window;
    QAbstractItemModelTester versionTester(window.versionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester auditTester(window.auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.openProject(m_good));
    QVERIFY(test::waitUntilIdle(window));
    QVERIFY(window.auditModel()->totalCount() > 0);
    while (window.auditModel()->canFetchMore({}))
        window.auditModel()->fetchMore({});
    window.auditModel()->setFirstBadSeq(2, QStringLiteral("test"));
    window.auditModel()->setFirstBadSeq(0);
    window.refresh();
    QVERIFY(test::waitUntilIdle(window));
    window.closeProject();
    QCOMPARE(window.versionModel()->rowCount(), 0);
    QCOMPARE(window.auditModel()->rowCount(), 0);
}

void TestMainWindow::opensProjectWithVersionsAndAudit()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::projectChanged);
    QSignalSpy auditLoaded(&window, &MainWindow::auditLoaded);
    QVERIFY(window.openProject(m_good));
    QCOMPARE(changed.count(), 1);
    // The trail is read and verified on a worker; the panel says so meanwhile.
    QVERIFY(window.isLoadingAudit());
    QVERIFY(window.findChild<ui::AuditTrailPanel *>()->isLoading());
    QVERIFY(test::waitUntilIdle(window));
    QCOMPARE(auditLoaded.count(), 1);
    QVERIFY(!window.findChild<ui::AuditTrailPanel *>()->isLoading());
    QVERIFY(window.project());
    QCOMPARE(window.project()->name(), QStringLiteral("Shop"));
    QVERIFY(!window.project()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Shop")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("shop.twdb")));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("read-only")));

    auto reference = Project::open(m_good, Project::OpenMode::ReadOnly);
    QVERIFY2(reference, qPrintable(reference.errorString()));

    // Versions: two rows, the project's ids, newest first in the view.
    auto versions = (*reference)->versions();
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2);
    ui::VersionTableModel *vm = window.versionModel();
    QCOMPARE(vm->rowCount(), 2);
    QList<qint64> ids;
    for (int row = 0; row < vm->rowCount(); ++row)
        ids.append(vm->data(vm->index(row, ui::VersionTableModel::IdColumn), ui::VersionTableModel::SortRole).toLongLong());
    QList<qint64> expectedIds;
    for (const VersionInfo &v : *versions)
        expectedIds.append(v.id);
    std::sort(ids.begin(), ids.end());
    std::sort(expectedIds.begin(), expectedIds.end());
    QCOMPARE(ids, expectedIds);
    QTableView *versionsView = window.versionsView();
    QCOMPARE(versionsView->model()->rowCount(), 2);
    QCOMPARE(versionsView->model()->index(0, 0).data().toString(), QString::number(expectedIds.last()));
    const QModelIndex authorIndex = versionsView->model()->index(0, ui::VersionTableModel::AuthorColumn);
    QCOMPARE(authorIndex.data().toString(), QStringLiteral("bob"));
    QVERIFY(versionsView->model()->index(0, ui::VersionTableModel::MessageColumn).data(Qt::ToolTipRole).toString()
                .contains(QStringLiteral("payment service")));
    QCOMPARE(vm->headerData(ui::VersionTableModel::ThreatsColumn, Qt::Horizontal).toString(), QStringLiteral("Threats"));

    // Audit trail: every entry, newest first, with the tooltip details.
    auto trail = (*reference)->auditTrail();
    QVERIFY(trail);
    QVERIFY(trail->size() >= 5); // create, two versions, two decisions (and what versions log)
    ui::AuditTableModel *am = window.auditModel();
    while (am->canFetchMore({}))
        am->fetchMore({});
    QCOMPARE(am->rowCount(), trail->size());
    QCOMPARE(am->totalCount(), trail->size());
    for (int row = 0; row < trail->size(); ++row) {
        const AuditEntry &e = trail->at(trail->size() - 1 - row);
        QCOMPARE(am->data(am->index(row, ui::AuditTableModel::SeqColumn)).toString(), QString::number(e.seq));
        QCOMPARE(am->data(am->index(row, ui::AuditTableModel::ActorColumn)).toString(), e.actor);
        QCOMPARE(am->data(am->index(row, ui::AuditTableModel::ActionColumn)).toString(), e.action);
        QCOMPARE(am->data(am->index(row, ui::AuditTableModel::SubjectColumn)).toString(), e.subject);
        QCOMPARE(am->data(am->index(row, ui::AuditTableModel::ReasonColumn)).toString(), e.reason);
        QCOMPARE(am->data(am->index(row, 0), ui::AuditTableModel::HashRole).toString(), e.hash);
        const QString tip = am->data(am->index(row, ui::AuditTableModel::ActionColumn), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(e.hash), qPrintable(tip));
    }
    const QString triageTip = am->data(am->index(0, 0), Qt::ToolTipRole).toString();
    QVERIFY2(triageTip.contains(QStringLiteral("dismissed")), qPrintable(triageTip)); // the "after" JSON
    QCOMPARE(window.auditView()->model()->rowCount(), trail->size());
    QCOMPARE(window.auditView()->model()->index(0, ui::AuditTableModel::SeqColumn).data().toString(),
             QString::number(trail->last().seq));

    // The chain was verified on open: green badge in the summary.
    ui::StatusBadge *badge = window.summaryWidget()->auditBadge();
    QCOMPARE(badge->tone(), ui::StatusBadge::Tone::Good);
    auto *panelBadge = window.findChild<ui::StatusBadge *>(QStringLiteral("auditPanelBadge"));
    QVERIFY(panelBadge);
    QCOMPARE(panelBadge->tone(), ui::StatusBadge::Tone::Good);
    QVERIFY2(panelBadge->text().contains(QString::number(trail->size())), qPrintable(panelBadge->text()));
    const auto verification = window.verifyAuditTrail();
    QVERIFY(verification.has_value());
    QVERIFY(verification->ok);
    QCOMPARE(verification->entries, trail->size());
}

void TestMainWindow::recentFilesPersist()
{
    {
        MainWindow window;
        QVERIFY(window.openProject(m_good));
    }
    MainWindow reopened;
    QVERIFY(!reopened.project());
    QCOMPARE(ui::RecentFiles::files(), QStringList{m_good});
    QStringList inMenu;
    for (QAction *action : reopened.recentMenu()->actions()) {
        if (!action->data().toString().isEmpty())
            inMenu.append(action->data().toString());
    }
    QCOMPARE(inMenu, QStringList{m_good});

    // Most recent first, no duplicates, at most ten.
    for (int i = 0; i < 12; ++i) {
        const QString other = path(QStringLiteral("recent-%1.twdb").arg(i));
        QVERIFY(QFile::copy(m_good, other) || QFileInfo::exists(other));
        ui::RecentFiles::add(other);
    }
    ui::RecentFiles::add(m_good);
    const QStringList files = ui::RecentFiles::files();
    QCOMPARE(files.size(), ui::RecentFiles::MaxEntries);
    QCOMPARE(files.first(), m_good);
    QCOMPARE(files.count(m_good), 1);

    ui::RecentFiles::clear();
    QVERIFY(ui::RecentFiles::files().isEmpty());
}

void TestMainWindow::recentFilesDropVanishedFiles()
{
    const QString doomed = path(QStringLiteral("doomed.twdb"));
    QVERIFY(QFile::copy(m_good, doomed));
    ui::RecentFiles::add(m_good);
    ui::RecentFiles::add(doomed);
    QCOMPARE(ui::RecentFiles::files().size(), 2);
    QVERIFY(QFile::remove(doomed));
    QCOMPARE(ui::RecentFiles::files(), QStringList{m_good});
    // …and the pruned list is what is stored now.
    QCOMPARE(QSettings().value(QStringLiteral("RecentFiles/paths")).toStringList(), QStringList{m_good});
}

void TestMainWindow::refusesBadFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedMessage");

    const QByteArray good = readAll(m_good);
    QVERIFY(good.size() > 4096);

    QTest::newRow("text file") << QStringLiteral("notes.twdb")
                               << QByteArray("This is not a project.\nJust some notes about the threat model.\n")
                               << QStringLiteral("notes.twdb is not a Threatwright project (it is not an SQLite database)");

    QTest::newRow("truncated copy") << QStringLiteral("truncated.twdb") << good.left(good.size() / 2)
                                    << QStringLiteral("truncated.twdb is damaged: the file is truncated (%1 of %2 bytes present)")
                                           .arg(good.size() / 2)
                                           .arg(good.size());

    QByteArray future = good;
    const quint32 userVersion = Project::SchemaVersion + 41;
    for (int i = 0; i < 4; ++i)
        future[60 + i] = char((userVersion >> (24 - 8 * i)) & 0xff);
    QTest::newRow("newer schema") << QStringLiteral("future.twdb") << future
                                  << QStringLiteral("future.twdb was written by a newer version of Threatwright "
                                                    "(project format %1; this version reads formats up to %2). "
                                                    "Open it with a newer Threatwright.")
                                         .arg(userVersion)
                                         .arg(Project::SchemaVersion);

    QByteArray foreignSqlite = good;
    for (int i = 0; i < 4; ++i)
        foreignSqlite[68 + i] = 0; // application_id of a plain SQLite database
    QTest::newRow("other sqlite database") << QStringLiteral("other.twdb") << foreignSqlite
                                           << QStringLiteral("other.twdb is an SQLite database but not a Threatwright project");

    QTest::newRow("empty file") << QStringLiteral("empty.twdb") << QByteArray()
                                << QStringLiteral("empty.twdb is not a Threatwright project: the file is empty");
}

void TestMainWindow::refusesBadFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedMessage);

    const QString bad = path(fileName);
    QVERIFY(writeAll(bad, content));

    MainWindow window;
    QVERIFY(test::openAndWait(window, m_good));
    const QString titleBefore = window.windowTitle();
    QSignalSpy failed(&window, &MainWindow::openFailed);

    DialogCatcher catcher;
    QVERIFY(!window.openProject(bad));

    // One dialog with the store's message, the same as the signal's.
    QCOMPARE(catcher.titles, QStringList{QStringLiteral("Cannot open project")});
    QCOMPARE(catcher.texts, QStringList{expectedMessage});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), expectedMessage);

    // The previous project is still open and shown.
    QVERIFY(window.project());
    QCOMPARE(window.project()->path(), m_good);
    QCOMPARE(window.windowTitle(), titleBefore);
    QCOMPARE(window.versionModel()->rowCount(), 2);

    // The bad file is untouched and SQLite left nothing beside it.
    QCOMPARE(readAll(bad), content);
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-shm")));
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-journal")));
    QVERIFY(!ui::RecentFiles::files().contains(bad));
}

void TestMainWindow::newProjectCreatesOpenableFile()
{
    const QString created = path(QStringLiteral("fresh.twdb"));
    MainWindow window;
    QVERIFY(window.openProject(m_good));
    QVERIFY(window.newProject(created, QStringLiteral("Fresh Project")));
    QVERIFY(test::waitUntilIdle(window));
    QVERIFY(window.project());
    QCOMPARE(window.project()->path(), created);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Fresh Project")));
    QCOMPARE(window.versionModel()->rowCount(), 0);
    QCOMPARE(window.auditModel()->totalCount(), 1); // project.create
    QCOMPARE(ui::RecentFiles::files().first(), created);
    window.closeProject();

    auto reopened = Project::open(created);
    QVERIFY2(reopened, qPrintable(reopened.errorString()));
    QCOMPARE((*reopened)->name(), QStringLiteral("Fresh Project"));
    auto verification = (*reopened)->verifyAudit();
    QVERIFY(verification);
    QVERIFY(verification->ok);
}

void TestMainWindow::newProjectRefusesExistingFile()
{
    MainWindow window;
    QVERIFY(window.openProject(m_good));
    const QByteArray before = readAll(m_good);
    DialogCatcher catcher;
    QVERIFY(!window.newProject(m_good, QStringLiteral("Overwrite")));
    QCOMPARE(catcher.titles, QStringList{QStringLiteral("Cannot create project")});
    QCOMPARE(catcher.texts.size(), 1);
    QVERIFY2(catcher.texts.first().contains(QStringLiteral("already exists")), qPrintable(catcher.texts.first()));
    QCOMPARE(window.project()->name(), QStringLiteral("Shop"));
    QCOMPARE(readAll(m_good), before);
}

void TestMainWindow::headlessLeavesSettingsAlone()
{
    const QString bad = path(QStringLiteral("headless-bad.twdb"));
    QVERIFY(writeAll(bad, QByteArray("plain text")));
    MainWindow window;
    window.setHeadless(true);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    DialogCatcher catcher;
    QTest::ignoreMessage(QtWarningMsg,
                         "Cannot open project: headless-bad.twdb is not a Threatwright project (it is not an SQLite database)");
    QVERIFY(!window.openProject(bad)); // no dialog to answer: it would block here
    QCOMPARE(failed.count(), 1);
    QVERIFY(catcher.texts.isEmpty());
    QVERIFY(window.openProject(m_good));
    QVERIFY(ui::RecentFiles::files().isEmpty());
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestMainWindow::closeProjectShowsWelcome()
{
    MainWindow window;
    QVERIFY(window.openProject(m_good));
    window.closeProject();
    QVERIFY(!window.project());
    QCOMPARE(window.windowTitle(), QStringLiteral("Threatwright"));
    QCOMPARE(window.versionModel()->rowCount(), 0);
    QVERIFY(!window.verifyAuditTrail().has_value());
}

void TestMainWindow::dockLayoutIsRestored()
{
    {
        MainWindow window;
        window.restoreLayout();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.auditDock()->isVisible());
        window.auditDock()->hide();
        window.close();
    }
    MainWindow restored;
    restored.restoreLayout();
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QVERIFY(!restored.auditDock()->isVisible());
    QVERIFY(restored.versionsDock()->isVisible());
    restored.auditDock()->show();
    restored.close();
}

void TestMainWindow::tamperedAuditShowsBrokenChain()
{
    const QString tampered = path(QStringLiteral("tampered.twdb"));
    QVERIFY(QFile::copy(m_good, tampered));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(tampered).constData(), &db), SQLITE_OK);
        char *error = nullptr;
        const int rc = sqlite3_exec(db,
                                    "DROP TRIGGER audit_no_update;"
                                    "UPDATE audit SET reason = 'forged' WHERE seq = 4;",
                                    nullptr, nullptr, &error);
        const QString message = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_OK, qPrintable(message));
    }
    MainWindow window;
    QVERIFY(window.openProject(tampered));
    QVERIFY(test::waitUntilIdle(window));
    QCOMPARE(window.summaryWidget()->auditBadge()->tone(), ui::StatusBadge::Tone::Bad);
    QVERIFY(window.summaryWidget()->auditBadge()->text().contains(QStringLiteral("4")));
    QCOMPARE(window.auditModel()->firstBadSeq(), 4);
    const int badRow = window.auditModel()->totalCount() - 4;
    QCOMPARE(window.auditModel()->entry(badRow).seq, 4);
    const QModelIndex bad = window.auditModel()->index(badRow, 0);
    QVERIFY(window.auditModel()->data(bad, Qt::BackgroundRole).isValid());
    const auto verification = window.verifyAuditTrail();
    QVERIFY(verification.has_value());
    QVERIFY(!verification->ok);
    QCOMPARE(verification->firstBadSeq, 4);
}

void TestMainWindow::largeAuditTrailIsFetchedInBatches()
{
    const QString big = path(QStringLiteral("big.twdb"));
    {
        auto project = Project::create(big, QStringLiteral("Big"), QStringLiteral("alice"));
        QVERIFY(project);
        for (int i = 0; i < ui::AuditTableModel::BatchSize + 500; ++i) {
            auto r = (*project)->appendAudit(QStringLiteral("alice"), QStringLiteral("test.note"),
                                             QStringLiteral("note:%1").arg(i), QString(), QString(), QString());
            QVERIFY(r);
        }
    }
    MainWindow window;
    QAbstractItemModelTester tester(window.auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.openProject(big));
    QVERIFY(test::waitUntilIdle(window));
    ui::AuditTableModel *am = window.auditModel();
    const int total = ui::AuditTableModel::BatchSize + 501;
    QCOMPARE(am->totalCount(), total);
    QVERIFY(am->rowCount() < total);
    QVERIFY(am->canFetchMore({}));
    QCOMPARE(am->data(am->index(0, ui::AuditTableModel::SubjectColumn)).toString(),
             QStringLiteral("note:%1").arg(total - 2)); // newest first
    QCOMPARE(am->rowForSeq(1), total - 1);                // fetches up to the first entry
    QCOMPARE(am->rowCount(), total);
    QVERIFY(!am->canFetchMore({}));
    QCOMPARE(am->data(am->index(total - 1, ui::AuditTableModel::ActionColumn)).toString(),
             QStringLiteral("project.create"));
}

void TestMainWindow::screenshot()
{
    // A demo project the size of a small real system.
    const QString demo = path(QStringLiteral("online-shop.twdb"));
    QVERIFY(!makeDemoProject(demo).isEmpty());

    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openAndWait(window, demo)); // the graph, not its placeholder
    QCOMPARE(window.size(), test::WindowSize);
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("mainwindow.png")).isEmpty());

    // The welcome page too, for the record.
    window.closeProject();
    QVERIFY(!test::saveScreenshot(&window, QStringLiteral("welcome.png")).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
