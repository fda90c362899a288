// SPDX-License-Identifier: GPL-3.0-or-later
// Graphviz layout of generated microservice-shaped models with trust boundaries
// (docs/performance.md; issue target: 500 components laid out in < 1 s).
// Usage: bench_layout [COMPONENTS...]

#include "layout/graphlayout.h"
#include "model/synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace tw;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(std::atoi(argv[i]));
    if (sizes.isEmpty())
        sizes = {100, 500, 1000, 2000, 5000};
    for (const int size : sizes) {
        const SystemModel m = syntheticModel({size, 2, 0, 1});
        layout::LayoutRequest request;
        for (const TrustBoundary &b : m.boundaries)
            request.clusters.append(layout::ClusterSpec{b.id, b.name, b.parentId});
        for (const Component &c : m.components)
            request.nodes.append(layout::NodeSpec{c.id, c.name, c.boundaryId, 1.6, 0.6, QStringLiteral("box")});
        for (const DataFlow &f : m.flows)
            request.edges.append(layout::EdgeSpec{f.id, f.sourceId, f.targetId, f.protocol});
        QElapsedTimer timer;
        timer.start();
        auto result = layout::layoutGraph(request);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!result) {
            std::printf("%d components: %s\n", size, qPrintable(result.errorString()));
            continue;
        }
        std::printf("%5d components, %5lld flows, %3lld boundaries: %-5s %8.1f ms\n", size, qint64(m.flows.size()),
                    qint64(m.boundaries.size()), qPrintable(result->engine), ms);
    }
    return 0;
}
