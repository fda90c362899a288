// SPDX-License-Identifier: GPL-3.0-or-later
// Triage in the real workbench under the offscreen platform: the bundled demo system imported
// and analysed with the real importer and rules, the Threats table filtered and sorted, threats
// triaged with real key presses and mouse clicks, and the project file checked afterwards.

#include "graphscene.h"
#include "graphview.h"
#include "stallmeter.h"
#include "audittablemodel.h"
#include "details/detailspanel.h"
#include "details/referencelinks.h"
#include "mainwindow.h"
#include "support/windowdriver.h"
#include "problemtablemodel.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "source/sourcepanel.h"
#include "triage/reasondialog.h"
#include "triage/threatfilterproxy.h"
#include "triage/threatspanel.h"
#include "triage/threattablemodel.h"
#include "triage/triagecontroller.h"

#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/importer.h"
#include "model/enums.h"
#include "model/synthetic.h"
#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTabWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace tw;
using tw::ui::MainWindow;
using tw::ui::ThreatFilterProxy;
using tw::ui::ThreatsPanel;
using tw::ui::ThreatTableModel;

namespace {

constexpr int LoadTimeout = 60000; // ms; the demo takes well under a second

/**
 * Fills the next reason dialog that opens as a person would: types the reason, ticks the
 * expiry box and picks a date when asked, and clicks the OK button (or presses Escape). A
 * polling timer, because the dialog runs its own event loop inside the key press under test.
 */
class ReasonDialogDriver : public QObject
{
public:
    explicit ReasonDialogDriver(QString reason, std::optional<QDate> expiry = std::nullopt, bool cancel = false)
        : m_reason(std::move(reason))
        , m_expiry(expiry)
        , m_cancel(cancel)
    {
        connect(&m_timer, &QTimer::timeout, this, &ReasonDialogDriver::poll);
        m_timer.start(10);
    }

    bool seen = false;
    bool okDisabledWhileEmpty = false;
    QString windowTitle;

private:
    void poll()
    {
        auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
        if (!dialog || seen || !dialog->isVisible())
            return;
        seen = true;
        windowTitle = dialog->windowTitle();
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        okDisabledWhileEmpty = !ok->isEnabled();
        QTest::keyClicks(dialog->reasonEdit(), m_reason);
        if (m_expiry) {
            QCheckBox *check = dialog->expiryCheck();
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
            dialog->expiryEdit()->setDate(*m_expiry);
        }
        if (m_cancel)
            QTest::keyClick(dialog, Qt::Key_Escape);
        else
            QTest::mouseClick(ok, Qt::LeftButton);
    }

    QTimer m_timer;
    QString m_reason;
    std::optional<QDate> m_expiry;
    bool m_cancel;
};

/** Answers the next modal dialog of type T with `answer` (which fills and closes it). */
template<typename T>
class ModalDriver : public QObject
{
public:
    explicit ModalDriver(std::function<void(T *)> answer)
        : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || seen || !dialog->isVisible())
                return;
            seen = true;
            m_answer(dialog);
        });
        m_timer.start(10);
    }
    bool seen = false;

private:
    QTimer m_timer;
    std::function<void(T *)> m_answer;
};

/** Clicks a row of a table view as a user would (with modifiers for multi-selection). */
void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QModelIndex index = view->model()->index(row, ThreatTableModel::TitleColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

QString fingerprintAt(QTableView *view, int row)
{
    return view->model()->index(row, 0).data(ThreatTableModel::FingerprintRole).toString();
}

/** Audit actions about one threat, oldest first. */
QStringList actionsFor(const Project &project, const QString &fingerprint)
{
    QStringList actions;
    auto trail = project.auditTrail(QStringLiteral("threat:") + fingerprint);
    if (trail) {
        for (const AuditEntry &e : std::as_const(*trail))
            actions.append(e.action);
    }
    return actions;
}

/** Clicks the first link whose text is `text` in a text browser, as a user would. */
bool clickLink(QTextBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    if (found.isNull())
        return false;
    QTextCursor inside(browser->document());
    inside.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    browser->ensureCursorVisible();
    browser->setTextCursor(inside);
    browser->ensureCursorVisible();
    const QPoint at = browser->cursorRect(inside).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    return true;
}

/** Imports the bundled demo with the real importer and rules into a new project file. */
Result<QString> makeDemoProject(const QString &path)
{
    auto outcome = importer::importPaths({QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop")});
    if (!outcome)
        return outcome.error();
    auto rules = analysis::RuleSet::loadBuiltin();
    if (!rules)
        return rules.error();
    auto threats = analysis::analyse(outcome->model, *rules);
    if (!threats)
        return threats.error();
    outcome->model.threats = std::move(threats).value();
    auto project = Project::create(path, QStringLiteral("Harbor Shop"), QStringLiteral("maria.lopez"));
    if (!project)
        return project.error();
    VersionMeta meta;
    meta.author = QStringLiteral("maria.lopez");
    meta.message = QStringLiteral("Demo: Harbor Shop API, AWS Terraform and compose stack");
    meta.inputs = outcome->inputs;
    auto version = (*project)->createVersion(outcome->model, meta);
    if (!version)
        return version.error();
    return path;
}

using tw::test::openAndWait;

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void threatModelsPassTester();
    void tableShowsTheVersion();
    void filtersCombine();
    void sortingUsesValues();
    void graphSelectionFiltersThreats();
    void threatSelectionSelectsElement();
    void twentyThousandThreats();

    void keyboardTriageWithUndo();
    void bulkAcceptWithOneReason();
    void bulkDismissIsOneTransaction();
    void cancelledDialogChangesNothing();
    void triagedRowLeavesFilteredList();
    void readOnlyProjectCannotTriage();

    void referenceUrls_data();
    void referenceUrls();
    void detailsShowThreat();
    void detailsShowElement();
    void lexerByFileName_data();
    void lexerByFileName();
    void sourcePanelOpensEvidence();
    void sourcePanelRefusesAndExplains();
    void sourcePanelNoticesChangedFiles();
    void sourceFollowsTheSelection();
    void problemsOpenTheirSource();
    void preferencesSetTheActor();
    void preferencesTakeMorePages();
    void followsADarkPalette();
    void screenshots();

private:
    /** A shown, active window with `path` open and the threat table focused. */
    bool showAndOpen(MainWindow &window, const QString &path);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /** A fresh copy of the demo project (each test triages its own). */
    QString freshDemo(const QString &name);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_demo;
    QList<Threat> m_demoThreats;
};

void TestTriage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_triage"));
    QApplication::setQuitOnLastWindowClosed(false);

    auto demo = makeDemoProject(path(QStringLiteral("harbor-shop.twdb")));
    QVERIFY2(demo, qPrintable(demo.errorString()));
    m_demo = *demo;
    auto project = Project::open(m_demo, Project::OpenMode::ReadOnly);
    QVERIFY2(project, qPrintable(project.errorString()));
    auto threats = (*project)->threats(ThreatQuery{});
    QVERIFY2(threats, qPrintable(threats.errorString()));
    m_demoThreats = *threats;
    QVERIFY(m_demoThreats.size() > 20);
}

void TestTriage::init()
{
    QSettings().clear();
}

bool TestTriage::showAndOpen(MainWindow &window, const QString &path)
{
    if (!test::showWindow(window) || !openAndWait(window, path))
        return false;
    window.threatsPanel()->view()->setFocus();
    return window.threatsPanel()->view()->hasFocus();
}

QString TestTriage::freshDemo(const QString &name)
{
    const QString copy = path(name);
    QFile::remove(copy);
    return QFile::copy(m_demo, copy) ? copy : QString();
}

void TestTriage::threatModelsPassTester()
{
    MainWindow window;
    QAbstractItemModelTester modelTester(window.threatModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ThreatsPanel *panel = window.threatsPanel();
    QAbstractItemModelTester proxyTester(panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openAndWait(window, m_demo));
    QCOMPARE(window.threatModel()->rowCount(), m_demoThreats.size());
    panel->statusCombo()->setCurrentIndex(1);
    panel->severityCombo()->setCurrentIndex(2);
    panel->filterField()->setText(QStringLiteral("s3"));
    panel->view()->sortByColumn(ThreatTableModel::TitleColumn, Qt::AscendingOrder);
    panel->proxy()->clearFilters();
    Threat changed = window.threatModel()->threat(0);
    changed.status = ThreatStatus::Dismissed;
    QVERIFY(window.threatModel()->updateThreat(changed));
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingVersion(), LoadTimeout);
    window.closeProject();
    QCOMPARE(window.threatModel()->rowCount(), 0);
}

void TestTriage::tableShowsTheVersion()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_demo));
    ThreatTableModel *model = window.threatModel();
    QCOMPARE(model->rowCount(), m_demoThreats.size());
    QCOMPARE(model->versionId(), window.graphVersion());
    QTableView *view = window.threatsPanel()->view();
    QCOMPARE(view->model()->rowCount(), m_demoThreats.size());

    // Every threat once, by fingerprint; the element column names the element, not its id.
    QSet<QString> fingerprints;
    for (int row = 0; row < model->rowCount(); ++row)
        fingerprints.insert(model->data(model->index(row, 0), ThreatTableModel::FingerprintRole).toString());
    QCOMPARE(fingerprints.size(), m_demoThreats.size());
    const Threat &first = m_demoThreats.constFirst();
    const int row = model->rowOf(first.fingerprint);
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, ThreatTableModel::TitleColumn)).toString(), first.title);
    QCOMPARE(model->data(model->index(row, ThreatTableModel::RuleColumn)).toString(), first.ruleId);
    QCOMPARE(model->data(model->index(row, ThreatTableModel::StatusColumn)).toString(), displayName(ThreatStatus::Suggested));
    QCOMPARE(model->data(model->index(row, ThreatTableModel::SeverityColumn)).toString(), displayName(first.severity));
    QCOMPARE(model->data(model->index(row, ThreatTableModel::NewColumn)).toString(), QStringLiteral("New"));
    QCOMPARE(model->data(model->index(row, ThreatTableModel::PriorityColumn)).toString(),
             QStringLiteral("P%1").arg(first.priority));
    const QString element = model->data(model->index(row, ThreatTableModel::ElementColumn)).toString();
    QVERIFY(!element.isEmpty());
    QVERIFY2(!element.contains(QLatin1Char(':')) || !first.targets.contains(element), qPrintable(element));
    // The demo's bucket is named after its Terraform address.
    bool sawBucket = false;
    for (int r = 0; r < model->rowCount(); ++r)
        sawBucket |= model->elementLabel(r) == QStringLiteral("aws_s3_bucket.invoices");
    QVERIFY(sawBucket);

    // The view starts sorted by score, highest first.
    const QAbstractItemModel *shown = view->model();
    for (int r = 1; r < shown->rowCount(); ++r) {
        QVERIFY(shown->index(r - 1, ThreatTableModel::ScoreColumn).data(ThreatTableModel::SortRole).toDouble()
                >= shown->index(r, ThreatTableModel::ScoreColumn).data(ThreatTableModel::SortRole).toDouble());
    }
    QVERIFY(window.threatsDock()->isVisible() || !window.isVisible());
}

