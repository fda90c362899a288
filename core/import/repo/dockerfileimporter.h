// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>

/**
 * A Dockerfile describes the image of one service: the component "svc:<folder>" (the folder the
 * Dockerfile is in, which is also how compose's `build:` names it) gets the facts of the final
 * stage — base image and whether it is pinned by digest, exposed ports, the user it runs as
 * (root when no USER is given), secrets baked into ENV/ARG (names and short fingerprints only),
 * and remote scripts piped into a shell.
 */
namespace tw::dockerfile {

bool looksLikeDockerfile(const QString &fileName);

Result<ModelFragment> importDockerfile(const QString &path, const QString &rootDir);
/**
 * Imports a Dockerfile held in memory: `relativePath` names it in SourceRefs, `folder` is the
 * service it builds ("svc:<folder>").
 */
Result<ModelFragment> importDockerfileBytes(const QByteArray &bytes, const QString &relativePath, const QString &folder);

} // namespace tw::dockerfile
