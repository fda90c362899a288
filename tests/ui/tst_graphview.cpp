// SPDX-License-Identifier: GPL-3.0-or-later
// The system graph under the offscreen platform: a real project (the bundled demo, imported and
// analysed), laid out on the layout thread and drawn as items; selection both ways, search,
// zoom, export, stale layouts, a 500-component model, and screenshots.

#include "graph/flowlayer.h"
#include "graph/itemtile.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "support/windowdriver.h"

#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "import/importer.h"
#include "layout/diagramstyle.h"
#include "model/synthetic.h"
#include "model/threatsummary.h"
#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGestureEvent>
#include <QImage>
#include <QLineEdit>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QPointingDevice>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>
#include <QWheelEvent>
#include <QXmlStreamReader>

#include <algorithm>

using namespace tw;
using tw::ui::BoundaryItem;
using tw::ui::ComponentItem;
using tw::ui::FlowItem;
using tw::ui::GraphView;
using tw::ui::ItemTile;
using tw::ui::MainWindow;

namespace {

constexpr int LayoutTimeout = 30000; // ms; the demo takes well under a second

using tw::test::graphReady;

/** Boundaries that hold a component, directly or through nested boundaries: Graphviz draws only those. */
QSet<QString> occupiedBoundaries(const SystemModel &model)
{
    QHash<QString, QString> parent;
    for (const TrustBoundary &b : model.boundaries)
        parent.insert(b.id, b.parentId);
    QSet<QString> occupied;
    for (const Component &c : model.components) {
        QString id = c.boundaryId;
        for (int guard = 0; !id.isEmpty() && guard < 64; ++guard) {
            occupied.insert(id);
            id = parent.value(id);
        }
    }
    return occupied;
}

QPoint viewportCentre(const GraphView *graph)
{
    return graph->viewport()->rect().center();
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void graphShowsTheModel();
    void clickSelectsAndEmits();
    void selectElementSelectsAndCentres();
    void searchFindsAComponent();
    void zoomKeepsThePointUnderTheMouse();
    void exportWritesSvgAndPng();
    void staleLayoutIsDropped();
    void largeModel();
    void flowLayerDrawsLikeTheItems();
    void screenshot();

private:
    /** Part of flowLayerDrawsLikeTheItems(): its laid-out large graph, at the fitted zoom. */
    void tiledItemsRepaintWhereTheyChange(GraphView &graph);
    QString m_demoPath;
    SystemModel m_demo; ///< as stored: threats with their status
    QString m_apiId;
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
};

void TestGraphView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_graphview"));

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
    meta.message = QStringLiteral("Demo: Harbor Shop API, AWS Terraform and compose stack");
    meta.inputs = outcome->inputs;
    auto version = (*project)->createVersion(outcome->model, meta);
    QVERIFY2(version, qPrintable(version.errorString()));
    auto stored = (*project)->loadModel(*version);
    QVERIFY2(stored, qPrintable(stored.errorString()));
    m_demo = std::move(stored).value();

    QVERIFY(!m_demo.components.isEmpty());
    QVERIFY(!m_demo.flows.isEmpty());
    for (const Component &c : std::as_const(m_demo.components)) {
        // The API is attached to the storefront, which serves it (reconciliation): that component.
        if (c.id.startsWith(QLatin1StringView("api:")) || c.attributes.contains(QStringLiteral("apis")))
            m_apiId = c.id;
    }
    QVERIFY2(!m_apiId.isEmpty(), "the demo has a component serving its API");
    qInfo().noquote() << QStringLiteral("demo: %1 components, %2 boundaries, %3 flows, %4 threats")
                             .arg(m_demo.components.size())
                             .arg(m_demo.boundaries.size())
                             .arg(m_demo.flows.size())
                             .arg(m_demo.threats.size());
}