void TestTriage::filtersCombine()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_demo));
    ThreatsPanel *panel = window.threatsPanel();
    QAbstractItemModel *shown = panel->view()->model();
    const auto count = [&](auto pred) {
        return int(std::count_if(m_demoThreats.cbegin(), m_demoThreats.cend(), pred));
    };

    // Text: title, rule id or element, case-insensitive.
    QTest::keyClicks(panel->filterField(), QStringLiteral("tw-cloud"));
    QCOMPARE(shown->rowCount(), count([](const Threat &t) {
        return t.ruleId.contains(QStringLiteral("tw-cloud"), Qt::CaseInsensitive)
            || t.title.contains(QStringLiteral("tw-cloud"), Qt::CaseInsensitive);
    }));
    QVERIFY(shown->rowCount() > 0);
    panel->filterField()->clear();
    QCOMPARE(shown->rowCount(), m_demoThreats.size());
    // A fingerprint prefix finds exactly its threat.
    panel->filterField()->setText(m_demoThreats.at(3).fingerprint.left(12));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(ThreatTableModel::FingerprintRole).toString(), m_demoThreats.at(3).fingerprint);
    panel->filterField()->clear();

    // Severity: high and above.
    panel->severityCombo()->setCurrentIndex(panel->severityCombo()->findData(int(Severity::High)));
    const int highOrWorse = count([](const Threat &t) { return t.severity >= Severity::High; });
    QCOMPARE(shown->rowCount(), highOrWorse);
    // Origin: attack paths only (the demo has some), combined with the severity.
    panel->originCombo()->setCurrentIndex(panel->originCombo()->findData(QStringLiteral("path")));
    QCOMPARE(shown->rowCount(), count([](const Threat &t) { return t.severity >= Severity::High && t.origin == QStringLiteral("path"); }));
    panel->severityCombo()->setCurrentIndex(0);
    const int paths = count([](const Threat &t) { return t.origin == QStringLiteral("path"); });
    QVERIFY(paths > 0);
    QCOMPARE(shown->rowCount(), paths);
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, ThreatTableModel::OriginColumn).data().toString(), QStringLiteral("Attack path"));
    panel->originCombo()->setCurrentIndex(0);

    // Status: everything is suggested; "Dismissed" shows nothing, "Open" shows everything.
    panel->statusCombo()->setCurrentIndex(panel->statusCombo()->findData(int(ThreatStatus::Dismissed)));
    QCOMPARE(shown->rowCount(), 0);
    panel->statusCombo()->setCurrentIndex(1);
    QCOMPARE(shown->rowCount(), m_demoThreats.size());
    panel->statusCombo()->setCurrentIndex(0);

    // New only: a single version makes every threat new; the check box is the real widget.
    QTest::mouseClick(panel->newOnlyCheck(), Qt::LeftButton, {}, QPoint(4, panel->newOnlyCheck()->height() / 2));
    QVERIFY(panel->newOnlyCheck()->isChecked());
    QCOMPARE(shown->rowCount(), m_demoThreats.size());
    Threat old = window.threatModel()->threat(0);
    old.isNew = false;
    QVERIFY(window.threatModel()->updateThreat(old));
    QCOMPARE(shown->rowCount(), m_demoThreats.size() - 1);
    panel->newOnlyCheck()->setChecked(false);
    QCOMPARE(shown->rowCount(), m_demoThreats.size());
}

