// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "graph/flowlayer.h"
#include "graph/graphoverlaybar.h"
#include "graphscene.h"
#include "layout/diagramstyle.h"
#include "model/enums.h"
#include "model/threatsummary.h"

#include <QCoreApplication>
#include <QAction>
#include <QCompleter>
#include <QFileInfo>
#include <QGestureEvent>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolButton>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QSvgGenerator>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace tw::ui {
namespace {

constexpr double MinZoom = 0.03;
constexpr double MaxZoom = 8.0;
constexpr double ZoomStep = 1.25;
constexpr double SceneMargin = 24.0;
constexpr int MaxExportSide = 16000; ///< pixels; larger PNGs are scaled down to fit
constexpr qsizetype LargeGraph = 200; ///< components; above this, boundaries are packed (osage)
constexpr qsizetype LayeredFlows = 800; ///< flows; from this many the overview draws them as one image

/** Clears a scene's selection for the lifetime of the guard (exports show no highlight). */
class SelectionHider
{
public:
    explicit SelectionHider(QGraphicsScene *scene, bool *syncing)
        : m_scene(scene)
        , m_syncing(syncing)
        , m_selected(scene->selectedItems())
    {
        *m_syncing = true;
        m_scene->clearSelection();
    }
    ~SelectionHider()
    {
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
        *m_syncing = false;
    }
    SelectionHider(const SelectionHider &) = delete;
    SelectionHider &operator=(const SelectionHider &) = delete;

private:
    QGraphicsScene *m_scene;
    bool *m_syncing;
    QList<QGraphicsItem *> m_selected;
};

} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("graphView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Every item sets the pen, brush, hints and font it draws with: saving the painter around
    // each of thousands of items buys nothing. A linear item index: building a BSP tree over
    // thousands of items cost the first frame of a large graph about 100 ms, and finding the
    // items in view by a scan of their bounding boxes takes about a millisecond.
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture); // touchpads pinch through native gestures
    setAccessibleName(tr("System graph"));
    syncPalette();

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &GraphView::layoutReady);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);

    m_message = new QLabel(viewport());
    m_message->setObjectName(QStringLiteral("graphMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.3);
    m_message->setFont(messageFont);
    m_message->hide();

    m_findField = new QLineEdit(this);
    m_findField->setObjectName(QStringLiteral("graphFindField"));
    m_findField->setPlaceholderText(tr("Find a component or boundary…"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setAccessibleName(tr("Find on the graph"));
    m_findField->hide();
    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_findField->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        if (findElement(text))
            m_findField->hide();
    });
    connect(m_findField, &QLineEdit::returnPressed, this, [this] {
        if (findElement(m_findField->text())) {
            m_findField->hide();
            setFocus();
        }
    });
    auto *closeFind = new QAction(m_findField);
    closeFind->setShortcut(QKeySequence(Qt::Key_Escape));
    closeFind->setShortcutContext(Qt::WidgetShortcut);
    m_findField->addAction(closeFind);
    connect(closeFind, &QAction::triggered, this, [this] {
        m_findField->hide();
        setFocus();
    });

    connect(&m_layerWatcher, &QFutureWatcherBase::finished, this, &GraphView::flowLayerReady);
    m_buildTimer.setSingleShot(true);
    connect(&m_buildTimer, &QTimer::timeout, this, &GraphView::buildSlice);

    m_filterMenu = new QMenu(this);
    m_filterMenu->setObjectName(QStringLiteral("graphFilterMenu"));
    connect(m_filterMenu, &QMenu::aboutToShow, this, &GraphView::fillFilterMenu);
    // A child of the view, not of the viewport: scrolling moves the viewport's children.
    m_bar = new GraphOverlayBar(this);
    m_bar->filterButton()->setMenu(m_filterMenu);
    m_bar->hide();
    connect(m_bar, &GraphOverlayBar::clearFilterRequested, this, &GraphView::clearFilter);
    connect(m_bar, &GraphOverlayBar::clearPathRequested, this, &GraphView::clearHighlight);
    connect(m_bar, &GraphOverlayBar::acknowledgeRequested, this, &GraphView::acknowledgeRequested);

    m_filterAction = new QAction(tr("&Filter Graph…"), this);
    m_filterAction->setObjectName(QStringLiteral("actionGraphFilter"));
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_filterAction->setStatusTip(tr("Show only some component kinds, trust boundaries, threat severities or statuses"));
    connect(m_filterAction, &QAction::triggered, this, &GraphView::showFilterMenu);
    m_clearFilterAction = new QAction(tr("C&lear Graph Filters"), this);
    m_clearFilterAction->setObjectName(QStringLiteral("actionGraphClearFilter"));
    m_clearFilterAction->setEnabled(false);
    connect(m_clearFilterAction, &QAction::triggered, this, &GraphView::clearFilter);
    m_collapseAction = new QAction(tr("&Collapse/Expand Boundary"), this);
    m_collapseAction->setObjectName(QStringLiteral("actionGraphCollapse"));
    m_collapseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_collapseAction->setStatusTip(tr("Fold the selected trust boundary into one node, or unfold it"));
    connect(m_collapseAction, &QAction::triggered, this, [this] { toggleCollapse(); });
    m_expandAllAction = new QAction(tr("E&xpand All Boundaries"), this);
    m_expandAllAction->setObjectName(QStringLiteral("actionGraphExpandAll"));
    m_expandAllAction->setEnabled(false);
    connect(m_expandAllAction, &QAction::triggered, this, &GraphView::expandAll);
}

GraphView::~GraphView()
{
    m_build.reset();
    m_buildTimer.stop();
    // The layout owns a copy of its input and nothing of ours; waiting only keeps the layout
    // thread from outliving the last view at exit.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    // Items leave the scene one by one as it dies; that is no selection change to report.
    m_scene->disconnect(this);
    m_syncingSelection = true;
    delete m_scene;
}

// Model ----------------------------------------------------------------------------------------

/** The layout result being turned into items, and how far that has come. */
struct GraphView::Build
{
    quint64 generation = 0;
    layout::LayoutResult result;
    GraphProjection projection;
    QHash<QString, OpenThreats> open;
    QHash<QString, qsizetype> componentIndex; ///< id → index into the model's components
    QHash<QString, qsizetype> edgeIndex;      ///< edge id → index into projection.edges
    QHash<QString, qsizetype> collapsedIndex; ///< boundary id → index into projection.collapsed
    QHash<QString, qsizetype> boundaryIndex;  ///< id → index into the model's boundaries
    qsizetype cluster = 0;
    qsizetype node = 0;
    qsizetype edge = 0;
    bool cleared = false;   ///< the previous items are gone
    bool itemsDone = false; ///< every item is in the scene
    bool filed = false;     ///< filtered, marked and filed by the scene; only showing is left
};

namespace {

/// A slice of item building: short enough that the GUI thread answers between slices.
constexpr qint64 BuildSliceNs = 8'000'000;

} // namespace

void GraphView::setModel(const SystemModel &model)
{
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = selectedElement();
    m_model = model;
    // Collapsed boundaries that are gone are forgotten; the rest stays collapsed.
    QSet<QString> boundaryIds;
    for (const TrustBoundary &b : model.boundaries)
        boundaryIds.insert(b.id);
    m_collapsed.intersect(boundaryIds);
    clearItems();
    m_userZoomed = false;
    requestLayout(false);
}

void GraphView::requestLayout(bool keepItems)
{
    const quint64 generation = ++m_generation;
    m_error.clear();
    abortBuild();
    m_projection = projectModel(m_model, m_collapsed);

    if (m_model.components.isEmpty()) {
        clearItems();
        m_layingOut = false;
        showMessage(tr("This version has no components to draw."));
        return;
    }

    layout::LayoutRequest request;
    request.generation = generation;
    request.leftToRight = true;
    // dot ranks a whole system of hundreds of services into a few ranks of hundreds of nodes: a
    // strip tens of thousands of points long. osage packs the trust boundaries into a grid
    // (straight flows, no labels), which still reads as an overview.
    if (m_projection.components.size() + m_projection.collapsed.size() > LargeGraph)
        request.engine = layout::Engine::Osage;
    request.clusters.reserve(m_projection.clusters.size());
    for (const qsizetype i : std::as_const(m_projection.clusters)) {
        const TrustBoundary &b = m_model.boundaries[i];
        request.clusters.append(layout::ClusterSpec{b.id, b.name, b.parentId});
    }
    request.nodes.reserve(m_projection.components.size() + m_projection.collapsed.size());
    for (const qsizetype i : std::as_const(m_projection.components)) {
        const Component &c = m_model.components[i];
        request.nodes.append(layout::NodeSpec{c.id, c.name, c.boundaryId, 0, ComponentItem::PreferredHeight,
                                              layout::kindStyle(c.kind).shape});
    }
    for (const GraphProjection::CollapsedNode &n : std::as_const(m_projection.collapsed)) {
        const TrustBoundary &b = m_model.boundaries[n.boundary];
        request.nodes.append(layout::NodeSpec{b.id, b.name, b.parentId, 0, CollapsedBoundaryItem::PreferredHeight,
                                              QStringLiteral("box")});
    }
    // Widths are measured on the layout thread: shaping 2,000 names took the GUI thread ~50 ms.
    // The lists are captured by value (implicitly shared, so a later edit here detaches).
    request.sizeNodes = [components = m_model.components, boundaries = m_model.boundaries,
                         shown = m_projection.components, collapsed = m_projection.collapsed](QList<layout::NodeSpec> &nodes) {
        const NodeSizer sizer;
        qsizetype n = 0;
        for (const qsizetype i : shown)
            nodes[n++].width = sizer.component(components[i]);
        for (const GraphProjection::CollapsedNode &c : collapsed)
            nodes[n++].width = sizer.collapsedBoundary(boundaries[c.boundary]);
    };
    request.edges.reserve(m_projection.edges.size());
    for (const GraphProjection::Edge &e : std::as_const(m_projection.edges)) {
        const QString label = e.flows.size() > 1 ? tr("×%1").arg(e.flows.size()) : flowLabel(m_model.flows[e.flows.constFirst()]);
        request.edges.append(layout::EdgeSpec{e.id, e.source, e.target, label});
    }

    m_layingOut = true;
    if (!keepItems || m_components.isEmpty())
        showMessage(tr("Laying out…"));
    // A newer future replaces the older one: its result will not be reported, and should an
    // old result slip through, layoutReady() drops it by generation.
    m_watcher.setFuture(layout::layoutAsync(std::move(request)));
}

void GraphView::clear(const QString &notice)
{
    m_model = SystemModel();
    m_projection = GraphProjection();
    ++m_generation; // any layout still running is stale now
    m_layingOut = false;
    abortBuild();
    m_pendingSelection.clear();
    clearItems();
    if (notice.isEmpty())
        m_message->hide();
    else
        showMessage(notice);
}

void GraphView::showLoading(const QString &notice)
{
    clear(notice);
    m_layingOut = true;
}

void GraphView::updateThreats(const QList<Threat> &threats)
{
    m_model.threats = threats;
    const QHash<QString, OpenThreats> open = openThreatsByElement(m_model);
    // Only the items whose badge changed: touching thousands of items re-indexes the scene.
    const auto changed = [&open](const auto *item) {
        const OpenThreats now = open.value(item->elementId());
        return now.count != item->threatBadge().count || now.worst != item->threatBadge().worst;
    };
    for (ComponentItem *item : std::as_const(m_components)) {
        if (changed(item))
            item->syncWithComponent(item->component(), open.value(item->elementId()));
    }
    for (BoundaryItem *item : std::as_const(m_boundaries)) {
        if (changed(item))
            item->syncWithBoundary(item->boundary(), open.value(item->elementId()));
    }
    for (FlowItem *item : std::as_const(m_flows)) {
        if (!item->isMerged() && changed(item))
            item->syncWithFlow(item->flow(), open.value(item->elementId()));
    }
    if (!m_collapsedItems.isEmpty()) {
        const GraphProjection now = projectModel(m_model, m_collapsed);
        for (const GraphProjection::CollapsedNode &n : now.collapsed) {
            CollapsedBoundaryItem *item = m_collapsedItems.value(m_model.boundaries[n.boundary].id);
            if (item && (item->threatBadge().count != n.contents.threats.count || item->threatBadge().worst != n.contents.threats.worst))
                item->setContents(n.contents);
        }
    }
    if (m_filter.filtersThreats())
        applyFilter();
}

void GraphView::clearItems()
{
    m_syncingSelection = true;
    m_components.clear();
    m_boundaries.clear();
    m_flows.clear();
    m_collapsedItems.clear();
    m_nodeTiles = TileGrid();
    m_flowTiles = TileGrid();
    m_itemProjection = GraphProjection();
    m_layer = nullptr;
    m_layerDrawsFlows = false;
    ++m_layerGeneration;
    m_graphBounds = QRectF();
    m_scene->clear();
    m_scene->setSceneRect(QRectF());
    m_syncingSelection = false;
    m_names->setStringList({});
    m_idForName.clear();
    m_hiddenCount = 0;
    updateOverlay();
    if (!m_lastEmitted.isEmpty()) {
        m_lastEmitted.clear();
        Q_EMIT elementSelected(QString());
    }
}

void GraphView::layoutReady()
{
    const Result<layout::LayoutResult> result = m_watcher.future().result();
    if (result && result->generation != m_generation) {
        ++m_droppedResults; // a newer model is on its way
        return;
    }
    if (!result) {
        m_layingOut = false;
        m_error = result.errorString();
        clearItems();
        showMessage(tr("The graph could not be laid out:\n%1").arg(m_error));
        Q_EMIT layoutFailed(m_error);
        return;
    }
    m_engine = result->engine;
    m_build = std::make_unique<Build>();
    Build &b = *m_build;
    b.generation = m_generation;
    b.result = *result;
    b.projection = m_projection;
    b.open = openThreatsByElement(m_model);
    for (qsizetype i = 0; i < m_model.components.size(); ++i)
        b.componentIndex.insert(m_model.components[i].id, i);
    for (qsizetype i = 0; i < m_model.boundaries.size(); ++i)
        b.boundaryIndex.insert(m_model.boundaries[i].id, i);
    for (qsizetype i = 0; i < b.projection.edges.size(); ++i)
        b.edgeIndex.insert(b.projection.edges[i].id, i);
    for (qsizetype i = 0; i < b.projection.collapsed.size(); ++i)
        b.collapsedIndex.insert(m_model.boundaries[b.projection.collapsed[i].boundary].id, i);
    // No repaint while items arrive: a half-built graph is not worth a frame, and every frame
    // of a large one costs time the slices are meant to give back.
    setViewportUpdateMode(QGraphicsView::NoViewportUpdate);
    viewport()->setUpdatesEnabled(false);
    buildSlice();
}

void GraphView::abortBuild()
{
    m_buildTimer.stop();
    if (!m_build)
        return;
    m_build.reset();
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    viewport()->setUpdatesEnabled(true);
}

void GraphView::buildSlice()
{
    if (!m_build || m_build->generation != m_generation)
        return;
    Build &b = *m_build;
    QElapsedTimer clock;
    clock.start();
    const auto timeUp = [&clock] { return clock.nsecsElapsed() > BuildSliceNs; };
    if (!b.cleared) {
        // The previous items stayed up while a collapse was laid out; the new ones replace them.
        const QString keep = m_pendingSelection.isEmpty() ? m_lastEmitted : m_pendingSelection;
        const QString emitted = m_lastEmitted;
        m_lastEmitted.clear(); // a rebuild is no user deselection: nothing to announce
        clearItems();
        m_lastEmitted = emitted;
        m_pendingSelection = keep;
        // A fixed scene rect: one that grows with every item added moves the scroll bars and
        // repaints the view each time.
        m_scene->setSceneRect(b.result.bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
        m_nodeTiles = TileGrid(m_scene, b.result.bounds, b.result.nodes.size(), NodeZ);
        m_flowTiles = TileGrid(m_scene, b.result.bounds, b.result.edges.size(), UnderFlowZ);
        b.cleared = true;
        if (timeUp()) {
            m_buildTimer.start(0);
            return;
        }
    }
    for (; b.cluster < b.result.clusters.size(); ++b.cluster) {
        if (timeUp()) {
            m_buildTimer.start(0);
            return;
        }
        const layout::ClusterGeometry &g = b.result.clusters[b.cluster];
        const qsizetype index = b.boundaryIndex.value(g.id, -1);
        if (index < 0 || m_boundaries.contains(g.id))
            continue;
        const TrustBoundary &boundary = m_model.boundaries[index];
        auto *item = new BoundaryItem(boundary, b.open.value(boundary.id));
        item->setGeometry(g);
        m_scene->addItem(item);
        m_boundaries.insert(boundary.id, item);
    }
    for (; b.node < b.result.nodes.size(); ++b.node) {
        if ((b.node & 31) == 0 && timeUp()) {
            m_buildTimer.start(0);
            return;
        }
        const layout::NodeGeometry &g = b.result.nodes[b.node];
        if (const qsizetype index = b.componentIndex.value(g.id, -1); index >= 0) {
            if (m_components.contains(g.id))
                continue;
            const Component &c = m_model.components[index];
            auto *item = new ComponentItem(c, b.open.value(c.id));
            item->setGeometry(g.box);
            item->setParentItem(m_nodeTiles.tileFor(g.box.center())); // into the scene with it
            m_components.insert(c.id, item);
        } else if (const qsizetype n = b.collapsedIndex.value(g.id, -1); n >= 0) {
            if (m_collapsedItems.contains(g.id))
                continue;
            const GraphProjection::CollapsedNode &node = b.projection.collapsed[n];
            auto *item = new CollapsedBoundaryItem(m_model.boundaries[node.boundary], node.contents);
            item->setGeometry(g.box);
            item->setParentItem(m_nodeTiles.tileFor(g.box.center()));
            m_collapsedItems.insert(g.id, item);
        }
    }
    for (; b.edge < b.result.edges.size(); ++b.edge) {
        if ((b.edge & 31) == 0 && timeUp()) {
            m_buildTimer.start(0);
            return;
        }
        const layout::EdgeGeometry &g = b.result.edges[b.edge];
        const qsizetype index = b.edgeIndex.value(g.id, -1);
        if (index < 0 || g.pieces.isEmpty() || m_flows.contains(g.id))
            continue;
        const GraphProjection::Edge &edge = b.projection.edges[index];
        FlowItem *item = nullptr;
        if (edge.flows.size() == 1) {
            const DataFlow &f = m_model.flows[edge.flows.constFirst()];
            item = new FlowItem(f, b.open.value(f.id));
        } else {
            QList<DataFlow> flows;
            OpenThreats open;
            for (const qsizetype i : edge.flows) {
                flows.append(m_model.flows[i]);
                const OpenThreats one = b.open.value(m_model.flows[i].id);
                if (one.count > 0) {
                    open.worst = open.count == 0 ? one.worst : std::max(open.worst, one.worst);
                    open.count += one.count;
                }
            }
            item = new FlowItem(flows, open);
        }
        item->setGeometry(g);
        item->setHome(m_flowTiles.tileFor(item->boundingRect().center()));
        if (!item->scene()) // it stacks above the tiles
            m_scene->addItem(item);
        m_flows.insert(g.id, item);
    }
    if (!b.itemsDone) {
        b.itemsDone = true; // the rest in slices of their own
        m_buildTimer.start(0);
        return;
    }
    // Filing and showing in separate slices: together with the first frame, which follows the
    // showing, they held the event loop for 50-60 ms on a 2,000-component graph.
    if (!b.filed) {
        b.filed = true;
        fileItems();
        m_buildTimer.start(0);
        return;
    }
    finishBuild();
}

void GraphView::fileItems()
{
    m_itemProjection = std::move(m_build->projection);
    m_nodeTiles.settle();
    m_flowTiles.settle();
    m_graphBounds = QRectF();
    const QRectF bounds = graphRect();
    m_graphBounds = bounds;
    m_scene->setSceneRect(bounds.adjusted(-bounds.width() * 0.25, -bounds.height() * 0.25, bounds.width() * 0.25,
                                          bounds.height() * 0.25));
    if (m_flows.size() >= LayeredFlows) {
        m_layer = new FlowLayerItem(bounds, [this](double scale) { requestFlowLayer(scale); });
        m_scene->addItem(m_layer);
        for (FlowItem *item : std::as_const(m_flows))
            item->setLayer(m_layer);
    }
    syncLayerDraws();
    applyFilter();
    applyEmphasis();
    applyChangeMarks();
    // The scene handles the items it was given in a queued call of its own (dirty items, index,
    // polish). Run now, while the view takes no updates, it is bookkeeping; run once the view
    // updates again (finishBuild), it added each of the thousands of new items' rects to the
    // view's dirty region, in the same event-loop pass as the first frame (~20 ms of a
    // 500-component graph's 55 ms stall).
    QCoreApplication::sendPostedEvents(m_scene, QEvent::MetaCall);
}

void GraphView::finishBuild()
{
    m_build.reset();
    m_layingOut = false;
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    viewport()->setUpdatesEnabled(true);
    m_message->hide();
    if (!m_userZoomed)
        fitToView();
    viewport()->update();
    updateCompleter();
    updateOverlay();
    const QString wanted = std::exchange(m_pendingSelection, QString());
    if (!wanted.isEmpty()) {
        const QString before = m_lastEmitted;
        selectElement(wanted, m_userZoomed ? Reveal::EnsureVisible : Reveal::Centre);
        // Collapsing folded the selection into its boundary, or the user double-clicked a
        // boundary: the other panels follow.
        if (m_lastEmitted != before && !m_lastEmitted.isEmpty())
            Q_EMIT elementSelected(m_lastEmitted);
    }
    Q_EMIT layoutFinished();
}

QRectF GraphView::graphRect() const
{
    if (m_graphBounds.isValid())
        return m_graphBounds;
    return m_scene->itemsBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
}

// Selection and search -------------------------------------------------------------------------

QString GraphView::selectedElement() const
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(ElementIdRole).toString();
}

bool GraphView::selectElement(const QString &id)
{
    return selectElement(id, Reveal::Centre);
}

bool GraphView::selectElement(const QString &id, Reveal reveal)
{
    const QString target = m_itemProjection.shownAs.value(id, id);
    QGraphicsItem *item = itemFor(target);
    if (item && !item->isVisible())
        item = nullptr; // filtered out: the other panels keep it selected, the graph cannot show it

    m_syncingSelection = true;
    m_scene->clearSelection();
    if (item)
        item->setSelected(true);
    m_syncingSelection = false;
    // A merged flow is not selectable: it is shown, and nothing is selected on the graph.
    m_lastEmitted = item && item->isSelected() ? target : QString();
    if (!item) {
        if (m_layingOut && !id.isEmpty())
            m_pendingSelection = id;
        return id.isEmpty();
    }
    m_pendingSelection.clear();
    const QRectF area = item->sceneBoundingRect();
    // Moving through a list of threats selects one element after another: scrolling (and so
    // repainting a view of thousands of items) each time would make every step slow.
    if (reveal == Reveal::EnsureVisible && mapToScene(viewport()->rect()).boundingRect().contains(area))
        return true;
    // Zoom out when the element does not fit (a boundary); otherwise keep the zoom.
    if (area.width() > viewport()->width() / zoom() || area.height() > viewport()->height() / zoom()) {
        fitInView(area.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin), Qt::KeepAspectRatio);
        m_userZoomed = true;
        syncLayerDraws();
    }
    centerOn(item);
    return true;
}

