// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/flowlayer.h"

#include "graphscene.h"

#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tw::ui {
namespace {

constexpr int MaxLayerSide = 4096; ///< pixels; a larger overview is rendered coarser and scaled up
/// Above the overview the image must be sharp: the layer draws only while the whole graph fits
/// this many pixels a side at the zoom shown (about 4 × 2.5 k pixels, 40 MB at most).
constexpr double MaxDetailLayerSide = 4096;

} // namespace

void drawFlowLine(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow, const QColor &colour, double width,
                  bool cleartext)
{
    QPen pen(colour, width, cleartext ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (cleartext)
        pen.setDashPattern({5, 3});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(QPen(colour, 1.0));
    painter->setBrush(colour);
    painter->drawPolygon(arrow);
}

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
    painter.scale(scale, scale);
    painter.translate(-area.topLeft());
    if (scale < OverviewLevelOfDetail) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setBrush(Qt::NoBrush);
        for (const FlowStroke &s : strokes) {
            QPen pen(s.colour, s.wide ? 2 : 0);
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.drawPath(s.path);
        }
    } else {
        painter.setRenderHint(QPainter::Antialiasing);
        for (const FlowStroke &s : strokes)
            drawFlowLine(&painter, s.path, s.arrow, s.colour, FlowItem::RestingWidth + (s.wide ? FlowItem::MergedExtraWidth : 0),
                         s.cleartext);
    }
    painter.end();
    image.setText(QStringLiteral("scale"), QString::number(scale, 'g', 17));
    return image;
}

QFuture<QImage> renderFlowLayerAsync(QList<FlowStroke> strokes, const QRectF &area, double scale)
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setObjectName(QStringLiteral("tw-flow-layer"));
        return p;
    }();
    return QtConcurrent::run(pool, [strokes = std::move(strokes), area, scale] { return renderFlowLayer(strokes, area, scale); });
}

FlowLayerItem::FlowLayerItem(const QRectF &area, std::function<void(double)> request)
    : m_area(area)
    , m_request(std::move(request))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(UnderFlowZ);
}

void FlowLayerItem::setImage(const QImage &image, double scale)
{
    m_image = image;
    m_scale = scale;
    update();
}

bool FlowLayerItem::drawsAt(double levelOfDetail) const
{
    if (m_suspended)
        return false;
    return levelOfDetail < OverviewLevelOfDetail
        || std::max(m_area.width(), m_area.height()) * levelOfDetail <= MaxDetailLayerSide;
}

void FlowLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (!drawsAt(lod))
        return;
    if (!m_image.isNull())
        painter->drawImage(m_area, m_image);
    // A zoom since the image was rendered: show the old one scaled, and ask for a sharp one.
    if (m_image.isNull() || std::abs(m_scale - lod) > lod * 0.15)
        m_request(lod);
}

} // namespace tw::ui