void TestGraphView::graphShowsTheModel()
{
    MainWindow window;
    window.setHeadless(true);
    QVERIFY(window.openProject(m_demoPath));
    GraphView *graph = window.graphView();
    QVERIFY(graph);
    QCOMPARE(window.centralWidget()->property("currentIndex").toInt(), 1); // the graph page
    QVERIFY(graph->isLayingOut()); // the layout runs on its thread; the window did not wait
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(graph), LayoutTimeout);
    QVERIFY2(graph->layoutError().isEmpty(), qPrintable(graph->layoutError()));

    // One item per component, per drawn flow, per occupied boundary.
    QCOMPARE(graph->componentItems().size(), m_demo.components.size());
    for (const Component &c : std::as_const(m_demo.components)) {
        ComponentItem *item = graph->componentItem(c.id);
        QVERIFY2(item, qPrintable(c.id));
        QCOMPARE(item->elementId(), c.id);
        QCOMPARE(item->type(), int(ComponentItem::Type));
    }
    QSet<QString> componentIds;
    for (const Component &c : std::as_const(m_demo.components))
        componentIds.insert(c.id);
    int drawable = 0;
    for (const DataFlow &f : std::as_const(m_demo.flows)) {
        if (!componentIds.contains(f.sourceId) || !componentIds.contains(f.targetId))
            continue;
        ++drawable;
        FlowItem *item = graph->flowItem(f.id);
        QVERIFY2(item, qPrintable(f.id));
        QVERIFY(!item->path().isEmpty());
    }
    QCOMPARE(graph->flowItems().size(), drawable);

    // A flow's hit test (a distance to its flattened line) agrees with its stroked shape: on the
    // line and 3 units off it, a hit; 12 units off (outside the 9-unit stroke), a miss, unless
    // the point falls on another part of the same flow.
    int probed = 0;
    for (const FlowItem *item : graph->flowItems()) {
        const QPainterPath path = item->path();
        const QPainterPath shape = item->shape();
        for (double at = 0.1; at < 0.95; at += 0.2) {
            const QPointF on = path.pointAtPercent(at);
            const double angle = qDegreesToRadians(-path.angleAtPercent(at) + 90); // the normal
            const QPointF normal(std::cos(angle), std::sin(angle));
            for (const double off : {0.0, 3.0, -3.0, 12.0, -12.0}) {
                const QPointF p = on + normal * off;
                QCOMPARE(item->contains(p), shape.contains(p));
                if (std::abs(off) < 4)
                    QVERIFY(item->contains(p));
                ++probed;
            }
        }
    }
    QVERIFY(probed > 0);
    const QSet<QString> occupied = occupiedBoundaries(m_demo);
    QCOMPARE(graph->boundaryItems().size(), occupied.size());
    for (const QString &id : occupied)
        QVERIFY2(graph->boundaryItem(id), qPrintable(id));

    // Each node is as wide as its name needs (measured on the layout thread), within the
    // limits of 1.7 and 4.4 inches; the longest name gets the widest node.
    QFont nameFont = QApplication::font();
    nameFont.setPixelSize(12);
    nameFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont);
    const Component *longest = nullptr;
    for (const Component &c : std::as_const(m_demo.components)) {
        const double width = graph->componentItem(c.id)->box().width();
        QVERIFY2(width >= 1.7 * 72 - 1 && width <= 4.4 * 72 + 1, qPrintable(c.id));
        QVERIFY2(width >= std::min(nameMetrics.horizontalAdvance(c.name), 4.4 * 72 - 50), qPrintable(c.id));
        if (!longest || nameMetrics.horizontalAdvance(c.name) > nameMetrics.horizontalAdvance(longest->name))
            longest = &c;
    }
    QVERIFY(nameMetrics.horizontalAdvance(longest->name) > 1.7 * 72 - 40); // the demo has long names
    for (const ComponentItem *item : graph->componentItems())
        QVERIFY(item->box().width() <= graph->componentItem(longest->id)->box().width() + 0.5);

    // Components sit inside the frames of their boundaries.
    for (const Component &c : std::as_const(m_demo.components)) {
        if (c.boundaryId.isEmpty())
            continue;
        const BoundaryItem *frame = graph->boundaryItem(c.boundaryId);
        QVERIFY(frame);
        QVERIFY2(frame->sceneBoundingRect().contains(graph->componentItem(c.id)->sceneBoundingRect().center()), qPrintable(c.id));
    }

    // The API's badge shows its worst open threat: critical in the demo.
    const QHash<QString, OpenThreats> open = openThreatsByElement(m_demo);
    ComponentItem *api = graph->componentItem(m_apiId);
    QCOMPARE(api->openThreats(), open.value(m_apiId).count);
    QVERIFY(api->openThreats() > 0);
    QCOMPARE(api->worstSeverity(), Severity::Critical);
    QCOMPARE(api->badgeColour(), layout::severityColour(Severity::Critical));
    // A component without open threats has no badge.
    for (ComponentItem *item : graph->componentItems()) {
        if (open.value(item->elementId()).count == 0)
            QVERIFY(!item->badgeColour().isValid());
    }

    // The View menu's actions are there and enabled with a project.
    for (const char *name : {"actionFit", "actionZoomIn", "actionZoomOut", "actionFind", "actionExportView"}) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
    }
    QVERIFY(window.overviewDock());
    QVERIFY(window.summaryWidget());
}

