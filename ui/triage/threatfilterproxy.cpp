// SPDX-License-Identifier: GPL-3.0-or-later
#include "threatfilterproxy.h"

#include "threattablemodel.h"

namespace tw::ui {
namespace {

template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

ThreatFilterProxy::ThreatFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ThreatTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ThreatFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_threats = qobject_cast<ThreatTableModel *>(model);
    Q_ASSERT(m_threats || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

QSet<ThreatStatus> ThreatFilterProxy::openStatuses()
{
    return {ThreatStatus::Suggested, ThreatStatus::Validated, ThreatStatus::Accepted};
}

void ThreatFilterProxy::refilter()
{
    // invalidate() re-maps in one layout change; invalidateFilter() would remove and insert
    // rows range by range, which a view over thousands of scattered matches pays for dearly.
    invalidate();
    Q_EMIT filtersChanged();
}

void ThreatFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_textKey = trimmed.toCaseFolded();
    refilter();
}

void ThreatFilterProxy::setStatuses(const QSet<ThreatStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    refilter();
}

void ThreatFilterProxy::setMinimumSeverity(std::optional<Severity> severity)
{
    if (severity == m_minSeverity)
        return;
    m_minSeverity = severity;
    refilter();
}

void ThreatFilterProxy::setOrigin(const QString &origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    refilter();
}

void ThreatFilterProxy::setNewOnly(bool newOnly)
{
    if (newOnly == m_newOnly)
        return;
    m_newOnly = newOnly;
    refilter();
}

void ThreatFilterProxy::setElement(const QString &elementId)
{
    if (elementId == m_element)
        return;
    m_element = elementId;
    refilter();
}

void ThreatFilterProxy::clearFilters()
{
    m_text.clear();
    m_textKey.clear();
    m_statuses.clear();
    m_minSeverity.reset();
    m_origin.clear();
    m_newOnly = false;
    m_element.clear();
    refilter();
}

bool ThreatFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_threats || sourceParent.isValid())
        return false;
    const Threat &t = m_threats->threat(sourceRow);
    if (!m_statuses.isEmpty() && !m_statuses.contains(t.status))
        return false;
    if (m_minSeverity && t.severity < *m_minSeverity)
        return false;
    if (m_newOnly && !t.isNew)
        return false;
    if (!m_origin.isEmpty()) {
        const bool llm = m_origin == QLatin1StringView("llm");
        if (llm ? !t.origin.startsWith(QLatin1StringView("llm:")) : t.origin != m_origin)
            return false;
    }
    if (!m_element.isEmpty() && !m_threats->concerns(sourceRow, m_element))
        return false;
    if (!m_text.isEmpty()) {
        const ThreatRows::Row &row = m_threats->rowData(sourceRow);
        const bool found = row.titleKey.contains(m_textKey) || row.elementKey.contains(m_textKey) || t.ruleId.contains(m_text, Qt::CaseInsensitive)
            || t.fingerprint.startsWith(m_text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool ThreatFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_threats)
        return QSortFilterProxyModel::lessThan(left, right);
    const int l = left.row();
    const int r = right.row();
    const ThreatRows::SortKey &a = m_threats->sortKey(l);
    const ThreatRows::SortKey &b = m_threats->sortKey(r);
    int order = 0;
    switch (left.column()) {
    case ThreatTableModel::StatusColumn: order = compare(a.status, b.status); break;
    case ThreatTableModel::SeverityColumn: order = compare(a.severity, b.severity); break;
    case ThreatTableModel::ScoreColumn: order = compare(a.score, b.score); break;
    case ThreatTableModel::PriorityColumn: order = compare(a.priority, b.priority); break;
    case ThreatTableModel::OriginColumn: order = compare(a.originRank, b.originRank); break;
    case ThreatTableModel::RuleColumn: order = compare(a.ruleRank, b.ruleRank); break;
    case ThreatTableModel::ElementColumn: order = compare(a.elementRank, b.elementRank); break;
    case ThreatTableModel::TitleColumn: order = compare(a.titleRank, b.titleRank); break;
    case ThreatTableModel::NewColumn: order = compare(a.isNew, b.isNew); break;
    default: break;
    }
    // Ties keep the store's order (score, then fingerprint), the same in both directions.
    if (order == 0)
        return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
    return order < 0;
}

} // namespace tw::ui
