// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace tw::ui {

class ThreatFilterProxy;
class ThreatTableModel;

/**
 * The content of the "Threats" dock: a filter bar (text, status, severity, origin, new only),
 * the element the graph selected (when it filters the table), and the sortable threat table.
 *
 * The panel knows rows and selection; what a key does to a threat is the TriageController's
 * business (its actions are added to the table, so J/K/V/D… work while the table has focus).
 */
class ThreatsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ThreatsPanel(ThreatTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ThreatFilterProxy *proxy() const { return m_proxy; }
    ThreatTableModel *model() const { return m_model; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *originCombo() const { return m_origin; }
    QCheckBox *newOnlyCheck() const { return m_newOnly; }

    /** The fingerprint of the current row; empty when none. */
    QString currentFingerprint() const;
    /** The selected rows' fingerprints in view order; the current row's when nothing is selected. */
    QStringList selectedFingerprints() const;
    /** Makes the threat the current and only selected row (clearing filters that hide it). */
    bool selectThreat(const QString &fingerprint);
    /** Moves the current row by `delta` rows (J/K), selecting only it. */
    void moveCurrent(int delta);

    /** Filters the table to the threats of a graph element (empty: no element filter). */
    void setElementFilter(const QString &elementId);
    QString elementFilter() const;

    /**
     * Call before the rows' statuses change (a triage action) and after: when the current row
     * leaves the filtered view, the row that took its place becomes current, so one can work
     * down a list with one key per threat.
     */
    void beginRowChange();
    void endRowChange();

Q_SIGNALS:
    /** The current threat changed (keyboard or mouse); empty when there is none. */
    void currentThreatChanged(const QString &fingerprint);
    /** The user cleared the element filter. */
    void elementFilterCleared();

private:
    void applyStatusFilter();
    void applySeverityFilter();
    void applyOriginFilter();
    void updateCount();
    void emitCurrent();

    ThreatTableModel *m_model;
    ThreatFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_severity;
    QComboBox *m_origin;
    QCheckBox *m_newOnly;
    QLabel *m_count;
    QToolButton *m_elementChip;
    QString m_lastEmitted;
    int m_anchorRow = -1;
    QString m_anchorFingerprint;
};

} // namespace tw::ui