void TestGraphView::clickSelectsAndEmits()
{
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openAndWait(window, m_demoPath));
    GraphView *graph = window.graphView();

    QSignalSpy graphSpy(graph, &GraphView::elementSelected);
    QSignalSpy windowSpy(&window, &MainWindow::elementSelected);
    ComponentItem *api = graph->componentItem(m_apiId);
    graph->centerOn(api);
    const QPoint at = graph->mapFromScene(api->sceneBoundingRect().center() + QPointF(0, 4));
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(graphSpy.count(), 1);
    QCOMPARE(graphSpy.at(0).at(0).toString(), m_apiId);
    QVERIFY(api->isSelected());
    QCOMPARE(graph->selectedElement(), m_apiId);
    QCOMPARE(windowSpy.count(), 1);
    QCOMPARE(window.selectedElement(), m_apiId);

    // A flow is selectable too, by its id.
    FlowItem *flow = graph->flowItems().constFirst();
    flow->setSelected(true);
    api->setSelected(false);
    QTRY_VERIFY(graphSpy.count() >= 2);
    QCOMPARE(graphSpy.last().at(0).toString(), flow->elementId());

    // Clicking the empty background clears the selection.
    graph->scene()->clearSelection();
    QCOMPARE(graphSpy.last().at(0).toString(), QString());
}

void TestGraphView::selectElementSelectsAndCentres()
{
    GraphView graph;
    graph.resize(900, 600);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    graph.setModel(m_demo);
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(&graph), LayoutTimeout);
    QSignalSpy spy(&graph, &GraphView::elementSelected);

    // Zoom in far enough that most of the graph is off screen, then jump to each component.
    graph.zoomBy(3.0, viewportCentre(&graph));
    for (const Component &c : std::as_const(m_demo.components)) {
        QVERIFY(graph.selectElement(c.id));
        ComponentItem *item = graph.componentItem(c.id);
        QVERIFY(item->isSelected());
        QCOMPARE(graph.scene()->selectedItems().size(), 1);
        const QPoint shown = graph.mapFromScene(item->sceneBoundingRect().center());
        QVERIFY2(graph.viewport()->rect().contains(shown), qPrintable(c.id));
        const QPoint offset = shown - viewportCentre(&graph);
        QVERIFY2(offset.manhattanLength() < 40, qPrintable(QStringLiteral("%1 is %2 px off centre").arg(c.id).arg(offset.manhattanLength())));
    }
    QCOMPARE(spy.count(), 0); // the caller knows what it selected: no echo

    // An entry point selects its component; an unknown id selects nothing; empty clears.
    const EntryPoint &ep = m_demo.entryPoints.constFirst();
    QVERIFY(graph.selectElement(ep.id));
    QCOMPARE(graph.selectedElement(), ep.componentId);
    QVERIFY(!graph.selectElement(QStringLiteral("svc:no-such-thing")));
    QVERIFY(graph.selectedElement().isEmpty());
    QVERIFY(graph.selectElement(m_apiId));
    QVERIFY(graph.selectElement(QString()));
    QVERIFY(graph.selectedElement().isEmpty());
    QCOMPARE(spy.count(), 0);

    // Asked before the layout arrives, the selection is applied when it does.
    graph.setModel(m_demo);
    QVERIFY(graph.isLayingOut());
    QVERIFY(!graph.selectElement(m_apiId));
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(&graph), LayoutTimeout);
    QCOMPARE(graph.selectedElement(), m_apiId);
}

