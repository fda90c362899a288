// SPDX-License-Identifier: GPL-3.0-or-later
// The system graph's view features on the real window with the bundled demo: filters from the
// keyboard and the overlay, collapsing a trust boundary by double click and by key, the attack
// path of a threat picked in the threat table, and live-mode change marks until acknowledged.
// Each case saves a 1600 × 1000 screenshot into the build folder (screenshots/).

#include "graph/graphoverlaybar.h"
#include "graph/graphprojection.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "support/windowdriver.h"
#include "triage/threatfilterproxy.h"
#include "triage/threatspanel.h"
#include "triage/threattablemodel.h"

#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/importer.h"
#include "model/threatsummary.h"
#include "store/project.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tw;
using tw::ui::BoundaryItem;
using tw::ui::ChangeMark;
using tw::ui::CollapsedBoundaryItem;
using tw::ui::ComponentItem;
using tw::ui::Emphasis;
using tw::ui::FlowItem;
using tw::ui::GraphView;
using tw::ui::MainWindow;

namespace {

constexpr int LayoutTimeout = 30000;

using tw::test::graphReady;

void saveShot(QWidget *window, const QString &name)
{
    QCOMPARE(window->size(), test::WindowSize);
    QVERIFY(!test::saveScreenshot(window, name).isEmpty());
}

/** The open menu that is a popup now (QMenu::exec and showMenu are modal-less here). */
QMenu *activeMenu()
{
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

} // namespace

class TestGraphFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void projectionMergesAndCounts();
    void filterFromTheKeyboardAndClear();
    void collapseByDoubleClickAndKey();
    void attackPathFromTheThreatTable();
    void liveChangesUntilAcknowledged();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    /** The boundary holding the most components directly. */
    QString busiestBoundary() const;

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_demoPath;
    SystemModel m_demo;
};

void TestGraphFeatures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_graphfeatures"));
    auto outcome = importer::importPaths({QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop")});
    QVERIFY2(outcome, qPrintable(outcome.errorString()));
    auto rules = analysis::RuleSet::loadBuiltin();
    QVERIFY2(rules, qPrintable(rules.errorString()));
    auto threats = analysis::analyse(outcome->model, *rules);
    QVERIFY2(threats, qPrintable(threats.errorString()));
    outcome->model.threats = std::move(threats).value();
    m_demoPath = m_dir.filePath(QStringLiteral("harbor-shop.twdb"));
    auto project = Project::create(m_demoPath, QStringLiteral("Harbor Shop"), QStringLiteral("maria.lopez"));
    QVERIFY2(project, qPrintable(project.errorString()));
    VersionMeta meta;
    meta.author = QStringLiteral("maria.lopez");
    meta.message = QStringLiteral("Demo");
    meta.inputs = outcome->inputs;
    auto version = (*project)->createVersion(outcome->model, meta);
    QVERIFY2(version, qPrintable(version.errorString()));
    auto stored = (*project)->loadModel(*version);
    QVERIFY2(stored, qPrintable(stored.errorString()));
    m_demo = std::move(stored).value();
    QVERIFY(!busiestBoundary().isEmpty());
}

QString TestGraphFeatures::busiestBoundary() const
{
    QHash<QString, int> count;
    for (const Component &c : m_demo.components) {
        if (!c.boundaryId.isEmpty())
            ++count[c.boundaryId];
    }
    QString best;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (best.isEmpty() || it.value() > count.value(best))
            best = it.key();
    }
    return best;
}

std::unique_ptr<MainWindow> TestGraphFeatures::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    if (!test::showWindow(*window))
        return nullptr;
    if (!test::openDemoAndWait(*window, path)) // the screenshots show evidence, not "Locate Folder…"
        return nullptr;
    return window;
}

