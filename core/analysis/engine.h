// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ruleset.h"
#include "common/result.h"
#include "model/model.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

/**
 * The rule engine: evaluates every rule of a RuleSet on every element it applies to and turns
 * each match into a scored Threat. Deterministic: the same model (in any element order) and the
 * same rules give the same threats, in the same order, with the same fingerprints.
 */
namespace tw::analysis {

struct Options
{
    /// Rule ids to skip (a project's disabled rules).
    QSet<QString> disabledRules;
    /// Polled between rules; when it becomes true the analysis stops with the error "cancelled".
    const std::atomic<bool> *cancel = nullptr;
    /// Also search attack paths (analysis/attackpaths.h) and report each as a threat.
    bool attackPaths = true;
};

/**
 * Threats suggested by `rules` for `model`, sorted by score (highest first), then rule id and
 * fingerprint. Each threat is `suggested`, has origin "rule", a fingerprint, its risk factors and
 * the SourceRefs of its target.
 */
Result<QList<Threat>> analyse(const SystemModel &model, const RuleSet &rules, const Options &options = {});

/**
 * The stable identity of a rule finding: hex SHA-256 over the rule id, the sorted target ids and
 * an optional discriminator (which parameter/property/callback of the target matched). Nothing
 * positional goes in, so reformatting or reordering the input changes nothing.
 */
QString fingerprint(const QString &ruleId, QStringList targetIds, const QString &discriminator = {});

/**
 * Scores threats that did not come from a rule (suggestion providers) the way rule findings are
 * scored: from their likelihood and impact plus the reachability, data-sensitivity,
 * exploitability and blast-radius factors of their first target in `model`. Any factors they
 * carry are replaced. A threat whose target is not in the model keeps only the base factor.
 */
void scoreThreats(const SystemModel &model, QList<Threat> &threats);

/** Priority 1 (urgent) .. 4 for a severity. */
int priorityForSeverity(Severity severity);

} // namespace tw::analysis