void TestGraphView::searchFindsAComponent()
{
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openAndWait(window, m_demoPath));
    GraphView *graph = window.graphView();
    QSignalSpy spy(graph, &GraphView::elementSelected);

    // Ctrl+F is the window's Find action; it opens the search box over the graph.
    auto *find = window.findChild<QAction *>(QStringLiteral("actionFind"));
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    find->trigger();
    QLineEdit *field = graph->findField();
    QTRY_VERIFY(field->isVisible());
    QVERIFY(field->completer());
    QVERIFY(field->completer()->model()->rowCount() >= graph->componentItems().size());

    // Part of a name, any case: the component is selected and centred. The part is one no other
    // component's name or id contains (the storefront's target group is called storefront too).
    auto uniquePart = [this](const Component &c) {
        for (qsizetype length = 4; length <= c.name.size(); ++length) {
            for (qsizetype at = 0; at + length <= c.name.size(); ++at) {
                const QString part = c.name.mid(at, length);
                if (std::none_of(m_demo.components.begin(), m_demo.components.end(), [&](const Component &other) {
                        return other.id != c.id
                            && (other.name.contains(part, Qt::CaseInsensitive) || other.id.contains(part, Qt::CaseInsensitive));
                    }))
                    return part;
            }
        }
        return QString();
    };
    const Component *target = nullptr;
    for (const Component &c : std::as_const(m_demo.components)) {
        if (c.id == m_apiId && !uniquePart(c).isEmpty())
            target = &c;
    }
    for (const Component &c : std::as_const(m_demo.components)) {
        if (!target && !uniquePart(c).isEmpty())
            target = &c;
    }
    QVERIFY(target);
    graph->zoomBy(3.0, viewportCentre(graph));
    graph->centerOn(graph->scene()->sceneRect().topLeft());
    field->setText(uniquePart(*target).toUpper());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(graph->selectedElement(), target->id);
    QCOMPARE(spy.count(), 1); // a search is the user's choice: other panels follow
    QCOMPARE(spy.at(0).at(0).toString(), target->id);
    QVERIFY(!field->isVisible());
    const QPoint shown = graph->mapFromScene(graph->componentItem(target->id)->sceneBoundingRect().center());
    QVERIFY((shown - viewportCentre(graph)).manhattanLength() < 40);

    // By completer entry, by id; nothing for nonsense.
    QVERIFY(graph->findElement(m_demo.components.constLast().name));
    QCOMPARE(graph->selectedElement(), m_demo.components.constLast().id);
    QVERIFY(graph->findElement(m_apiId));
    QCOMPARE(graph->selectedElement(), m_apiId);
    QVERIFY(!graph->findElement(QStringLiteral("zzz-no-such-component-zzz")));
}

