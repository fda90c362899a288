// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QString>

#include <atomic>
#include <functional>

/**
 * The Terraform importer: a root module directory (every `.tf` in it, the `terraform.tfvars` and
 * `*.auto.tfvars` beside it, and the local modules it calls) or a single `.tf` file becomes a
 * ModelFragment. Resources map to components, trust boundaries and data flows through the table
 * in resourcetypes.h; values are evaluated statically where they can be, and stay unknown where
 * they cannot. Never touches the network, never reads outside rootDir, never stores a secret.
 */
namespace tw::terraform {

struct ImportOptions
{
    /// Module sources may not leave this folder; empty means the imported directory itself.
    QString rootDir;
    /// Polled while importing; when it becomes true the import stops with the error "cancelled".
    const std::atomic<bool> *cancel = nullptr;
    /// Called with 0..100 as the import advances.
    std::function<void(int percent)> progress;
};

Result<ModelFragment> importPath(const QString &fileOrDirectory, const ImportOptions &options = {});

} // namespace tw::terraform
