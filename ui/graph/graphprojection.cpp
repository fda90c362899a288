// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphprojection.h"

#include <QStringBuilder>

namespace tw::ui {

QStringList boundaryChain(const QHash<QString, QString> &parentOf, const QString &boundaryId)
{
    QStringList chain;
    QString id = boundaryId;
    while (!id.isEmpty() && !chain.contains(id) && chain.size() < 64) {
        chain.append(id);
        id = parentOf.value(id);
    }
    return chain;
}

GraphProjection projectModel(const SystemModel &model, const QSet<QString> &collapsed)
{
    GraphProjection p;
    QHash<QString, QString> parentOf;
    QHash<QString, qsizetype> boundaryIndex;
    for (qsizetype i = 0; i < model.boundaries.size(); ++i) {
        parentOf.insert(model.boundaries[i].id, model.boundaries[i].parentId);
        boundaryIndex.insert(model.boundaries[i].id, i);
    }
    // The outermost collapsed boundary at or above a boundary decides where things inside go.
    QHash<QString, QString> foldedInto;
    for (const TrustBoundary &b : model.boundaries) {
        QString root;
        for (const QString &id : boundaryChain(parentOf, b.id)) {
            if (collapsed.contains(id))
                root = id;
        }
        if (!root.isEmpty())
            foldedInto.insert(b.id, root);
    }

    QHash<QString, qsizetype> collapsedIndex;
    for (qsizetype i = 0; i < model.boundaries.size(); ++i) {
        const TrustBoundary &b = model.boundaries[i];
        const QString root = foldedInto.value(b.id);
        if (root.isEmpty()) {
            p.clusters.append(i);
            p.shownAs.insert(b.id, b.id);
            continue;
        }
        p.shownAs.insert(b.id, root);
        if (root == b.id) {
            collapsedIndex.insert(b.id, p.collapsed.size());
            p.collapsed.append(GraphProjection::CollapsedNode{i, {}});
            // Its parent frame is not folded (this is the outermost fold), so the node sits there.
            p.clusterOf.insert(b.id, b.parentId);
        }
    }
    // Counted once every collapsed node exists: a nested boundary may come first in the list.
    for (const TrustBoundary &b : model.boundaries) {
        const QString root = foldedInto.value(b.id);
        if (!root.isEmpty() && root != b.id)
            ++p.collapsed[collapsedIndex.value(root)].contents.boundaries;
    }

    QSet<QString> componentIds;
    for (qsizetype i = 0; i < model.components.size(); ++i) {
        const Component &c = model.components[i];
        componentIds.insert(c.id);
        const QString root = c.boundaryId.isEmpty() ? QString() : foldedInto.value(c.boundaryId);
        if (root.isEmpty()) {
            p.components.append(i);
            p.shownAs.insert(c.id, c.id);
            p.clusterOf.insert(c.id, c.boundaryId);
        } else {
            p.shownAs.insert(c.id, root);
            ++p.collapsed[collapsedIndex.value(root)].contents.components;
        }
    }
    for (const EntryPoint &e : model.entryPoints) {
        if (p.shownAs.contains(e.componentId))
            p.shownAs.insert(e.id, p.shownAs.value(e.componentId));
    }

    QHash<QPair<QString, QString>, qsizetype> merged; ///< (source, target) → index into edges
    for (qsizetype i = 0; i < model.flows.size(); ++i) {
        const DataFlow &f = model.flows[i];
        if (!componentIds.contains(f.sourceId) || !componentIds.contains(f.targetId))
            continue; // an end that is no component: nothing to draw it between
        const QString source = p.shownAs.value(f.sourceId);
        const QString target = p.shownAs.value(f.targetId);
        const bool rerouted = source != f.sourceId || target != f.targetId;
        if (!rerouted) {
            p.edges.append(GraphProjection::Edge{f.id, source, target, {i}});
            p.shownAs.insert(f.id, f.id);
            continue;
        }
        if (source == target) { // wholly inside one collapsed boundary
            ++p.collapsed[collapsedIndex.value(source)].contents.internalFlows;
            p.shownAs.insert(f.id, source);
            continue;
        }
        const auto key = qMakePair(source, target);
        if (const auto it = merged.constFind(key); it != merged.constEnd()) {
            p.edges[*it].flows.append(i);
        } else {
            merged.insert(key, p.edges.size());
            p.edges.append(GraphProjection::Edge{f.id, source, target, {i}});
        }
    }
    for (GraphProjection::Edge &edge : p.edges) {
        if (edge.flows.size() > 1)
            edge.id = QStringLiteral("merged:") % edge.source % QStringLiteral("→") % edge.target;
        for (const qsizetype i : std::as_const(edge.flows))
            p.shownAs.insert(model.flows[i].id, edge.id);
    }

    // The badge of a collapsed boundary: open threats on anything it holds, each counted once.
    if (!p.collapsed.isEmpty()) {
        for (const Threat &t : model.threats) {
            if (!isOpen(t.status))
                continue;
            QSet<QString> nodes;
            for (const QString &target : t.targets) {
                const QString shown = p.shownAs.value(target);
                if (collapsedIndex.contains(shown))
                    nodes.insert(shown);
            }
            for (const QString &node : std::as_const(nodes)) {
                OpenThreats &open = p.collapsed[collapsedIndex.value(node)].contents.threats;
                open.worst = open.count == 0 ? t.severity : std::max(open.worst, t.severity);
                ++open.count;
            }
        }
    }
    return p;
}

} // namespace tw::ui
