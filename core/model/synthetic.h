// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

namespace tw {

/** Sizes of a generated model. */
struct SyntheticSpec
{
    int components = 100;
    int flowsPerComponent = 4;
    int threats = 1000;
    quint32 seed = 1;
};

/**
 * A deterministic, microservice-shaped model of any size for benchmarks and stress tests:
 * services in VPC/subnet boundaries, data stores, gateways, entry points, flows and threats
 * with realistic text lengths. The same spec always gives the same model (same ids and
 * fingerprints), so it can stand for "a re-import of unchanged input".
 */
SystemModel syntheticModel(const SyntheticSpec &spec);

} // namespace tw
