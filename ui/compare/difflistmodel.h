// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/modeldiff.h"

#include <QAbstractTableModel>

namespace tw::ui {

/**
 * The change list beside the two panes of a comparison: one row per changed element, per new,
 * gone or re-rated threat, and per decision carried over. Rows keep the element a click should
 * select in both panes (a threat selects its first target).
 */
class DiffListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, KindColumn, NameColumn, DetailsColumn, ColumnCount };
    enum Role {
        ElementIdRole = Qt::UserRole + 1, ///< the element to select; empty when there is none on the graph
        KindRole,                         ///< component, boundary, entry-point, flow, asset, threat, decision
        ChangeRole,                       ///< "added", "removed", "changed", "carried"
    };

    explicit DiffListModel(QObject *parent = nullptr);

    /** Shows `diff`; `after` resolves entry points to the component a click selects. */
    void setDiff(const diff::ModelDiff &diff, const SystemModel &before, const SystemModel &after);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The first row whose element is `id`; -1 when none. */
    int rowOfElement(const QString &id) const;

    /** The display name of an element kind or "threat"/"decision", translated. */
    static QString kindTitle(const QString &kind);

private:
    struct Row
    {
        QString change;
        QString kind;
        QString name;
        QString details;
        QString elementId;
    };
    QList<Row> m_rows;
};

} // namespace tw::ui
