// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/changes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace tw::changes {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Changes)
};

template<typename T>
QMap<QString, const T *> byId(const QList<T> &list)
{
    QMap<QString, const T *> out;
    for (const T &e : list)
        out.insert(e.id, &e);
    return out;
}

QString where(const QList<SourceRef> &sources)
{
    return sources.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(sources.first().toString());
}

QString describe(const EntryPoint &e)
{
    const QString what = e.method.isEmpty() ? e.name : e.method + QLatin1Char(' ') + e.path;
    return QStringLiteral("%1: %2%3").arg(e.componentId, what, where(e.sources));
}

QString describe(const DataFlow &f)
{
    const QString protocol = f.protocol.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(f.protocol);
    return QStringLiteral("%1 → %2%3%4").arg(f.sourceId, f.targetId, protocol, where(f.sources));
}

/** component id + ecosystem + name → version, from the `dependencies` facts. */
QMap<QString, QString> dependencies(const SystemModel &m)
{
    QMap<QString, QString> out;
    for (const Component &c : m.components) {
        for (const QJsonValue &v : c.attributes.value(QStringLiteral("dependencies")).toArray()) {
            const QJsonObject d = v.toObject();
            const QString key = QStringLiteral("%1: %2 (%3)").arg(c.id, d.value(QStringLiteral("name")).toString(),
                                                                   d.value(QStringLiteral("ecosystem")).toString());
            out.insert(key, d.value(QStringLiteral("version")).toString());
        }
    }
    return out;
}

} // namespace

Summary summarize(const SystemModel &before, const QList<InputDigest> &beforeInputs, const importer::Outcome &outcome)
{
    Summary s;
    const SystemModel &after = outcome.model;
    auto compare = [](const auto &oldList, const auto &newList, QStringList &added, QStringList &removed, auto text) {
        const auto oldIds = byId(oldList);
        const auto newIds = byId(newList);
        for (auto it = newIds.cbegin(); it != newIds.cend(); ++it) {
            if (!oldIds.contains(it.key()))
                added.append(text(**it));
        }
        for (auto it = oldIds.cbegin(); it != oldIds.cend(); ++it) {
            if (!newIds.contains(it.key()))
                removed.append(text(**it));
        }
    };
    compare(before.entryPoints, after.entryPoints, s.newEntryPoints, s.removedEntryPoints, [](const EntryPoint &e) { return describe(e); });
    compare(before.flows, after.flows, s.newFlows, s.removedFlows, [](const DataFlow &f) { return describe(f); });
    compare(before.components, after.components, s.newComponents, s.removedComponents,
            [](const Component &c) { return c.id + where(c.sources); });

    const QMap<QString, QString> oldDeps = dependencies(before);
    const QMap<QString, QString> newDeps = dependencies(after);
    for (auto it = newDeps.cbegin(); it != newDeps.cend(); ++it) {
        const auto old = oldDeps.constFind(it.key());
        if (old == oldDeps.cend())
            s.newDependencies.append(QStringLiteral("%1 %2").arg(it.key(), it.value()));
        else if (*old != it.value())
            s.changedDependencies.append(QStringLiteral("%1 %2 → %3").arg(it.key(), *old, it.value()));
    }
    for (auto it = oldDeps.cbegin(); it != oldDeps.cend(); ++it) {
        if (!newDeps.contains(it.key()))
            s.removedDependencies.append(QStringLiteral("%1 %2").arg(it.key(), it.value()));
    }

    QHash<QString, QString> kinds;
    for (const InputDigest &in : beforeInputs)
        kinds.insert(in.path, in.kind);
    for (const InputDigest &in : outcome.inputs)
        kinds.insert(in.path, in.kind);
    static const QSet<QString> iac = {QStringLiteral("terraform"), QStringLiteral("kubernetes"), QStringLiteral("compose"),
                                      QStringLiteral("dockerfile")};
    const std::pair<const QStringList *, QString> lists[] = {{&outcome.added, Tr::tr("added")}, {&outcome.modified, Tr::tr("modified")},
                                                             {&outcome.deleted, Tr::tr("deleted")}};
    for (const auto &[list, what] : lists) {
        for (const QString &path : *list) {
            if (iac.contains(kinds.value(path)))
                s.changedIac.append(QStringLiteral("%1 (%2, %3)").arg(path, kinds.value(path), what));
        }
    }
    s.changedIac.sort();
    return s;
}

QJsonObject toJson(const Summary &s)
{
    return QJsonObject{{QStringLiteral("newEntryPoints"), QJsonArray::fromStringList(s.newEntryPoints)},
                       {QStringLiteral("removedEntryPoints"), QJsonArray::fromStringList(s.removedEntryPoints)},
                       {QStringLiteral("newFlows"), QJsonArray::fromStringList(s.newFlows)},
                       {QStringLiteral("removedFlows"), QJsonArray::fromStringList(s.removedFlows)},
                       {QStringLiteral("newComponents"), QJsonArray::fromStringList(s.newComponents)},
                       {QStringLiteral("removedComponents"), QJsonArray::fromStringList(s.removedComponents)},
                       {QStringLiteral("newDependencies"), QJsonArray::fromStringList(s.newDependencies)},
                       {QStringLiteral("changedDependencies"), QJsonArray::fromStringList(s.changedDependencies)},
                       {QStringLiteral("removedDependencies"), QJsonArray::fromStringList(s.removedDependencies)},
                       {QStringLiteral("changedIac"), QJsonArray::fromStringList(s.changedIac)}};
}

} // namespace tw::changes
