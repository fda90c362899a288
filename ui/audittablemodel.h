// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/project.h"

#include <QAbstractTableModel>
#include <QList>

namespace tw::ui {

/**
 * The audit trail of a project, one row per entry, newest first (row 0 is the last entry of the
 * chain). A project can hold hundreds of thousands of entries: rows are handed to the view in
 * batches (canFetchMore/fetchMore), so opening a big project does not build a huge view at
 * once and the latest decisions are on screen at once.
 */
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ActionColumn, SubjectColumn, ReasonColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw values (seq as qint64, time as QDateTime)
        SeqRole,                     ///< the entry's seq for every column
        HashRole,                    ///< the entry's hash for every column
    };
    static constexpr int BatchSize = 2000;

    explicit AuditTableModel(QObject *parent = nullptr);

    /**
     * Reloads from `project` on the calling thread; nullptr empties the model. On error the
     * model is empty. The window reads on a worker instead (loadAuditAsync) and calls
     * setEntries().
     */
    Result<void> refresh(const Project *project);
    /** Shows entries read elsewhere (in chain order), replacing the rows in one reset. */
    void setEntries(QList<AuditEntry> entries);
    void clear();
    /**
     * Reads the entries appended since the last refresh (a triage action, an undo) and shows
     * them on top, without reloading the trail. Returns how many arrived.
     */
    Result<int> appendNewEntries(const Project *project);
    /**
     * Whether the entries appended by the last appendNewEntries() continue the chain: each names
     * its predecessor's hash and hashes to its own. Only meaningful when the older part of the
     * chain was verified.
     */
    bool newEntriesChain() const { return m_newEntriesChain; }

    /** Entries in the project, including those not fetched into the view yet. */
    int totalCount() const { return int(m_entries.size()); }
    /** The entry shown in `row` (0: the newest); valid for rows up to totalCount(). */
    const AuditEntry &entry(int row) const { return m_entries.at(m_entries.size() - 1 - row); }
    /** The row of an entry (fetching up to it if needed); -1 when there is none. */
    int rowForSeq(qint64 seq);

    /** Marks the entry that broke the chain (0: none), so the view can show where. */
    void setFirstBadSeq(qint64 seq, const QString &problem = {});
    qint64 firstBadSeq() const { return m_firstBadSeq; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QString toolTip(const AuditEntry &entry) const;
    /** The row showing the entry with `seq`, whether fetched or not; -1 when there is none. */
    int rowOf(qint64 seq) const;

    QList<AuditEntry> m_entries;
    int m_fetched = 0;
    bool m_resetting = false;
    bool m_fetching = false;
    qint64 m_firstBadSeq = 0;
    QString m_problem;
    bool m_newEntriesChain = true;
};

} // namespace tw::ui