void TestGraphFeatures::projectionMergesAndCounts()
{
    // Two flows from outside into a boundary and one inside it, folded.
    SystemModel m;
    TrustBoundary vpc;
    vpc.id = QStringLiteral("tb:vpc");
    vpc.name = QStringLiteral("VPC");
    TrustBoundary subnet;
    subnet.id = QStringLiteral("tb:sub");
    subnet.name = QStringLiteral("Subnet");
    subnet.parentId = vpc.id;
    m.boundaries = {vpc, subnet};
    const auto component = [](const QString &id, const QString &boundary) {
        Component c;
        c.id = id;
        c.name = id;
        c.boundaryId = boundary;
        return c;
    };
    m.components = {component(QStringLiteral("a"), {}), component(QStringLiteral("b"), QStringLiteral("tb:vpc")),
                    component(QStringLiteral("c"), QStringLiteral("tb:sub"))};
    const auto flow = [](const QString &id, const QString &from, const QString &to) {
        DataFlow f;
        f.id = id;
        f.sourceId = from;
        f.targetId = to;
        return f;
    };
    m.flows = {flow(QStringLiteral("f1"), QStringLiteral("a"), QStringLiteral("b")), flow(QStringLiteral("f2"), QStringLiteral("a"), QStringLiteral("c")),
               flow(QStringLiteral("f3"), QStringLiteral("b"), QStringLiteral("c"))};
    Threat t;
    t.targets = {QStringLiteral("c")};
    t.severity = Severity::High;
    m.threats = {t};

    const ui::GraphProjection open = ui::projectModel(m, {});
    QCOMPARE(open.components.size(), 3);
    QCOMPARE(open.edges.size(), 3);
    QVERIFY(open.collapsed.isEmpty());

    // Collapsing the subnet inside the collapsed VPC folds into the VPC.
    const ui::GraphProjection folded = ui::projectModel(m, {QStringLiteral("tb:vpc"), QStringLiteral("tb:sub")});
    QCOMPARE(folded.components.size(), 1);
    QCOMPARE(folded.collapsed.size(), 1);
    QCOMPARE(folded.collapsed[0].contents.components, 2);
    QCOMPARE(folded.collapsed[0].contents.boundaries, 1);
    QCOMPARE(folded.collapsed[0].contents.internalFlows, 1);
    QCOMPARE(folded.collapsed[0].contents.threats.count, 1);
    QCOMPARE(folded.collapsed[0].contents.threats.worst, Severity::High);
    QCOMPARE(folded.edges.size(), 1); // f1 and f2 merged
    QCOMPARE(folded.edges[0].flows.size(), 2);
    QCOMPARE(folded.edges[0].source, QStringLiteral("a"));
    QCOMPARE(folded.edges[0].target, QStringLiteral("tb:vpc"));
    QCOMPARE(folded.shownAs.value(QStringLiteral("c")), QStringLiteral("tb:vpc"));
    QCOMPARE(folded.shownAs.value(QStringLiteral("f1")), folded.edges[0].id);
    QVERIFY(folded.clusters.isEmpty());
}

