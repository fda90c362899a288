// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tw {
class Project;
}

/**
 * Exchange with the threat-modelling tools the field already uses: Open Threat Model (OTM, read
 * and written), OWASP Threat Dragon (v1 read, v2 read and written), Threagile YAML, Microsoft
 * Threat Modeling Tool .tm7 and AWS Threat Composer .tc.json (read). Each format has its own
 * file pair; this header is what the importer, the CLI and the tests call. docs/interop.md says
 * what maps to what and what is lost.
 */
namespace tw::interop {

enum class Format { Otm, ThreatDragon, Threagile, Tm7, ThreatComposer };

/** "otm", "threat-dragon", "threagile", "tm7", "threat-composer". */
QString formatName(Format format);
std::optional<Format> formatFromName(const QString &name);

/**
 * Which format a file holds, from its name and its first bytes (`head`, a few KB); nullopt when
 * it is none of them. Decisive signals only: an extension (.otm, .tm7, .tc.json) or a
 * top-level marker (`otmVersion`, `threagile_version`, Threat Dragon's summary/detail).
 */
std::optional<Format> detect(const QString &fileName, const QByteArray &head);

/**
 * Reads one file into a fragment. Bad input gives Error/Warning diagnostics with file:line:col
 * in the fragment; only an unreadable file is an Error result. `rootDir` makes SourceRefs
 * relative and bounds Threagile's `includes:`.
 */
Result<ModelFragment> importFile(const QString &path, const QString &rootDir, Format format);

/** What an export says about the project it came from. */
struct ExportInfo
{
    QString projectName;
    QString projectId; ///< empty: derived from the name
    qint64 versionId = 0;
};

/** What an export could not say in the foreign format's own terms (kept in extension fields). */
struct ExportNotes
{
    QStringList notes;
};

/**
 * Records the triage state imported threats carried (Threat Dragon "Mitigated", Threagile risk
 * tracking, MTMT states …) as decisions in the project's audit trail, for threats nobody has
 * decided on yet: a person's decision always stands over a file's. Returns how many were recorded.
 */
Result<int> recordImportedDecisions(Project &project, const SystemModel &model, const QString &actor);

} // namespace tw::interop
