// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagecommand.h"

#include "triagecontroller.h"

namespace tw::ui {

TriageCommand::TriageCommand(TriageController *controller, const TriageRequest &request, QList<Change> changes,
                             const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_request(request)
    , m_changes(std::move(changes))
{
}

void TriageCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    m_controller->reapply(m_request, m_changes, text());
}

void TriageCommand::undo()
{
    m_controller->restore(m_changes, text());
}

} // namespace tw::ui
