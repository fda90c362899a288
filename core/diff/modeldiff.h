// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

/**
 * What changed between two model versions. Elements are matched by their stable ids, so a
 * renamed element shows as removed + added; threats are matched by fingerprint. Evidence
 * locations (SourceRefs) are not compared: reformatting a file moves lines but changes nothing
 * in the architecture.
 */
namespace tw::diff {

enum class Change { Added, Removed, Changed };

/** One field of an element, by its JSON path ("encrypted", "attributes.internet-facing"). */
struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
};

struct ElementChange
{
    QString elementKind; ///< component, boundary, entry-point, flow, asset
    QString id;
    QString name;
    Change change = Change::Changed;
    QList<FieldChange> fields; ///< for Changed
};

struct ThreatChange
{
    QString fingerprint;
    QString title;
    QStringList targets;
    Change change = Change::Changed; ///< Added: new; Removed: gone (resolved by the change)
    Severity severityBefore = Severity::Info;
    Severity severityAfter = Severity::Info;
    ThreatStatus statusBefore = ThreatStatus::Suggested;
    ThreatStatus statusAfter = ThreatStatus::Suggested;
};

struct ModelDiff
{
    QList<ElementChange> elements;
    QList<ThreatChange> threats;
    /** Threats in both versions whose human decision carried over (status not suggested). */
    QList<ThreatChange> carriedDecisions;

    bool isEmpty() const { return elements.isEmpty() && threats.isEmpty(); }
    int count(const QString &elementKind, Change change) const;
};

/** The differences from `before` to `after`. */
ModelDiff diffModels(const SystemModel &before, const SystemModel &after);

QString changeName(Change change);

/**
 * Every element of `after`, plus the elements only `before` has, and no threats: the model a
 * side-by-side comparison lays out once, so elements both versions have sit in the same place
 * in both panes.
 */
SystemModel unionOfElements(const SystemModel &before, const SystemModel &after);

/** The documented JSON form (docs/cli.md, "diff --json"). */
QJsonObject toJson(const ModelDiff &diff, qint64 fromVersion, qint64 toVersion);

} // namespace tw::diff
