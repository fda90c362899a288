// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

/**
 * Threagile YAML models. Technical assets become components (kind from type and technology),
 * communication links data flows (encryption from the protocol, authentication, data sent and
 * received), data assets data assets (Threagile's five confidentiality levels onto four), trust
 * boundaries boundaries nested through `trust_boundaries_nested`. Individual risks become threats
 * whose status comes from `risk_tracking` (wildcards as Threagile matches them); tracking of
 * risks that only Threagile's own rules find is kept on the assets it names. `includes:` are
 * read relative to the including file, never outside the import root, each file once.
 */
namespace tw::interop::threagile {

Result<ModelFragment> importFile(const QString &path, const QString &rootDir);

} // namespace tw::interop::threagile
