// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QByteArray>

namespace tw::report {

/**
 * The system diagram as a standalone SVG document: components by kind, trust boundaries as
 * nested frames with titles, flows as arrows with their protocol, a badge with the number of
 * open threats coloured by the highest severity. All text is escaped; no script, no external
 * reference, so it can be inlined into a report.
 */
Result<QByteArray> svgDiagram(const SystemModel &model);

/** XML/HTML escaping of text from inputs (&, <, >, ", '). */
QString escapeXml(const QString &text);

} // namespace tw::report
