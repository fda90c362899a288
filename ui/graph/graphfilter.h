// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>
#include <QSet>
#include <QString>

/**
 * The system graph's filters: by component kind, trust boundary, threat severity and threat
 * status. An empty set does not filter. Filtered-out elements are hidden (not dimmed: dimming is
 * how an attack path shows what is off it); the layout is kept, so nothing moves when a filter
 * changes.
 */
namespace tw::ui {

struct GraphFilter
{
    /** Stands in the boundary set for the components outside every trust boundary. */
    static QString noBoundary() { return QStringLiteral("(none)"); }

    QSet<ComponentKind> kinds;
    QSet<QString> boundaries; ///< a boundary also admits what is nested inside it
    QSet<Severity> severities;
    QSet<ThreatStatus> statuses;

    bool isActive() const { return !kinds.isEmpty() || !boundaries.isEmpty() || !severities.isEmpty() || !statuses.isEmpty(); }
    bool filtersThreats() const { return !severities.isEmpty() || !statuses.isEmpty(); }
    friend bool operator==(const GraphFilter &, const GraphFilter &) = default;
};

/**
 * The components of `model` that pass `filter`. A component passes when its kind is chosen, it
 * sits in a chosen boundary (directly or nested), and — with a severity or status chosen — a
 * threat on it (or on one of its entry points) has a chosen severity and status. Without a
 * status, only open threats count (as on the badges).
 */
QSet<QString> passingComponents(const SystemModel &model, const GraphFilter &filter);

} // namespace tw::ui