void TestTriage::sortingUsesValues()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_demo));
    QTableView *view = window.threatsPanel()->view();
    QAbstractItemModel *shown = view->model();
    // A click on the Severity header: ascending by the enum, not alphabetically.
    view->sortByColumn(ThreatTableModel::SeverityColumn, Qt::AscendingOrder);
    for (int r = 1; r < shown->rowCount(); ++r) {
        QVERIFY(shown->index(r - 1, ThreatTableModel::SeverityColumn).data(ThreatTableModel::SortRole).toInt()
                <= shown->index(r, ThreatTableModel::SeverityColumn).data(ThreatTableModel::SortRole).toInt());
    }
    QCOMPARE(shown->index(0, ThreatTableModel::SeverityColumn).data(ThreatTableModel::SortRole).toInt(),
             int(std::min_element(m_demoThreats.cbegin(), m_demoThreats.cend(),
                                  [](const Threat &a, const Threat &b) { return a.severity < b.severity; })
                     ->severity));
    view->sortByColumn(ThreatTableModel::PriorityColumn, Qt::AscendingOrder);
    for (int r = 1; r < shown->rowCount(); ++r) {
        QVERIFY(shown->index(r - 1, ThreatTableModel::PriorityColumn).data(ThreatTableModel::SortRole).toInt()
                <= shown->index(r, ThreatTableModel::PriorityColumn).data(ThreatTableModel::SortRole).toInt());
    }
    view->sortByColumn(ThreatTableModel::TitleColumn, Qt::DescendingOrder);
    for (int r = 1; r < shown->rowCount(); ++r) {
        QVERIFY(shown->index(r - 1, ThreatTableModel::TitleColumn).data().toString().compare(
                    shown->index(r, ThreatTableModel::TitleColumn).data().toString(), Qt::CaseInsensitive)
                >= 0);
    }
}

void TestTriage::graphSelectionFiltersThreats()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_demo));
    // The bucket has several threats; click it on the graph.
    ui::ComponentItem *bucket = window.graphView()->componentItem(QStringLiteral("tf:aws_s3_bucket.invoices"));
    QVERIFY(bucket);
    window.graphView()->centerOn(bucket);
    const QPoint at = window.graphView()->mapFromScene(bucket->sceneBoundingRect().center());
    QTest::mouseClick(window.graphView()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(window.selectedElement(), bucket->elementId());
    ThreatsPanel *panel = window.threatsPanel();
    QCOMPARE(panel->elementFilter(), bucket->elementId());
    const int expected = int(std::count_if(m_demoThreats.cbegin(), m_demoThreats.cend(), [&](const Threat &t) {
        return t.targets.contains(bucket->elementId()) || t.attackPath.contains(bucket->elementId());
    }));
    QVERIFY(expected > 1);
    QCOMPARE(panel->view()->model()->rowCount(), expected);
    auto *chip = panel->findChild<QWidget *>(QStringLiteral("threatElementFilter"));
    QVERIFY(chip && chip->isVisible());
    // The chip clears the filter.
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(panel->elementFilter(), QString());
    QCOMPARE(panel->view()->model()->rowCount(), m_demoThreats.size());
}

void TestTriage::threatSelectionSelectsElement()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_demo));
    ThreatsPanel *panel = window.threatsPanel();
    QTableView *view = panel->view();
    // Click the third row: its element becomes the graph's selection, the table keeps every row.
    const QModelIndex third = view->model()->index(2, ThreatTableModel::TitleColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    const QString fingerprint = third.data(ThreatTableModel::FingerprintRole).toString();
    QCOMPARE(panel->currentFingerprint(), fingerprint);
    const QString element = third.data(ThreatTableModel::ElementIdRole).toString();
    QVERIFY(!element.isEmpty());
    const QString shownOnGraph = window.graphView()->selectedElement();
    QVERIFY2(shownOnGraph == element || window.shownModel().entryPoints.end()
                 != std::find_if(window.shownModel().entryPoints.begin(), window.shownModel().entryPoints.end(),
                                 [&](const EntryPoint &e) { return e.id == element && e.componentId == shownOnGraph; }),
             qPrintable(shownOnGraph + QStringLiteral(" vs ") + element));
    QCOMPARE(view->model()->rowCount(), m_demoThreats.size());
    QVERIFY(panel->elementFilter().isEmpty());
}

void TestTriage::twentyThousandThreats()
{
    // A large system: 20,000 threats over 400 components. Reading it must not freeze the window.
    const QString big = path(QStringLiteral("big.twdb"));
    {
        auto project = Project::create(big, QStringLiteral("Big"), QStringLiteral("alice"));
        QVERIFY2(project, qPrintable(project.errorString()));
        auto version = (*project)->createVersion(syntheticModel({400, 3, 20000, 11}), VersionMeta{});
        QVERIFY2(version, qPrintable(version.errorString()));
    }
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(big));
    QVERIFY(window.isLoadingVersion()); // the window did not wait for the read
    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    QSignalSpy loaded(&window, &MainWindow::versionLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, LoadTimeout);
    const qint64 loadMs = clock.elapsed();
    const double loadStall = meter.longestStallMs();
    ThreatsPanel *panel = window.threatsPanel();
    QCOMPARE(window.threatModel()->rowCount(), 20000);
    QCOMPARE(panel->view()->model()->rowCount(), 20000);

    // Sorting and filtering on the GUI thread.
    QElapsedTimer op;
    op.start();
    panel->view()->sortByColumn(ThreatTableModel::TitleColumn, Qt::AscendingOrder);
    const qint64 sortMs = op.elapsed();
    op.restart();
    panel->filterField()->setText(QStringLiteral("orders"));
    const qint64 filterMs = op.restart();
    QVERIFY(panel->view()->model()->rowCount() < 20000);
    panel->filterField()->clear();
    panel->statusCombo()->setCurrentIndex(1);
    const qint64 statusMs = op.elapsed();
    QCOMPARE(panel->view()->model()->rowCount(), 20000);
    qInfo().noquote() << QStringLiteral("20,000 threats: read and shown in %1 ms (longest GUI stall meanwhile %2 ms); "
                                        "sort by title %3 ms, text filter %4 ms, status filter %5 ms")
                             .arg(loadMs)
                             .arg(loadStall, 0, 'f', 1)
                             .arg(sortMs)
                             .arg(filterMs)
                             .arg(statusMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window.graphView()->isLayingOut(), LoadTimeout);
}

