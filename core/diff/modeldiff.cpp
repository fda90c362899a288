// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/modeldiff.h"

#include "model/enums.h"
#include "model/modeljson.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace tw::diff {
namespace {

/** Adds every differing field of two JSON objects, descending into nested objects. */
void compareObjects(const QJsonObject &a, const QJsonObject &b, const QString &prefix, QList<FieldChange> &out)
{
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        // Evidence locations move with formatting; they are not architecture. (A flow's
        // "source" is its source element, a string, and is compared.)
        const bool evidence = key == QLatin1StringView("sources")
            || (key == QLatin1StringView("source") && (a.value(key).isObject() || b.value(key).isObject()));
        if (evidence)
            continue;
        const QJsonValue va = a.value(key);
        const QJsonValue vb = b.value(key);
        if (va == vb)
            continue;
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        if (va.isObject() && vb.isObject())
            compareObjects(va.toObject(), vb.toObject(), path, out);
        else
            out.append(FieldChange{path, va.isUndefined() ? QJsonValue() : va, vb.isUndefined() ? QJsonValue() : vb});
    }
}

template<typename T>
T withoutEvidence(T element)
{
    element.sources.clear();
    return element;
}

template<typename T>
void diffList(const char *kind, const QList<T> &before, const QList<T> &after, QList<ElementChange> &out)
{
    const QString kindName = QString::fromLatin1(kind);
    QHash<QString, const T *> old;
    old.reserve(before.size());
    for (const T &e : before)
        old.insert(e.id, &e);
    QSet<QString> seen;
    seen.reserve(after.size());
    for (const T &e : after) {
        seen.insert(e.id);
        const T *previous = old.value(e.id);
        QString name;
        if constexpr (requires { e.name; })
            name = e.name;
        if (!previous) {
            out.append(ElementChange{kindName, e.id, name, Change::Added, {}});
            continue;
        }
        // Fast path: most elements of a re-import are equal.
        if (withoutEvidence(*previous) == withoutEvidence(e))
            continue;
        ElementChange change{kindName, e.id, name, Change::Changed, {}};
        compareObjects(toJson(*previous), toJson(e), QString(), change.fields);
        if (!change.fields.isEmpty())
            out.append(change);
    }
    for (const T &e : before) {
        if (seen.contains(e.id))
            continue;
        QString name;
        if constexpr (requires { e.name; })
            name = e.name;
        out.append(ElementChange{kindName, e.id, name, Change::Removed, {}});
    }
}

bool isActive(const Threat &t)
{
    return t.status != ThreatStatus::ResolvedByChange;
}

} // namespace

int ModelDiff::count(const QString &elementKind, Change change) const
{
    return int(std::count_if(elements.cbegin(), elements.cend(), [&](const ElementChange &c) {
        return c.change == change && (elementKind.isEmpty() || c.elementKind == elementKind);
    }));
}

namespace {
template<typename T>
void appendMissing(QList<T> &into, const QList<T> &from)
{
    QSet<QString> present;
    present.reserve(into.size());
    for (const T &e : into)
        present.insert(e.id);
    for (const T &e : from) {
        if (!present.contains(e.id))
            into.append(e);
    }
}
} // namespace

SystemModel unionOfElements(const SystemModel &before, const SystemModel &after)
{
    SystemModel out;
    out.components = after.components;
    out.boundaries = after.boundaries;
    out.entryPoints = after.entryPoints;
    out.flows = after.flows;
    out.assets = after.assets;
    appendMissing(out.components, before.components);
    appendMissing(out.boundaries, before.boundaries);
    appendMissing(out.entryPoints, before.entryPoints);
    appendMissing(out.flows, before.flows);
    appendMissing(out.assets, before.assets);
    return out;
}

QString changeName(Change change)
{
    switch (change) {
    case Change::Added: return QStringLiteral("added");
    case Change::Removed: return QStringLiteral("removed");
    case Change::Changed: return QStringLiteral("changed");
    }
    return {};
}

