// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "report/reportdata.h"

#include <QByteArray>

namespace tw::report {

/**
 * One self-contained HTML file for auditors: inline CSS, the diagram as inline SVG, no script
 * and no external request; prints well. Every text from inputs is escaped.
 */
Result<QByteArray> writeHtml(const ReportData &data);

} // namespace tw::report
