// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

/**
 * AWS Threat Composer exports (.tc.json, schema 1). Threat Composer has no diagram elements: the
 * application becomes one component (name, description, architecture and data-flow texts and the
 * assumptions as attributes), each impacted asset a data asset, each threat statement a threat
 * on the application and its impacted assets, with its STRIDE tags, priority, status and linked
 * mitigations. The embedded diagram images are not imported.
 */
namespace tw::interop::threatcomposer {

Result<ModelFragment> importFile(const QString &path, const QString &rootDir);

} // namespace tw::interop::threatcomposer
