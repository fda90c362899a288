// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphscene.h"
#include "model/model.h"

#include <QHash>
#include <QStringList>

namespace tw::ui {

/** What changed on the graph between the version the user acknowledged and the one shown. */
struct LiveChangeSet
{
    QHash<QString, ChangeMark> marks; ///< element id → added or changed (entry points mark their component)
    QStringList removed;              ///< "name (id)" of every element that is gone
    int added = 0;
    int changed = 0;
    bool isEmpty() const { return marks.isEmpty() && removed.isEmpty(); }
};

/**
 * Compares two versions' elements (components, boundaries, flows; an entry point's change marks
 * its component) with the project's model diff. Data assets are not drawn and not marked.
 */
LiveChangeSet liveChanges(const SystemModel &acknowledged, const SystemModel &now);

} // namespace tw::ui