FlowItem *GraphView::flowItem(const QString &id) const
{
    if (FlowItem *item = m_flows.value(id))
        return item;
    return m_flows.value(m_itemProjection.shownAs.value(id));
}

GraphItem *GraphView::itemFor(const QString &elementId) const
{
    const QString target = m_itemProjection.shownAs.value(elementId, elementId);
    if (ComponentItem *c = m_components.value(target))
        return c;
    if (CollapsedBoundaryItem *n = m_collapsedItems.value(target))
        return n;
    if (BoundaryItem *b = m_boundaries.value(target))
        return b;
    return m_flows.value(target);
}

void GraphView::onSelectionChanged()
{
    if (m_syncingSelection)
        return;
    // The user picked something else on the graph: the attack path has done its job.
    if (!m_path.isEmpty())
        clearHighlight();
    const QString id = selectedElement();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT elementSelected(id);
}

void GraphView::updateCompleter()
{
    m_idForName.clear();
    QStringList names;
    const auto add = [&](const QString &name, const QString &id) {
        if (name.isEmpty())
            return;
        const QString entry = m_idForName.contains(name) ? tr("%1 (%2)").arg(name, id) : name;
        m_idForName.insert(entry, id);
        names.append(entry);
    };
    // Everything in the model: an element inside a collapsed boundary finds the boundary.
    for (const Component &c : std::as_const(m_model.components)) {
        if (itemFor(c.id))
            add(c.name, c.id);
    }
    for (const TrustBoundary &b : std::as_const(m_model.boundaries)) {
        if (itemFor(b.id))
            add(b.name, b.id);
    }
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
}

