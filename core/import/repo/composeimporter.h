// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

/**
 * docker-compose files (v2/v3 and the Compose Specification) into the model: services become
 * components, networks trust boundaries, published ports entry points reachable from outside,
 * depends_on/links and environment values that name another service (URLs, host names) data
 * flows; container facts (privileged, host network, Docker socket, root, capabilities, unpinned
 * images, secrets in the environment — recorded redacted) become attributes.
 */
namespace tw::compose {

/** Does this YAML text look like a compose file (a top-level `services:` of service maps)? */
bool looksLikeCompose(const QString &fileName, const QByteArray &head);

/** Imports one compose file; `rootDir` makes SourceRefs relative. */
Result<ModelFragment> importCompose(const QString &path, const QString &rootDir);
/** Imports compose YAML held in memory; `relativePath` names it in SourceRefs. */
Result<ModelFragment> importComposeBytes(const QByteArray &bytes, const QString &relativePath);

} // namespace tw::compose
