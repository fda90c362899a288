// SPDX-License-Identifier: GPL-3.0-or-later
#include "versiontablemodel.h"
#include "common/text.h"

#include <QLocale>

namespace tw::ui {
namespace {

/** Local time, unambiguous and sortable by eye. */
QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString firstLine(const QString &text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? text : text.left(newline) + QStringLiteral(" …");
}

} // namespace

VersionTableModel::VersionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VersionTableModel::setVersions(const QList<VersionInfo> &versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

void VersionTableModel::clear()
{
    setVersions({});
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VersionInfo &v = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return QString::number(v.id);
        case CreatedColumn: return localTime(v.createdAt);
        case AuthorColumn: return text::shown(v.author);
        case RevisionColumn: return v.gitRevision.left(12);
        case ComponentsColumn: return QLocale().toString(v.componentCount);
        case ThreatsColumn: return QLocale().toString(v.threatCount);
        case MessageColumn: return text::shown(firstLine(v.message), 1000);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn: return v.id;
        case CreatedColumn: return v.createdAt;
        case AuthorColumn: return v.author;
        case RevisionColumn: return v.gitRevision;
        case ComponentsColumn: return v.componentCount;
        case ThreatsColumn: return v.threatCount;
        case MessageColumn: return v.message;
        }
        break;
    case VersionIdRole:
        return v.id;
    case Qt::ToolTipRole:
        return toolTip(v);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case ComponentsColumn:
        case ThreatsColumn: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("Version");
        case CreatedColumn: return tr("Created");
        case AuthorColumn: return tr("Author");
        case RevisionColumn: return tr("Revision");
        case ComponentsColumn: return tr("Components");
        case ThreatsColumn: return tr("Threats");
        case MessageColumn: return tr("Message");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case CreatedColumn: return tr("When the version was created, in local time");
        case RevisionColumn: return tr("The git revision of the imported inputs, when known");
        case ThreatsColumn: return tr("Threats in this version, including those resolved by a change");
        default: break;
        }
    }
    return {};
}

QString VersionTableModel::toolTip(const VersionInfo &v) const
{
    // Rich text: everything that came from inputs or people is escaped.
    QString html = QStringLiteral("<b>%1</b><br>").arg(tr("Version %1").arg(v.id).toHtmlEscaped());
    html += tr("Created %1 by %2")
                .arg(localTime(v.createdAt), v.author.isEmpty() ? tr("unknown") : v.author)
                .toHtmlEscaped();
    if (!v.gitRevision.isEmpty())
        html += QStringLiteral("<br>") + tr("Revision: %1").arg(v.gitRevision).toHtmlEscaped();
    if (!v.message.isEmpty())
        html += QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(v.message.toHtmlEscaped());
    if (!v.inputs.isEmpty()) {
        html += QStringLiteral("<b>%1</b><br>").arg(tr("Inputs").toHtmlEscaped());
        for (const InputDigest &input : v.inputs) {
            html += QStringLiteral("%1 <i>(%2)</i> <code>%3</code><br>")
                        .arg(input.path.toHtmlEscaped(), input.kind.toHtmlEscaped(), input.digest.left(19).toHtmlEscaped());
        }
    }
    return html;
}

} // namespace tw::ui
