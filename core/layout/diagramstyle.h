// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QColor>
#include <QString>

/**
 * The look every system diagram shares — the SVG report and the workbench's graph — so a
 * datastore or a critical badge reads the same everywhere.
 */
namespace tw::layout {

struct KindStyle
{
    QColor fill;   ///< light background, for light themes and reports
    QColor stroke; ///< the kind's accent colour
    QString shape; ///< Graphviz shape name, to size the node
};

/** Colours and node shape of a component kind. */
KindStyle kindStyle(ComponentKind kind);

/** Badge colour of a severity (critical is the darkest red). */
QColor severityColour(Severity severity);

} // namespace tw::layout
