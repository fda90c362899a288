// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

/**
 * Package manifests (package.json, requirements*.txt, pyproject.toml, go.mod, pom.xml,
 * Cargo.toml, Gemfile, composer.json, *.csproj): the dependencies of the component named after
 * the manifest's folder ("svc:<folder>", as compose and Dockerfiles name it), with versions, so
 * a new or changed dependency is a visible change of the model, and unpinned ones are facts.
 */
namespace tw::manifests {

bool looksLikeManifest(const QString &fileName);

Result<ModelFragment> importManifest(const QString &path, const QString &rootDir);

} // namespace tw::manifests
