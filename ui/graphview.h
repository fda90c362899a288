// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/graphfilter.h"
#include "graph/graphprojection.h"
#include "graph/itemtile.h"
#include "graphscene.h"
#include "layout/graphlayout.h"
#include "model/model.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QTimer>

#include <memory>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QStringListModel;

namespace tw::ui {

class FlowLayerItem;
class GraphOverlayBar;

/**
 * The system graph: the model's components, trust boundaries and flows, laid out by Graphviz on
 * the layout thread and drawn as scene items.
 *
 * setModel() never blocks: it sends a snapshot to the one layout worker, shows a "Laying out…"
 * placeholder and builds the items when the result arrives. Each request carries a generation;
 * a result from an older request is dropped, so quick successive models never mix.
 *
 * The items are built in slices of a few milliseconds each, with viewport updates off, so even
 * a graph of thousands of items never holds the GUI thread for long; isLayingOut() stays true
 * until the last item is in place.
 *
 * Selection is by element id in both directions: a click emits elementSelected(), and other
 * panels call selectElement() (which does not echo the signal back). Entry point ids select
 * their component; an element inside a collapsed boundary selects the collapsed node.
 *
 * View state on top of the model, kept across new models until resetViewState(): filters
 * (hide), collapsed boundaries (a new layout), an attack path highlight (the rest dimmed) and
 * live-mode change marks.
 */
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    /** Shows `model`: lays it out in the background and replaces the items when done. */
    void setModel(const SystemModel &model);
    /** Removes every item and shows `notice` in their place (no project, no version yet). */
    void clear(const QString &notice = {});
    /**
     * Removes every item and shows `notice` while the model is read elsewhere; isLayingOut() is
     * true until setModel() or clear() (the view is busy either way).
     */
    void showLoading(const QString &notice);
    /**
     * Takes the triage state of `threats` (same version) into the badges, without a new layout:
     * a dismissed threat no longer counts on its element.
     */
    void updateThreats(const QList<Threat> &threats);

    /** Whether a layout is running for the newest model. */
    bool isLayingOut() const { return m_layingOut; }
    /** The newest request's generation; results tagged with another one are dropped. */
    quint64 generation() const { return m_generation; }
    /** How many results arrived for superseded requests and were dropped. */
    int droppedResults() const { return m_droppedResults; }
    /** The Graphviz engine that produced the items on show; empty before the first layout. */
    QString layoutEngine() const { return m_engine; }
    /** The last layout error; empty when the last layout succeeded. */
    QString layoutError() const { return m_error; }

    QList<ComponentItem *> componentItems() const { return m_components.values(); }
    QList<BoundaryItem *> boundaryItems() const { return m_boundaries.values(); }
    QList<FlowItem *> flowItems() const { return m_flows.values(); }
    QList<CollapsedBoundaryItem *> collapsedItems() const { return m_collapsedItems.values(); }
    ComponentItem *componentItem(const QString &id) const { return m_components.value(id); }
    BoundaryItem *boundaryItem(const QString &id) const { return m_boundaries.value(id); }
    /** A flow's item by the flow's id (a merged flow's item for each of its flows). */
    FlowItem *flowItem(const QString &id) const;
    CollapsedBoundaryItem *collapsedItem(const QString &id) const { return m_collapsedItems.value(id); }
    /** The item that shows an element: itself, its component, its collapsed boundary, its merged flow. */
    GraphItem *itemFor(const QString &elementId) const;

    // Filters ------------------------------------------------------------------------------
    GraphFilter filter() const { return m_filter; }
    /** Hides what does not pass; the layout stays (nothing moves). */
    void setFilter(const GraphFilter &filter);
    void clearFilter() { setFilter(GraphFilter()); }
    /** Items (components, collapsed boundaries, boundaries, flows) the filter hides now. */
    int hiddenCount() const { return m_hiddenCount; }
    /** The filter popup (Kind, Boundary, Severity, Status, Clear); rebuilt each time it opens. */
    QMenu *filterMenu() const { return m_filterMenu; }
    /** Opens the filter popup under the Filter button (keyboard: Ctrl+Shift+F in the window). */
    void showFilterMenu();
    GraphOverlayBar *overlayBar() const { return m_bar; }

