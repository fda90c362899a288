// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "model/model.h"

#include <QJsonObject>
#include <QStringList>

/**
 * What an engineering event changed in the design, in a reviewer's words: new and removed entry
 * points, flows and components, new, changed and removed dependencies, and the infrastructure-as-
 * code files (Terraform, Kubernetes, compose, Dockerfiles) that changed. Printed by
 * `scan --since`; the element-by-element diff is `threatwright-cli diff`.
 */
namespace tw::changes {

struct Summary
{
    QStringList newEntryPoints, removedEntryPoints;
    QStringList newFlows, removedFlows;
    QStringList newComponents, removedComponents;
    QStringList newDependencies, changedDependencies, removedDependencies;
    QStringList changedIac; ///< "path (kind, added|modified|deleted)"

    bool isEmpty() const
    {
        return newEntryPoints.isEmpty() && removedEntryPoints.isEmpty() && newFlows.isEmpty() && removedFlows.isEmpty()
            && newComponents.isEmpty() && removedComponents.isEmpty() && newDependencies.isEmpty() && changedDependencies.isEmpty()
            && removedDependencies.isEmpty() && changedIac.isEmpty();
    }
};

/** `before` and its inputs are the previous version; `outcome` the import on top of it. */
Summary summarize(const SystemModel &before, const QList<InputDigest> &beforeInputs, const importer::Outcome &outcome);

QJsonObject toJson(const Summary &summary);

} // namespace tw::changes