void TestGraphView::zoomKeepsThePointUnderTheMouse()
{
    GraphView graph;
    graph.resize(900, 600);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    graph.setModel(m_demo);
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(&graph), LayoutTimeout);
    const double fitted = graph.zoom();
    QVERIFY(fitted > 0 && fitted <= 1.0);

    // Wheel: zooms in around the cursor.
    const QPoint mouse(graph.viewport()->width() / 3, graph.viewport()->height() / 3);
    const QPointF before = graph.mapToScene(mouse);
    QWheelEvent wheel(QPointF(mouse), graph.viewport()->mapToGlobal(QPointF(mouse)), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(graph.viewport(), &wheel);
    QVERIFY(graph.zoom() > fitted * 1.4);
    const QPointF after = graph.mapToScene(mouse);
    QVERIFY2(QLineF(before, after).length() < 2.0 / graph.zoom() + 1.0,
             qPrintable(QStringLiteral("moved by %1").arg(QLineF(before, after).length())));

    // Keys: Ctrl+= in, Ctrl+- out, Ctrl+0 fits again.
    const double zoomed = graph.zoom();
    QTest::keyClick(&graph, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(graph.zoom() > zoomed);
    QTest::keyClick(&graph, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&graph, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(graph.zoom() < zoomed);
    QTest::keyClick(&graph, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(graph.zoom(), fitted);
    const QRect whole = graph.mapFromScene(graph.scene()->itemsBoundingRect()).boundingRect();
    QVERIFY(graph.viewport()->rect().adjusted(-2, -2, 2, 2).contains(whole));

    // Pinch on a touchpad (a native zoom gesture) zooms around the fingers, and so does a pinch
    // on a touchscreen (a gesture event).
    const QPoint fingers(graph.viewport()->width() * 2 / 3, graph.viewport()->height() / 2);
    const QPointF pinchedAt = graph.mapToScene(fingers);
    QNativeGestureEvent touchpad(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, QPointF(fingers),
                                 QPointF(fingers), graph.viewport()->mapToGlobal(QPointF(fingers)), 0.5, QPointF());
    QApplication::sendEvent(graph.viewport(), &touchpad);
    QVERIFY(touchpad.isAccepted());
    QVERIFY2(std::abs(graph.zoom() - fitted * 1.5) < 1e-6, qPrintable(QString::number(graph.zoom() / fitted)));
    QVERIFY(QLineF(pinchedAt, graph.mapToScene(fingers)).length() < 2.0 / graph.zoom() + 1.0);
    QPinchGesture touchscreen;
    touchscreen.setChangeFlags(QPinchGesture::ScaleFactorChanged);
    touchscreen.setScaleFactor(0.8);
    touchscreen.setCenterPoint(graph.viewport()->mapToGlobal(QPointF(fingers)));
    QGestureEvent pinch({&touchscreen});
    QApplication::sendEvent(graph.viewport(), &pinch);
    QVERIFY2(std::abs(graph.zoom() - fitted * 1.5 * 0.8) < 1e-6, qPrintable(QString::number(graph.zoom() / fitted)));
    QVERIFY(QLineF(pinchedAt, graph.mapToScene(fingers)).length() < 2.0 / graph.zoom() + 1.0);
    QTest::keyClick(&graph, Qt::Key_0, Qt::ControlModifier);

    // Drag pans.
    graph.zoomBy(4.0, viewportCentre(&graph));
    const int h = graph.horizontalScrollBar()->value();
    const QPoint from(20, graph.viewport()->height() - 20); // background, below the graph's items or between them
    QGraphicsItem *under = graph.itemAt(from);
    if (!under) {
        QTest::mousePress(graph.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(graph.viewport(), from + QPoint(60, 0));
        QTest::mouseMove(graph.viewport(), from + QPoint(120, 0));
        QTest::mouseRelease(graph.viewport(), Qt::LeftButton, {}, from + QPoint(120, 0));
        QVERIFY(graph.horizontalScrollBar()->value() < h);
    }
}

void TestGraphView::exportWritesSvgAndPng()
{
    GraphView graph;
    graph.resize(900, 600);
    graph.show();
    graph.setModel(m_demo);
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(&graph), LayoutTimeout);
    QVERIFY(graph.selectElement(m_apiId));

    const QString svgPath = m_dir.filePath(QStringLiteral("graph.svg"));
    const auto svg = graph.exportSvg(svgPath);
    QVERIFY2(svg, qPrintable(svg.errorString()));
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    int texts = 0;
    QString allText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == QLatin1StringView("text"))
                ++texts;
        } else if (xml.isCharacters()) {
            allText += xml.text();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(texts >= m_demo.components.size());
    QVERIFY(allText.contains(graph.componentItem(m_apiId)->component().name));
    QVERIFY(graph.componentItem(m_apiId)->isSelected()); // the selection survives the export

    const QString pngPath = m_dir.filePath(QStringLiteral("graph.png"));
    const auto png = graph.exportPng(pngPath);
    QVERIFY2(png, qPrintable(png.errorString()));
    QImage image(pngPath);
    QVERIFY(!image.isNull());
    const QRectF bounds = graph.scene()->itemsBoundingRect();
    QVERIFY(image.width() >= bounds.width() && image.height() >= bounds.height());

    // Nowhere to write: an error, not a crash.
    QVERIFY(!graph.exportPng(QStringLiteral("/nonexistent-dir/graph.png")));
    QVERIFY(!graph.exportSvg(QStringLiteral("/nonexistent-dir/graph.svg")));
}

void TestGraphView::staleLayoutIsDropped()
{
    GraphView graph;
    graph.resize(900, 600);
    QSignalSpy finished(&graph, &GraphView::layoutFinished);
    // A bigger model first (slower to lay out), then the demo right away.
    const SystemModel first = syntheticModel({120, 2, 0, 3});
    graph.setModel(first);
    const quint64 firstGeneration = graph.generation();
    graph.setModel(m_demo);
    QVERIFY(graph.generation() > firstGeneration);
    QVERIFY(graph.isLayingOut());
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(&graph), LayoutTimeout);
    // Give a late result of the first request every chance to arrive, then look.
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(graph.componentItems().size(), m_demo.components.size());
    for (const Component &c : first.components)
        QVERIFY2(!graph.componentItem(c.id), qPrintable(c.id));
    for (const Component &c : std::as_const(m_demo.components))
        QVERIFY(graph.componentItem(c.id));

    // Clearing makes a running layout stale as well.
    graph.setModel(first);
    graph.clear();
    QTest::qWait(300);
    QTRY_VERIFY(!graph.isLayingOut());
    QVERIFY(graph.componentItems().isEmpty());
}

void TestGraphView::largeModel()
{
    const SystemModel model = syntheticModel({500, 2, 0, 1});
    GraphView graph;
    graph.resize(1200, 800);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    QSignalSpy finished(&graph, &GraphView::layoutFinished);

    QElapsedTimer timer;
    timer.start();
    graph.setModel(model);
    const qint64 requested = timer.elapsed(); // the GUI thread's share: building the request
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 180000);
    const qint64 laidOut = timer.elapsed();
    const QImage frame = graph.grab().toImage(); // draw every visible item once
    const qint64 drawn = timer.elapsed();
    QVERIFY(!frame.isNull());
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(frame.save(dir + QStringLiteral("/graph-500.png"), "PNG"));
    QCOMPARE(graph.componentItems().size(), model.components.size());
    // Laid out, not piled up: the nodes' boxes do not overlap.
    QList<QRectF> boxes;
    for (const ComponentItem *item : graph.componentItems())
        boxes.append(item->mapRectToScene(item->boundingRect().adjusted(4, 4, -4, -4)));
    std::sort(boxes.begin(), boxes.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size() && boxes[j].left() < boxes[i].right(); ++j)
            QVERIFY2(!boxes[i].intersects(boxes[j]) || (boxes[i] & boxes[j]).width() < 12, "nodes overlap");
    }
    QVERIFY(graph.flowItems().size() > 500);
    qInfo().noquote() << QStringLiteral("500 components, %1 flows, %2 boundaries (%3): setModel %4 ms, laid out and built %5 ms, "
                                        "first frame %6 ms; graph %7 × %8 pt")
                             .arg(graph.flowItems().size())
                             .arg(graph.boundaryItems().size())
                             .arg(graph.layoutEngine())
                             .arg(requested)
                             .arg(laidOut)
                             .arg(drawn)
                             .arg(graph.scene()->itemsBoundingRect().width(), 0, 'f', 0)
                             .arg(graph.scene()->itemsBoundingRect().height(), 0, 'f', 0);
}