bool GraphView::findElement(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    QString id = m_idForName.value(wanted);
    if (id.isEmpty() && itemFor(wanted))
        id = wanted;
    // Then by name, loosening: equal ignoring case, prefix, substring. Components come first;
    // what a filter hides is not found.
    const auto shown = [this](const QString &elementId) {
        const GraphItem *item = itemFor(elementId);
        return item && item->isVisible();
    };
    const auto search = [&](auto matches) -> QString {
        for (const Component &c : std::as_const(m_model.components)) {
            if (shown(c.id) && matches(c.name))
                return c.id;
        }
        for (const TrustBoundary &b : std::as_const(m_model.boundaries)) {
            if (shown(b.id) && matches(b.name))
                return b.id;
        }
        return {};
    };
    if (id.isEmpty())
        id = search([&](const QString &name) { return name.compare(wanted, Qt::CaseInsensitive) == 0; });
    if (id.isEmpty())
        id = search([&](const QString &name) { return name.startsWith(wanted, Qt::CaseInsensitive); });
    if (id.isEmpty())
        id = search([&](const QString &name) { return name.contains(wanted, Qt::CaseInsensitive); });
    if (id.isEmpty() || !selectElement(id))
        return false;
    // A search is the user's choice: tell the other panels, as a click would.
    Q_EMIT elementSelected(m_lastEmitted);
    return true;
}