void TestGraphFeatures::filterFromTheKeyboardAndClear()
{
    auto window = openWindow(m_demoPath);
    QVERIFY(window);
    GraphView *graph = window->graphView();
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(graph), LayoutTimeout);
    const int total = int(graph->componentItems().size());

    // Pick a component on the graph with the mouse: the selection the filter must not lose.
    ComponentItem *picked = nullptr;
    for (ComponentItem *item : graph->componentItems()) {
        if (item->worstSeverity() == Severity::Critical && item->openThreats() > 0)
            picked = item;
    }
    QVERIFY(picked);
    graph->centerOn(picked);
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, graph->mapFromScene(picked->sceneBoundingRect().center()));
    QTRY_COMPARE(window->selectedElement(), picked->elementId());

    // Ctrl+Shift+F opens the filter menu; Severity ▸ Critical by keys.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(activeMenu() == graph->filterMenu());
    QMenu *menu = graph->filterMenu();
    QMenu *severities = menu->findChild<QMenu *>(QStringLiteral("graphFilterSeverities"));
    QVERIFY(severities);
    // Down to "Threat Severity" (the third entry), into it, Return on its first entry (Critical).
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Down);
    QTRY_COMPARE(menu->activeAction(), severities->menuAction());
    QTest::keyClick(menu, Qt::Key_Right);
    QTRY_VERIFY(activeMenu() == severities);
    QCOMPARE(severities->activeAction(), severities->actions().constFirst()); // opened by key: on the first
    QTest::keyClick(severities, Qt::Key_Return);
    QTRY_VERIFY(!activeMenu());
    QCOMPARE(graph->filter().severities, QSet<Severity>{Severity::Critical});

    // Only components with an open critical threat are shown; flows only between shown ends.
    const QSet<QString> passing = ui::passingComponents(m_demo, graph->filter());
    QVERIFY(!passing.isEmpty());
    QVERIFY(int(passing.size()) < total);
    for (ComponentItem *item : graph->componentItems()) {
        QCOMPARE(item->isVisible(), passing.contains(item->elementId()));
        if (item->isVisible())
            QCOMPARE(item->worstSeverity(), Severity::Critical);
    }
    for (FlowItem *item : graph->flowItems()) {
        const bool ends = passing.contains(item->flow().sourceId) && passing.contains(item->flow().targetId);
        QCOMPARE(item->isVisible(), ends);
    }
    QVERIFY(graph->hiddenCount() > 0);
    QLabel *label = graph->overlayBar()->filterLabel();
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QString::number(graph->hiddenCount())), qPrintable(label->text()));
    QCOMPARE(window->selectedElement(), picked->elementId()); // still shared
    saveShot(window.get(), QStringLiteral("graph-filter.png"));

    // Kind as well: keep only the picked component's kind by keys in the Kind menu. The
    // offscreen platform leaves the closed submenu the active window (a desktop does not), so
    // the window's shortcut cannot fire: the graph itself answers the key.
    QTest::keyClick(graph, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(activeMenu() == menu);
    QMenu *kinds = menu->findChild<QMenu *>(QStringLiteral("graphFilterKinds"));
    QVERIFY(kinds);
    QTest::keyClick(menu, Qt::Key_Down);
    QTRY_COMPARE(menu->activeAction(), kinds->menuAction());
    QTest::keyClick(menu, Qt::Key_Right);
    QTRY_VERIFY(activeMenu() == kinds);
    const QString kindName = ui::componentKindLabel(picked->component().kind);
    int steps = 0;
    for (QAction *a : kinds->actions()) {
        ++steps;
        if (a->text() == kindName)
            break;
    }
    for (int i = 1; i < steps; ++i)
        QTest::keyClick(kinds, Qt::Key_Down);
    QCOMPARE(kinds->activeAction()->text(), kindName);
    QTest::keyClick(kinds, Qt::Key_Return);
    QTRY_VERIFY(!activeMenu());
    QCOMPARE(graph->filter().kinds, QSet<ComponentKind>{picked->component().kind});
    for (ComponentItem *item : graph->componentItems()) {
        if (item->isVisible())
            QCOMPARE(item->component().kind, picked->component().kind);
    }
    QVERIFY(picked->isVisible());
    QVERIFY(picked->isSelected());

    // The overlay's Clear button (a real click) shows everything again.
    QToolButton *clear = graph->overlayBar()->clearFilterButton();
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!graph->filter().isActive());
    QCOMPARE(graph->hiddenCount(), 0);
    for (ComponentItem *item : graph->componentItems())
        QVERIFY(item->isVisible());
    QVERIFY(!label->isVisible());
    QVERIFY(picked->isSelected());
}

