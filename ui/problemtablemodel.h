// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QAbstractTableModel>
#include <QList>

namespace tw::ui {

/**
 * What the import of a version reported (the version's diagnostics): one row per problem,
 * errors first, each with the file:line it is about, for the Problems dock.
 */
class ProblemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LevelColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< level as int (errors highest), location, message
        SourceRole,                  ///< the SourceRef, every column
    };

    explicit ProblemTableModel(QObject *parent = nullptr);

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    void clear() { setDiagnostics({}); }
    const Diagnostic &diagnostic(int row) const { return m_diagnostics.at(row); }
    /** How many rows have this level. */
    int count(DiagnosticLevel level) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Diagnostic> m_diagnostics;
};

} // namespace tw::ui
