// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPainterPath>

#include <functional>

/**
 * The flows of a large graph in overview, as one image rendered off the GUI thread. Thousands of
 * long lines cost the raster engine a few hundred milliseconds whatever the item code does (about
 * 220 ms for 6,000 lines across a 1600 × 1000 view here); painted as items they would freeze the
 * window on every full repaint. The layer sits where the unlabelled flows sit (above the frames,
 * below the components) and paints only below OverviewLevelOfDetail; closer in, the flow items
 * draw themselves.
 */
namespace tw::ui {

struct FlowStroke
{
    QPainterPath path; ///< scene coordinates
    QColor colour;
    bool wide = false; ///< a merged flow
};

/**
 * Renders `strokes` for the scene area `area` at `scale` device pixels per scene unit (one-pixel
 * lines, no antialiasing, as the overview items draw). Thread-safe: plain data in, image out.
 */
QImage renderFlowLayer(const QList<FlowStroke> &strokes, const QRectF &area, double scale);

class FlowLayerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 10 };

    /** `request` is called with the scale the view needs when the image on hand does not fit it. */
    FlowLayerItem(const QRectF &area, std::function<void(double)> request);

    int type() const override { return Type; }
    void setImage(const QImage &image, double scale);
    bool hasImage() const { return !m_image.isNull(); }
    double imageScale() const { return m_scale; }
    QRectF area() const { return m_area; }

    QRectF boundingRect() const override { return m_area; }
    /** Nothing to hit: clicks go to the flows and components. */
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_area;
    QImage m_image;
    double m_scale = 0;
    std::function<void(double)> m_request;
};

} // namespace tw::ui
