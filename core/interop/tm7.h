// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

/**
 * Microsoft Threat Modeling Tool models (.tm7: DataContract XML, often one long line), read
 * with QXmlStreamReader. Stencils become components (process, external interactor, data store;
 * refined by the knowledge base's element name), data flows flows (protocol from the stencil,
 * encryption and authentication from its attributes), border boundaries boundaries by what they
 * enclose on the drawing surface, line boundaries boundaries that crossing flows record. Threat
 * instances become threats with their title, description, category, priority, state and
 * justification; the knowledge base fills in what an instance leaves out.
 */
namespace tw::interop::tm7 {

Result<ModelFragment> importFile(const QString &path, const QString &rootDir);

} // namespace tw::interop::tm7
