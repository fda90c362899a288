// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "layout/graphlayout.h"
#include "model/model.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QHash>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace tw::ui {

class BoundaryItem;
class ComponentItem;
class FlowItem;

/**
 * The system graph: the model's components, trust boundaries and flows, laid out by Graphviz on
 * the layout thread and drawn as scene items.
 *
 * setModel() never blocks: it sends a snapshot to the one layout worker, shows a "Laying out…"
 * placeholder and builds the items when the result arrives. Each request carries a generation;
 * a result from an older request is dropped, so quick successive models never mix.
 *
 * Selection is by element id in both directions: a click emits elementSelected(), and other
 * panels call selectElement() (which does not echo the signal back). Entry point ids select
 * their component.
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
    ComponentItem *componentItem(const QString &id) const { return m_components.value(id); }
    BoundaryItem *boundaryItem(const QString &id) const { return m_boundaries.value(id); }
    FlowItem *flowItem(const QString &id) const { return m_flows.value(id); }

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

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void layoutReady();
    void buildItems(const layout::LayoutResult &result);
    void clearItems();
    void onSelectionChanged();
    void updateCompleter();
    void showMessage(const QString &text);
    void syncPalette();
    void placeOverlays();
    void setZoom(double scale);
    QRectF graphRect() const;
    void renderGraph(QPainter *painter, const QRectF &target) const;

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
    QHash<QString, FlowItem *> m_flows;
    QHash<QString, QString> m_componentOfEntryPoint;

    QLabel *m_message = nullptr;
    QLineEdit *m_findField = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_names = nullptr;
    QHash<QString, QString> m_idForName; ///< completer entry → element id
};

} // namespace tw::ui
