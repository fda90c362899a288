// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphscene.h"
#include "model/model.h"
#include "model/threatsummary.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

/**
 * What the system graph draws of a model: every component and trust boundary as itself, except
 * inside a collapsed boundary, which becomes one node. Flows into and out of a collapsed
 * boundary are rerouted to that node; several that then run between the same two nodes are
 * merged into one edge; flows wholly inside are counted on the node. Plain data, so it can be
 * computed and tested without a scene.
 */
namespace tw::ui {

struct GraphProjection
{
    struct CollapsedNode
    {
        qsizetype boundary = -1; ///< index into the model's boundaries
        CollapsedBoundaryItem::Contents contents;
    };
    struct Edge
    {
        QString id;     ///< the flow's own id, or "merged:<source>→<target>" for several
        QString source; ///< node ids: a component's, or a collapsed boundary's
        QString target;
        QList<qsizetype> flows; ///< indices into the model's flows
    };

    QList<qsizetype> components; ///< indices of the components drawn as themselves
    QList<qsizetype> clusters;   ///< indices of the boundaries drawn as frames
    QList<CollapsedNode> collapsed;
    QList<Edge> edges;
    /**
     * Element id (component, boundary, entry point, flow) → id of the item that shows it: itself,
     * its component (entry points), the collapsed boundary holding it, or its merged edge.
     */
    QHash<QString, QString> shownAs;
    /** Node id → the collapsed boundary or component's innermost frame it sits in (empty: none). */
    QHash<QString, QString> clusterOf;
};

/**
 * Projects `model` with the boundaries in `collapsed` folded (an id that names no boundary is
 * ignored; a collapsed boundary inside another collapsed one is folded into the outer one).
 */
GraphProjection projectModel(const SystemModel &model, const QSet<QString> &collapsed);

/** The boundary id and every boundary above it, innermost first (cycles are cut). */
QStringList boundaryChain(const QHash<QString, QString> &parentOf, const QString &boundaryId);

} // namespace tw::ui