void GraphView::showFind()
{
    placeOverlays();
    m_findField->show();
    m_findField->raise();
    m_findField->selectAll();
    m_findField->setFocus(Qt::ShortcutFocusReason);
}

// Flow layer -----------------------------------------------------------------------------------

void GraphView::requestFlowLayer(double scale)
{
    if (!m_layer || scale <= 0)
        return;
    if (m_layerWatcher.isRunning()) {
        if (m_layerRequested != m_layerGeneration || std::abs(m_layerScale - scale) > scale * 0.15)
            m_layerWanted = scale; // once the running one is in
        return;
    }
    if (m_layerRequested == m_layerGeneration && m_layer->hasImage() && std::abs(m_layer->imageScale() - scale) <= scale * 0.15)
        return;
    QList<FlowStroke> strokes;
    strokes.reserve(m_flows.size());
    const QPalette colours = m_scene->palette();
    for (const FlowItem *item : std::as_const(m_flows)) {
        if (item->isVisible())
            strokes.append(FlowStroke{item->path(), item->arrow(), item->restingColour(colours), item->isMerged(), item->isCleartext()});
    }
    m_layerRequested = m_layerGeneration;
    m_layerScale = scale;
    m_layerWanted = 0;
    const QRectF area = m_layer->area();
    m_layerWatcher.setFuture(renderFlowLayerAsync(std::move(strokes), area, scale));
}

