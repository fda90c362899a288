// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>

namespace tw::ui {

/**
 * Everything the threat table needs beyond the threats themselves, worked out once per version:
 * element names, what each row's Element column shows, which elements each threat concerns,
 * and case-folded sort keys. Built by ThreatTableModel::prepare(), which is safe to call on a
 * worker thread, so the GUI thread only swaps it in.
 */
struct ThreatRows
{
    struct Row
    {
        QString elementLabel;
        QString titleKey;   ///< case-folded title, for the text filter
        QString elementKey; ///< case-folded element label
        QStringList related;
    };
    /**
     * A row's sort values, packed: sorting 20,000 rows is ~300,000 comparisons at random rows,
     * and reading them from the (large) Threat values costs a cache miss each. Text columns are
     * ranked once, so comparisons never touch a string.
     */
    struct SortKey
    {
        double score = 0;
        int titleRank = 0;
        int elementRank = 0;
        int ruleRank = 0;
        int originRank = 0;
        qint8 status = 0;
        qint8 severity = 0;
        qint8 priority = 0;
        bool isNew = false;
    };

    qint64 versionId = 0;
    QList<Threat> threats;
    QList<Row> rows;
    QList<SortKey> keys;
    QHash<QString, int> rowOf;
    QHash<QString, QString> names; ///< element id → name
};

/**
 * The threats of one version, one row each, in the order the store lists them (highest score
 * first); a ThreatFilterProxy sorts and filters them for the view.
 *
 * A snapshot that is kept current in place: setThreats() replaces everything (a version was
 * loaded), updateThreat() replaces one row after a triage decision, so a view keeps its
 * selection and scroll position while someone works through thousands of rows.
 *
 * Besides the threats it knows the names of the version's elements, so the Element column reads
 * "orders" rather than "svc:orders", and which elements each threat concerns (its targets, the
 * hops of its attack path, and the components of target entry points), so the graph's selection
 * can filter the table.
 */
class ThreatTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        SeverityColumn,
        ScoreColumn,
        PriorityColumn,
        OriginColumn,
        RuleColumn,
        ElementColumn,
        TitleColumn,
        NewColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw values (numbers, enums as int) for sorting
        FingerprintRole,             ///< the threat's fingerprint, every column
        ElementIdRole,               ///< the first target's id, every column
    };

    explicit ThreatTableModel(QObject *parent = nullptr);

    /**
     * Shows `threats` of version `versionId`; `model` supplies element names and which component
     * an entry point belongs to (its own threats list is not read).
     */
    void setThreats(qint64 versionId, const QList<Threat> &threats, const SystemModel &model);
    /** Shows rows made by prepare() (on any thread). */
    void setRows(ThreatRows rows);
    void clear();
    /** What setThreats() works out, as a value; thread-safe (touches no model). */
    static ThreatRows prepare(qint64 versionId, const QList<Threat> &threats, const SystemModel &model);
    /** Replaces the row with the same fingerprint; returns false when the threat is not shown. */
    bool updateThreat(const Threat &threat);

    qint64 versionId() const { return m_data.versionId; }
    const QList<Threat> &threats() const { return m_data.threats; }
    const Threat &threat(int row) const { return m_data.threats.at(row); }
    /** The row of a fingerprint; -1 when there is none. */
    int rowOf(const QString &fingerprint) const { return m_data.rowOf.value(fingerprint, -1); }
    /** What the Element column shows for a row. */
    const QString &elementLabel(int row) const { return m_data.rows.at(row).elementLabel; }
    /** What prepare() worked out for a row: filter keys and sort ranks. */
    const ThreatRows::Row &rowData(int row) const { return m_data.rows.at(row); }
    const ThreatRows::SortKey &sortKey(int row) const { return m_data.keys.at(row); }
    /** Whether a row's threat concerns `elementId` (target, path hop, or component of a target). */
    bool concerns(int row, const QString &elementId) const { return m_data.rows.at(row).related.contains(elementId); }
    /** The name of an element of the version, or its id when it has none. */
    QString elementName(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "P2", with a mark when a person overrode the computed priority. */
    static QString priorityText(const Threat &threat);
    /** The person-readable origin ("Rule", "Attack path", "LLM (model)", "Manual"). */
    static QString originText(const QString &origin);

private:
    QIcon severityIcon(Severity severity) const;
    QString toolTip(const Threat &threat) const;

    ThreatRows m_data;
    mutable QHash<int, QIcon> m_severityIcons;
};

} // namespace tw::ui