namespace {

/** Share of pixels whose colour differs by more than `tolerance` in some channel. */
double differingShare(const QImage &a, const QImage &b, int tolerance)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > tolerance || std::abs(qGreen(p[col]) - qGreen(q[col])) > tolerance
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > tolerance)
                ++differing;
        }
    }
    return double(differing) / (double(x.width()) * x.height());
}

} // namespace

void TestGraphView::flowLayerDrawsLikeTheItems()
{
    // 1,500 flows: the view draws the resting ones as one image rendered on a worker, at the
    // fitted zoom too (not only in overview), and it must look as the flow items would.
    const SystemModel model = syntheticModel({500, 3, 0, 1});
    GraphView graph;
    graph.resize(1600, 1000);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    QSignalSpy finished(&graph, &GraphView::layoutFinished);
    graph.setModel(model);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 180000);
    QVERIFY(graph.flowItems().size() >= 800);
    ui::FlowLayerItem *layer = nullptr;
    for (QGraphicsItem *item : graph.scene()->items()) {
        if (item->type() == ui::FlowLayerItem::Type)
            layer = static_cast<ui::FlowLayerItem *>(item);
    }
    QVERIFY(layer);
    const double zoom = graph.zoom();
    QVERIFY2(zoom >= ui::OverviewLevelOfDetail, qPrintable(QString::number(zoom))); // the detailed form
    QVERIFY(layer->drawsAt(zoom));
    for (const FlowItem *item : graph.flowItems())
        QCOMPARE(item->layer(), layer);
    graph.grab(); // the first paint asks for the image
    QTRY_VERIFY_WITH_TIMEOUT(layer->hasImage() && std::abs(layer->imageScale() - zoom) < zoom * 0.01, 60000);

    const QImage layered = graph.viewport()->grab().toImage();
    graph.setFlowLayerSuspended(true); // the flow items draw themselves
    const QImage itemsOnly = graph.viewport()->grab().toImage();
    graph.setFlowLayerSuspended(false);
    layer->setVisible(false); // and now nobody draws the resting flows
    const QImage noFlows = graph.viewport()->grab().toImage();
    layer->setVisible(true);
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(layered.save(dir + QStringLiteral("/graph-500-layered.png"), "PNG"));
    QVERIFY(itemsOnly.save(dir + QStringLiteral("/graph-500-items.png"), "PNG"));

    // The flows show (thousands of line pixels), and drawn as one image they look as the items
    // draw them: what differs is antialiasing at the edges and lines now under the nodes.
    const double flowPixels = differingShare(itemsOnly, noFlows, 24);
    const double mismatch = differingShare(layered, itemsOnly, 48);
    qInfo().noquote() << QStringLiteral("zoom %1: flows cover %2 % of the view; layer vs items differ on %3 %")
                             .arg(zoom, 0, 'f', 2)
                             .arg(flowPixels * 100, 0, 'f', 2)
                             .arg(mismatch * 100, 0, 'f', 2);
    QVERIFY(flowPixels > 0.01);
    QVERIFY(mismatch < flowPixels * 0.2);

    // Exports draw vectors, never the on-screen image.
    const QString svg = dir + QStringLiteral("/graph-500.svg");
    QVERIFY(graph.exportSvg(svg).ok());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("<image"));
    QVERIFY(layer->drawsAt(zoom)); // no longer suspended after the export

    tiledItemsRepaintWhereTheyChange(graph);
    if (QTest::currentTestFailed())
        return;

    // A new palette (dark theme) redraws the image in the new flow colours.
    const QImage light = layer->image();
    QPalette dark = graph.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    graph.setPalette(dark);
    QTRY_VERIFY_WITH_TIMEOUT(layer->image().cacheKey() != light.cacheKey(), 60000);
    QVERIFY(layer->image() != light);
}

