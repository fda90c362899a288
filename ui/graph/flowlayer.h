// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFuture>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>

#include <functional>

/**
 * The flows of a large graph, as one image rendered off the GUI thread. Thousands of long lines
 * cost the raster engine a few hundred milliseconds whatever the item code does (about 220 ms
 * for 6,000 one-pixel lines across a 1600 × 1000 view here, ~300 M instructions for 1,500
 * antialiased flows at 38 % zoom); painted as items they would freeze the window on every full
 * repaint. The layer sits where the unlabelled flows sit (above the frames, below the
 * components). In overview it draws what the overview items would (one-pixel lines); closer in,
 * while the whole graph fits an image of MaxDetailLayerSide pixels, it draws the flows as the
 * items do (antialiased, dashed when in clear text, with arrowheads) and the items add only their
 * labels. Closer still the flow items draw themselves. Emphasised flows always draw themselves.
 */
namespace tw::ui {

struct FlowStroke
{
    QPainterPath path; ///< scene coordinates
    QPolygonF arrow;   ///< the arrowhead, scene coordinates
    QColor colour;
    bool wide = false;      ///< a merged flow
    bool cleartext = false; ///< drawn dashed
};

/** How a flow's line and arrowhead look at full detail; the flow items and the layer share it. */
void drawFlowLine(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow, const QColor &colour, double width,
                  bool cleartext);

/**
 * Renders `strokes` for the scene area `area` at `scale` device pixels per scene unit: below
 * OverviewLevelOfDetail one-pixel lines without antialiasing, as the overview items draw; above
 * it as the items draw at full detail. Thread-safe: plain data in, image out.
 */
QImage renderFlowLayer(const QList<FlowStroke> &strokes, const QRectF &area, double scale);

/**
 * renderFlowLayer() on the one flow-layer thread: renders never run side by side (a view asks
 * again when the zoom changes, and a view that is gone leaves at most one render behind).
 */
QFuture<QImage> renderFlowLayerAsync(QList<FlowStroke> strokes, const QRectF &area, double scale);

class FlowLayerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 10 };

    /** `request` is called with the scale the view needs when the image on hand does not fit it. */
    FlowLayerItem(const QRectF &area, std::function<void(double)> request);

    int type() const override { return Type; }
    void setImage(const QImage &image, double scale);
    bool hasImage() const { return !m_image.isNull(); }
    QImage image() const { return m_image; }
    double imageScale() const { return m_scale; }
    QRectF area() const { return m_area; }
    /**
     * Whether the layer draws the flows at this zoom (the flow items then draw only what it does
     * not: labels, and emphasised flows). Never while suspended (exports draw vectors).
     */
    bool drawsAt(double levelOfDetail) const;
    void setSuspended(bool suspended) { m_suspended = suspended; }

    QRectF boundingRect() const override { return m_area; }
    /** Nothing to hit: clicks go to the flows and components. */
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_area;
    QImage m_image;
    double m_scale = 0;
    bool m_suspended = false;
    std::function<void(double)> m_request;
};

} // namespace tw::ui
