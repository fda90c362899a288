// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "report/reportdata.h"

#include <QByteArray>

namespace tw::report {

/**
 * The HTML report's content as an A4 PDF through Qt's PDF writer: a title page with the table
 * of contents (with page numbers), the system diagram drawn as vectors (scaled to the page
 * width, or split into numbered parts over several pages when that would make it unreadable),
 * tables that break across pages with their header repeated, a header with project and version
 * and "page X of Y" on every page. Text from inputs is only ever drawn as plain text.
 *
 * Needs a QGuiApplication (fonts); fails with an error otherwise. Lays the diagram out with
 * Graphviz on the layout thread.
 */
Result<QByteArray> writePdf(const ReportData &data);

} // namespace tw::report
