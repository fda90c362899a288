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
 * maps a spec's file to the component of its folder, when that folder belongs to one. Adds its
 * notes to the model's diagnostics (source artifact "reconcile"); run it once per model.
 */
int attachApis(SystemModel &model, const QHash<QString, QString> &specOwners = {});

/**
 * A compose service built from a folder (`build: ./api`) and the component that folder stands
 * for (its Dockerfile, manifests and code: "svc:<folder>") are one service, whatever their names
 * (juice-shop's compose service "app" is built from the repository's root). `folderComponents`
 * maps folders relative to the import root ("" for the root) to their component ids. The folder's
 * component is merged into the compose service; a folder that several services build is listed,
 * not merged. Returns how many were merged.
 */
int attachBuilds(SystemModel &model, const QHash<QString, QString> &folderComponents);

/**
 * Terraform resources that deploy a service compose or Kubernetes also describe become that
 * service (`core/import/terraform` records the keys): an ECS task definition whose container has
 * the service's name or runs its own image (a well-known image such as `postgres` needs the name
 * as well), and the ECS service that runs that task definition. A data store or queue follows when
 * the same environment variable of the same service names it on both sides — compose's
 * `DATABASE_URL=postgres://…@orders-db/…` and Terraform's `…@${aws_db_instance.orders.address}/…`;
 * an engine or an image alone is never enough. The merged component keeps the service's id and
 * gets every SourceRef, the Terraform facts and placement, and a `terraform-resources` entry
 * saying why. A resource with several candidates stays apart with a warning; a Terraform workload
 * matching no service is listed with an info note. Returns how many resources were merged.
 */
int attachTerraform(SystemModel &model);

} // namespace tw::reconcile