void GraphView::syncLayerDraws()
{
    const bool draws = m_layer && m_layer->drawsAt(zoom());
    if (draws == m_layerDrawsFlows)
        return;
    m_layerDrawsFlows = draws;
    for (FlowItem *item : std::as_const(m_flows))
        item->setLayerDraws(draws);
    viewport()->update();
}

void GraphView::flowLayerReady()
{
    const QImage image = m_layerWatcher.result();
    if (m_layer && m_layerRequested == m_layerGeneration)
        m_layer->setImage(image, m_layerScale);
    if (m_layer && (m_layerRequested != m_layerGeneration || m_layerWanted > 0))
        requestFlowLayer(m_layerWanted > 0 ? std::exchange(m_layerWanted, 0.0) : m_layerScale);
}

// Filters --------------------------------------------------------------------------------------

void GraphView::setFilter(const GraphFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    applyFilter();
    applyEmphasis();
    Q_EMIT viewStateChanged();
}

void GraphView::applyFilter()
{
    const GraphProjection &p = m_itemProjection;
    QSet<QString> visibleNodes;
    QSet<QString> visibleClusters;
    if (m_filter.isActive()) {
        QHash<QString, QString> parentOf;
        for (const TrustBoundary &b : std::as_const(m_model.boundaries))
            parentOf.insert(b.id, b.parentId);
        for (const QString &id : passingComponents(m_model, m_filter)) {
            const QString node = p.shownAs.value(id);
            if (node.isEmpty() || visibleNodes.contains(node))
                continue;
            visibleNodes.insert(node);
            for (const QString &b : boundaryChain(parentOf, p.clusterOf.value(node)))
                visibleClusters.insert(b);
        }
    }
    const bool all = !m_filter.isActive();
    int hidden = 0;
    // Hiding deselects; the other panels keep the selection, and it comes back with the item.
    m_syncingSelection = true;
    const auto show = [&hidden](QGraphicsItem *item, bool visible) {
        if (item->isVisible() != visible)
            item->setVisible(visible);
        hidden += visible ? 0 : 1;
    };
    for (ComponentItem *item : std::as_const(m_components))
        show(item, all || visibleNodes.contains(item->elementId()));
    for (auto it = m_collapsedItems.cbegin(); it != m_collapsedItems.cend(); ++it)
        show(it.value(), all || visibleNodes.contains(it.key()));
    for (BoundaryItem *item : std::as_const(m_boundaries))
        show(item, all || visibleClusters.contains(item->elementId()));
    for (const GraphProjection::Edge &edge : p.edges) {
        if (FlowItem *item = m_flows.value(edge.id))
            show(item, all || (visibleNodes.contains(edge.source) && visibleNodes.contains(edge.target)));
    }
    m_syncingSelection = false;
    m_hiddenCount = hidden;
    if (!m_lastEmitted.isEmpty() && selectedElement() != m_lastEmitted) {
        if (GraphItem *item = itemFor(m_lastEmitted); item && item->isVisible()) {
            m_syncingSelection = true;
            item->setSelected(true);
            m_syncingSelection = false;
        }
    }
    m_clearFilterAction->setEnabled(m_filter.isActive());
    if (m_layer) {
        ++m_layerGeneration; // other flows to draw
        requestFlowLayer(m_layer->imageScale() > 0 ? m_layer->imageScale() : zoom());
    }
    updateOverlay();
}

void GraphView::showFilterMenu()
{
    if (m_components.isEmpty() && m_collapsedItems.isEmpty())
        return;
    placeOverlays();
    m_bar->show();
    m_bar->raise();
    // popup(), not the button's showMenu(): that one runs a nested event loop until it closes.
    QToolButton *button = m_bar->filterButton();
    m_filterMenu->popup(button->mapToGlobal(QPoint(0, button->height())));
}

