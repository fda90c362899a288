// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemtablemodel.h"
#include "common/text.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace tw::ui {

ProblemTableModel::ProblemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemTableModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    // Errors first; the importers' order (file by file) within a level.
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return int(a.level) > int(b.level); });
    endResetModel();
}

int ProblemTableModel::count(DiagnosticLevel level) const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [level](const Diagnostic &d) { return d.level == level; }));
}

int ProblemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LevelColumn:
            switch (d.level) {
            case DiagnosticLevel::Error: return tr("Error");
            case DiagnosticLevel::Warning: return tr("Warning");
            case DiagnosticLevel::Info: return tr("Info");
            }
            break;
        case LocationColumn: return text::shown(d.source.toString());
        case MessageColumn: return text::shown(d.message, 1000).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn) {
            const QStyle::StandardPixmap icon = d.level == DiagnosticLevel::Error ? QStyle::SP_MessageBoxCritical
                : d.level == DiagnosticLevel::Warning                           ? QStyle::SP_MessageBoxWarning
                                                                                : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        break;
    case Qt::ToolTipRole:
        return d.source.isValid() ? tr("%1\n%2\nClick to open the file at this line.").arg(d.source.toString(), d.message)
                                  : d.message;
    case SortRole:
        switch (index.column()) {
        case LevelColumn: return int(d.level);
        case LocationColumn: return d.source.toString();
        case MessageColumn: return d.message;
        }
        break;
    case SourceRole:
        return QVariant::fromValue(d.source);
    default: break;
    }
    return {};
}

QVariant ProblemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LevelColumn: return tr("Level");
    case LocationColumn: return tr("Location");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace tw::ui