    // Collapse -----------------------------------------------------------------------------
    QSet<QString> collapsedBoundaries() const { return m_collapsed; }
    bool isCollapsed(const QString &boundaryId) const { return m_collapsed.contains(boundaryId); }
    /** Collapses or expands a boundary and lays the graph out again (items stay until then). */
    void setCollapsed(const QString &boundaryId, bool collapsed);
    /**
     * Toggles the boundary `id` names, or the one the selection names when `id` is empty: a
     * collapsed boundary expands; a boundary, or a component's innermost boundary, collapses.
     * Returns whether anything changed.
     */
    bool toggleCollapse(const QString &id = {});
    void expandAll();

    // Attack path --------------------------------------------------------------------------
    /**
     * Highlights the elements of `path` (ids, entry to goal) and the flows between consecutive
     * hops; everything else is dimmed until clearHighlight() (Esc on the graph, a click on the
     * graph, or another threat). Returns whether any of it is on the graph.
     */
    bool highlightPath(const QStringList &path);
    void clearHighlight();
    QStringList highlightedPath() const { return m_path; }

    // Live changes -------------------------------------------------------------------------
    /**
     * Marks added and changed elements (by element id) until clearChangeMarks(); `removed`
     * names what is gone (the overlay's tooltip lists it). `since` names the acknowledged version.
     */
    void setChangeMarks(const QHash<QString, ChangeMark> &marks, const QStringList &removed, const QString &since);
    void clearChangeMarks();
    ChangeMark changeMarkOf(const QString &elementId) const;
    QStringList removedChanges() const { return m_removed; }

    /** Forgets filters, collapsed boundaries, the highlight and change marks (another project). */
    void resetViewState();

    /** Window actions the graph offers (Filter, Clear Filters, Collapse/Expand, Expand All). */
    QAction *filterAction() const { return m_filterAction; }
    QAction *clearFilterAction() const { return m_clearFilterAction; }
    QAction *collapseAction() const { return m_collapseAction; }
    QAction *expandAllAction() const { return m_expandAllAction; }

    /** The selected element's id; empty when nothing is selected. */
    QString selectedElement() const;
    /**
     * Selects the element (an entry point selects its component) and centres it; returns
     * whether it is on the graph. An empty id clears the selection. Does not emit
     * elementSelected(). Before the layout arrives the selection is remembered and applied then.
     */
    bool selectElement(const QString &id);
    /** How selectElement() brings the element into view. */
    enum class Reveal {
        Centre,        ///< scroll so the element is in the middle
        EnsureVisible, ///< scroll only when it is not already in view (no repaint of the whole view)
    };
    bool selectElement(const QString &id, Reveal reveal);

    /** Finds an element by name (exact, then prefix, then substring; ids too) and selects it. */
    bool findElement(const QString &text);
    /** The search box, for tests; hidden until showFind(). */
    QLineEdit *findField() const { return m_findField; }

    /** The view's scale (1 = 100 %). */
    double zoom() const;
    void zoomIn();
    void zoomOut();
    /** Scales by `factor` keeping the scene point under `viewportPos` in place. */
    void zoomBy(double factor, const QPoint &viewportPos);
    /** Fits the whole graph into the view (never enlarging past 100 %). */
    void fitToView();
    /** Shows the search box with the element names to complete. */
    void showFind();

    /** Writes the whole graph as an SVG file. */
    Result<void> exportSvg(const QString &path);
    /** Writes the whole graph as a PNG file at `scale` device pixels per point. */
    Result<void> exportPng(const QString &path, double scale = 2.0);
    /**
     * While suspended the flow items draw themselves, as vectors, and the flow layer's image is
     * not drawn (exports; tests compare the two).
     */
    void setFlowLayerSuspended(bool suspended);

Q_SIGNALS:
    /**
     * The user selected an element on the graph; empty when the selection was cleared. Also
     * emitted when the user clicks the element that is already selected (another panel may have
     * selected it): the click is still the user's choice of that element.
     */
    void elementSelected(const QString &id);
    /** The items for the newest model are in place. */
    void layoutFinished();
    /** The newest model could not be laid out. */
    void layoutFailed(const QString &message);
    /** The filter, the collapsed boundaries or the highlight changed. */
    void viewStateChanged();
    /** The overlay's Acknowledge button was pressed. */
    void acknowledgeRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Build;

