// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>
#include <QString>

/**
 * Reconciliation across artifacts that name the same thing differently: an API described by an
 * OpenAPI spec (`api:<title>`) is attached to the service that serves it (`svc:<name>` from
 * compose, Kubernetes, a Dockerfile or source code) when one of its `servers` says so without
 * doubt — the service's name or Kubernetes Service name and port, a port compose publishes on
 * localhost, an Ingress host; or, for a relative server URL ("/api/v2"), the service whose
 * folder holds the spec (its Dockerfile or package manifest is beside or above it). The API's entry points, flows, facts and evidence then belong to
 * the service. What cannot be matched, or matches more than one service, stays as it was and is
 * listed as a warning: nothing is merged by guess.
 */
namespace tw::reconcile {

/**
 * Attaches API components to services in place; returns how many were attached. `specOwners`
 * maps a spec's file to the component of its folder, when that folder belongs to one.
 */
int attachApis(SystemModel &model, const QHash<QString, QString> &specOwners = {});

} // namespace tw::reconcile
