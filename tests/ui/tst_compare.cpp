// SPDX-License-Identifier: GPL-3.0-or-later
// The side-by-side comparison: two versions of the demo shop imported by the real CLI (the
// second with a service removed, one added and one exposed), laid out once, marked, synchronised
// with each other and with the change list; a screenshot for the eye.

#include "compare/comparewindow.h"
#include "compare/difflistmodel.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"

#include "store/project.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;
using tw::ui::CompareWindow;
using tw::ui::DiffListModel;
using tw::ui::GraphView;
using tw::ui::MainWindow;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

QString cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(TW_CLI_PATH), arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError()) + QStringLiteral(" (failed)");
    return {};
}

QString componentIdNamed(const GraphView *view, const QString &name)
{
    for (const ui::ComponentItem *item : view->componentItems()) {
        if (item->component().name == name)
            return item->elementId();
    }
    return {};
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void marksWhatChanged();
    void sharedLayoutAndSync();
    void changeListSelectsInBothPanes();
    void choosingOtherVersions();
    void screenshot();

private:
    CompareWindow *openComparison(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_validated; ///< the fingerprint validated in version 1
};

void TestCompare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString shop = m_dir.filePath(QStringLiteral("shop"));
    QVERIFY(copyTree(QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop"), shop));
    m_project = m_dir.filePath(QStringLiteral("shop.twdb"));
    QCOMPARE(cli({QStringLiteral("init"), m_project, QStringLiteral("--name"), QStringLiteral("Harbor Shop")}), QString());
    QCOMPARE(cli({QStringLiteral("import"), m_project, shop, QStringLiteral("--message"), QStringLiteral("Before")}), QString());

    // A decision in version 1 that must show as carried over.
    {
        auto project = Project::open(m_project);
        QVERIFY(project);
        auto threats = (*project)->threats(ThreatQuery{});
        QVERIFY(threats && !threats->isEmpty());
        m_validated = threats->first().fingerprint;
        QVERIFY((*project)->triage({m_validated, TriageAction::Validate, QStringLiteral("seen in review"), QStringLiteral("test"), {}, {}, {}}));
    }

    // The change: the fulfilment worker goes, a recommendations service arrives and talks to
    // orders, and orders is published on the host.
    QFile compose(shop + QStringLiteral("/docker-compose.yml"));
    QVERIFY(compose.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(compose.readAll());
    compose.close();
    const QString worker = QStringLiteral("  fulfilment-worker:\n    image: ghcr.io/harbor-shop/fulfilment:2.4.0\n"
                                          "    environment:\n      QUEUE_URL: amqp://guest:guest@broker:5672/\n"
                                          "    depends_on: [broker]\n    networks: [backend]\n\n");
    QVERIFY2(text.contains(worker), "the demo's compose file changed; update this test");
    text.replace(worker, QStringLiteral("  recommendations:\n    image: ghcr.io/harbor-shop/recommendations:1.0.0\n"
                                        "    ports:\n      - \"8090:8090\"\n    environment:\n"
                                        "      ORDERS_URL: http://orders:8081\n    networks: [frontend, backend]\n\n"));
    text.replace(QStringLiteral("    expose:\n      - \"8081\"\n"), QStringLiteral("    ports:\n      - \"8081:8081\"\n"));
    QVERIFY(compose.open(QIODevice::WriteOnly | QIODevice::Truncate));
    compose.write(text.toUtf8());
    compose.close();
    QCOMPARE(cli({QStringLiteral("import"), m_project, shop, QStringLiteral("--message"), QStringLiteral("After")}), QString());
}

CompareWindow *TestCompare::openComparison(MainWindow &window)
{
    window.setHeadless(true);
    if (!window.openProject(m_project))
        return nullptr;
    CompareWindow *compare = window.compareVersions();
    if (!compare)
        return nullptr;
    QSignalSpy done(compare, &CompareWindow::compared);
    if (!done.wait(60000))
        return nullptr;
    return compare;
}

void TestCompare::marksWhatChanged()
{
    MainWindow window;
    CompareWindow *compare = openComparison(window);
    QVERIFY(compare);
    QCOMPARE(compare->fromVersion(), 1);
    QCOMPARE(compare->toVersion(), 2);
    QVERIFY(!compare->isBusy());

    GraphView *before = compare->pane(CompareWindow::Side::Before);
    GraphView *after = compare->pane(CompareWindow::Side::After);
    const QString added = componentIdNamed(after, QStringLiteral("recommendations"));
    const QString removed = componentIdNamed(after, QStringLiteral("fulfilment-worker"));
    const QString exposed = componentIdNamed(after, QStringLiteral("orders"));
    const QString untouched = componentIdNamed(after, QStringLiteral("sessions"));
    QVERIFY(!added.isEmpty() && !removed.isEmpty() && !exposed.isEmpty() && !untouched.isEmpty());

    using Side = CompareWindow::Side;
    QCOMPARE(compare->markOf(Side::After, added), QStringLiteral("added"));
    QCOMPARE(compare->markOf(Side::Before, added), QStringLiteral("absent"));
    QCOMPARE(compare->markOf(Side::Before, removed), QStringLiteral("removed"));
    QCOMPARE(compare->markOf(Side::After, removed), QStringLiteral("absent"));
    QCOMPARE(compare->markOf(Side::After, exposed), QStringLiteral("changed"));
    QCOMPARE(compare->markOf(Side::Before, exposed), QStringLiteral("changed"));
    QCOMPARE(compare->markOf(Side::After, untouched), QString());

    // What the eye sees: a ghost where a version lacks the element, an outline where it changed.
    QVERIFY(before->componentItem(added)->opacity() < 0.5);
    QCOMPARE(after->componentItem(added)->opacity(), 1.0);
    QVERIFY(after->componentItem(removed)->opacity() < 0.5);
    QCOMPARE(after->componentItem(added)->childItems().size(), 1);
    QCOMPARE(after->componentItem(untouched)->childItems().size(), 0);

    // The change list holds every element change, threat change and carried decision.
    const diff::ModelDiff &d = compare->modelDiff();
    DiffListModel *list = compare->changeModel();
    QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->rowCount(), int(d.elements.size() + d.threats.size() + d.carriedDecisions.size()));
    QVERIFY(d.count(QStringLiteral("component"), diff::Change::Added) >= 1);
    QVERIFY(d.count(QStringLiteral("component"), diff::Change::Removed) >= 1);
    bool carried = false;
    for (const diff::ThreatChange &t : d.carriedDecisions)
        carried |= t.fingerprint == m_validated;
    QVERIFY2(carried, "the validation of version 1 is listed as carried over");

    // The kind filter narrows the list to components.
    QComboBox *filter = compare->kindFilter();
    filter->setCurrentIndex(filter->findData(QStringLiteral("component")));
    QAbstractItemModel *shown = compare->changeTable()->model();
    QVERIFY(shown->rowCount() >= 3);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(DiffListModel::KindRole).toString(), QStringLiteral("component"));
    filter->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), list->rowCount());
}