    void requestLayout(bool keepItems);
    void layoutReady();
    void buildSlice();
    void abortBuild();
    /** Filters, marks and lets the scene file the new items, with the view still not updating. */
    void fileItems();
    void finishBuild();
    void clearItems();
    void applyFilter();
    bool applyEmphasis();
    void applyChangeMarks();
    void updateOverlay();
    void fillFilterMenu();
    QString boundaryToToggle(const QString &id) const;
    void requestFlowLayer(double scale);
    /** After the zoom changed: tells the flows whether the layer draws them now. */
    void syncLayerDraws();
    void flowLayerReady();
    GraphItem *itemAtViewport(const QPoint &pos) const;
    void onSelectionChanged();
    void updateCompleter();
    void showMessage(const QString &text);
    void syncPalette();
    void placeOverlays();
    void setZoom(double scale);
    QRectF graphRect() const;
    void renderGraph(QPainter *painter, const QRectF &target);

    QGraphicsScene *m_scene = nullptr;
    QFutureWatcher<Result<layout::LayoutResult>> m_watcher;
    SystemModel m_model;             ///< the model the newest request was made for
    quint64 m_generation = 0;
    bool m_layingOut = false;
    int m_droppedResults = 0;
    bool m_fitPending = false;       ///< fit once the view has a size
    bool m_userZoomed = false;       ///< the user zoomed: resizes no longer refit
    bool m_syncingSelection = false; ///< selectElement() at work: do not emit
    QString m_pendingSelection;
    QString m_lastEmitted;
    QString m_pressSelection; ///< the selection when the mouse button went down
    QPoint m_pressPos;
    QString m_engine;
    QString m_error;

    QHash<QString, ComponentItem *> m_components;
    QHash<QString, BoundaryItem *> m_boundaries;
    QHash<QString, FlowItem *> m_flows; ///< by edge id (a flow's own, or a merged one's)
    QHash<QString, CollapsedBoundaryItem *> m_collapsedItems;
    TileGrid m_nodeTiles; ///< the nodes, grouped so a small repaint skips most (see ItemTile)
    TileGrid m_flowTiles; ///< the flows that stack under the nodes, likewise

    QRectF m_graphBounds;             ///< the items' bounds with a margin, once built
    GraphProjection m_projection;     ///< of the newest request
    GraphProjection m_itemProjection; ///< of the items on show
    std::unique_ptr<Build> m_build;   ///< items still to create, a slice at a time
    QTimer m_buildTimer;

    GraphFilter m_filter;
    int m_hiddenCount = 0;
    QSet<QString> m_collapsed;
    QStringList m_path;
    QHash<QString, ChangeMark> m_marks;
    QStringList m_removed;
    QString m_marksSince;

    FlowLayerItem *m_layer = nullptr; ///< large graphs: the overview's flows as one image
    bool m_layerDrawsFlows = false; ///< at the present zoom (FlowItem::setLayerDraws)
    QFutureWatcher<QImage> m_layerWatcher;
    quint64 m_layerGeneration = 0; ///< bumped when the flows to draw change
    quint64 m_layerRequested = 0;  ///< the generation the running render is for
    double m_layerScale = 0;       ///< the scale the running render is for
    double m_layerWanted = 0;      ///< asked for while a render ran

    GraphOverlayBar *m_bar = nullptr;
    QMenu *m_filterMenu = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_clearFilterAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_expandAllAction = nullptr;

    QLabel *m_message = nullptr;
    QLineEdit *m_findField = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_names = nullptr;
    QHash<QString, QString> m_idForName; ///< completer entry → element id
};

} // namespace tw::ui
