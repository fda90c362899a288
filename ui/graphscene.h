// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphlayout.h"
#include "model/model.h"
#include "model/threatsummary.h"

#include <QColor>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

/**
 * The items the system graph is drawn with. Each keeps the id of the model element it shows and
 * a copy of what it draws (the model is a value, not a live object), takes its geometry from a
 * layout result, and reads its colours from the scene's palette so dark themes stay readable.
 */
namespace tw::ui {

class FlowLayerItem;

class ItemTile;

/**
 * How the graph's items stack: boundary frames at 1 + depth, flows without a label under the
 * nodes (with the flow layer), the nodes, then labelled, selected and highlighted flows above.
 */
inline constexpr qreal UnderFlowZ = 15;
inline constexpr qreal NodeZ = 20;

/** The role every graph item stores its element id under (QGraphicsItem::data). */
inline constexpr int ElementIdRole = 0;

/** The text drawn on a flow, and sized into the layout: protocol and port ("https:443"). */
QString flowLabel(const DataFlow &flow);

/** A component kind as people say it ("identity provider"), translated. */
QString componentKindLabel(ComponentKind kind);

/** How an item stands out from the rest: an attack path is highlighted and the rest dimmed. */
enum class Emphasis { Normal, Highlighted, Dimmed };

/** What live mode marks on an element until the user acknowledges it. */
enum class ChangeMark { None, Added, Changed };

/** The colour of a change mark (the compare window's colours: green added, amber changed). */
QColor changeMarkColour(ChangeMark mark);
/** The colour an attack path is drawn over its items with. */
QColor attackPathColour();

/**
 * Below this zoom the graph is an overview: items draw plain rectangles and lines without
 * antialiasing, dashes or text. A full repaint of thousands of items then costs a few
 * milliseconds instead of most of a second (docs/performance.md).
 */
inline constexpr double OverviewLevelOfDetail = 0.3;

/** What every item of the graph shares: the element it shows, its emphasis and change mark. */
class GraphItem : public QGraphicsItem
{
public:
    QString elementId() const { return m_elementId; }

    Emphasis emphasis() const { return m_emphasis; }
    /** Highlighted items get a halo; dimmed ones are drawn faint (opacity). */
    void setEmphasis(Emphasis emphasis);
    ChangeMark changeMark() const { return m_changeMark; }
    void setChangeMark(ChangeMark mark);

protected:
    void setElementId(const QString &id);
    /** The tooltip, one line each, shown as plain text whatever the lines contain. */
    void setTextToolTip(const QStringList &lines);
    /** Called after the emphasis changed (a flow on a path moves above the others). */
    virtual void emphasisChanged() {}
    /** Called after the change mark changed (prepareGeometryChange() was called before). */
    virtual void changeMarkChanged() {}
    /** After the bounds or the place changed: the item's tile (see ItemTile) must still hold it. */
    void boundsMayHaveGrown();
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_elementId;
    Emphasis m_emphasis = Emphasis::Normal;
    ChangeMark m_changeMark = ChangeMark::None;
};

/**
 * A node of the graph (a component, a collapsed boundary): a box Graphviz placed, centred on the
 * item's position, with a threat badge astride its top-right corner.
 *
 * Its bounds are kept, not computed on demand: the scene asks every item for them on each
 * repaint (a linear index), and measuring the badge's text there cost a third of the GUI
 * thread's instructions on each triage key of a 2,000-component graph (docs/performance.md).
 */
class NodeItem : public GraphItem
{
public:
    /** Places the item on the box Graphviz gave the node (scene coordinates). */
    void setGeometry(const QRectF &box);
    /** The open threats its badge counts. */
    virtual const OpenThreats &threatBadge() const = 0;

    QRectF boundingRect() const override { return m_bounds; }
    /** The box the layout gave the node, local coordinates (the shape is drawn inside it). */
    QRectF box() const { return m_box; }

protected:
    /** `margin`: how far the drawing reaches beyond the box (outline pen, a folded frame). */
    explicit NodeItem(double margin)
        : m_margin(margin)
    {
    }
    /** The badge's place, local coordinates; empty without open threats. */
    QRectF badgeRect() const { return m_badgeRect; }
    /** The badge's text: the count, "99+" above 99. */
    QString badgeText() const;
    /** Call after the badge's count changed (it may grow the bounds). */
    void updateBounds();
    /** After setGeometry(): a subclass prepares what depends on the box here, not in paint(). */
    virtual void geometryChanged() {}
    void emphasisChanged() override;
    void changeMarkChanged() override;