void TestTriage::keyboardTriageWithUndo()
{
    const QString file = freshDemo(QStringLiteral("keyboard.twdb"));
    QVERIFY(!file.isEmpty());
    ui::settings::setActorName(QStringLiteral("reviewer.kim"));
    QString validated, dismissed, prioritised;
    qint64 entriesBefore = 0;
    {
        MainWindow window;
        // The trail grows at the top as decisions are made: the model protocol must hold.
        QAbstractItemModelTester auditTester(window.auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showAndOpen(window, file));
        // Decisions commit on the GUI thread and reach the disk on the project's sync thread.
        QCOMPARE(window.project()->durability(), Project::Durability::Deferred);
        entriesBefore = window.auditModel()->totalCount();
        ThreatsPanel *panel = window.threatsPanel();
        QTableView *view = panel->view();
        ThreatTableModel *model = window.threatModel();

        // V on the clicked row.
        clickRow(view, 0);
        validated = panel->currentFingerprint();
        QCOMPARE(validated, fingerprintAt(view, 0));
        QTest::keyClick(view, Qt::Key_V);
        QCOMPARE(model->threat(model->rowOf(validated)).status, ThreatStatus::Validated);
        QCOMPARE(view->model()->index(0, ThreatTableModel::StatusColumn).data().toString(), QStringLiteral("Validated"));

        // J, then D with the reason typed into the dialog.
        QTest::keyClick(view, Qt::Key_J);
        dismissed = panel->currentFingerprint();
        QCOMPARE(dismissed, fingerprintAt(view, 1));
        {
            ReasonDialogDriver driver(QStringLiteral("Internal endpoint, not reachable from outside"));
            QTest::keyClick(view, Qt::Key_D);
            QVERIFY(driver.seen);
            QVERIFY(driver.okDisabledWhileEmpty); // no reason, no dismissal
        }
        QCOMPARE(model->threat(model->rowOf(dismissed)).status, ThreatStatus::Dismissed);
        QCOMPARE(model->threat(model->rowOf(dismissed)).justification, QStringLiteral("Internal endpoint, not reachable from outside"));

        // J, 2: a priority a person chose.
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_J);
        prioritised = panel->currentFingerprint();
        QCOMPARE(prioritised, fingerprintAt(view, 2));
        QTest::keyClick(view, Qt::Key_2);
        QCOMPARE(model->threat(model->rowOf(prioritised)).priorityOverride, std::optional<int>(2));
        QCOMPARE(view->model()->index(2, ThreatTableModel::PriorityColumn).data().toString(), QStringLiteral("P2 ✎"));

        // The audit panel shows each step on top, and the chain is still intact.
        QCOMPARE(window.auditModel()->totalCount(), entriesBefore + 3);
        QCOMPARE(window.auditModel()->entry(0).action, QStringLiteral("threat.priority"));
        QCOMPARE(window.auditModel()->entry(0).actor, QStringLiteral("reviewer.kim"));
        QCOMPARE(window.auditModel()->entry(1).action, QStringLiteral("threat.dismiss"));
        QCOMPARE(window.auditView()->model()->index(0, ui::AuditTableModel::ActionColumn).data().toString(),
                 QStringLiteral("threat.priority"));

        // Ctrl+Z undoes the priority: a compensating entry, not a rewrite.
        QUndoStack *stack = window.triageController()->undoStack();
        QCOMPARE(stack->count(), 3);
        QVERIFY(stack->undoText().startsWith(QStringLiteral("Priority P2")));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stack->index(), 2);
        QCOMPARE(model->threat(model->rowOf(prioritised)).priorityOverride, std::nullopt);
        QCOMPARE(window.auditModel()->totalCount(), entriesBefore + 4);
        QCOMPARE(window.auditModel()->entry(0).action, QStringLiteral("threat.undo"));

        // Redo (Ctrl+Shift+Z) applies it anew, then Undo from the Edit menu takes it back again.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->threat(model->rowOf(prioritised)).priorityOverride, std::optional<int>(2));
        auto *edit = window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
        QVERIFY(edit);
        QAction *undo = nullptr;
        for (QAction *a : edit->actions()) {
            if (a->objectName() == QStringLiteral("actionUndo"))
                undo = a;
        }
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(model->threat(model->rowOf(prioritised)).priorityOverride, std::nullopt);

        auto *badge = window.findChild<QLabel *>(QStringLiteral("auditPanelBadge"));
        QVERIFY(badge);
        QVERIFY2(badge->text().contains(QString::number(entriesBefore + 6)), qPrintable(badge->text()));
        window.close();
    }

    // The project file, opened afresh, says the same.
    auto project = Project::open(file, Project::OpenMode::ReadOnly);
    QVERIFY2(project, qPrintable(project.errorString()));
    auto v = (*project)->decision(validated);
    QVERIFY(v && v->has_value());
    QCOMPARE((*v)->status, ThreatStatus::Validated);
    auto d = (*project)->decision(dismissed);
    QVERIFY(d && d->has_value());
    QCOMPARE((*d)->status, ThreatStatus::Dismissed);
    QCOMPARE((*d)->justification, QStringLiteral("Internal endpoint, not reachable from outside"));
    auto p = (*project)->decision(prioritised);
    QVERIFY(p);
    QVERIFY2(!p->has_value() || !(*p)->priorityOverride.has_value(), "the undone priority is gone");
    QCOMPARE(actionsFor(**project, validated).mid(1), QStringList{QStringLiteral("threat.validate")});
    QCOMPARE(actionsFor(**project, dismissed).mid(1), QStringList{QStringLiteral("threat.dismiss")});
    QCOMPARE(actionsFor(**project, prioritised).mid(1),
             (QStringList{QStringLiteral("threat.priority"), QStringLiteral("threat.undo"), QStringLiteral("threat.priority"),
                          QStringLiteral("threat.undo")}));
    auto trail = (*project)->auditTrail(QStringLiteral("threat:") + prioritised);
    QVERIFY(trail);
    QCOMPARE(trail->last().actor, QStringLiteral("reviewer.kim"));
    QVERIFY2(trail->last().reason.startsWith(QStringLiteral("Undo: Priority P2")), qPrintable(trail->last().reason));
    auto after = (*project)->auditTrailAfter(entriesBefore);
    QVERIFY(after);
    QCOMPARE(after->size(), 6);
    auto verified = (*project)->verifyAudit();
    QVERIFY(verified);
    QVERIFY2(verified->ok, qPrintable(verified->problem));
    QCOMPARE(verified->entries, entriesBefore + 6);
}

void TestTriage::bulkAcceptWithOneReason()
{
    const QString file = freshDemo(QStringLiteral("bulk.twdb"));
    QVERIFY(!file.isEmpty());
    QStringList accepted;
    const QDate review = QDate::currentDate().addDays(30);
    {
        MainWindow window;
        QVERIFY(showAndOpen(window, file));
        QTableView *view = window.threatsPanel()->view();
        clickRow(view, 3);
        clickRow(view, 5, Qt::ShiftModifier);
        accepted = window.threatsPanel()->selectedFingerprints();
        QCOMPARE(accepted.size(), 3);
        {
            ReasonDialogDriver driver(QStringLiteral("Accepted until the Q3 redesign"), review);
            QTest::keyClick(view, Qt::Key_A);
            QVERIFY(driver.seen);
            QCOMPARE(driver.windowTitle, QStringLiteral("Accept the Risk of 3 Threats"));
        }
        for (const QString &fingerprint : std::as_const(accepted)) {
            const Threat &t = window.threatModel()->threat(window.threatModel()->rowOf(fingerprint));
            QCOMPARE(t.status, ThreatStatus::Accepted);
            QCOMPARE(t.justification, QStringLiteral("Accepted until the Q3 redesign"));
            QCOMPARE(t.expiresAt.toLocalTime().date(), review);
        }
        // One step undoes all three.
        QUndoStack *stack = window.triageController()->undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Accept the risk of 3 threats"));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        for (const QString &fingerprint : std::as_const(accepted))
            QCOMPARE(window.threatModel()->threat(window.threatModel()->rowOf(fingerprint)).status, ThreatStatus::Suggested);
    }
    auto project = Project::open(file, Project::OpenMode::ReadOnly);
    QVERIFY2(project, qPrintable(project.errorString()));
    for (const QString &fingerprint : std::as_const(accepted)) {
        auto d = (*project)->decision(fingerprint);
        QVERIFY(d);
        QVERIFY(!d->has_value()); // back to "nobody decided anything"
        QCOMPARE(actionsFor(**project, fingerprint).mid(1),
                 (QStringList{QStringLiteral("threat.accept"), QStringLiteral("threat.undo")}));
        auto trail = (*project)->auditTrail(QStringLiteral("threat:") + fingerprint);
        QVERIFY(trail && trail->size() == 3);
        QCOMPARE(trail->at(1).reason, QStringLiteral("Accepted until the Q3 redesign"));
        QVERIFY(trail->at(1).after.contains(QStringLiteral("expiresAt")));
    }
    auto verified = (*project)->verifyAudit();
    QVERIFY(verified && verified->ok);
}