void GraphView::fillFilterMenu()
{
    m_filterMenu->clear();
    // clear() leaves the submenus of the last time alive (the menu owns them): delete them.
    qDeleteAll(m_filterMenu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    // Each choice toggles one value; the menu closes after it, as Qt menus do.
    const auto addToggle = [this](QMenu *menu, const QString &text, bool checked, auto apply) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        connect(action, &QAction::triggered, this, [this, apply](bool on) {
            GraphFilter f = m_filter;
            apply(f, on);
            setFilter(f);
        });
        return action;
    };

    QMenu *kinds = m_filterMenu->addMenu(tr("Component &Kind"));
    kinds->setObjectName(QStringLiteral("graphFilterKinds"));
    QSet<ComponentKind> present;
    for (const Component &c : std::as_const(m_model.components))
        present.insert(c.kind);
    for (int k = int(ComponentKind::Service); k <= int(ComponentKind::Generic); ++k) {
        const auto kind = ComponentKind(k);
        if (!present.contains(kind) && !m_filter.kinds.contains(kind))
            continue;
        addToggle(kinds, componentKindLabel(kind), m_filter.kinds.contains(kind), [kind](GraphFilter &f, bool on) {
            if (on)
                f.kinds.insert(kind);
            else
                f.kinds.remove(kind);
        });
    }

    QMenu *boundaries = m_filterMenu->addMenu(tr("Trust &Boundary"));
    boundaries->setObjectName(QStringLiteral("graphFilterBoundaries"));
    QHash<QString, QString> parentOf;
    for (const TrustBoundary &b : std::as_const(m_model.boundaries))
        parentOf.insert(b.id, b.parentId);
    // Large models have hundreds of boundaries: the menu offers the top two levels.
    for (const TrustBoundary &b : std::as_const(m_model.boundaries)) {
        const qsizetype depth = boundaryChain(parentOf, b.id).size() - 1;
        if (depth > 1 && !m_filter.boundaries.contains(b.id))
            continue;
        const QString id = b.id;
        addToggle(boundaries, QString(int(depth) * 4, QLatin1Char(' ')) + b.name, m_filter.boundaries.contains(id),
                  [id](GraphFilter &f, bool on) {
                      if (on)
                          f.boundaries.insert(id);
                      else
                          f.boundaries.remove(id);
                  });
    }
    addToggle(boundaries, tr("(outside every boundary)"), m_filter.boundaries.contains(GraphFilter::noBoundary()),
              [](GraphFilter &f, bool on) {
                  if (on)
                      f.boundaries.insert(GraphFilter::noBoundary());
                  else
                      f.boundaries.remove(GraphFilter::noBoundary());
              });

    QMenu *severities = m_filterMenu->addMenu(tr("Threat &Severity"));
    severities->setObjectName(QStringLiteral("graphFilterSeverities"));
    for (int v = int(Severity::Critical); v >= int(Severity::Info); --v) {
        const auto severity = Severity(v);
        addToggle(severities, displayName(severity), m_filter.severities.contains(severity), [severity](GraphFilter &f, bool on) {
            if (on)
                f.severities.insert(severity);
            else
                f.severities.remove(severity);
        });
    }

    QMenu *statuses = m_filterMenu->addMenu(tr("Threat S&tatus"));
    statuses->setObjectName(QStringLiteral("graphFilterStatuses"));
    for (int v = int(ThreatStatus::Suggested); v <= int(ThreatStatus::ResolvedByChange); ++v) {
        const auto status = ThreatStatus(v);
        addToggle(statuses, displayName(status), m_filter.statuses.contains(status), [status](GraphFilter &f, bool on) {
            if (on)
                f.statuses.insert(status);
            else
                f.statuses.remove(status);
        });
    }
    m_filterMenu->addSeparator();
    m_filterMenu->addAction(m_clearFilterAction);
}

// Collapse -------------------------------------------------------------------------------------

void GraphView::setCollapsed(const QString &boundaryId, bool collapsed)
{
    if (isCollapsed(boundaryId) == collapsed)
        return;
    const bool known = std::any_of(m_model.boundaries.cbegin(), m_model.boundaries.cend(),
                                   [&boundaryId](const TrustBoundary &b) { return b.id == boundaryId; });
    if (collapsed && !known)
        return;
    if (collapsed)
        m_collapsed.insert(boundaryId);
    else
        m_collapsed.remove(boundaryId);
    m_expandAllAction->setEnabled(!m_collapsed.isEmpty());
    // What was selected stays selected: the collapsed node when it folded into one.
    m_pendingSelection = m_lastEmitted;
    requestLayout(true);
    Q_EMIT viewStateChanged();
}

QString GraphView::boundaryToToggle(const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (m_collapsedItems.contains(id) || m_collapsed.contains(id))
        return id;
    for (const TrustBoundary &b : m_model.boundaries) {
        if (b.id == id)
            return id;
    }
    QString component = id;
    for (const EntryPoint &e : m_model.entryPoints) {
        if (e.id == id)
            component = e.componentId;
    }
    for (const Component &c : m_model.components) {
        if (c.id == component)
            return c.boundaryId;
    }
    return {};
}

bool GraphView::toggleCollapse(const QString &id)
{
    const QString boundary = boundaryToToggle(id.isEmpty() ? (m_lastEmitted.isEmpty() ? selectedElement() : m_lastEmitted) : id);
    if (boundary.isEmpty())
        return false;
    setCollapsed(boundary, !isCollapsed(boundary));
    return true;
}

void GraphView::expandAll()
{
    if (m_collapsed.isEmpty())
        return;
    m_collapsed.clear();
    m_expandAllAction->setEnabled(false);
    m_pendingSelection = m_lastEmitted;
    requestLayout(true);
    Q_EMIT viewStateChanged();
}

// Attack path ----------------------------------------------------------------------------------

bool GraphView::highlightPath(const QStringList &path)
{
    m_path = path;
    const bool shown = applyEmphasis();
    updateOverlay();
    Q_EMIT viewStateChanged();
    return shown;
}

void GraphView::clearHighlight()
{
    if (m_path.isEmpty())
        return;
    m_path.clear();
    applyEmphasis();
    updateOverlay();
    Q_EMIT viewStateChanged();
}

bool GraphView::applyEmphasis()
{
    QSet<QString> on; ///< item ids on the path
    for (qsizetype i = 0; i < m_path.size(); ++i) {
        const QString node = m_itemProjection.shownAs.value(m_path[i], m_path[i]);
        on.insert(node);
        if (i + 1 >= m_path.size())
            continue;
        for (const DataFlow &f : std::as_const(m_model.flows)) {
            if (f.sourceId == m_path[i] && f.targetId == m_path[i + 1])
                on.insert(m_itemProjection.shownAs.value(f.id, f.id));
        }
    }
    const bool active = !m_path.isEmpty();
    bool any = false;
    const auto emphasise = [&](GraphItem *item, const QString &id) {
        const bool onPath = on.contains(id);
        any = any || onPath;
        item->setEmphasis(!active ? Emphasis::Normal : onPath ? Emphasis::Highlighted : Emphasis::Dimmed);
    };
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it)
        emphasise(it.value(), it.key());
    for (auto it = m_collapsedItems.cbegin(); it != m_collapsedItems.cend(); ++it)
        emphasise(it.value(), it.key());
    for (auto it = m_flows.cbegin(); it != m_flows.cend(); ++it)
        emphasise(it.value(), it.key());
    // Frames are context, not path: faint while a path is shown, never highlighted.
    for (BoundaryItem *item : std::as_const(m_boundaries))
        item->setEmphasis(active ? Emphasis::Dimmed : Emphasis::Normal);
    if (m_layer)
        m_layer->setOpacity(active ? 0.16 : 1.0);
    return active && any;
}

// Live changes ---------------------------------------------------------------------------------

