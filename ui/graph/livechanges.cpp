// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/livechanges.h"

#include "diff/modeldiff.h"

namespace tw::ui {

LiveChangeSet liveChanges(const SystemModel &acknowledged, const SystemModel &now)
{
    LiveChangeSet set;
    QHash<QString, QString> componentOf;
    for (const SystemModel *model : {&acknowledged, &now}) {
        for (const EntryPoint &e : model->entryPoints)
            componentOf.insert(e.id, e.componentId);
    }
    const diff::ModelDiff d = diff::diffModels(acknowledged, now);
    for (const diff::ElementChange &e : d.elements) {
        if (e.elementKind == QLatin1StringView("asset"))
            continue;
        if (e.elementKind == QLatin1StringView("entry-point")) {
            // Drawn as part of its component: the component changed (unless it came or went).
            const QString component = componentOf.value(e.id);
            if (!component.isEmpty() && !set.marks.contains(component))
                set.marks.insert(component, ChangeMark::Changed);
            continue;
        }
        switch (e.change) {
        case diff::Change::Added: set.marks.insert(e.id, ChangeMark::Added); break;
        case diff::Change::Changed: set.marks.insert(e.id, ChangeMark::Changed); break;
        case diff::Change::Removed:
            set.removed.append(e.name.isEmpty() || e.name == e.id ? e.id : QStringLiteral("%1 (%2)").arg(e.name, e.id));
            break;
        }
    }
    for (const ChangeMark mark : std::as_const(set.marks))
        (mark == ChangeMark::Added ? set.added : set.changed) += 1;
    return set;
}

} // namespace tw::ui
