// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/threatsummary.h"

#include <QSet>

#include <algorithm>

namespace tw {

bool isOpen(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Suggested:
    case ThreatStatus::Validated:
    case ThreatStatus::Accepted:
        return true;
    case ThreatStatus::Dismissed:
    case ThreatStatus::Mitigated:
    case ThreatStatus::ResolvedByChange:
        break;
    }
    return false;
}

QHash<QString, OpenThreats> openThreatsByElement(const SystemModel &model)
{
    QHash<QString, QString> componentOfEntryPoint;
    componentOfEntryPoint.reserve(model.entryPoints.size());
    for (const EntryPoint &e : model.entryPoints)
        componentOfEntryPoint.insert(e.id, e.componentId);

    QHash<QString, OpenThreats> result;
    QSet<QString> owners;
    for (const Threat &t : model.threats) {
        if (!isOpen(t.status))
            continue;
        owners.clear();
        for (const QString &target : t.targets)
            owners.insert(componentOfEntryPoint.value(target, target));
        for (const QString &owner : std::as_const(owners)) {
            OpenThreats &entry = result[owner];
            ++entry.count;
            entry.worst = std::max(entry.worst, t.severity);
        }
    }
    return result;
}

} // namespace tw
