// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/threatsummary.h"

#include <QSet>
#include <QVarLengthArray>

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
    // Almost every threat has one or two targets: a short list beats a set, which Qt frees and
    // re-allocates on every clear() (8,000 threats on each triage key).
    // Linear de-duplication is quadratic, so a threat naming many elements (a crafted file can
    // name thousands) uses a set.
    constexpr qsizetype ShortList = 8;
    QVarLengthArray<const QString *, ShortList> owners;
    QSet<QString> seen;
    for (const Threat &t : model.threats) {
        if (!isOpen(t.status))
            continue;
        owners.clear();
        if (t.targets.size() > ShortList)
            seen.clear();
        for (const QString &target : t.targets) {
            const auto component = componentOfEntryPoint.constFind(target);
            const QString *owner = component == componentOfEntryPoint.cend() ? &target : &component.value();
            bool known = false;
            if (t.targets.size() <= ShortList) {
                known = std::any_of(owners.cbegin(), owners.cend(), [owner](const QString *o) { return *o == *owner; });
            } else {
                known = seen.contains(*owner);
                seen.insert(*owner);
            }
            if (!known)
                owners.append(owner);
        }
        for (const QString *owner : std::as_const(owners)) {
            OpenThreats &entry = result[*owner];
            ++entry.count;
            entry.worst = std::max(entry.worst, t.severity);
        }
    }
    return result;
}

} // namespace tw
