// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>

/**
 * Kubernetes manifests (multi-document YAML, kustomize bases read as plain manifests) into the
 * model, all files of an import together so that a Service in one file and the Deployment it
 * selects in another meet: workloads become components ("svc:<name>", as compose names them),
 * namespaces trust boundaries inside one cluster boundary, Services of type LoadBalancer or
 * NodePort and Ingress rules make their workloads reachable from outside, environment values
 * naming another Service become flows, and security contexts, host mounts, RBAC wildcards and
 * missing NetworkPolicies become facts. Helm templates are reported as skipped, never half-read.
 */
namespace tw::kubernetes {

/** Does this YAML text look like a Kubernetes manifest (apiVersion and kind at the top level)? */
bool looksLikeManifest(const QByteArray &head);

/** Imports the manifests in `paths` (files) together; `rootDir` makes SourceRefs relative. */
Result<ModelFragment> importManifests(const QStringList &paths, const QString &rootDir);
/** Imports manifests held in memory, each a (relative path, YAML text) pair, together. */
Result<ModelFragment> importManifestBytes(const QList<std::pair<QString, QByteArray>> &files);

} // namespace tw::kubernetes
