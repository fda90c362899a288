// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace tw::ui {

class ThreatTableModel;

/**
 * Sorts and filters a ThreatTableModel for the Threats panel. The filters combine (AND):
 * free text (title, rule, element, fingerprint prefix), statuses, a minimum severity, an origin,
 * "new in this version only", and one element of the graph.
 *
 * Comparisons and filters read the source model's Threat values directly instead of going
 * through QVariant data(): sorting 20,000 rows is a few hundred thousand comparisons.
 */
class ThreatFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ThreatFilterProxy(QObject *parent = nullptr);

    /** Must be a ThreatTableModel (or nullptr). */
    void setSourceModel(QAbstractItemModel *model) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    /** Statuses to show; empty shows every status. */
    void setStatuses(const QSet<ThreatStatus> &statuses);
    QSet<ThreatStatus> statuses() const { return m_statuses; }
    /** Shows threats of at least this severity; nullopt shows all. */
    void setMinimumSeverity(std::optional<Severity> severity);
    std::optional<Severity> minimumSeverity() const { return m_minSeverity; }
    /** "rule", "path", "manual" or "llm" (every llm:<model>); empty shows all. */
    void setOrigin(const QString &origin);
    QString origin() const { return m_origin; }
    void setNewOnly(bool newOnly);
    bool newOnly() const { return m_newOnly; }
    /** Shows only threats that concern this element (see ThreatTableModel::concerns); empty: all. */
    void setElement(const QString &elementId);
    QString element() const { return m_element; }
    /** Clears every filter. */
    void clearFilters();

    /** The statuses that still need someone's attention (suggested, validated, accepted). */
    static QSet<ThreatStatus> openStatuses();

Q_SIGNALS:
    /** Any filter changed (after the rows were filtered anew). */
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    ThreatTableModel *m_threats = nullptr;
    QString m_text;
    QString m_textKey; ///< case-folded, matched against the model's case-folded keys
    QSet<ThreatStatus> m_statuses;
    std::optional<Severity> m_minSeverity;
    QString m_origin;
    bool m_newOnly = false;
    QString m_element;
};

} // namespace tw::ui