void TestTriage::bulkDismissIsOneTransaction()
{
    // 200 threats selected with the mouse, dismissed with one reason: one transaction, 200
    // chained audit entries, one undo step whose undo is one transaction of 200 threat.undo.
    const QString file = path(QStringLiteral("bulk200.twdb"));
    QFile::remove(file);
    {
        auto project = Project::create(file, QStringLiteral("Bulk"), QStringLiteral("alice"));
        QVERIFY(project);
        QVERIFY((*project)->createVersion(syntheticModel({60, 2, 400, 3}), VersionMeta{}));
    }
    QStringList dismissed;
    {
        MainWindow window;
        window.setHeadless(true);
        QVERIFY(showAndOpen(window, file));
        QTableView *view = window.threatsPanel()->view();
        clickRow(view, 0);
        clickRow(view, 199, Qt::ShiftModifier);
        dismissed = window.threatsPanel()->selectedFingerprints();
        QCOMPARE(dismissed.size(), 200);
        const qint64 commits = window.project()->committedTransactions();
        const qint64 entries = *window.project()->auditCount();
        QElapsedTimer timer;
        {
            ReasonDialogDriver driver(QStringLiteral("Synthetic fixtures, not deployed"));
            timer.start();
            QTest::keyClick(view, Qt::Key_D);
            QVERIFY(driver.seen);
            QCOMPARE(driver.windowTitle, QStringLiteral("Dismiss 200 Threats"));
        }
        const qint64 dismissMs = timer.elapsed();
        QCOMPARE(window.project()->committedTransactions(), commits + 1);
        QCOMPARE(*window.project()->auditCount(), entries + 200);
        QUndoStack *stack = window.triageController()->undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Dismiss 200 threats"));
        for (const QString &fingerprint : std::as_const(dismissed))
            QCOMPARE(window.threatModel()->threat(window.threatModel()->rowOf(fingerprint)).status, ThreatStatus::Dismissed);
        QTRY_COMPARE(window.auditModel()->totalCount(), int(entries + 200));

        QVERIFY(QTest::qWaitForWindowActive(&window));
        timer.restart();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        const qint64 undoMs = timer.elapsed();
        QCOMPARE(window.project()->committedTransactions(), commits + 2);
        QCOMPARE(*window.project()->auditCount(), entries + 400);
        for (const QString &fingerprint : std::as_const(dismissed))
            QCOMPARE(window.threatModel()->threat(window.threatModel()->rowOf(fingerprint)).status, ThreatStatus::Suggested);
        qInfo().noquote() << QStringLiteral("200 threats: dismissed in %1 ms (including the reason dialog), undone in %2 ms, "
                                            "one transaction each")
                                 .arg(dismissMs)
                                 .arg(undoMs);
    }
    auto project = Project::open(file, Project::OpenMode::ReadOnly);
    QVERIFY2(project, qPrintable(project.errorString()));
    for (const QString &fingerprint : std::as_const(dismissed)) {
        auto d = (*project)->decision(fingerprint);
        QVERIFY(d && !d->has_value());
        auto trail = (*project)->auditTrail(QStringLiteral("threat:") + fingerprint);
        QVERIFY(trail && trail->size() >= 2);
        QCOMPARE(trail->at(trail->size() - 2).action, QStringLiteral("threat.dismiss"));
        QCOMPARE(trail->at(trail->size() - 2).reason, QStringLiteral("Synthetic fixtures, not deployed"));
        QCOMPARE(trail->last().action, QStringLiteral("threat.undo"));
    }
    // Each threat has its own link in the one chain.
    auto all = (*project)->auditTrail();
    QVERIFY(all);
    QCOMPARE(std::count_if(all->cbegin(), all->cend(), [](const AuditEntry &e) { return e.action == QLatin1StringView("threat.dismiss"); }),
             200);
    auto verified = (*project)->verifyAudit();
    QVERIFY(verified && verified->ok);
}

void TestTriage::cancelledDialogChangesNothing()
{
    const QString file = freshDemo(QStringLiteral("cancel.twdb"));
    MainWindow window;
    QVERIFY(showAndOpen(window, file));
    QTableView *view = window.threatsPanel()->view();
    clickRow(view, 0);
    const qint64 entries = window.auditModel()->totalCount();
    {
        ReasonDialogDriver driver(QStringLiteral("never mind"), std::nullopt, true);
        QTest::keyClick(view, Qt::Key_D);
        QVERIFY(driver.seen);
    }
    QCOMPARE(window.threatModel()->threat(window.threatModel()->rowOf(fingerprintAt(view, 0))).status, ThreatStatus::Suggested);
    QCOMPARE(window.auditModel()->totalCount(), entries);
    QCOMPARE(window.triageController()->undoStack()->count(), 0);
    auto count = window.project()->auditCount();
    QVERIFY(count);
    QCOMPARE(*count, entries);
    // Single keys do nothing while typing in the filter field.
    window.threatsPanel()->filterField()->setFocus();
    QTest::keyClicks(window.threatsPanel()->filterField(), QStringLiteral("v"));
    QCOMPARE(window.threatsPanel()->filterField()->text(), QStringLiteral("v"));
    QCOMPARE(window.auditModel()->totalCount(), entries);
}

void TestTriage::triagedRowLeavesFilteredList()
{
    const QString file = freshDemo(QStringLiteral("flow.twdb"));
    MainWindow window;
    QVERIFY(showAndOpen(window, file));
    ThreatsPanel *panel = window.threatsPanel();
    QTableView *view = panel->view();
    panel->statusCombo()->setCurrentIndex(panel->statusCombo()->findData(int(ThreatStatus::Suggested)));
    view->setFocus();
    clickRow(view, 0);
    const QString first = fingerprintAt(view, 0);
    const QString second = fingerprintAt(view, 1);
    const int rows = view->model()->rowCount();
    QTest::keyClick(view, Qt::Key_V);
    // The validated row left the "suggested" list; the next one is current, ready for a key.
    QCOMPARE(view->model()->rowCount(), rows - 1);
    QCOMPARE(panel->currentFingerprint(), second);
    QTest::keyClick(view, Qt::Key_M);
    QCOMPARE(window.threatModel()->threat(window.threatModel()->rowOf(second)).status, ThreatStatus::Mitigated);
    QCOMPARE(view->model()->rowCount(), rows - 2);
    // Undo brings the row back into the list.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), rows - 1);
    QCOMPARE(window.threatModel()->threat(window.threatModel()->rowOf(first)).status, ThreatStatus::Validated);
}

void TestTriage::readOnlyProjectCannotTriage()
{
    // The controller on its own, over a project opened read-only (as the window does when the
    // file or its folder cannot be written).
    auto project = Project::open(m_demo, Project::OpenMode::ReadOnly);
    QVERIFY2(project, qPrintable(project.errorString()));
    auto model = (*project)->loadModel(*(*project)->latestVersionId());
    QVERIFY(model);
    ThreatTableModel threats;
    threats.setThreats(*(*project)->latestVersionId(), model->threats, *model);
    ThreatsPanel panel(&threats);
    ui::TriageController controller(&panel, &panel);
    controller.setProject(project->get());
    QVERIFY(!controller.action(ui::TriageController::Command::Validate)->isEnabled());
    QVERIFY(!controller.action(ui::TriageController::Command::Dismiss)->isEnabled());
    QVERIFY(controller.action(ui::TriageController::Command::Next)->isEnabled());
    auto refused = controller.apply({threats.threat(0).fingerprint}, TriageAction::Validate);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QStringLiteral("read-only")), qPrintable(refused.errorString()));
    QCOMPARE(controller.undoStack()->count(), 0);
    // Moving still works.
    panel.moveCurrent(1);
    QCOMPARE(panel.currentFingerprint(), panel.view()->model()->index(0, 0).data(ThreatTableModel::FingerprintRole).toString());
    panel.moveCurrent(1);
    QCOMPARE(panel.currentFingerprint(), panel.view()->model()->index(1, 0).data(ThreatTableModel::FingerprintRole).toString());
}

