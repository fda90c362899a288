// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interop/interop.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>

/**
 * OWASP Threat Dragon models (v2 JSON as Threat Dragon 2.x saves them, and the legacy v1 form).
 * Processes, stores and actors become components, flows data flows, trust-boundary boxes
 * boundaries (what a box encloses on the diagram is inside it; boxes nest the same way) and
 * trust-boundary curves boundaries of their own that flows crossing them record. Threats on any
 * cell become threats with their status, severity, STRIDE type and mitigation. The quirks of the
 * files Threat Dragon itself ships are accepted (`"strokeDasharray": null`, names with line
 * breaks, empty protocols).
 *
 * Export writes a v2 model with one diagram laid out as nested boxes, with a "threatwright"
 * field in each cell's data so export → import gives back the same model.
 */
namespace tw::interop::threatdragon {

Result<ModelFragment> importFile(const QString &path, const QString &rootDir);

Result<QByteArray> exportModel(const SystemModel &model, const ExportInfo &info, ExportNotes *notes = nullptr);

} // namespace tw::interop::threatdragon
