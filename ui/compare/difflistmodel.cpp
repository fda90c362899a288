// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/difflistmodel.h"

#include "model/enums.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>

namespace tw::ui {
namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString changeKey(diff::Change change)
{
    switch (change) {
    case diff::Change::Added: return QStringLiteral("added");
    case diff::Change::Removed: return QStringLiteral("removed");
    case diff::Change::Changed: return QStringLiteral("changed");
    }
    return {};
}

} // namespace

DiffListModel::DiffListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString DiffListModel::kindTitle(const QString &kind)
{
    if (kind == QLatin1StringView("component"))
        return tr("Component");
    if (kind == QLatin1StringView("boundary"))
        return tr("Trust boundary");
    if (kind == QLatin1StringView("entry-point"))
        return tr("Entry point");
    if (kind == QLatin1StringView("flow"))
        return tr("Data flow");
    if (kind == QLatin1StringView("asset"))
        return tr("Data asset");
    if (kind == QLatin1StringView("threat"))
        return tr("Threat");
    if (kind == QLatin1StringView("decision"))
        return tr("Decision");
    return kind;
}

void DiffListModel::setDiff(const diff::ModelDiff &diff, const SystemModel &before, const SystemModel &after)
{
    QHash<QString, QString> componentOfEntryPoint;
    for (const SystemModel *model : {&before, &after}) {
        for (const EntryPoint &e : model->entryPoints)
            componentOfEntryPoint.insert(e.id, e.componentId);
    }
    auto selectable = [&](const QString &id) { return componentOfEntryPoint.value(id, id); };

    beginResetModel();
    m_rows.clear();
    for (const diff::ElementChange &e : diff.elements) {
        Row row{changeKey(e.change), e.elementKind, e.name.isEmpty() ? e.id : e.name, {}, {}};
        if (e.elementKind != QLatin1StringView("asset"))
            row.elementId = selectable(e.id);
        QStringList fields;
        for (const diff::FieldChange &f : e.fields)
            fields.append(tr("%1: %2 → %3").arg(f.field, valueText(f.before), valueText(f.after)));
        row.details = fields.join(QStringLiteral("; "));
        m_rows.append(row);
    }
    for (const diff::ThreatChange &t : diff.threats) {
        Row row{changeKey(t.change), QStringLiteral("threat"), t.title, {}, {}};
        if (!t.targets.isEmpty())
            row.elementId = selectable(t.targets.first());
        switch (t.change) {
        case diff::Change::Added:
            row.details = tr("new, %1").arg(displayName(t.severityAfter));
            break;
        case diff::Change::Removed:
            row.details = tr("gone (resolved by the change), was %1").arg(displayName(t.severityBefore));
            break;
        case diff::Change::Changed: {
            QStringList parts;
            if (t.severityBefore != t.severityAfter)
                parts.append(tr("severity %1 → %2").arg(displayName(t.severityBefore), displayName(t.severityAfter)));
            if (t.statusBefore != t.statusAfter)
                parts.append(tr("status %1 → %2").arg(displayName(t.statusBefore), displayName(t.statusAfter)));
            row.details = parts.join(QStringLiteral("; "));
            break;
        }
        }
        m_rows.append(row);
    }
    for (const diff::ThreatChange &t : diff.carriedDecisions) {
        Row row{QStringLiteral("carried"), QStringLiteral("decision"), t.title,
                tr("%1, carried over").arg(displayName(t.statusAfter)), {}};
        if (!t.targets.isEmpty())
            row.elementId = selectable(t.targets.first());
        m_rows.append(row);
    }
    endResetModel();
}

int DiffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiffListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            if (row.change == QLatin1StringView("added"))
                return row.kind == QLatin1StringView("threat") ? tr("New") : tr("Added");
            if (row.change == QLatin1StringView("removed"))
                return row.kind == QLatin1StringView("threat") ? tr("Gone") : tr("Removed");
            if (row.change == QLatin1StringView("changed"))
                return tr("Changed");
            return tr("Carried");
        case KindColumn: return kindTitle(row.kind);
        case NameColumn: return row.name;
        case DetailsColumn: return row.details;
        }
        return {};
    case Qt::ToolTipRole:
        return row.details.isEmpty() ? row.name : row.name + QLatin1Char('\n') + row.details;
    case Qt::ForegroundRole:
        if (index.column() != ChangeColumn)
            return {};
        if (row.change == QLatin1StringView("added"))
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (row.change == QLatin1StringView("removed"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (row.change == QLatin1StringView("changed"))
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    case ElementIdRole: return row.elementId;
    case KindRole: return row.kind;
    case ChangeRole: return row.change;
    }
    return {};
}

QVariant DiffListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn: return tr("Change");
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

int DiffListModel::rowOfElement(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).elementId == id)
            return int(i);
    }
    return -1;
}

} // namespace tw::ui