void TestGraphFeatures::collapseByDoubleClickAndKey()
{
    auto window = openWindow(m_demoPath);
    QVERIFY(window);
    GraphView *graph = window->graphView();
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(graph), LayoutTimeout);
    const QString boundaryId = busiestBoundary();
    BoundaryItem *frame = graph->boundaryItem(boundaryId);
    QVERIFY(frame);

    // Double-click the boundary's title.
    graph->centerOn(frame->sceneBoundingRect().topLeft());
    const QPoint title = graph->mapFromScene(frame->sceneBoundingRect().topLeft() + QPointF(14, 12));
    QTest::mouseDClick(graph->viewport(), Qt::LeftButton, {}, title);
    QTRY_VERIFY_WITH_TIMEOUT(graph->collapsedItem(boundaryId) && graphReady(graph), LayoutTimeout);
    QVERIFY(graph->isCollapsed(boundaryId));
    CollapsedBoundaryItem *node = graph->collapsedItem(boundaryId);
    QVERIFY(!graph->boundaryItem(boundaryId));

    // Everything inside is folded: counted on the node, no item of its own.
    QHash<QString, QString> parentOf;
    for (const TrustBoundary &b : std::as_const(m_demo.boundaries))
        parentOf.insert(b.id, b.parentId);
    QSet<QString> inside;
    for (const Component &c : std::as_const(m_demo.components)) {
        if (ui::boundaryChain(parentOf, c.boundaryId).contains(boundaryId))
            inside.insert(c.id);
    }
    QCOMPARE(node->contents().components, int(inside.size()));
    for (const QString &id : inside)
        QVERIFY2(!graph->componentItem(id), qPrintable(id));
    QVERIFY(node->countText().contains(QString::number(inside.size())));
    // The badge: the worst open threat on anything inside.
    Severity worst = Severity::Info;
    int open = 0;
    for (const Threat &t : std::as_const(m_demo.threats)) {
        bool concerns = false;
        for (const QString &target : t.targets) {
            QString component = target;
            for (const EntryPoint &e : std::as_const(m_demo.entryPoints)) {
                if (e.id == target)
                    component = e.componentId;
            }
            concerns = concerns || inside.contains(component) || ui::boundaryChain(parentOf, target).contains(boundaryId);
            for (const DataFlow &f : std::as_const(m_demo.flows)) // a flow wholly inside
                concerns = concerns || (f.id == target && inside.contains(f.sourceId) && inside.contains(f.targetId));
        }
        if (concerns && isOpen(t.status)) {
            worst = open == 0 ? t.severity : std::max(worst, t.severity);
            ++open;
        }
    }
    QCOMPARE(node->threatBadge().count, open);
    if (open > 0)
        QCOMPARE(node->threatBadge().worst, worst);
    // Flows across the boundary end at the node, merged where parallel.
    int crossing = 0;
    for (const DataFlow &f : std::as_const(m_demo.flows)) {
        if (inside.contains(f.sourceId) == inside.contains(f.targetId))
            continue;
        ++crossing;
        FlowItem *item = graph->flowItem(f.id);
        QVERIFY2(item, qPrintable(f.id));
        QVERIFY(item->memberIds().contains(f.id));
        const QPointF end = inside.contains(f.targetId) ? item->path().currentPosition() : item->path().elementAt(0);
        QVERIFY2(node->sceneBoundingRect().adjusted(-14, -14, 14, 14).contains(end), qPrintable(f.id));
        if (item->isMerged())
            QCOMPARE(item->labelText(), QStringLiteral("×%1").arg(item->memberIds().size()));
    }
    QVERIFY(crossing > 0);
    // The node is selected, and so is the boundary on the other panels.
    QTRY_COMPARE(graph->selectedElement(), boundaryId);
    QCOMPARE(window->selectedElement(), boundaryId);
    saveShot(window.get(), QStringLiteral("graph-collapsed.png"));

    // Ctrl+Shift+C on the selected node expands it again; a second toggle before the layout
    // arrives makes the earlier results stale.
    const quint64 generation = graph->generation();
    graph->setFocus();
    QTest::keyClick(graph, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!graph->isCollapsed(boundaryId));
    QVERIFY(graph->toggleCollapse(boundaryId));
    QVERIFY(graph->toggleCollapse(boundaryId));
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(graph) && graph->boundaryItem(boundaryId), LayoutTimeout);
    // Three requests; only the newest one's items were built (the boundary is expanded).
    QCOMPARE(graph->generation(), generation + 3);
    QVERIFY(!graph->collapsedItem(boundaryId));
    for (const QString &id : inside)
        QVERIFY2(graph->componentItem(id), qPrintable(id));

    // The window's action (in the View menu) does the same from anywhere.
    window->threatsPanel()->view()->setFocus();
    graph->selectElement(*inside.cbegin());
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(graph->collapsedItem(boundaryId) && graphReady(graph), LayoutTimeout);
    graph->expandAll();
    QTRY_VERIFY_WITH_TIMEOUT(graph->boundaryItem(boundaryId) && graphReady(graph), LayoutTimeout);
}