    QRectF m_box; ///< local coordinates, centred on (0,0)

private:
    QRectF computeBounds() const;

    double m_margin;
    QRectF m_badgeRect;
    QRectF m_bounds;
};

/**
 * The widths in inches the layout gives component and collapsed-boundary nodes, measured with the
 * fonts the items draw with. Measuring is slow (text shaping, tens of microseconds a name), so
 * the graph view runs it on the layout thread. Fonts keep per-thread glyph caches: build one
 * sizer on the thread that uses it and never share it.
 */
class NodeSizer
{
public:
    NodeSizer();
    double component(const Component &component) const;
    double collapsedBoundary(const TrustBoundary &boundary) const;

private:
    QFontMetricsF m_name;
    QFontMetricsF m_detail;
    QFontMetricsF m_title;
};

/** A component: a shape and an icon by kind, name and kind/technology, a threat badge. */
class ComponentItem : public NodeItem
{
public:
    enum { Type = UserType + 1 };

    ComponentItem(const Component &component, const OpenThreats &threats);

    int type() const override { return Type; }
    const Component &component() const { return m_component; }

    /** Takes the component's text, kind and badge anew (same id). */
    void syncWithComponent(const Component &component, const OpenThreats &threats);

    int openThreats() const { return m_threats.count; }
    Severity worstSeverity() const { return m_threats.worst; }
    const OpenThreats &threatBadge() const override { return m_threats; }
    /** The badge's fill; invalid when the component has no open threat. */
    QColor badgeColour() const;

    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr double PreferredHeight = 0.7; ///< inches

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void geometryChanged() override { prepareText(); }

private:
    QPainterPath outline() const;
    void updateToolTip();
    /** Where the name and detail lines go: left edge and width, local coordinates. */
    std::pair<double, double> textColumn() const;
    /**
     * Elides and lays out the two lines for the box once. Doing it in paint() cost the first
     * frame of a 500-component graph a quarter of its instructions; static text also skips the
     * layout on every later repaint at the same zoom.
     */
    void prepareText();

    Component m_component;
    OpenThreats m_threats;
    QStaticText m_nameText;
    QStaticText m_detailText;
    double m_nameHeight = 0;
    double m_detailHeight = 0;
    /// The lines' widths as bars when too small to read: estimated from their length, since
    /// measuring the text would cost the shaping the bars are there to save.
    double m_nameBarWidth = 0;
    double m_detailBarWidth = 0;
};

/** A trust boundary: a dashed frame with its title; nested boundaries sit above their parents. */
class BoundaryItem : public GraphItem
{
public:
    enum { Type = UserType + 2 };

    BoundaryItem(const TrustBoundary &boundary, const OpenThreats &threats);

    int type() const override { return Type; }
    const TrustBoundary &boundary() const { return m_boundary; }

    void syncWithBoundary(const TrustBoundary &boundary, const OpenThreats &threats);
    const OpenThreats &threatBadge() const { return m_threats; }
    void setGeometry(const layout::ClusterGeometry &geometry);
    int depth() const { return m_depth; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF titleRect() const;

    TrustBoundary m_boundary;
    OpenThreats m_threats;
    QRectF m_box;
    int m_depth = 0;
};

/**
 * A collapsed trust boundary: one node standing for everything inside it, with the boundary's
 * title, how many components (and nested boundaries) it holds, and a badge with the highest
 * severity of the open threats inside. Its element id is the boundary's.
 */
class CollapsedBoundaryItem : public NodeItem
{
public:
    enum { Type = UserType + 4 };

    struct Contents
    {
        int components = 0;
        int boundaries = 0;    ///< nested ones
        int internalFlows = 0; ///< flows that start and end inside
        OpenThreats threats;   ///< over the boundary and everything inside it
    };

    CollapsedBoundaryItem(const TrustBoundary &boundary, const Contents &contents);

    int type() const override { return Type; }
    const TrustBoundary &boundary() const { return m_boundary; }
    const Contents &contents() const { return m_contents; }
    const OpenThreats &threatBadge() const override { return m_contents.threats; }
    void setContents(const Contents &contents);
    /** The line under the title: "12 components · 2 boundaries". */
    QString countText() const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr double PreferredHeight = 0.8; ///< inches

private:
    void updateToolTip();

