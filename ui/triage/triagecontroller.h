// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/project.h"
#include "triagecommand.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace tw::ui {

class ThreatsPanel;

/**
 * Keyboard-first triage: the actions (J/K move, V validate, D dismiss, A accept the risk,
 * M mitigated, R reopen, 1–4 priority, 0 clear it), the dialogs that ask for a reason, and the
 * one undo stack every decision goes through.
 *
 * Every decision is Project::triageMany() on the project the window has open, recorded under
 * the actor name of the preferences; several selected threats take one reason, are written in
 * one transaction and become one undo step (whose undo is one transaction too). The changed rows
 * are updated from what the project returned, without reading it again; after an undo they are
 * read back, so the table shows what the file says.
 */
class TriageController : public QObject
{
    Q_OBJECT

public:
    enum class Command {
        Next,
        Previous,
        Validate,
        Dismiss,
        Accept,
        Mitigate,
        Reopen,
        Priority1,
        Priority2,
        Priority3,
        Priority4,
        ClearPriority,
    };
    Q_ENUM(Command)

    /** Dialogs are parented to `dialogParent`; the actions work while the panel's table has focus. */
    TriageController(ThreatsPanel *panel, QWidget *dialogParent, QObject *parent = nullptr);

    /** The project decisions go to; nullptr (or read-only) disables triage. Clears the undo stack. */
    void setProject(Project *project);
    QUndoStack *undoStack() const { return m_stack; }
    /**
     * While another writer works on the project (an import in the background), decisions wait:
     * the actions are disabled, so the GUI thread never queues behind the writer's lock.
     */
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    QAction *action(Command command) const { return m_actions.value(command); }
    /** The actions in menu order; nullptr stands for a separator. */
    QList<QAction *> menuActions() const;

    /**
     * Applies `action` to the threats without asking anything, in one transaction of the
     * project (Project::triageMany), and pushes one undo step. Threats resolved by a change are
     * skipped (they are no longer in the model). Returns how many changed; on an error nothing
     * changed.
     */
    Result<int> apply(const QStringList &fingerprints, TriageAction action, const QString &reason = {},
                      std::optional<int> priority = std::nullopt, const QDateTime &expiresAt = {});
    /** What a key does: on the panel's selection, asking for a reason where one is needed. */
    void trigger(Command command);

    /** Applies a command's request again (redo after undo); called by TriageCommand. */
    void reapply(const TriageRequest &request, QList<TriageCommand::Change> &changes, const QString &what);
    /** Restores the decisions before a command (undo, one transaction); called by TriageCommand. */
    void restore(const QList<TriageCommand::Change> &changes, const QString &what);

Q_SIGNALS:
    /** Decisions of these threats changed in the project (their rows are already updated). */
    void decisionsChanged(const QStringList &fingerprints);
    /** A short note for the status bar ("Validated 3 threats"). */
    void statusMessage(const QString &text);
    /** Something could not be done; the message says what and why. */
    void failed(const QString &message);

private:
    void createActions();
    void updateActions();
    /** Re-reads rows from the project (after an undo: the effective state may come from a suppression). */
    void refreshRows(const QStringList &fingerprints);
    /** Shows a decision just recorded in its row, without reading the project again. */
    void updateRow(const Threat &decided);
    QString describe(TriageAction action, std::optional<int> priority, const QStringList &fingerprints) const;

    ThreatsPanel *m_panel;
    QWidget *m_dialogParent;
    Project *m_project = nullptr;
    bool m_busy = false;
    QUndoStack *m_stack;
    QMap<Command, QAction *> m_actions;
};

} // namespace tw::ui