void TestGraphFeatures::attackPathFromTheThreatTable()
{
    const Threat *pathThreat = nullptr;
    for (const Threat &t : std::as_const(m_demo.threats)) {
        if (t.attackPath.size() > 2 && (!pathThreat || t.attackPath.size() > pathThreat->attackPath.size()))
            pathThreat = &t;
    }
    QVERIFY2(pathThreat, "the demo has an attack path");
    auto window = openWindow(m_demoPath);
    QVERIFY(window);
    GraphView *graph = window->graphView();
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(graph), LayoutTimeout);
    QTRY_VERIFY(!window->isLoadingVersion());

    // Click the threat's row in the threat table.
    QTableView *table = window->threatsPanel()->view();
    const int sourceRow = window->threatModel()->rowOf(pathThreat->fingerprint);
    QVERIFY(sourceRow >= 0);
    const QModelIndex index = window->threatsPanel()->proxy()->mapFromSource(window->threatModel()->index(sourceRow, 0));
    QVERIFY(index.isValid());
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_COMPARE(graph->highlightedPath(), pathThreat->attackPath);

    // Hops highlighted, the flows between them too, everything else dimmed.
    for (const QString &hop : pathThreat->attackPath) {
        ui::GraphItem *item = graph->itemFor(hop);
        QVERIFY2(item, qPrintable(hop));
        QCOMPARE(item->emphasis(), Emphasis::Highlighted);
    }
    int onPath = 0;
    for (FlowItem *item : graph->flowItems()) {
        const qsizetype from = pathThreat->attackPath.indexOf(item->flow().sourceId);
        const bool hop = from >= 0 && from + 1 < pathThreat->attackPath.size() && pathThreat->attackPath[from + 1] == item->flow().targetId;
        QCOMPARE(item->emphasis(), hop ? Emphasis::Highlighted : Emphasis::Dimmed);
        onPath += hop ? 1 : 0;
    }
    QVERIFY(onPath > 0);
    for (ComponentItem *item : graph->componentItems()) {
        if (!pathThreat->attackPath.contains(item->elementId()))
            QCOMPARE(item->emphasis(), Emphasis::Dimmed);
    }
    QVERIFY(graph->overlayBar()->pathLabel()->isVisible());
    saveShot(window.get(), QStringLiteral("graph-attack-path.png"));

    // Esc on the graph clears it; Ctrl+Shift+H brings it back for the current threat.
    graph->setFocus();
    QTest::keyClick(graph, Qt::Key_Escape);
    QVERIFY(graph->highlightedPath().isEmpty());
    for (ComponentItem *item : graph->componentItems())
        QCOMPARE(item->emphasis(), Emphasis::Normal);
    QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(graph->highlightedPath(), pathThreat->attackPath);

    // Another selection on the graph (a click on a component off the path) clears it.
    ComponentItem *other = nullptr;
    for (ComponentItem *item : graph->componentItems()) {
        if (!pathThreat->attackPath.contains(item->elementId()))
            other = item;
    }
    QVERIFY(other);
    graph->centerOn(other);
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, graph->mapFromScene(other->sceneBoundingRect().center()));
    QTRY_COMPARE(window->selectedElement(), other->elementId());
    QVERIFY(graph->highlightedPath().isEmpty());
    QCOMPARE(other->emphasis(), Emphasis::Normal);
}

