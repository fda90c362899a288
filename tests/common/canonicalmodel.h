// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Models compared as sets: tests of the repository importer check that different ways of getting
// a model (incremental, cached, full) give the same elements, whatever order they were merged in.

#include "model/model.h"

#include <algorithm>
#include <tuple>

namespace tw::test {

/** The model in a canonical order: equal sets of elements compare equal whatever the merge order. */
inline SystemModel canonical(SystemModel m)
{
    auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(m.components.begin(), m.components.end(), byId);
    std::sort(m.boundaries.begin(), m.boundaries.end(), byId);
    std::sort(m.entryPoints.begin(), m.entryPoints.end(), byId);
    std::sort(m.flows.begin(), m.flows.end(), byId);
    std::sort(m.assets.begin(), m.assets.end(), byId);
    auto sortSources = [](auto &list) {
        for (auto &e : list)
            std::sort(e.sources.begin(), e.sources.end(), [](const SourceRef &a, const SourceRef &b) { return a.toString() < b.toString(); });
    };
    sortSources(m.components);
    sortSources(m.boundaries);
    sortSources(m.entryPoints);
    sortSources(m.flows);
    sortSources(m.assets);
    std::sort(m.diagnostics.begin(), m.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tuple(a.source.file, a.source.line, a.source.column, a.message) < std::tuple(b.source.file, b.source.line, b.source.column, b.message);
    });
    m.threats.clear();
    return m;
}

} // namespace tw::test
