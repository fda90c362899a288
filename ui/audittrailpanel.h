// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/audit.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace tw::ui {

class AuditTableModel;
class StatusBadge;

/**
 * The content of the "Audit trail" dock: a filter, the "Verify chain" button with the last
 * result, and the table of entries.
 */
class AuditTrailPanel : public QWidget
{
    Q_OBJECT

public:
    /** `verifyAction` is owned by the caller (the main window's action, so menus share it). */
    AuditTrailPanel(AuditTableModel *model, QAction *verifyAction, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    /** Shows a verification result; the broken entry is highlighted and scrolled to. */
    void setVerification(const AuditVerification &result);
    /** Shows that verification itself failed (the trail could not be read). */
    void setVerificationError(const QString &message);
    void clearVerification();
    /**
     * Shows that the trail is being read and verified in the background: `value` 0–100 and
     * what is being done. The rows shown meanwhile (if any) are the previous ones.
     */
    void setLoading(int value, const QString &text);
    /** The background read is over (its result follows through the other setters). */
    void setLoaded();
    bool isLoading() const;
    QProgressBar *progressBar() const { return m_progress; }
    StatusBadge *badge() const { return m_badge; }

private:
    AuditTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    StatusBadge *m_badge;
    QProgressBar *m_progress;
};

} // namespace tw::ui
