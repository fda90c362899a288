// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QFuture>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

/**
 * Plain input → Graphviz → plain geometry. No Graphviz type appears outside graphlayout.cpp;
 * callers describe the graph with ids of their own and get boxes and splines back in Qt's
 * coordinates (points, y down). Graphviz is not re-entrant, so every layout in the process runs
 * on one dedicated thread, one at a time.
 */
namespace tw::layout {

struct NodeSpec
{
    QString id;
    QString label;
    QString clusterId; ///< innermost cluster; empty at the top level
    double width = 1.6;  ///< inches, as Graphviz wants them
    double height = 0.6; ///< inches
    QString shape = QStringLiteral("box");
};

struct ClusterSpec
{
    QString id;
    QString label;
    QString parentId; ///< clusters nest
};

struct EdgeSpec
{
    QString id;
    QString sourceId;
    QString targetId;
    QString label;
};

enum class Engine {
    Auto, ///< dot for small graphs, cheaper dot settings for medium, osage for large ones
    Dot,
    Osage,
    Sfdp,
};

struct LayoutRequest
{
    QList<NodeSpec> nodes;
    QList<ClusterSpec> clusters;
    QList<EdgeSpec> edges;
    Engine engine = Engine::Auto;
    bool leftToRight = true;
    quint64 generation = 0; ///< echoed in the result, so callers can drop stale layouts
    /// Sets the nodes' widths on the layout thread, just before Graphviz runs. Measuring the text
    /// of thousands of nodes costs the caller tens of milliseconds it should not spend waiting
    /// (a window's GUI thread). Whatever it captures must be safe to read from another thread.
    std::function<void(QList<NodeSpec> &nodes)> sizeNodes;
};

struct NodeGeometry
{
    QString id;
    QRectF box;
};

struct ClusterGeometry
{
    QString id;
    QRectF box;
    QPointF labelPos; ///< centre of the title; (0,0) when the cluster has none
    int depth = 0;    ///< 0 for top-level clusters
};

struct EdgeGeometry
{
    QString id;
    /// Cubic Bézier control points: start, then (c1, c2, end) triples; several pieces when
    /// Graphviz routed the edge in parts. Straight lines come as degenerate Béziers.
    QList<QList<QPointF>> pieces;
    std::optional<QPointF> arrowHead; ///< tip of the arrow at the target
    std::optional<QPointF> labelPos;
};

struct LayoutResult
{
    QRectF bounds;
    QList<NodeGeometry> nodes;
    QList<ClusterGeometry> clusters;
    QList<EdgeGeometry> edges;
    QString engine; ///< the Graphviz engine that ran
    quint64 generation = 0;
};

/** Lays the graph out now, on the calling thread, serialised with every other layout. */
Result<LayoutResult> layoutGraph(const LayoutRequest &request);

/** Lays the graph out on the one layout thread; the future never blocks the caller. */
QFuture<Result<LayoutResult>> layoutAsync(LayoutRequest request);

/** The engine Auto picks for a graph of this many nodes. */
Engine chooseEngine(qsizetype nodeCount);

} // namespace tw::layout