void TestGraphFeatures::liveChangesUntilAcknowledged()
{
    const QString path = m_dir.filePath(QStringLiteral("live.twdb"));
    QVERIFY(QFile::copy(m_demoPath, path));
    auto window = openWindow(path);
    QVERIFY(window);
    GraphView *graph = window->graphView();
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(graph), LayoutTimeout);
    QTRY_VERIFY(!window->isLoadingVersion());
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier); // live mode on
    QVERIFY(window->isLiveMode());

    // A re-import (written here the way the live import writes it): one component added, one
    // renamed (changed), one removed with its flows.
    SystemModel next = m_demo;
    Component added;
    added.id = QStringLiteral("svc:fraud-check");
    added.name = QStringLiteral("fraud-check");
    added.kind = ComponentKind::Service;
    added.boundaryId = m_demo.components.constFirst().boundaryId;
    next.components[1].technology = QStringLiteral("changed-technology");
    const QString changedId = next.components[1].id;
    const Component removed = next.components.takeLast();
    next.components.append(added);
    const qsizetype flowsBefore = next.flows.size();
    next.flows.erase(std::remove_if(next.flows.begin(), next.flows.end(),
                                    [&removed](const DataFlow &f) { return f.sourceId == removed.id || f.targetId == removed.id; }),
                     next.flows.end());
    const qsizetype removedFlows = flowsBefore - next.flows.size();
    next.entryPoints.erase(std::remove_if(next.entryPoints.begin(), next.entryPoints.end(),
                                          [&removed](const EntryPoint &e) { return e.componentId == removed.id; }),
                           next.entryPoints.end());
    {
        auto project = Project::open(path, Project::OpenMode::ReadWrite);
        QVERIFY2(project, qPrintable(project.errorString()));
        VersionMeta meta;
        meta.message = QStringLiteral("Live mode: re-imported after a change");
        QVERIFY((*project)->createVersion(next, meta));
    }
    QTest::keyClick(window.get(), Qt::Key_F5); // what the live import does when it is in
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoadingVersion() && graphReady(graph) && graph->componentItem(added.id), LayoutTimeout);

    QCOMPARE(graph->changeMarkOf(added.id), ChangeMark::Added);
    QCOMPARE(graph->changeMarkOf(changedId), ChangeMark::Changed);
    QVERIFY(!graph->componentItem(removed.id));
    QVERIFY2(graph->removedChanges().join(QLatin1Char(' ')).contains(removed.id), qPrintable(graph->removedChanges().join(QLatin1Char(' '))));
    int unmarked = 0;
    for (ComponentItem *item : graph->componentItems())
        unmarked += item->changeMark() == ChangeMark::None ? 1 : 0;
    QVERIFY(unmarked > 0);
    QLabel *label = graph->overlayBar()->changesLabel();
    QVERIFY(label->isVisible());
    // The component and its flows are gone.
    QVERIFY2(label->text().contains(QStringLiteral("%1 removed").arg(1 + removedFlows)), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("1 added")), qPrintable(label->text()));
    QVERIFY(label->toolTip().contains(removed.id));
    graph->selectElement(added.id);
    saveShot(window.get(), QStringLiteral("graph-live-changes.png"));

    // Ctrl+Shift+K acknowledges: the marks go, and the next change counts from here.
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(graph->changeMarkOf(added.id), ChangeMark::None);
    QCOMPARE(graph->changeMarkOf(changedId), ChangeMark::None);
    QVERIFY(!label->isVisible());
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoadingVersion() && graphReady(graph), LayoutTimeout);
    QCOMPARE(graph->changeMarkOf(added.id), ChangeMark::None);
    QVERIFY(!label->isVisible());
}

QTEST_MAIN(TestGraphFeatures)
#include "tst_graphfeatures.moc"
