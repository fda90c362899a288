// SPDX-License-Identifier: GPL-3.0-or-later
// Triage in the real workbench under the offscreen platform: the bundled demo system imported
// and analysed with the real importer and rules, the Threats table filtered and sorted, threats
// triaged with real key presses and mouse clicks, and the project file checked afterwards.

#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "triage/threatfilterproxy.h"
#include "triage/threatspanel.h"
#include "triage/threattablemodel.h"

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
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace tw;
using tw::ui::MainWindow;
using tw::ui::ThreatFilterProxy;
using tw::ui::ThreatsPanel;
using tw::ui::ThreatTableModel;

namespace {

constexpr int LoadTimeout = 60000; // ms; the demo takes well under a second

/**
 * Measures how long the GUI thread went without running its event loop: a precise timer ticks
 * every few milliseconds, and the longest gap between ticks is the longest stall a user would
 * have felt while it ran.
 */
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /** The longest gap so far, less the timer's own interval, in milliseconds. */
    double longestStallMs() const { return std::max<double>(0, double(m_longest) / 1e6 - m_timer.interval()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

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

/** Opens `path` in `window` and waits until the version is read and drawn. */
bool openAndWait(MainWindow &window, const QString &path)
{
    if (!window.openProject(path))
        return false;
    QElapsedTimer waited;
    waited.start();
    while ((window.isLoadingVersion() || window.graphView()->isLayingOut()) && waited.elapsed() < LoadTimeout)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !window.isLoadingVersion() && !window.graphView()->isLayingOut();
}

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

private:
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
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("ThreatwrightTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_triage"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
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
    window.graphView()->selectElement(bucket->elementId());
    window.graphView()->selectElement(QString());
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

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
