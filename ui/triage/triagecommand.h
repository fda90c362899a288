// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/project.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace tw::ui {

class TriageController;

/**
 * One triage action on one or more threats (validate, dismiss with a reason, accept with an
 * expiry, a priority …) as an undoable step.
 *
 * The action is applied before the command is pushed (it can fail, and a failed action must
 * not land on the stack), so the first redo() does nothing. undo() restores every threat's
 * previous decision through Project::restoreDecision(), which appends a compensating
 * "threat.undo" entry: the audit trail only ever grows. A later redo() applies the action anew
 * and records it again.
 */
class TriageCommand : public QUndoCommand
{
public:
    struct Change
    {
        QString fingerprint;
        std::optional<Decision> before; ///< nullopt: nobody had decided anything
    };

    /** `request` is the action with an empty fingerprint; `changes` the threats it was applied to. */
    TriageCommand(TriageController *controller, const TriageRequest &request, QList<Change> changes, const QString &text);

    void undo() override;
    void redo() override;

    const TriageRequest &request() const { return m_request; }
    const QList<Change> &changes() const { return m_changes; }

private:
    TriageController *m_controller;
    TriageRequest m_request;
    QList<Change> m_changes;
    bool m_applied = true; ///< done before it was pushed
};

} // namespace tw::ui