void GraphView::setChangeMarks(const QHash<QString, ChangeMark> &marks, const QStringList &removed, const QString &since)
{
    m_marks = marks;
    m_removed = removed;
    m_marksSince = since;
    applyChangeMarks();
    updateOverlay();
}

void GraphView::clearChangeMarks()
{
    m_marks.clear();
    m_removed.clear();
    m_marksSince.clear();
    applyChangeMarks();
    updateOverlay();
}

ChangeMark GraphView::changeMarkOf(const QString &elementId) const
{
    const GraphItem *item = itemFor(elementId);
    return item ? item->changeMark() : ChangeMark::None;
}

void GraphView::applyChangeMarks()
{
    QHash<QString, ChangeMark> byItem;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        const QString item = m_itemProjection.shownAs.value(it.key(), it.key());
        // Folded into a collapsed boundary or a merged flow: that item changed.
        const ChangeMark mark = item == it.key() ? it.value() : ChangeMark::Changed;
        ChangeMark &slot = byItem[item];
        if (slot != ChangeMark::Added)
            slot = mark;
    }
    const auto mark = [&byItem](GraphItem *item, const QString &id) { item->setChangeMark(byItem.value(id, ChangeMark::None)); };
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it)
        mark(it.value(), it.key());
    for (auto it = m_collapsedItems.cbegin(); it != m_collapsedItems.cend(); ++it)
        mark(it.value(), it.key());
    for (auto it = m_boundaries.cbegin(); it != m_boundaries.cend(); ++it)
        mark(it.value(), it.key());
    for (auto it = m_flows.cbegin(); it != m_flows.cend(); ++it)
        mark(it.value(), it.key());
}

void GraphView::resetViewState()
{
    const bool relayout = !m_collapsed.isEmpty() && !m_model.components.isEmpty();
    m_filter = GraphFilter();
    m_collapsed.clear();
    m_path.clear();
    m_marks.clear();
    m_removed.clear();
    m_marksSince.clear();
    m_expandAllAction->setEnabled(false);
    applyFilter();
    applyEmphasis();
    applyChangeMarks();
    if (relayout)
        requestLayout(true);
    updateOverlay();
}

void GraphView::updateOverlay()
{
    const bool drawn = !m_components.isEmpty() || !m_collapsedItems.isEmpty();
    if (!drawn) {
        m_bar->hide();
        return;
    }
    if (m_filter.isActive()) {
        const int total = int(m_components.size() + m_collapsedItems.size() + m_boundaries.size() + m_flows.size());
        QStringList parts;
        if (!m_filter.kinds.isEmpty())
            parts << tr("%n kind(s)", nullptr, int(m_filter.kinds.size()));
        if (!m_filter.boundaries.isEmpty())
            parts << tr("%n boundary(ies)", nullptr, int(m_filter.boundaries.size()));
        if (!m_filter.severities.isEmpty())
            parts << tr("%n severity(ies)", nullptr, int(m_filter.severities.size()));
        if (!m_filter.statuses.isEmpty())
            parts << tr("%n status(es)", nullptr, int(m_filter.statuses.size()));
        m_bar->setFilterText(tr("Filtered: %1 of %2 elements hidden").arg(m_hiddenCount).arg(total),
                             tr("Filtering by %1").arg(parts.join(QStringLiteral(", "))));
    } else {
        m_bar->setFilterText(QString(), QString());
    }
    m_bar->setPathText(m_path.isEmpty() ? QString() : tr("Attack path: %n hop(s)", nullptr, int(m_path.size() - 1)));
    if (m_marks.isEmpty() && m_removed.isEmpty()) {
        m_bar->setChangesText(QString(), QString());
    } else {
        int added = 0;
        int changed = 0;
        for (const ChangeMark mark : std::as_const(m_marks))
            (mark == ChangeMark::Added ? added : changed) += 1;
        QString tip = m_marksSince.isEmpty() ? QString() : tr("Since %1").arg(m_marksSince);
        if (!m_removed.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Removed:") + QStringLiteral("\n  ")
                + m_removed.join(QStringLiteral("\n  "));
        m_bar->setChangesText(tr("Changes: %1 added, %2 changed, %3 removed").arg(added).arg(changed).arg(m_removed.size()), tip);
    }
    placeOverlays();
    m_bar->show();
    m_bar->raise();
}

// Zoom -----------------------------------------------------------------------------------------

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(double scale)
{
    scale = std::clamp(scale, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(scale, scale));
    syncLayerDraws();
}

void GraphView::zoomBy(double factor, const QPoint &viewportPos)
{
    const QPointF anchor = mapToScene(viewportPos);
    setZoom(zoom() * factor);
    m_userZoomed = true;
    // Scroll so the scene point that was under the cursor is under it again.
    const QPoint moved = mapFromScene(anchor);
    const QPoint delta = moved - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta.y());
}

void GraphView::zoomIn()
{
    zoomBy(ZoomStep, viewport()->rect().center());
}

void GraphView::zoomOut()
{
    zoomBy(1 / ZoomStep, viewport()->rect().center());
}

void GraphView::fitToView()
{
    if (m_scene->items().isEmpty())
        return;
    const QRectF rect = graphRect();
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    else if (zoom() < MinZoom)
        setZoom(MinZoom);
    centerOn(rect.center());
    m_userZoomed = false;
    syncLayerDraws();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // horizontal scrolling
        return;
    }
    zoomBy(std::pow(ZoomStep, delta / 120.0), event->position().toPoint());
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    // The main window has actions with these shortcuts; these keep a standalone view usable.
    const QKeyCombination key = event->keyCombination();
    if (event->matches(QKeySequence::ZoomIn) || key == QKeyCombination(Qt::ControlModifier, Qt::Key_Equal)) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
    } else if (key == QKeyCombination(Qt::ControlModifier, Qt::Key_0)) {
        fitToView();
    } else if (event->matches(QKeySequence::Find)) {
        showFind();
    } else if (key == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_F)) {
        showFilterMenu();
    } else if (key == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_C)) {
        toggleCollapse();
    } else if (event->key() == Qt::Key_Escape && !m_path.isEmpty()) {
        clearHighlight(); // first Esc: the path; the next one: the selection
    } else if (event->key() == Qt::Key_Escape && !m_scene->selectedItems().isEmpty()) {
        m_scene->clearSelection();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

// Overlays and theme ---------------------------------------------------------------------------

void GraphView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    placeOverlays();
}

void GraphView::placeOverlays()
{
    const QRect area = viewport()->rect();
    m_message->setGeometry(area.adjusted(24, 24, -24, -24));
    const int fieldWidth = std::min(360, std::max(160, width() - 24));
    const QSize hint = m_findField->sizeHint();
    m_findField->setGeometry(width() - fieldWidth - 12 - (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0), 10,
                             fieldWidth, hint.height());
    m_bar->move(viewport()->geometry().topLeft() + QPoint(10, 10));
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    if (!m_userZoomed && !m_layingOut)
        fitToView();
}

void GraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        syncPalette();
}

void GraphView::syncPalette()
{
    // The items draw with the scene's palette. An inherited palette resolves no role of its
    // own, and the scene would fill every unresolved role from the application's: claim all.
    QPalette colours = palette();
    colours.setResolveMask(QPalette::ResolveMask(~0ULL));
    m_scene->setPalette(colours);
    setBackgroundBrush(colours.color(QPalette::Base));
    // The flow layer's image holds the flows' colours of the old palette: draw it anew.
    if (m_layer && m_layer->hasImage()) {
        ++m_layerGeneration;
        requestFlowLayer(m_layer->imageScale());
    }
    m_scene->update();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressSelection = m_lastEmitted;
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_pressSelection.isEmpty()
        || (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return;
    // Released on the element that stayed selected: tested on that one item, not by asking the
    // scene, whose linear index would visit every item of a large graph.
    const QGraphicsItem *item = selectedElement() == m_pressSelection ? itemFor(m_pressSelection) : nullptr;
    if (item && item->contains(item->mapFromScene(mapToScene(event->position().toPoint()))))
        Q_EMIT elementSelected(m_pressSelection);
}


void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click on a boundary's frame or title, or on a collapsed boundary, folds it.
    if (event->button() == Qt::LeftButton) {
        const GraphItem *item = itemAtViewport(event->position().toPoint());
        if (item && (item->type() == BoundaryItem::Type || item->type() == CollapsedBoundaryItem::Type)) {
            const QString id = item->elementId();
            toggleCollapse(id);
            m_pendingSelection = id; // the boundary the user acted on
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_components.isEmpty() && m_collapsedItems.isEmpty()) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    const GraphItem *item = itemAtViewport(event->pos());
    QMenu menu(this);
    if (item && !item->elementId().isEmpty()) {
        if (!item->isSelected())
            selectElement(item->elementId(), Reveal::EnsureVisible);
        if (!m_lastEmitted.isEmpty()) // a right click is a choice of that element too
            Q_EMIT elementSelected(m_lastEmitted);
        const QString boundary = boundaryToToggle(item->elementId());
        if (!boundary.isEmpty()) {
            const qsizetype index = [&] {
                for (qsizetype i = 0; i < m_model.boundaries.size(); ++i) {
                    if (m_model.boundaries[i].id == boundary)
                        return i;
                }
                return qsizetype(-1);
            }();
            const QString name = index >= 0 ? m_model.boundaries[index].name : boundary;
            QAction *toggle = menu.addAction(isCollapsed(boundary) ? tr("E&xpand \"%1\"").arg(name) : tr("&Collapse \"%1\"").arg(name));
            toggle->setShortcut(m_collapseAction->shortcut());
            connect(toggle, &QAction::triggered, this, [this, boundary] { toggleCollapse(boundary); });
        }
    }
    menu.addAction(m_expandAllAction);
    menu.addSeparator();
    QMenu *filters = menu.addMenu(tr("&Filter"));
    connect(filters, &QMenu::aboutToShow, this, [this, filters] {
        fillFilterMenu();
        filters->clear();
        filters->addActions(m_filterMenu->actions());
    });
    menu.addAction(m_clearFilterAction);
    if (!m_path.isEmpty())
        menu.addAction(tr("Clear &Attack Path Highlight"), this, &GraphView::clearHighlight);
    menu.exec(event->globalPos());
}

GraphItem *GraphView::itemAtViewport(const QPoint &pos) const
{
    // The topmost graph item (a mark or label child is not one).
    for (QGraphicsItem *item : items(pos)) {
        if (item->type() >= ComponentItem::Type && item->type() <= CollapsedBoundaryItem::Type)
            return static_cast<GraphItem *>(item);
    }
    return nullptr;
}

bool GraphView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        placeOverlays();
        break;
    case QEvent::NativeGesture: { // a touchpad's pinch (macOS, Wayland, X11 with XInput 2.4)
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position().toPoint());
            gesture->accept();
            return true;
        }
        break;
    }
    case QEvent::Gesture: { // a touchscreen's pinch
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint()).toPoint());
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

// Export ---------------------------------------------------------------------------------------

void GraphView::setFlowLayerSuspended(bool suspended)
{
    if (!m_layer)
        return;
    m_layer->setSuspended(suspended);
    // The flows the layer draws have no contents for the scene meanwhile: they get theirs back.
    if (m_layerDrawsFlows) {
        for (FlowItem *item : std::as_const(m_flows))
            item->setLayerDraws(!suspended);
    }
    viewport()->update();
}

void GraphView::renderGraph(QPainter *painter, const QRectF &target)
{
    painter->fillRect(target, palette().color(QPalette::Base));
    // Exports draw every flow as a vector at the export's own scale, not the on-screen image.
    setFlowLayerSuspended(true);
    m_scene->render(painter, target, graphRect(), Qt::KeepAspectRatio);
    setFlowLayerSuspended(false);
}

Result<void> GraphView::exportSvg(const QString &path)
{
    if (m_components.isEmpty())
        return makeError(tr("There is no graph to export."));
    const QRectF source = graphRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setResolution(72); // one scene unit is one point, as in the layout
    generator.setTitle(tr("System graph"));
    generator.setDescription(tr("Components, trust boundaries and data flows, exported from Threatwright"));
    SelectionHider hider(m_scene, &m_syncingSelection);
    QPainter painter;
    if (!painter.begin(&generator))
        return makeError(tr("Cannot write %1").arg(QFileInfo(path).fileName()));
    renderGraph(&painter, QRectF(QPointF(0, 0), source.size()));
    if (!painter.end())
        return makeError(tr("Cannot write %1").arg(QFileInfo(path).fileName()));
    return {};
}

Result<void> GraphView::exportPng(const QString &path, double scale)
{
    if (m_components.isEmpty())
        return makeError(tr("There is no graph to export."));
    const QRectF source = graphRect();
    const double longest = std::max(source.width(), source.height()) * scale;
    if (longest > MaxExportSide)
        scale *= MaxExportSide / longest;
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))), std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return makeError(tr("The graph is too large to export as an image."));
    image.setDotsPerMeterX(int(std::lround(scale * 72 / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    {
        SelectionHider hider(m_scene, &m_syncingSelection);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        renderGraph(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    if (!image.save(path, "PNG"))
        return makeError(tr("Cannot write %1").arg(QFileInfo(path).fileName()));
    return {};
}

} // namespace tw::ui
