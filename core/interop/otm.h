// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/interop.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>

/**
 * Open Threat Model (OTM 0.1/0.2, JSON or YAML; IriusRisk, StartLeft, Threat Dragon's OTM
 * export). Trust zones become boundaries (nested through `parent`), components components (a
 * component inside a component keeps the parent as "parent-component"), dataflows flows, assets
 * data assets; each threat instance on a component or dataflow becomes a threat with its state,
 * mitigations and CWEs. Representations are kept as attributes of the element they place.
 *
 * Export writes OTM 0.2.0 JSON that validates against the published schema; what OTM cannot say
 * (entry points, exact kinds, triage state) travels in a "threatwright" attribute, so export →
 * import gives back the same model.
 */
namespace tw::interop::otm {

Result<ModelFragment> importFile(const QString &path, const QString &rootDir);

Result<QByteArray> exportModel(const SystemModel &model, const ExportInfo &info, ExportNotes *notes = nullptr);

} // namespace tw::interop::otm