ModelDiff diffModels(const SystemModel &before, const SystemModel &after)
{
    ModelDiff d;
    diffList("component", before.components, after.components, d.elements);
    diffList("boundary", before.boundaries, after.boundaries, d.elements);
    diffList("entry-point", before.entryPoints, after.entryPoints, d.elements);
    diffList("flow", before.flows, after.flows, d.elements);
    diffList("asset", before.assets, after.assets, d.elements);

    QHash<QString, const Threat *> old;
    for (const Threat &t : before.threats) {
        if (isActive(t))
            old.insert(t.fingerprint, &t);
    }
    QSet<QString> seen;
    for (const Threat &t : after.threats) {
        if (!isActive(t))
            continue;
        seen.insert(t.fingerprint);
        const Threat *p = old.value(t.fingerprint);
        if (!p) {
            d.threats.append(ThreatChange{t.fingerprint, t.title, t.targets, Change::Added, t.severity, t.severity, t.status, t.status});
            continue;
        }
        if (p->severity != t.severity || p->status != t.status)
            d.threats.append(ThreatChange{t.fingerprint, t.title, t.targets, Change::Changed, p->severity, t.severity, p->status, t.status});
        if (t.status != ThreatStatus::Suggested)
            d.carriedDecisions.append(ThreatChange{t.fingerprint, t.title, t.targets, Change::Changed, p->severity, t.severity, p->status, t.status});
    }
    for (const Threat &t : before.threats) {
        if (isActive(t) && !seen.contains(t.fingerprint))
            d.threats.append(ThreatChange{t.fingerprint, t.title, t.targets, Change::Removed, t.severity, t.severity, t.status,
                                          ThreatStatus::ResolvedByChange});
    }
    // Most severe first, so a reader sees what matters at the top.
    std::stable_sort(d.threats.begin(), d.threats.end(), [](const ThreatChange &a, const ThreatChange &b) {
        return std::max(a.severityAfter, a.severityBefore) > std::max(b.severityAfter, b.severityBefore);
    });
    return d;
}

QJsonObject toJson(const ModelDiff &diff, qint64 fromVersion, qint64 toVersion)
{
    QJsonArray elements;
    for (const ElementChange &c : diff.elements) {
        QJsonObject o{{QStringLiteral("kind"), c.elementKind},
                      {QStringLiteral("id"), c.id},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("change"), changeName(c.change)}};
        if (c.change == Change::Changed) {
            QJsonArray fields;
            for (const FieldChange &f : c.fields) {
                fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                          {QStringLiteral("before"), f.before},
                                          {QStringLiteral("after"), f.after}});
            }
            o.insert(QStringLiteral("fields"), fields);
        }
        elements.append(o);
    }
    auto threatJson = [](const ThreatChange &t) {
        return QJsonObject{{QStringLiteral("fingerprint"), t.fingerprint},
                           {QStringLiteral("title"), t.title},
                           {QStringLiteral("targets"), QJsonArray::fromStringList(t.targets)},
                           {QStringLiteral("change"), changeName(t.change)},
                           {QStringLiteral("severityBefore"), enumName(t.severityBefore)},
                           {QStringLiteral("severityAfter"), enumName(t.severityAfter)},
                           {QStringLiteral("statusBefore"), enumName(t.statusBefore)},
                           {QStringLiteral("statusAfter"), enumName(t.statusAfter)}};
    };
    QJsonArray threats;
    for (const ThreatChange &t : diff.threats)
        threats.append(threatJson(t));
    QJsonArray carried;
    for (const ThreatChange &t : diff.carriedDecisions)
        carried.append(threatJson(t));
    QJsonObject summary;
    for (const char *kind : {"component", "boundary", "entry-point", "flow", "asset"}) {
        const QString k = QString::fromLatin1(kind);
        summary.insert(k, QJsonObject{{QStringLiteral("added"), diff.count(k, Change::Added)},
                                      {QStringLiteral("removed"), diff.count(k, Change::Removed)},
                                      {QStringLiteral("changed"), diff.count(k, Change::Changed)}});
    }
    auto countThreats = [&diff](Change c) {
        return int(std::count_if(diff.threats.cbegin(), diff.threats.cend(), [c](const ThreatChange &t) { return t.change == c; }));
    };
    summary.insert(QStringLiteral("threat"), QJsonObject{{QStringLiteral("new"), countThreats(Change::Added)},
                                                         {QStringLiteral("gone"), countThreats(Change::Removed)},
                                                         {QStringLiteral("changed"), countThreats(Change::Changed)},
                                                         {QStringLiteral("decisionsCarried"), int(diff.carriedDecisions.size())}});
    return QJsonObject{{QStringLiteral("from"), fromVersion},
                       {QStringLiteral("to"), toVersion},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("elements"), elements},
                       {QStringLiteral("threats"), threats},
                       {QStringLiteral("decisionsCarried"), carried}};
}

} // namespace tw::diff
