// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/itemtile.h"

#include <QGraphicsScene>

#include <algorithm>
#include <cmath>

namespace tw::ui {

ItemTile::ItemTile(qreal z)
{
    setFlag(ItemContainsChildrenInShape);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(z);
}

void ItemTile::include(const QRectF &rect)
{
    if (rect.isEmpty() || m_bounds.contains(rect))
        return;
    prepareGeometryChange();
    m_bounds = m_bounds.isEmpty() ? rect : m_bounds.united(rect);
}

void ItemTile::settle()
{
    const QRectF bounds = childrenBoundingRect();
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

ItemTile *ItemTile::of(const QGraphicsItem *item)
{
    QGraphicsItem *parent = item ? item->parentItem() : nullptr;
    return parent && parent->type() == Type ? static_cast<ItemTile *>(parent) : nullptr;
}

TileGrid::TileGrid(QGraphicsScene *scene, const QRectF &area, qsizetype items, qreal z)
    : m_scene(scene)
    , m_area(area)
    , m_z(z)
{
    const double cells = std::max<double>(1, double(items) / ItemsPerTile);
    const double aspect = area.height() > 0 ? area.width() / area.height() : 1;
    m_columns = std::clamp(int(std::lround(std::sqrt(cells * aspect))), 1, 256);
    m_rows = std::clamp(int(std::ceil(cells / m_columns)), 1, 256);
    m_tiles.fill(nullptr, qsizetype(m_columns) * m_rows);
}

ItemTile *TileGrid::tileFor(const QPointF &centre)
{
    if (!m_scene)
        return nullptr;
    const auto cell = [](double offset, double extent, int count) {
        if (extent <= 0)
            return 0;
        return std::clamp(int(std::floor(offset / extent * count)), 0, count - 1);
    };
    const int column = cell(centre.x() - m_area.left(), m_area.width(), m_columns);
    const int row = cell(centre.y() - m_area.top(), m_area.height(), m_rows);
    ItemTile *&tile = m_tiles[qsizetype(row) * m_columns + column];
    if (!tile) {
        tile = new ItemTile(m_z);
        m_scene->addItem(tile);
    }
    return tile;
}

void TileGrid::settle()
{
    for (ItemTile *tile : std::as_const(m_tiles)) {
        if (tile)
            tile->settle();
    }
}

} // namespace tw::ui
