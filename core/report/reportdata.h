// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "diff/modeldiff.h"
#include "model/model.h"
#include "store/audit.h"
#include "store/project.h"

#include <QHash>

#include <optional>

/**
 * Everything a report shows, read from the project once: the version and its inputs, the
 * model with its threats and their current decisions, the audit trail with the result of chain
 * verification, and optionally the diff against another version. Every writer takes this, so
 * every format tells the same story.
 */
namespace tw::report {

struct ReportData
{
    QString projectName;
    QString projectFile;
    VersionInfo version;
    SystemModel model;
    QList<AuditEntry> audit;
    AuditVerification verification;
    /// Fingerprints of the active threats of the baseline version (for SARIF baselineState and
    /// "new since"); empty when there is no baseline.
    std::optional<qint64> baselineVersion;
    QList<Threat> baselineThreats;
    std::optional<diff::ModelDiff> diff;
    QDateTime generatedAt;
};

/** Reads a report's data; version 0 means the newest; `against` adds a diff and a baseline. */
Result<ReportData> collect(const Project &project, qint64 versionId, std::optional<qint64> against = std::nullopt);

/** Threats that are part of the version (resolved-by-change ones are history, not findings). */
QList<Threat> activeThreats(const ReportData &data);

/** What a person calls each element: components and boundaries by name, entry points by
 *  "METHOD path"; keyed by id. */
QHash<QString, QString> displayNames(const SystemModel &model);

/** "yes", "no" or "unknown" (translated) for a tri-state fact. */
QString yesNoUnknown(const std::optional<bool> &value);

/** An entry point's effective security for people: "not declared", "none", "a + b or c". */
QString securityText(const EntryPoint &entryPoint);

/** SARIF baselineState of a threat: new, unchanged, updated, or absent (gone since baseline). */
QString baselineState(const ReportData &data, const Threat &threat);

} // namespace tw::report
