// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>
#include <QString>

namespace tw {

/** What a badge on one element shows: how many threats are still open, and the worst of them. */
struct OpenThreats
{
    int count = 0;
    Severity worst = Severity::Info;
};

/**
 * Whether a threat still needs attention: suggested, validated or accepted. Dismissed,
 * mitigated and resolved-by-change threats do not count on diagrams.
 */
bool isOpen(ThreatStatus status);

/**
 * Open threats per element id, for badges on diagrams. A threat counts once for every element
 * it targets; a threat on an entry point counts for the entry point's component (once per
 * threat, even when it also names the component itself). Flows and boundaries are keyed by
 * their own ids.
 */
QHash<QString, OpenThreats> openThreatsByElement(const SystemModel &model);

} // namespace tw
