// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundread.h"
#include "common/result.h"
#include "store/audit.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace tw::ui {

/** The audit trail of a project as the workbench shows it: every entry, and the chain's check. */
struct LoadedAudit
{
    QList<AuditEntry> entries;          ///< in chain (seq) order
    AuditVerification verification;    ///< the walk of the whole chain, from the same snapshot
    qint64 elapsedMs = 0;
};

using AuditLoad = BackgroundRead<LoadedAudit>;

/**
 * Reads and verifies the whole audit trail on a worker thread. A project of some thousand
 * decisions takes longer than a frame to read and to hash (130–170 ms for 8,000 entries on the
 * GUI thread), so the window never does it there. Like loadVersionAsync(), the worker opens its
 * own read-only connection (WAL lets it read while the window writes).
 *
 * The entries are read first and the chain walked after: the trail only grows, so the walk
 * covers at least every entry read. Entries the window appended meanwhile come after the last
 * one read; the window picks them up with AuditTableModel::appendNewEntries() after the swap.
 *
 * The future reports coarse progress (0–100) with a text saying what it is doing.
 */
QFuture<AuditLoad> loadAuditAsync(const QString &projectPath, quint64 generation);

/** The same, on the calling thread (for tools and tests). */
Result<LoadedAudit> loadAudit(const QString &projectPath);

} // namespace tw::ui