void TestTriage::referenceUrls_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cwe") << "CWE" << "CWE-552" << "" << "https://cwe.mitre.org/data/definitions/552.html";
    QTest::newRow("capec") << "CAPEC" << "CAPEC-560" << "" << "https://capec.mitre.org/data/definitions/560.html";
    QTest::newRow("attack") << "ATT&CK" << "T1021" << "" << "https://attack.mitre.org/techniques/T1021/";
    QTest::newRow("attack sub") << "ATT&CK" << "T1078.004" << "" << "https://attack.mitre.org/techniques/T1078/004/";
    QTest::newRow("atlas") << "ATLAS" << "AML.T0051" << "" << "https://atlas.mitre.org/techniques/AML.T0051";
    QTest::newRow("owasp web") << "OWASP-2021" << "A05:2021" << ""
                               << "https://owasp.org/Top10/A05_2021-Security_Misconfiguration/";
    QTest::newRow("owasp api") << "OWASP-API-2023" << "API1:2023" << ""
                               << "https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/";
    QTest::newRow("own url wins") << "CWE" << "CWE-1" << "https://example.org/cwe1" << "https://example.org/cwe1";
    QTest::newRow("no script links") << "URL" << "x" << "javascript:alert(1)" << "";
    QTest::newRow("no file links") << "CWE" << "nonsense" << "file:///etc/passwd" << "";
    QTest::newRow("unknown") << "XYZ" << "42" << "" << "";
}

void TestTriage::referenceUrls()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QUrl got = ui::referenceUrl(Reference{kind, id, url});
    QCOMPARE(got.isValid() ? got.toString() : QString(), expected);
}

void TestTriage::detailsShowThreat()
{
    const QString file = freshDemo(QStringLiteral("details.twdb"));
    MainWindow window;
    QVERIFY(showAndOpen(window, file));
    ThreatsPanel *panel = window.threatsPanel();
    // An attack-path threat: every hop, its flows, its factors.
    panel->originCombo()->setCurrentIndex(panel->originCombo()->findData(QStringLiteral("path")));
    QTableView *view = panel->view();
    QVERIFY(view->model()->rowCount() > 0);
    view->setFocus();
    clickRow(view, 0);
    const QString fingerprint = panel->currentFingerprint();
    const Threat &t = window.threatModel()->threat(window.threatModel()->rowOf(fingerprint));
    QVERIFY(t.attackPath.size() > 2);
    ui::DetailsPanel *details = window.detailsPanel();
    QCOMPARE(details->shownThreat(), fingerprint);
    const QString text = details->browser()->toPlainText();
    QVERIFY2(text.contains(t.title), qPrintable(text));
    QVERIFY(text.contains(t.ruleId));
    QVERIFY(text.contains(displayName(t.stride)));
    QVERIFY(text.contains(QStringLiteral("Attack path (%1 hops)").arg(t.attackPath.size() - 1)));
    for (const RiskFactor &f : t.factors) {
        QVERIFY2(text.contains(f.name), qPrintable(f.name));
        QVERIFY2(text.contains(f.explanation), qPrintable(f.explanation));
    }
    QVERIFY(text.contains(t.mitigation.left(40)));
    QVERIFY(text.contains(t.rationale.section(QLatin1Char('\n'), 0, 0).left(40)));
    for (const QString &hop : t.attackPath) {
        const QString name = window.threatModel()->elementName(hop);
        QVERIFY2(text.contains(name), qPrintable(name));
    }
    // References: the path rule gives ids only; the panel links them to their pages.
    const QString html = details->browser()->toHtml();
    for (const Reference &r : t.references) {
        const QUrl url = ui::referenceUrl(r);
        QVERIFY2(url.isValid(), qPrintable(r.id));
        QVERIFY2(html.contains(url.toString(QUrl::FullyEncoded).toHtmlEscaped()), qPrintable(url.toString()));
    }
    // Evidence links and the history from the audit trail.
    QVERIFY(!details->sourceLinks().isEmpty());
    QVERIFY(text.contains(t.sources.constFirst().toString()));
    QVERIFY(text.contains(QStringLiteral("threat.suggested")));

    // Clicking an evidence location asks for the source at that line.
    QSignalSpy source(details, &ui::DetailsPanel::sourceRequested);
    QVERIFY(clickLink(details->browser(), t.sources.constFirst().toString()));
    QCOMPARE(source.count(), 1);
    QCOMPARE(source.at(0).at(0).value<SourceRef>(), t.sources.constFirst());

    // After a decision, the history shows it (with the reason) at once.
    view->setFocus();
    {
        ReasonDialogDriver driver(QStringLiteral("Segmented in the next release"));
        QTest::keyClick(view, Qt::Key_A);
        QVERIFY(driver.seen);
    }
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QString after = details->browser()->toPlainText();
    QVERIFY2(after.contains(QStringLiteral("threat.accept")), qPrintable(after));
    QVERIFY(after.contains(QStringLiteral("Segmented in the next release")));
    QVERIFY(after.contains(QStringLiteral("Accepted")));
}

void TestTriage::detailsShowElement()
{
    MainWindow window;
    QVERIFY(showAndOpen(window, m_demo));
    const QString bucket = QStringLiteral("tf:aws_s3_bucket.invoices");
    ui::ComponentItem *item = window.graphView()->componentItem(bucket);
    QVERIFY(item);
    window.graphView()->centerOn(item);
    const QPoint at = window.graphView()->mapFromScene(item->sceneBoundingRect().center());
    QVERIFY(window.graphView()->viewport()->rect().contains(at));
    QTest::mouseClick(window.graphView()->viewport(), Qt::LeftButton, {}, at);
    ui::DetailsPanel *details = window.detailsPanel();
    QCOMPARE(details->shownElement(), bucket);
    // The element stays the subject: no threat row took over the graph's selection.
    QCOMPARE(window.graphView()->selectedElement(), bucket);
    QCOMPARE(window.threatsPanel()->currentFingerprint(), QString());
    QCOMPARE(window.threatsPanel()->elementFilter(), bucket);
    const QString text = details->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("aws_s3_bucket.invoices")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("datastore")));
    QVERIFY(text.contains(QStringLiteral("infra/main.tf")));
    const int threats = int(std::count_if(m_demoThreats.cbegin(), m_demoThreats.cend(), [&](const Threat &t) {
        return t.targets.contains(bucket) || t.attackPath.contains(bucket);
    }));
    QVERIFY2(text.contains(QStringLiteral("%1 threats, %1 still open").arg(threats)), qPrintable(text));
    for (auto it = item->component().attributes.constBegin(); it != item->component().attributes.constEnd(); ++it)
        QVERIFY2(text.contains(it.key()), qPrintable(it.key()));
}

void TestTriage::lexerByFileName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("yaml") << "api/openapi.yaml" << "YAML";
    QTest::newRow("yml") << "docker-compose.yml" << "YAML";
    QTest::newRow("json") << "spec.json" << "JSON";
    QTest::newRow("tf.json") << "main.tf.json" << "JSON";
    QTest::newRow("terraform") << "infra/main.tf" << "HCL";
    QTest::newRow("tfvars") << "prod.tfvars" << "HCL";
    QTest::newRow("dockerfile") << "services/api/Dockerfile" << "Bash";
    QTest::newRow("shell") << "deploy.sh" << "Bash";
    QTest::newRow("python") << "app/main.py" << "Python";
    QTest::newRow("javascript") << "server.js" << "JavaScript";
    QTest::newRow("typescript") << "routes.ts" << "JavaScript";
    QTest::newRow("java") << "src/Main.java" << "Java";
    QTest::newRow("csharp") << "Program.cs" << "C#";
    QTest::newRow("go") << "cmd/main.go" << "C++";
    QTest::newRow("plain") << "LICENSE" << "";
}

