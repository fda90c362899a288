// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/flowlayer.h"

#include "graphscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tw::ui {
namespace {

constexpr int MaxLayerSide = 4096; ///< pixels; a larger area is rendered coarser and scaled up

} // namespace

QImage renderFlowLayer(const QList<FlowStroke> &strokes, const QRectF &area, double scale)
{
    if (area.isEmpty() || scale <= 0)
        return {};
    const double longest = std::max(area.width(), area.height()) * scale;
    if (longest > MaxLayerSide)
        scale *= MaxLayerSide / longest;
    const QSize size(std::max(1, int(std::ceil(area.width() * scale))), std::max(1, int(std::ceil(area.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.scale(scale, scale);
    painter.translate(-area.topLeft());
    painter.setBrush(Qt::NoBrush);
    for (const FlowStroke &s : strokes) {
        QPen pen(s.colour, s.wide ? 2 : 0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPath(s.path);
    }
    painter.end();
    image.setText(QStringLiteral("scale"), QString::number(scale, 'g', 17));
    return image;
}

FlowLayerItem::FlowLayerItem(const QRectF &area, std::function<void(double)> request)
    : m_area(area)
    , m_request(std::move(request))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(15);
}

void FlowLayerItem::setImage(const QImage &image, double scale)
{
    m_image = image;
    m_scale = scale;
    update();
}

void FlowLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= OverviewLevelOfDetail)
        return;
    if (!m_image.isNull())
        painter->drawImage(m_area, m_image);
    // A zoom since the image was rendered: show the old one scaled, and ask for a sharp one.
    if (m_image.isNull() || std::abs(m_scale - lod) > lod * 0.15)
        m_request(lod);
}

} // namespace tw::ui
