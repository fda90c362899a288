// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace tw::ui {

/**
 * Edit ▸ Preferences: one tab per concern. The General tab holds the actor name every triage
 * decision is recorded under (the OS user unless set) and the language (the system's unless
 * chosen; a change applies on the next start, and the dialog says so).
 *
 * Other parts of the workbench add their own tabs with addPage() (MainWindow emits
 * preferencesOpening() with the dialog before it is shown). A page applies its values when the
 * dialog is accepted: connect to QDialog::accepted.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** Adds a tab; the dialog takes ownership of `page`. Returns the tab's index. */
    int addPage(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *actorField() const { return m_actor; }
    /** Item data: "" (system), "en", "de", "fr". */
    QComboBox *languageField() const { return m_language; }
    /** Shown once the chosen language differs from the running one. */
    QLabel *restartNote() const { return m_restartNote; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void apply();

    QTabWidget *m_tabs;
    QLineEdit *m_actor;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QDialogButtonBox *m_buttons;
};

} // namespace tw::ui
