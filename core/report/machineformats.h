// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"

#include <QByteArray>

/** The formats pipelines and other tools read: JSON, SARIF 2.1.0, Markdown, CSV. */
namespace tw::report {

/** The full project version as JSON (schema in docs/report-formats.md). */
QByteArray writeJson(const ReportData &data);

/**
 * SARIF 2.1.0: one rule per Threatwright rule (help text, references, security-severity), one
 * result per threat at its SourceRef, partial fingerprints, and baselineState when the data has
 * a baseline; threats that vanished since the baseline are reported as "absent".
 */
QByteArray writeSarif(const ReportData &data);

/** A summary fit for a pull-request comment. */
QByteArray writeMarkdown(const ReportData &data);

/** One row per threat for issue-tracker import (RFC 4180 quoting, UTF-8). */
QByteArray writeCsv(const ReportData &data);

} // namespace tw::report
