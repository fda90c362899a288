// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittablemodel.h"
#include "common/text.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>

#include <algorithm>

namespace tw::ui {
namespace {

constexpr int MaxToolTipJson = 1500;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

/** Compact JSON from the trail, indented for reading; shown verbatim if it does not parse. */
QString readableJson(const QString &compact)
{
    if (compact.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(compact.toUtf8());
    QString text = doc.isNull() ? compact : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    if (text.size() > MaxToolTipJson)
        text = text.left(MaxToolTipJson) + QStringLiteral("\n…");
    return text;
}

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Result<void> AuditTableModel::refresh(const Project *project)
{
    QList<AuditEntry> entries;
    Result<void> outcome;
    if (project) {
        // The store has no paged query yet, so the entries are read at once (one query) and
        // only their presentation is lazy.
        auto read = project->auditTrail();
        if (read)
            entries = std::move(read).value();
        else
            outcome = read.error();
    }
    setEntries(std::move(entries));
    return outcome;
}

void AuditTableModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_firstBadSeq = 0;
    m_problem.clear();
    m_newEntriesChain = true;
    m_fetched = int(qMin<qsizetype>(m_entries.size(), BatchSize));
    // Views react to modelReset by asking for more rows; inserting rows before every listener
    // has seen the reset would break the model protocol, so fetching waits until it is over.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

void AuditTableModel::clear()
{
    (void)refresh(nullptr);
}

Result<int> AuditTableModel::appendNewEntries(const Project *project)
{
    m_newEntriesChain = true;
    if (!project)
        return 0;
    const qint64 last = m_entries.isEmpty() ? 0 : m_entries.constLast().seq;
    auto entries = project->auditTrailAfter(last);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return 0;
    QString previous = m_entries.isEmpty() ? audit::genesisHash() : m_entries.constLast().hash;
    for (const AuditEntry &e : std::as_const(*entries)) {
        if (e.prevHash != previous || audit::chainHash(e.prevHash, audit::canonical(e)) != e.hash)
            m_newEntriesChain = false;
        previous = e.hash;
    }
    // Newest first: the new entries are the top rows.
    const int count = int(entries->size());
    beginInsertRows({}, 0, count - 1);
    m_entries.append(*entries);
    m_fetched += count;
    endInsertRows();
    return count;
}

int AuditTableModel::rowOf(qint64 seq) const
{
    // m_entries is in chain (seq) order; rows show it reversed.
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), seq,
                                     [](const AuditEntry &e, qint64 s) { return e.seq < s; });
    if (it == m_entries.cend() || it->seq != seq)
        return -1;
    return int(m_entries.cend() - it) - 1;
}

int AuditTableModel::rowForSeq(qint64 seq)
{
    const int row = rowOf(seq);
    while (row >= m_fetched && canFetchMore({}))
        fetchMore({});
    return row;
}

void AuditTableModel::setFirstBadSeq(qint64 seq, const QString &problem)
{
    const qint64 previous = m_firstBadSeq;
    m_firstBadSeq = seq;
    m_problem = problem;
    for (qint64 changed : {previous, seq}) {
        const int row = changed > 0 ? rowOf(changed) : -1;
        if (row >= 0 && row < m_fetched)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_fetched < m_entries.size();
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(qMin<qsizetype>(m_entries.size() - m_fetched, BatchSize));
    // Listeners of rowsAboutToBeInserted may ask for more again; not until these rows are in.
    m_fetching = true;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    m_fetching = false;
    endInsertRows();
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = entry(index.row());
    const bool bad = m_firstBadSeq > 0 && e.seq == m_firstBadSeq;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn: return QString::number(e.seq);
        case TimeColumn: return localTime(e.at);
        case ActorColumn: return text::shown(e.actor);
        case ActionColumn: return text::shown(e.action);
        case SubjectColumn: return text::shown(e.subject);
        case ReasonColumn: return text::shown(e.reason, 1000).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case SeqColumn: return e.seq;
        case TimeColumn: return e.at;
        case ActorColumn: return e.actor;
        case ActionColumn: return e.action;
        case SubjectColumn: return e.subject;
        case ReasonColumn: return e.reason;
        }
        break;
    case SeqRole:
        return e.seq;
    case HashRole:
        return e.hash;
    case Qt::ToolTipRole:
        return toolTip(e);
    case Qt::TextAlignmentRole:
        return index.column() == SeqColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (bad)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        break;
    case Qt::ForegroundRole:
        if (bad)
            return QBrush(QColor(0x91, 0x1a, 0x12));
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeqColumn: return tr("Seq");
        case TimeColumn: return tr("Time");
        case ActorColumn: return tr("Actor");
        case ActionColumn: return tr("Action");
        case SubjectColumn: return tr("Subject");
        case ReasonColumn: return tr("Reason");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeqColumn: return tr("Position of the entry in the hash chain");
        case TimeColumn: return tr("When the entry was written, in local time");
        default: break;
        }
    }
    return {};
}

QString AuditTableModel::toolTip(const AuditEntry &e) const
{
    // Rich text: before/after and reasons come from people and inputs, so all is escaped.
    auto pre = [](const QString &text) {
        return QStringLiteral("<pre style='margin:0'>%1</pre>").arg(text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<b>%1</b> %2<br>")
                       .arg(tr("Entry %1").arg(e.seq).toHtmlEscaped(), e.action.toHtmlEscaped());
    html += tr("%1 by %2").arg(audit::formatTime(e.at), e.actor).toHtmlEscaped() + QStringLiteral("<br>");
    html += tr("Subject: %1").arg(e.subject).toHtmlEscaped();
    if (!e.reason.isEmpty())
        html += QStringLiteral("<br>") + tr("Reason: %1").arg(e.reason).toHtmlEscaped();
    if (!e.before.isEmpty())
        html += QStringLiteral("<br><b>%1</b>").arg(tr("Before").toHtmlEscaped()) + pre(readableJson(e.before));
    if (!e.after.isEmpty())
        html += QStringLiteral("<br><b>%1</b>").arg(tr("After").toHtmlEscaped()) + pre(readableJson(e.after));
    html += QStringLiteral("<br><b>%1</b> <code>%2</code>").arg(tr("Hash").toHtmlEscaped(), e.hash.toHtmlEscaped());
    html += QStringLiteral("<br><b>%1</b> <code>%2</code>").arg(tr("Previous").toHtmlEscaped(), e.prevHash.toHtmlEscaped());
    if (m_firstBadSeq > 0 && e.seq == m_firstBadSeq) {
        html += QStringLiteral("<p style='color:#b42318'><b>%1</b></p>")
                    .arg((m_problem.isEmpty() ? tr("The chain is broken at this entry") : m_problem).toHtmlEscaped());
    }
    return html;
}

} // namespace tw::ui