void TestTriage::lexerByFileName()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString path = root.filePath(file);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("line one\nline two\nline three\n");
    out.close();
    const QString project = root.filePath(QStringLiteral("p.twdb"));
    ui::SourcePanel panel;
    panel.setProject(project);
    QVERIFY(panel.showSource(SourceRef{{}, file, 2, 1}));
    QCOMPARE(panel.language(), language);
    QCOMPARE(panel.markedLine(), 2);
}

void TestTriage::sourcePanelOpensEvidence()
{
    auto project = Project::open(m_demo, Project::OpenMode::ReadOnly);
    QVERIFY(project);
    auto info = (*project)->version(*(*project)->latestVersionId());
    QVERIFY(info);
    ui::SourcePanel panel;
    panel.resize(700, 500);
    panel.show();
    panel.setProject(m_demo, info->inputs);
    panel.locator().addRoot(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"));
    QVERIFY(panel.showSource(SourceRef{QStringLiteral("api"), QStringLiteral("api/openapi.yaml"), 42, 3}));
    QCOMPARE(panel.markedLine(), 42);
    QCOMPARE(panel.language(), QStringLiteral("YAML"));
    QVERIFY(panel.editor()->isReadOnly());
    QVERIFY(!panel.changedSinceImport());
    QFile original(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/api/openapi.yaml"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(panel.editor()->text(), QString::fromUtf8(original.readAll()));
    int line = 0, index = 0;
    panel.editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 41);
    QCOMPARE(index, 2);
    // The marked line is on screen.
    QVERIFY(panel.editor()->firstVisibleLine() <= 41);
    QVERIFY(panel.editor()->firstVisibleLine() + panel.editor()->SendScintilla(QsciScintilla::SCI_LINESONSCREEN) > 41);
    // Typing does nothing: read-only.
    panel.editor()->setFocus();
    QTest::keyClicks(panel.editor(), QStringLiteral("xyz"));
    original.seek(0);
    QCOMPARE(panel.editor()->text(), QString::fromUtf8(original.readAll()));
    // Another line of the same file moves the marker.
    QVERIFY(panel.showSource(SourceRef{QStringLiteral("api"), QStringLiteral("api/openapi.yaml"), 7, 1}));
    QCOMPARE(panel.markedLine(), 7);
    // The folder is remembered for the project.
    ui::SourceLocator again;
    again.setProject(m_demo);
    QVERIFY(again.roots().contains(QDir::cleanPath(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"))));
    again.clearRoots();
}

void TestTriage::sourcePanelRefusesAndExplains()
{
    ui::SourcePanel panel;
    panel.setProject(m_demo);
    // Not found: the panel says where it looked and offers to locate the folder.
    QVERIFY(!panel.showSource(SourceRef{{}, QStringLiteral("api/openapi.yaml"), 3, 1}));
    QVERIFY2(panel.messageLabel()->text().contains(QStringLiteral("Locate Folder")), qPrintable(panel.messageLabel()->text()));
    auto *locate = panel.findChild<QWidget *>(QStringLiteral("sourceLocateButton"));
    QVERIFY(locate && !locate->isHidden());
    QVERIFY(panel.currentPath().isEmpty());
    // A path that climbs out of its folder is never opened, nor is an absolute one elsewhere.
    panel.locator().addRoot(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"));
    QVERIFY(!panel.showSource(SourceRef{{}, QStringLiteral("../../../CMakeLists.txt"), 1, 1}));
    QVERIFY2(panel.messageLabel()->text().contains(QStringLiteral("outside")), qPrintable(panel.messageLabel()->text()));
    QVERIFY(!panel.showSource(SourceRef{{}, QStringLiteral(TW_SOURCE_DIR "/CMakeLists.txt"), 1, 1}));
    QVERIFY(panel.currentPath().isEmpty());
    // No location at all.
    QVERIFY(!panel.showSource(SourceRef{}));
    panel.locator().clearRoots();
}

void TestTriage::sourcePanelNoticesChangedFiles()
{
    // A copy of the demo inputs with one file edited after the import.
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    QVERIFY(QDir().mkpath(copy.filePath(QStringLiteral("infra"))));
    QVERIFY(QFile::copy(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/infra/main.tf"), copy.filePath(QStringLiteral("infra/main.tf"))));
    QVERIFY(QFile::copy(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop/infra/variables.tf"),
                        copy.filePath(QStringLiteral("infra/variables.tf"))));
    QFile edited(copy.filePath(QStringLiteral("infra/main.tf")));
    QVERIFY(edited.setPermissions(edited.permissions() | QFileDevice::WriteOwner));
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("\n# edited after the import\n");
    edited.close();
    auto project = Project::open(m_demo, Project::OpenMode::ReadOnly);
    QVERIFY(project);
    auto info = (*project)->version(*(*project)->latestVersionId());
    QVERIFY(info);
    ui::SourcePanel panel;
    panel.setProject(m_demo, info->inputs);
    panel.locator().addRoot(copy.path());
    QVERIFY(panel.showSource(SourceRef{{}, QStringLiteral("infra/main.tf"), 10, 1}));
    QVERIFY(panel.changedSinceImport());
    QCOMPARE(panel.language(), QStringLiteral("HCL"));
    auto *badge = panel.findChild<QLabel *>(QStringLiteral("sourceBadge"));
    QVERIFY(badge && badge->text().contains(QStringLiteral("Changed")));
    QVERIFY(panel.showSource(SourceRef{{}, QStringLiteral("infra/variables.tf"), 15, 3}));
    QVERIFY(!panel.changedSinceImport());
    panel.locator().clearRoots();
}

void TestTriage::sourceFollowsTheSelection()
{
    // The source folder was located in an earlier session: the workbench remembers it.
    ui::SourceLocator earlier;
    earlier.setProject(m_demo);
    earlier.addRoot(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"));
    MainWindow window;
    QVERIFY(showAndOpen(window, m_demo));
    QVERIFY(window.sourceDock()->isVisible());
    QTableView *view = window.threatsPanel()->view();
    clickRow(view, 0);
    for (int step = 0; step < 4; ++step) {
        const Threat &t = window.threatModel()->threat(window.threatModel()->rowOf(window.threatsPanel()->currentFingerprint()));
        QVERIFY(!t.sources.isEmpty());
        QCOMPARE(window.sourcePanel()->currentSource(), t.sources.constFirst());
        QCOMPARE(window.sourcePanel()->markedLine(), t.sources.constFirst().line);
        QTest::keyClick(view, Qt::Key_J);
    }
    window.sourcePanel()->locator().clearRoots();
}

void TestTriage::problemsOpenTheirSource()
{
    MainWindow window;
    QAbstractItemModelTester tester(window.problemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showAndOpen(window, m_demo));
    window.sourcePanel()->locator().addRoot(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"));
    auto project = Project::open(m_demo, Project::OpenMode::ReadOnly);
    QVERIFY(project);
    auto model = (*project)->loadModel(*(*project)->latestVersionId());
    QVERIFY(model);
    QCOMPARE(window.problemModel()->rowCount(), model->diagnostics.size());
    QVERIFY(window.problemModel()->rowCount() > 0); // the demo's password default
    QVERIFY(window.problemsDock()->windowTitle().contains(QString::number(model->diagnostics.size())));
    window.problemsDock()->raise();
    QTableView *problems = window.problemsView();
    const QModelIndex first = problems->model()->index(0, ui::ProblemTableModel::MessageColumn);
    const SourceRef expected = first.data(ui::ProblemTableModel::SourceRole).value<SourceRef>();
    QVERIFY(expected.isValid());
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualRect(first).center());
    QCOMPARE(window.sourcePanel()->currentSource(), expected);
    QCOMPARE(window.sourcePanel()->markedLine(), expected.line);
    window.sourcePanel()->locator().clearRoots();
}

void TestTriage::preferencesSetTheActor()
{
    const QString file = freshDemo(QStringLiteral("actor.twdb"));
    MainWindow window;
    QVERIFY(showAndOpen(window, file));
    QCOMPARE(ui::settings::actorName(), Project::defaultActor());
    {
        int tabs = 0;
        QString placeholder;
        ModalDriver<ui::SettingsDialog> driver([&](ui::SettingsDialog *dialog) {
            tabs = dialog->tabs()->count();
            placeholder = dialog->actorField()->placeholderText();
            QTest::keyClicks(dialog->actorField(), QStringLiteral("reviewer.lee"));
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier); // Edit ▸ Preferences
        QVERIFY(driver.seen);
        QCOMPARE(tabs, 2); // General and the language model: no empty pages
        QCOMPARE(placeholder, Project::defaultActor());
    }
    QCOMPARE(ui::settings::actorName(), QStringLiteral("reviewer.lee"));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *view = window.threatsPanel()->view();
    view->setFocus();
    clickRow(view, 0);
    QTest::keyClick(view, Qt::Key_V);
    QCOMPARE(window.auditModel()->entry(0).action, QStringLiteral("threat.validate"));
    QCOMPARE(window.auditModel()->entry(0).actor, QStringLiteral("reviewer.lee"));

    // Shown again, the field holds the name; emptied, the default comes back. Cancel keeps it.
    {
        QString shown;
        ModalDriver<ui::SettingsDialog> driver([&](ui::SettingsDialog *dialog) {
            shown = dialog->actorField()->text();
            dialog->actorField()->clear();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        window.showPreferences();
        QVERIFY(driver.seen);
        QCOMPARE(shown, QStringLiteral("reviewer.lee"));
    }
    QCOMPARE(ui::settings::actorName(), QStringLiteral("reviewer.lee"));
    {
        ModalDriver<ui::SettingsDialog> driver([&](ui::SettingsDialog *dialog) {
            dialog->actorField()->clear();
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        window.showPreferences();
        QVERIFY(driver.seen);
    }
    QCOMPARE(ui::settings::actorName(), Project::defaultActor());
}

void TestTriage::preferencesTakeMorePages()
{
    MainWindow window;
    connect(&window, &MainWindow::preferencesOpening, this, [](ui::SettingsDialog *dialog) {
        auto *page = new QLabel(QStringLiteral("A page of another part"));
        page->setObjectName(QStringLiteral("extraPage"));
        dialog->addPage(page, QStringLiteral("Extra"));
    });
    QStringList titles;
    ModalDriver<ui::SettingsDialog> driver([&](ui::SettingsDialog *dialog) {
        for (int i = 0; i < dialog->tabs()->count(); ++i)
            titles << dialog->tabs()->tabText(i);
        dialog->reject();
    });
    window.showPreferences();
    QVERIFY(driver.seen);
    QCOMPARE(titles, (QStringList{QStringLiteral("&General"), QStringLiteral("Language model"), QStringLiteral("Extra")}));
}

void TestTriage::followsADarkPalette()
{
    ui::SourceLocator earlier;
    earlier.setProject(m_demo);
    earlier.addRoot(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"));
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    QApplication::setPalette(dark);
    {
        MainWindow window;
        QVERIFY(showAndOpen(window, m_demo));
        QTableView *view = window.threatsPanel()->view();
        clickRow(view, 0);
        QsciScintilla *editor = window.sourcePanel()->editor();
        QVERIFY(editor->lexer());
        QCOMPARE(editor->lexer()->paper(0), dark.color(QPalette::Base));
        // Every style of the lexer is readable on dark paper.
        for (int style = 0; style < 128; ++style) {
            if (!editor->lexer()->description(style).isEmpty())
                QVERIFY2(editor->lexer()->color(style).lightness() >= 120, qPrintable(editor->lexer()->description(style)));
        }
        QVERIFY(!test::saveScreenshot(&window, QStringLiteral("workbench-dark.png")).isEmpty());
        // Back to light while open: the panels follow.
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QCOMPARE(editor->lexer()->paper(0), light.color(QPalette::Base));
    }
    QApplication::setPalette(light);
    earlier.clearRoots();
}

void TestTriage::screenshots()
{
    // A design review of the demo: a few decisions made, one threat inspected with its evidence.
    const QString file = freshDemo(QStringLiteral("harbor-shop-review.twdb"));
    ui::settings::setActorName(QStringLiteral("maria.lopez"));
    MainWindow window;
    QVERIFY(showAndOpen(window, file));
    window.sourcePanel()->locator().addRoot(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"));
    const auto save = [&](const QString &name) {
        QCOMPARE(window.size(), test::WindowSize);
        QVERIFY(!test::saveScreenshot(&window, name).isEmpty());
    };

    // Work down the list from the keyboard: validate, validate, P1, dismiss with a reason.
    ThreatsPanel *panel = window.threatsPanel();
    QTableView *view = panel->view();
    clickRow(view, 0);
    QTest::keyClick(view, Qt::Key_V);
    QTest::keyClick(view, Qt::Key_J);
    QTest::keyClick(view, Qt::Key_V);
    QTest::keyClick(view, Qt::Key_J);
    QTest::keyClick(view, Qt::Key_1);
    QTest::keyClick(view, Qt::Key_J);
    const QString dismissed = panel->currentFingerprint();
    {
        ReasonDialogDriver driver(QStringLiteral("TLS terminates at the load balancer; the plain-HTTP server entry is for "
                                                 "local development only"));
        QTest::keyClick(view, Qt::Key_D);
        QVERIFY(driver.seen);
    }
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Back up to the admin export (K K) to look at it: graph, list and details.
    QTest::keyClick(view, Qt::Key_K);
    QTest::keyClick(view, Qt::Key_K);
    const Threat t = window.threatModel()->threat(window.threatModel()->rowOf(panel->currentFingerprint()));
    QCOMPARE(t.status, ThreatStatus::Validated);
    QVERIFY(!t.sources.isEmpty());
    window.graphView()->fitToView();
    save(QStringLiteral("workbench-triage.png"));

    // Its evidence, opened from the Details panel: the operation in the OpenAPI spec.
    QVERIFY(clickLink(window.detailsPanel()->browser(), t.sources.constFirst().toString()));
    QCOMPARE(window.sourcePanel()->currentSource(), t.sources.constFirst());
    QCOMPARE(window.sourcePanel()->markedLine(), t.sources.constFirst().line);
    save(QStringLiteral("workbench-source.png"));

    // Second thoughts on the dismissal: Ctrl+Z. The trail keeps both, the undo on top.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.threatModel()->threat(window.threatModel()->rowOf(dismissed)).status, ThreatStatus::Suggested);
    QCOMPARE(window.auditModel()->entry(0).action, QStringLiteral("threat.undo"));
    QCOMPARE(window.auditModel()->entry(1).action, QStringLiteral("threat.dismiss"));
    window.auditView()->selectRow(0);
    save(QStringLiteral("workbench-audit.png"));

    // The import problems, one opened in the Source panel.
    QVERIFY(window.problemModel()->rowCount() > 0);
    window.problemsDock()->raise();
    QTest::mouseClick(window.problemsView()->viewport(), Qt::LeftButton, {},
                      window.problemsView()->visualRect(window.problemsView()->model()->index(0, 2)).center());
    QVERIFY(window.sourcePanel()->markedLine() > 0);
    save(QStringLiteral("workbench-problems.png"));
}

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