    TrustBoundary m_boundary;
    Contents m_contents;
};

/**
 * A data flow: every Bézier piece Graphviz routed, an arrowhead, the protocol as a label. When a
 * collapsed boundary makes several flows run between the same two nodes they are drawn as one,
 * labelled with their count; such a merged flow has no element id of its own and cannot be
 * selected (its tooltip lists the flows).
 */
class FlowItem : public GraphItem
{
public:
    enum { Type = UserType + 3 };

    explicit FlowItem(const DataFlow &flow, const OpenThreats &threats);
    /** A merged flow: `flows` (two or more) run between the same two nodes. */
    FlowItem(const QList<DataFlow> &flows, const OpenThreats &threats);

    int type() const override { return Type; }
    /** The flow drawn (the first of a merged flow). */
    const DataFlow &flow() const { return m_flow; }
    /** The ids of the flows this item stands for: one, or several when merged. */
    QStringList memberIds() const { return m_members; }
    bool isMerged() const { return m_members.size() > 1; }

    void syncWithFlow(const DataFlow &flow, const OpenThreats &threats);
    const OpenThreats &threatBadge() const { return m_threats; }
    void setGeometry(const layout::EdgeGeometry &geometry);
    QString labelText() const;
    QPainterPath path() const { return m_path; }
    /** Its colour when nothing emphasises it. */
    QColor restingColour(const QPalette &palette) const;
    /** The view's flow layer draws this flow where it can (see FlowLayerItem), unless it is
     *  emphasised; null: the item always draws itself. */
    void setLayer(const FlowLayerItem *layer) { m_layer = layer; }
    /**
     * The tile the flow lives in while it stacks with the unlabelled flows; it leaves the tile
     * while it rises above the components (selected, on an attack path), as a tile stacks all
     * its children at its own level.
     */
    void setHome(ItemTile *tile);
    /** Whether the view's flow layer draws this flow at the view's zoom; the caller repaints. */
    void setLayerDraws(bool draws);
    const FlowLayerItem *layer() const { return m_layer; }
    QPolygonF arrow() const { return m_arrow; }
    bool isCleartext() const;

    static constexpr double RestingWidth = 1.3;     ///< scene units
    static constexpr double MergedExtraWidth = 1.2; ///< added for a flow standing for several

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    /**
     * A point within half the hit width of the line, on the arrowhead or on the label. Asked of
     * every flow whose box holds the point on each press, release and hover of a large graph;
     * the stroked shape's winding test cost most of a click there.
     */
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void emphasisChanged() override;
    void changeMarkChanged() override { updateQuiet(); }
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF labelRect() const;
    void updateToolTip();
    qreal restingZ() const;
    /** The z-value for its state, and the tile or the top level to stack in. */
    void restack();
    /**
     * A flow the layer draws whole (no label, nothing emphasising it) is an item without contents
     * to Qt, which then passes it over on each repaint with a flag test instead of mapping and
     * testing its box (~1,000 instructions each: 8,000 flows on every triage key of a
     * 2,000-component graph). Hit tests, hover and tooltips do not look at the flag. Qt skips
     * the repaint requests of such an item, and the area it last painted may be stale, so the
     * area is repainted through the scene whenever the flag changes.
     */
    void updateQuiet();
    /** Selected, hovered, on an attack path or marked changed: drawn by the item, over the layer. */
    bool standsOut(bool selected, bool hovered) const;
    /** Whether the layer draws all of it (no label, nothing making it stand out). */
    bool drawnByLayerAlone() const;

    DataFlow m_flow;
    QStringList m_members;
    QString m_mergedTip; ///< the member flows, for a merged flow's tooltip
    OpenThreats m_threats;
    QPainterPath m_path;
    QPolygonF m_arrow;
    std::optional<QPointF> m_labelPos;
    QRectF m_bounds;
    mutable QPainterPath m_shape; ///< stroked on first use: hit tests need it, building does not
    mutable QList<QPolygonF> m_hitLine; ///< the path flattened, on first contains()
    const FlowLayerItem *m_layer = nullptr;
    ItemTile *m_home = nullptr;
    bool m_layerDraws = false;
    bool m_hovered = false;
};

} // namespace tw::ui
