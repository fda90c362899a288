// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphfilter.h"

#include "graph/graphprojection.h"
#include "model/threatsummary.h"

namespace tw::ui {

QSet<QString> passingComponents(const SystemModel &model, const GraphFilter &filter)
{
    QSet<QString> passing;
    QHash<QString, QString> parentOf;
    for (const TrustBoundary &b : model.boundaries)
        parentOf.insert(b.id, b.parentId);

    QSet<QString> withThreat; ///< components a matching threat concerns
    if (filter.filtersThreats()) {
        QHash<QString, QString> componentOf;
        for (const EntryPoint &e : model.entryPoints)
            componentOf.insert(e.id, e.componentId);
        for (const Threat &t : model.threats) {
            if (filter.statuses.isEmpty() ? !isOpen(t.status) : !filter.statuses.contains(t.status))
                continue;
            if (!filter.severities.isEmpty() && !filter.severities.contains(t.severity))
                continue;
            for (const QString &target : t.targets)
                withThreat.insert(componentOf.value(target, target));
        }
    }

    for (const Component &c : model.components) {
        if (!filter.kinds.isEmpty() && !filter.kinds.contains(c.kind))
            continue;
        if (!filter.boundaries.isEmpty()) {
            bool inside = false;
            if (c.boundaryId.isEmpty()) {
                inside = filter.boundaries.contains(GraphFilter::noBoundary());
            } else {
                for (const QString &id : boundaryChain(parentOf, c.boundaryId))
                    inside = inside || filter.boundaries.contains(id);
            }
            if (!inside)
                continue;
        }
        if (filter.filtersThreats() && !withThreat.contains(c.id))
            continue;
        passing.insert(c.id);
    }
    return passing;
}

} // namespace tw::ui
