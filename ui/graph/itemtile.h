// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QRectF>

class QGraphicsScene;

/**
 * Groups of graph items that lie close together, so that a repaint or a hit test of a small area
 * skips whole groups.
 *
 * The scene has no BSP index (building one cost a large graph's first frame ~100 ms, see
 * GraphView), so on every repaint, however small, Qt walks all top-level items: on a
 * 2,000-component graph ~10,000 of them, about 8 M instructions for each triage key that moves
 * the selection. It also re-sorts them all whenever one changes its z-value, which selecting an
 * item does: another 3 M. A tile's children are skipped as a whole when the tile's box misses
 * the exposed area (ItemContainsChildrenInShape), and a child that changes its z-value re-sorts
 * only its own tile.
 */
namespace tw::ui {

class ItemTile : public QGraphicsItem
{
public:
    enum { Type = UserType + 11 };

    /** Children are stacked at `z` among the scene's top-level items. */
    explicit ItemTile(qreal z);

    int type() const override { return Type; }
    /** The union of the children's boxes (a tile sits at the scene's origin). */
    QRectF boundingRect() const override { return m_bounds; }
    /**
     * True inside the box: Qt looks for children only under a tile that the point hits. The tile
     * takes no mouse buttons, hover or tooltip, so it never stands in for its children.
     */
    bool contains(const QPointF &point) const override { return m_bounds.contains(point); }
    /** Draws nothing, but must not be ItemHasNoContents: Qt then skips the box test that prunes. */
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

    /** Grows the box to hold `rect` (scene coordinates); a child calls it when it may have grown. */
    void include(const QRectF &rect);
    /** The box recomputed from the children, once they are all in place. */
    void settle();

    /** `item`'s tile, or null when its parent is none. */
    static ItemTile *of(const QGraphicsItem *item);

private:
    QRectF m_bounds;
};

/**
 * Tiles on a grid over the graph, each meant to hold about ItemsPerTile items: an item goes to the
 * cell that holds the centre of its box. Tiles are made when first asked for and added to the
 * scene then; the scene owns them (QGraphicsScene::clear() deletes them with their children).
 */
class TileGrid
{
public:
    static constexpr qsizetype ItemsPerTile = 64;

    TileGrid() = default;
    /** A grid over `area` for about `items` items, its tiles stacked at `z` in `scene`. */
    TileGrid(QGraphicsScene *scene, const QRectF &area, qsizetype items, qreal z);

    /** The tile for an item centred at `centre` (points outside the area go to the nearest). */
    ItemTile *tileFor(const QPointF &centre);
    /** Every tile's box from its children: call when the items are in place. */
    void settle();

private:
    QGraphicsScene *m_scene = nullptr;
    QRectF m_area;
    int m_columns = 1;
    int m_rows = 1;
    qreal m_z = 0;
    QList<ItemTile *> m_tiles; ///< row-major, null until asked for
};

} // namespace tw::ui