void TestCompare::sharedLayoutAndSync()
{
    MainWindow window;
    CompareWindow *compare = openComparison(window);
    QVERIFY(compare);
    compare->show();
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    GraphView *before = compare->pane(CompareWindow::Side::Before);
    GraphView *after = compare->pane(CompareWindow::Side::After);

    // One layout: every component sits at the same place in both panes (their threat badges,
    // and so their bounding boxes, differ with each version's threats).
    QCOMPARE(before->componentItems().size(), after->componentItems().size());
    for (const ui::ComponentItem *item : after->componentItems())
        QCOMPARE(before->componentItem(item->elementId())->scenePos(), item->scenePos());
    for (const ui::FlowItem *item : after->flowItems())
        QCOMPARE(before->flowItem(item->elementId())->shape().boundingRect(), item->shape().boundingRect());

    // Zooming and scrolling one pane moves the other.
    after->zoomIn();
    after->zoomIn();
    QTRY_COMPARE(before->transform(), after->transform());
    after->horizontalScrollBar()->setValue(after->horizontalScrollBar()->maximum() / 2);
    after->verticalScrollBar()->setValue(after->verticalScrollBar()->maximum());
    QCOMPARE(before->horizontalScrollBar()->value(), after->horizontalScrollBar()->value());
    QCOMPARE(before->verticalScrollBar()->value(), after->verticalScrollBar()->value());
    before->zoomOut();
    QCOMPARE(after->transform(), before->transform());
}

void TestCompare::changeListSelectsInBothPanes()
{
    MainWindow window;
    CompareWindow *compare = openComparison(window);
    QVERIFY(compare);
    compare->show();
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    GraphView *before = compare->pane(CompareWindow::Side::Before);
    GraphView *after = compare->pane(CompareWindow::Side::After);
    const QString added = componentIdNamed(after, QStringLiteral("recommendations"));

    // A click on the row of the added component selects it in both panes.
    QTableView *table = compare->changeTable();
    const int sourceRow = compare->changeModel()->rowOfElement(added);
    QVERIFY(sourceRow >= 0);
    const QModelIndex index = static_cast<QSortFilterProxyModel *>(table->model())->mapFromSource(compare->changeModel()->index(sourceRow, 2));
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(after->selectedElement(), added);
    QCOMPARE(before->selectedElement(), added);

    // A click on an element in the left pane selects it on the right and its row in the list.
    const QString removed = componentIdNamed(before, QStringLiteral("fulfilment-worker"));
    ui::ComponentItem *item = before->componentItem(removed);
    before->centerOn(item);
    QCoreApplication::processEvents();
    const QPoint at = before->mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseClick(before->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(before->selectedElement(), removed);
    QCOMPARE(after->selectedElement(), removed);
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(DiffListModel::ElementIdRole).toString(), removed);
}

void TestCompare::choosingOtherVersions()
{
    MainWindow window;
    CompareWindow *compare = openComparison(window);
    QVERIFY(compare);
    // The same version on both sides: nothing changed, nothing marked.
    QSignalSpy done(compare, &CompareWindow::compared);
    compare->compare(2, 2);
    QVERIFY(done.wait(60000));
    QVERIFY(compare->modelDiff().isEmpty());
    QCOMPARE(compare->changeModel()->rowCount(), int(compare->modelDiff().carriedDecisions.size()));
    for (const ui::ComponentItem *item : compare->pane(CompareWindow::Side::After)->componentItems())
        QCOMPARE(compare->markOf(CompareWindow::Side::After, item->elementId()), QString());

    // A version that does not exist is an error, not a crash.
    QSignalSpy failed(compare, &CompareWindow::failed);
    compare->compare(1, 99);
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("99")), qPrintable(failed.first().first().toString()));
}

void TestCompare::screenshot()
{
    MainWindow window;
    CompareWindow *compare = openComparison(window);
    QVERIFY(compare);
    compare->resize(1600, 1000);
    compare->show();
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QCoreApplication::processEvents();
    compare->pane(CompareWindow::Side::After)->fitToView();
    QCoreApplication::processEvents();
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/compare.png");
    QVERIFY(compare->grab().save(file, "PNG"));
    qInfo().noquote() << "screenshot:" << file;
}

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
