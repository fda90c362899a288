// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "graphscene.h"
#include "layout/diagramstyle.h"
#include "model/threatsummary.h"

#include <QAction>
#include <QCompleter>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QSvgGenerator>
#include <QWheelEvent>

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
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
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
}

GraphView::~GraphView()
{
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

void GraphView::setModel(const SystemModel &model)
{
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = selectedElement();
    m_model = model;
    m_componentOfEntryPoint.clear();
    for (const EntryPoint &e : model.entryPoints)
        m_componentOfEntryPoint.insert(e.id, e.componentId);
    clearItems();
    const quint64 generation = ++m_generation;
    m_error.clear();

    if (model.components.isEmpty()) {
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
    if (model.components.size() > LargeGraph)
        request.engine = layout::Engine::Osage;
    request.clusters.reserve(model.boundaries.size());
    for (const TrustBoundary &b : model.boundaries)
        request.clusters.append(layout::ClusterSpec{b.id, b.name, b.parentId});
    request.nodes.reserve(model.components.size());
    for (const Component &c : model.components) {
        request.nodes.append(layout::NodeSpec{c.id, c.name, c.boundaryId, ComponentItem::preferredWidth(c),
                                              ComponentItem::PreferredHeight, layout::kindStyle(c.kind).shape});
    }
    request.edges.reserve(model.flows.size());
    for (const DataFlow &f : model.flows)
        request.edges.append(layout::EdgeSpec{f.id, f.sourceId, f.targetId, flowLabel(f)});

    m_layingOut = true;
    showMessage(tr("Laying out…"));
    // A newer future replaces the older one: its result will not be reported, and should an
    // old result slip through, layoutReady() drops it by generation.
    m_watcher.setFuture(layout::layoutAsync(std::move(request)));
}

void GraphView::clear(const QString &notice)
{
    m_model = SystemModel();
    m_componentOfEntryPoint.clear();
    ++m_generation; // any layout still running is stale now
    m_layingOut = false;
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
        if (changed(item))
            item->syncWithFlow(item->flow(), open.value(item->elementId()));
    }
}

void GraphView::clearItems()
{
    m_syncingSelection = true;
    m_components.clear();
    m_boundaries.clear();
    m_flows.clear();
    m_scene->clear();
    m_scene->setSceneRect(QRectF());
    m_syncingSelection = false;
    m_names->setStringList({});
    m_idForName.clear();
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
    m_layingOut = false;
    if (!result) {
        m_error = result.errorString();
        showMessage(tr("The graph could not be laid out:\n%1").arg(m_error));
        Q_EMIT layoutFailed(m_error);
        return;
    }
    m_engine = result->engine;
    buildItems(*result);
    m_message->hide();
    m_userZoomed = false;
    fitToView();
    updateCompleter();
    const QString wanted = std::exchange(m_pendingSelection, QString());
    if (!wanted.isEmpty())
        selectElement(wanted);
    Q_EMIT layoutFinished();
}

void GraphView::buildItems(const layout::LayoutResult &result)
{
    const QHash<QString, OpenThreats> open = openThreatsByElement(m_model);
    QHash<QString, const Component *> components;
    for (const Component &c : m_model.components)
        components.insert(c.id, &c);
    QHash<QString, const TrustBoundary *> boundaries;
    for (const TrustBoundary &b : m_model.boundaries)
        boundaries.insert(b.id, &b);
    QHash<QString, const DataFlow *> flows;
    for (const DataFlow &f : m_model.flows)
        flows.insert(f.id, &f);

    for (const layout::ClusterGeometry &g : result.clusters) {
        const TrustBoundary *b = boundaries.value(g.id);
        if (!b || m_boundaries.contains(g.id))
            continue;
        auto *item = new BoundaryItem(*b, open.value(b->id));
        item->setGeometry(g);
        m_scene->addItem(item);
        m_boundaries.insert(b->id, item);
    }
    for (const layout::NodeGeometry &g : result.nodes) {
        const Component *c = components.value(g.id);
        if (!c || m_components.contains(g.id))
            continue;
        auto *item = new ComponentItem(*c, open.value(c->id));
        item->setGeometry(g.box);
        m_scene->addItem(item);
        m_components.insert(c->id, item);
    }
    for (const layout::EdgeGeometry &g : result.edges) {
        const DataFlow *f = flows.value(g.id);
        if (!f || g.pieces.isEmpty() || m_flows.contains(g.id))
            continue;
        auto *item = new FlowItem(*f, open.value(f->id));
        item->setGeometry(g);
        m_scene->addItem(item);
        m_flows.insert(f->id, item);
    }
    const QRectF bounds = graphRect();
    m_scene->setSceneRect(bounds.adjusted(-bounds.width() * 0.25, -bounds.height() * 0.25, bounds.width() * 0.25,
                                          bounds.height() * 0.25));
}

QRectF GraphView::graphRect() const
{
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
    const QString target = m_componentOfEntryPoint.value(id, id);
    QGraphicsItem *item = nullptr;
    if (ComponentItem *c = m_components.value(target))
        item = c;
    else if (FlowItem *f = m_flows.value(target))
        item = f;
    else if (BoundaryItem *b = m_boundaries.value(target))
        item = b;

    m_syncingSelection = true;
    m_scene->clearSelection();
    if (item)
        item->setSelected(true);
    m_syncingSelection = false;
    m_lastEmitted = item ? target : QString();
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
    }
    centerOn(item);
    return true;
}

void GraphView::onSelectionChanged()
{
    if (m_syncingSelection)
        return;
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
    for (const Component &c : std::as_const(m_model.components)) {
        if (m_components.contains(c.id))
            add(c.name, c.id);
    }
    for (const TrustBoundary &b : std::as_const(m_model.boundaries)) {
        if (m_boundaries.contains(b.id))
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
    if (id.isEmpty() && (m_components.contains(wanted) || m_boundaries.contains(wanted) || m_flows.contains(wanted)
                         || m_componentOfEntryPoint.contains(wanted)))
        id = wanted;
    // Then by name, loosening: equal ignoring case, prefix, substring. Components come first.
    const auto search = [&](auto matches) -> QString {
        for (const Component &c : std::as_const(m_model.components)) {
            if (m_components.contains(c.id) && matches(c.name))
                return c.id;
        }
        for (const TrustBoundary &b : std::as_const(m_model.boundaries)) {
            if (m_boundaries.contains(b.id) && matches(b.name))
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

// Zoom -----------------------------------------------------------------------------------------

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(double scale)
{
    scale = std::clamp(scale, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(scale, scale));
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
    const QGraphicsItem *item = itemAt(event->position().toPoint());
    if (item && item->data(ElementIdRole).toString() == m_pressSelection && selectedElement() == m_pressSelection)
        Q_EMIT elementSelected(m_pressSelection);
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        placeOverlays();
    return QGraphicsView::viewportEvent(event);
}

// Export ---------------------------------------------------------------------------------------

void GraphView::renderGraph(QPainter *painter, const QRectF &target) const
{
    painter->fillRect(target, palette().color(QPalette::Base));
    m_scene->render(painter, target, graphRect(), Qt::KeepAspectRatio);
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
