// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphlayout.h"
#include "model/model.h"
#include "model/threatsummary.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

/**
 * The items the system graph is drawn with. Each keeps the id of the model element it shows and
 * a copy of what it draws (the model is a value, not a live object), takes its geometry from a
 * layout result, and reads its colours from the scene's palette so dark themes stay readable.
 */
namespace tw::ui {

/** The role every graph item stores its element id under (QGraphicsItem::data). */
inline constexpr int ElementIdRole = 0;

/** The text drawn on a flow, and sized into the layout: protocol and port ("https:443"). */
QString flowLabel(const DataFlow &flow);

/** A component: a shape and an icon by kind, name and kind/technology, a threat badge. */
class ComponentItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    ComponentItem(const Component &component, const OpenThreats &threats);

    int type() const override { return Type; }
    QString elementId() const { return m_component.id; }
    const Component &component() const { return m_component; }

    /** Takes the component's text, kind and badge anew (same id). */
    void syncWithComponent(const Component &component, const OpenThreats &threats);
    /** Places the item on the box Graphviz gave the node (scene coordinates). */
    void setGeometry(const QRectF &box);

    int openThreats() const { return m_threats.count; }
    Severity worstSeverity() const { return m_threats.worst; }
    const OpenThreats &threatBadge() const { return m_threats; }
    /** The badge's fill; invalid when the component has no open threat. */
    QColor badgeColour() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** Width in inches a node needs for this name, for the layout request. */
    static double preferredWidth(const Component &component);
    static constexpr double PreferredHeight = 0.7; ///< inches

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPainterPath outline() const;
    QRectF badgeRect() const;
    void updateToolTip();

    Component m_component;
    OpenThreats m_threats;
    QRectF m_box; ///< local coordinates, centred on (0,0)
};

/** A trust boundary: a dashed frame with its title; nested boundaries sit above their parents. */
class BoundaryItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    BoundaryItem(const TrustBoundary &boundary, const OpenThreats &threats);

    int type() const override { return Type; }
    QString elementId() const { return m_boundary.id; }
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

/** A data flow: every Bézier piece Graphviz routed, an arrowhead, the protocol as a label. */
class FlowItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit FlowItem(const DataFlow &flow, const OpenThreats &threats);

    int type() const override { return Type; }
    QString elementId() const { return m_flow.id; }
    const DataFlow &flow() const { return m_flow; }

    void syncWithFlow(const DataFlow &flow, const OpenThreats &threats);
    const OpenThreats &threatBadge() const { return m_threats; }
    void setGeometry(const layout::EdgeGeometry &geometry);
    QString labelText() const { return flowLabel(m_flow); }
    QPainterPath path() const { return m_path; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF labelRect() const;
    bool isCleartext() const;

    DataFlow m_flow;
    OpenThreats m_threats;
    QPainterPath m_path;
    QPolygonF m_arrow;
    std::optional<QPointF> m_labelPos;
    QRectF m_bounds;
    QPainterPath m_shape;
};

} // namespace tw::ui
