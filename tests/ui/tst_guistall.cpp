// SPDX-License-Identifier: GPL-3.0-or-later
// "Never frozen": the real window driven through a session on a generated 2,000-component
// system, recording the longest time the GUI thread did not run its event loop in each phase.
// The figures go to docs/performance.md; the test fails when the window stops working, and
// when a stall is long enough (several seconds) that nobody would call the window responsive.

#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "stallmeter.h"
#include "support/windowdriver.h"
#include "triage/threatfilterproxy.h"
#include "triage/threatspanel.h"
#include "triage/threattablemodel.h"
#include "triage/triagecontroller.h"
#include "versiontablemodel.h"

#include "model/synthetic.h"
#include "store/project.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tw;
using tw::ui::MainWindow;

namespace {

constexpr int Components = 2000;
constexpr int Threats = 8000;
constexpr double Frozen = 3000; ///< ms: a stall this long fails the test (the target is 50 ms)

} // namespace

class TestGuiStall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoThousandComponents();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_project;
};

void TestGuiStall::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_guistall"));
    m_project = m_dir.filePath(QStringLiteral("big.twdb"));
    auto project = Project::create(m_project, QStringLiteral("Big"), QStringLiteral("alice"));
    QVERIFY2(project, qPrintable(project.errorString()));
    auto version = (*project)->createVersion(syntheticModel({Components, 3, Threats, 5}), VersionMeta{});
    QVERIFY2(version, qPrintable(version.errorString()));
}

void TestGuiStall::twoThousandComponents()
{
    MainWindow window;
    QVERIFY(test::showWindow(window));
    StallMeter meter;
    QStringList figures;
    double worst = 0;
    const auto phase = [&](const QString &name) {
        const double stall = meter.longestStallMs();
        worst = std::max(worst, stall);
        figures << QStringLiteral("%1: %2 ms").arg(name).arg(stall, 0, 'f', 1);
        meter.reset();
    };
    QCoreApplication::processEvents();
    meter.reset();

    // Open: the window reads the project's summary and trail, then the version on a worker.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(window.openProject(m_project));
    QCoreApplication::processEvents();
    phase(QStringLiteral("open"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingVersion() && !window.isLoadingOverview(), test::ReadyTimeout);
    QCOMPARE(window.threatModel()->rowCount(), Threats);
    QCOMPARE(window.versionModel()->rowCount(), 1);
    phase(QStringLiteral("read version"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.graphView()->isLayingOut(), 120000);
    QCOMPARE(window.graphView()->componentItems().size(), Components);
    const qint64 shownMs = clock.elapsed();
    phase(QStringLiteral("layout and draw"));

    // Work: move through threats, triage, undo, sort, filter, pick an element on the graph.
    ui::ThreatsPanel *panel = window.threatsPanel();
    QTableView *view = panel->view();
    // The window draws what the layout produced on its next paint; that first paint of 8,000
    // scene items is the layout phase's cost, not the first key's (it used to be counted there).
    QTest::qWait(100);
    phase(QStringLiteral("first paint after layout"));
    view->setFocus();
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(view, Qt::Key_J);
        QCoreApplication::processEvents();
    }
    QCOMPARE(view->currentIndex().row(), 30); // focus made row 0 current
    phase(QStringLiteral("30 × J"));
    // A keyboard's keys reach the window as separate events, with the event loop running between
    // them; QTest::keyClick delivers straight to the widget, so the test runs the loop itself
    // (without it, a V and the J after it were measured as one stall).
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(view, Qt::Key_V);
        QCoreApplication::processEvents();
        QTest::keyClick(view, Qt::Key_J);
        QCoreApplication::processEvents();
    }
    QCOMPARE(window.triageController()->undoStack()->count(), 5);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QCOMPARE(window.triageController()->undoStack()->index(), 4);
    phase(QStringLiteral("5 × V, undo"));
    view->sortByColumn(ui::ThreatTableModel::TitleColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    for (const QChar c : QStringLiteral("service-17")) { // typed: one key event at a time
        QTest::keyClicks(panel->filterField(), QString(c));
        QCoreApplication::processEvents();
    }
    QVERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < Threats);
    panel->filterField()->clear();
    panel->statusCombo()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    phase(QStringLiteral("sort, filter"));
    ui::ComponentItem *item = window.graphView()->componentItem(QStringLiteral("svc:service-42"));
    QVERIFY(item);
    window.graphView()->centerOn(item);
    QCoreApplication::processEvents();
    // A click's press and release are separate events too, with the event loop between them.
    const QPoint at = window.graphView()->mapFromScene(item->sceneBoundingRect().center());
    QTest::mousePress(window.graphView()->viewport(), Qt::LeftButton, {}, at);
    QCoreApplication::processEvents();
    QTest::mouseRelease(window.graphView()->viewport(), Qt::LeftButton, {}, at);
    QCoreApplication::processEvents();
    QCOMPARE(panel->elementFilter(), QStringLiteral("svc:service-42"));
    phase(QStringLiteral("graph selection"));

    qInfo().noquote() << QStringLiteral("%1 components, %2 threats: window ready in %3 ms; longest GUI stall per phase: %4")
                             .arg(Components)
                             .arg(Threats)
                             .arg(shownMs)
                             .arg(figures.join(QStringLiteral(", ")));
    QVERIFY2(worst < Frozen, qPrintable(figures.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestGuiStall)
#include "tst_guistall.moc"
