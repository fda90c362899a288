// SPDX-License-Identifier: GPL-3.0-or-later
// Diff of two 5,000-component versions (target < 200 ms; docs/performance.md).
// Usage: bench_diff [COMPONENTS]

#include "diff/modeldiff.h"
#include "model/synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace tw;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int components = argc > 1 ? std::atoi(argv[1]) : 5000;
    const SystemModel before = syntheticModel({components, 4, components * 4, 1});
    SystemModel after = before;
    // A realistic change set: 2 % of components changed, 1 % added, 1 % removed, all evidence moved.
    for (int i = 0; i < components; i += 50)
        after.components[i].attributes.insert(QStringLiteral("internet-facing"), true);
    for (Component &c : after.components)
        c.sources.first().line += 3;
    for (int i = 0; i < components / 100; ++i) {
        Component c = after.components[i];
        c.id += QStringLiteral("-v2");
        after.components.append(c);
    }
    after.components.remove(components / 2, components / 100);
    after.threats.remove(0, components / 10);
    double best = 1e9;
    qsizetype changes = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const diff::ModelDiff d = diff::diffModels(before, after);
        best = std::min(best, timer.nsecsElapsed() / 1e6);
        changes = d.elements.size() + d.threats.size();
    }
    std::printf("diff of two versions (%d components, %lld flows, %lld threats each): %.1f ms, %lld changes\n", components,
                qint64(before.flows.size()), qint64(before.threats.size()), best, qint64(changes));
    return 0;
}
