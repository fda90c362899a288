// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QList>

/**
 * Attack paths: from what the internet reaches, along data flows, to what an attacker wants —
 * data stores, secret stores, identity providers and privileged workloads. Each path of more
 * than one hop is a threat of its own (origin "path"), explained hop by hop, and ranked by how
 * easy the hops are (unauthenticated, unencrypted) and what waits at the end.
 */
namespace tw::analysis {

struct PathOptions
{
    int maxHops = 6;       ///< longer paths are not reported
    int maxPaths = 200;    ///< the best ones, if there are more
    int maxStarts = 500;   ///< entry components considered, most exposed first
};

QList<Threat> attackPaths(const SystemModel &model, const PathOptions &options = {});

} // namespace tw::analysis