namespace {

/** The regions the viewport repaints, until removed. */
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget)
    {
        widget->installEventFilter(this);
    }
    QRegion painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

void TestGraphView::tiledItemsRepaintWhereTheyChange(GraphView &graph)
{
    // A large graph's nodes and under-flows live in tiles (ItemTile) so a small repaint skips
    // most of them, and the flows the layer draws have no contents for the scene. Both must stay
    // invisible to the user: clicks reach the items, and a change repaints the item's area.
    ComponentItem *node = graph.componentItems().constFirst();
    QVERIFY(ItemTile::of(node));
    QVERIFY(ItemTile::of(node)->boundingRect().contains(node->sceneBoundingRect()));
    const QPoint nodeAt = graph.mapFromScene(node->sceneBoundingRect().center());
    QList<QGraphicsItem *> hit = graph.items(nodeAt);
    QVERIFY(!hit.isEmpty());
    QCOMPARE(hit.constFirst(), node);

    // The longest quiet flow in view, so that drawn selected it changes plenty of pixels.
    FlowItem *flow = nullptr;
    const QRectF shown = graph.mapToScene(graph.viewport()->rect()).boundingRect();
    const auto span = [](const FlowItem *item) { return item->path().controlPointRect().width() + item->path().controlPointRect().height(); };
    for (FlowItem *item : graph.flowItems()) {
        if (!item->isMerged() && item->flags() & QGraphicsItem::ItemHasNoContents && shown.contains(item->sceneBoundingRect())
            && (!flow || span(item) > span(flow)))
            flow = item;
    }
    QVERIFY(flow);
    QVERIFY(ItemTile::of(flow));
    const QRect flowArea = graph.mapFromScene(flow->sceneBoundingRect()).boundingRect().intersected(graph.viewport()->rect());
    QVERIFY(!flowArea.isEmpty());
    const QImage resting = graph.viewport()->grab().toImage();

    // Selected, the flow draws itself above the components (out of its tile), and its area is
    // repainted although the scene skipped it while it had no contents.
    QCoreApplication::processEvents();
    PaintRecorder recorder(graph.viewport());
    flow->setSelected(true);
    QTRY_VERIFY(recorder.painted.boundingRect().contains(flowArea.adjusted(2, 2, -2, -2)));
    QVERIFY(!(flow->flags() & QGraphicsItem::ItemHasNoContents));
    QVERIFY(!flow->parentItem());
    QCOMPARE(flow->zValue(), 31.0);
    const QImage selected = graph.viewport()->grab().toImage();
    const double pixels = differingShare(resting, selected, 48) * resting.width() * resting.height();
    QVERIFY2(pixels > 50, qPrintable(QString::number(pixels)));

    // Deselected, it goes back to its tile and the layer draws it: the view looks as before.
    recorder.painted = QRegion();
    flow->setSelected(false);
    QTRY_VERIFY(recorder.painted.boundingRect().contains(flowArea.adjusted(2, 2, -2, -2)));
    QVERIFY(flow->flags() & QGraphicsItem::ItemHasNoContents);
    QVERIFY(ItemTile::of(flow));
    QCOMPARE(differingShare(resting, graph.viewport()->grab().toImage(), 8), 0.0);

    // Hovered, likewise. Any quiet flow with a point of its line where it is the topmost item (a
    // long one may run under components all along).
    FlowItem *hovered = nullptr;
    QPoint onLine;
    for (FlowItem *item : graph.flowItems()) {
        if (item->isMerged() || !(item->flags() & QGraphicsItem::ItemHasNoContents) || !shown.contains(item->sceneBoundingRect()))
            continue;
        for (int step = 1; step < 20 && onLine.isNull(); ++step) {
            const QPoint at = graph.mapFromScene(item->path().pointAtPercent(step / 20.0));
            for (QGraphicsItem *top : graph.items(at)) {
                if (top->type() == ComponentItem::Type || top->type() == FlowItem::Type) {
                    if (top == item)
                        onLine = at;
                    break;
                }
            }
        }
        if (!onLine.isNull()) {
            hovered = item;
            break;
        }
    }
    QVERIFY(hovered);
    QTest::mouseMove(graph.viewport(), onLine);
    QTRY_VERIFY(!(hovered->flags() & QGraphicsItem::ItemHasNoContents));
    QTest::mouseMove(graph.viewport(), QPoint(2, 2));
    QTRY_VERIFY(hovered->flags() & QGraphicsItem::ItemHasNoContents);

    // Zoomed in past what the layer draws, every flow draws itself.
    graph.zoomBy(4.0 / graph.zoom(), graph.viewport()->rect().center());
    QVERIFY(!(flow->flags() & QGraphicsItem::ItemHasNoContents));
    graph.fitToView();
    QVERIFY(flow->flags() & QGraphicsItem::ItemHasNoContents);
}

void TestGraphView::screenshot()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));

    MainWindow window;
    window.setHeadless(true);
    QVERIFY(window.openProject(m_demoPath));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(graphReady(window.graphView()), LayoutTimeout);
    QVERIFY(window.graphView()->selectElement(m_apiId));
    window.graphView()->fitToView();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), QSize(1600, 1000));
    const QString file = dir + QStringLiteral("/graph.png");
    QVERIFY(image.save(file, "PNG"));
    qInfo().noquote() << "screenshot:" << file;

    // The same in a dark palette: labels, frames and badges must stay readable.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    window.setPalette(dark);
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(dir + QStringLiteral("/graph-dark.png"), "PNG"));
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
