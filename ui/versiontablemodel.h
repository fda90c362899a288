// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/project.h"

#include <QAbstractTableModel>
#include <QList>

namespace tw::ui {

/**
 * The versions of a project, one row each, oldest first (a sorting proxy shows newest first).
 * A snapshot: the window reads the versions on a worker (loadOverviewAsync()) and hands them in.
 */
class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, CreatedColumn, AuthorColumn, RevisionColumn, ComponentsColumn, ThreatsColumn,
                  MessageColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw values (numbers, QDateTime) for QSortFilterProxyModel
        VersionIdRole,               ///< the version id (qint64) for every column
    };

    explicit VersionTableModel(QObject *parent = nullptr);

    /** Shows `versions` (oldest first) in place of what was shown. */
    void setVersions(const QList<VersionInfo> &versions);
    void clear();

    const VersionInfo &version(int row) const { return m_versions.at(row); }
    const QList<VersionInfo> &versions() const { return m_versions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const VersionInfo &version) const;

    QList<VersionInfo> m_versions;
};

} // namespace tw::ui
