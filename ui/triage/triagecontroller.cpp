// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagecontroller.h"

#include "reasondialog.h"
#include "settings/appsettings.h"
#include "threatspanel.h"
#include "threattablemodel.h"

#include <QAction>
#include <QApplication>
#include <QTableView>
#include <QUndoStack>

namespace tw::ui {
namespace {

/** Restores the cursor however the scope is left. */
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

/** Accepted risks are reviewed again at the end of the chosen day, local time. */
QDateTime endOfDay(const QDate &date)
{
    return QDateTime(date, QTime(23, 59, 59)).toUTC();
}

} // namespace

TriageController::TriageController(ThreatsPanel *panel, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_dialogParent(dialogParent)
    , m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("triageUndoStack"));
    createActions();
    updateActions();
}

void TriageController::createActions()
{
    struct Spec
    {
        Command command;
        QString text;
        QKeySequence key;
        QString tip;
    };
    const QList<Spec> specs = {
        {Command::Next, tr("&Next Threat"), QKeySequence(Qt::Key_J), tr("Move to the next threat in the list")},
        {Command::Previous, tr("&Previous Threat"), QKeySequence(Qt::Key_K), tr("Move to the previous threat in the list")},
        {Command::Validate, tr("&Validate"), QKeySequence(Qt::Key_V), tr("Confirm the selected threats as real")},
        {Command::Dismiss, tr("&Dismiss…"), QKeySequence(Qt::Key_D),
         tr("Dismiss the selected threats as not applicable, with a reason")},
        {Command::Accept, tr("&Accept Risk…"), QKeySequence(Qt::Key_A),
         tr("Accept the risk of the selected threats, with a reason and an optional review date")},
        {Command::Mitigate, tr("Mark &Mitigated"), QKeySequence(Qt::Key_M), tr("Record that the selected threats are mitigated")},
        {Command::Reopen, tr("&Reopen"), QKeySequence(Qt::Key_R), tr("Set the selected threats back to suggested")},
        {Command::Priority1, tr("Priority &1 (Urgent)"), QKeySequence(Qt::Key_1), tr("Set priority P1 on the selected threats")},
        {Command::Priority2, tr("Priority &2"), QKeySequence(Qt::Key_2), tr("Set priority P2 on the selected threats")},
        {Command::Priority3, tr("Priority &3"), QKeySequence(Qt::Key_3), tr("Set priority P3 on the selected threats")},
        {Command::Priority4, tr("Priority &4"), QKeySequence(Qt::Key_4), tr("Set priority P4 on the selected threats")},
        {Command::ClearPriority, tr("&Computed Priority"), QKeySequence(Qt::Key_0),
         tr("Remove the priority a person set; the computed one applies again")},
    };
    QTableView *view = m_panel->view();
    for (const Spec &spec : specs) {
        auto *action = new QAction(spec.text, this);
        action->setObjectName(QStringLiteral("actionTriage%1").arg(int(spec.command)));
        action->setShortcut(spec.key);
        // Single keys act only while the threat table has focus: typing in a filter field or a
        // dialog must never triage anything.
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(spec.tip);
        action->setStatusTip(spec.tip);
        view->addAction(action);
        const Command command = spec.command;
        connect(action, &QAction::triggered, this, [this, command] { trigger(command); });
        m_actions.insert(command, action);
    }
}

QList<QAction *> TriageController::menuActions() const
{
    return {action(Command::Next),      action(Command::Previous),  nullptr,
            action(Command::Validate),  action(Command::Dismiss),   action(Command::Accept),
            action(Command::Mitigate),  action(Command::Reopen),    nullptr,
            action(Command::Priority1), action(Command::Priority2), action(Command::Priority3),
            action(Command::Priority4), action(Command::ClearPriority)};
}

void TriageController::setProject(Project *project)
{
    m_project = project;
    m_stack->clear();
    updateActions();
}

void TriageController::setBusy(bool busy)
{
    m_busy = busy;
    m_stack->setActive(!busy);
    updateActions();
}

void TriageController::updateActions()
{
    const bool writable = m_project && !m_project->isReadOnly() && !m_busy;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const bool moves = it.key() == Command::Next || it.key() == Command::Previous;
        it.value()->setEnabled(moves ? m_project != nullptr : writable);
    }
}

QString TriageController::describe(TriageAction action, std::optional<int> priority, const QStringList &fingerprints) const
{
    const int count = int(fingerprints.size());
    QString title;
    if (count == 1) {
        const int row = m_panel->model()->rowOf(fingerprints.constFirst());
        title = row >= 0 ? m_panel->model()->threat(row).title : fingerprints.constFirst().left(12);
        if (title.size() > 60)
            title = title.left(59) + QStringLiteral("…");
    }
    switch (action) {
    case TriageAction::Validate:
        return count == 1 ? tr("Validate “%1”").arg(title) : tr("Validate %n threats", nullptr, count);
    case TriageAction::Dismiss:
        return count == 1 ? tr("Dismiss “%1”").arg(title) : tr("Dismiss %n threats", nullptr, count);
    case TriageAction::Accept:
        return count == 1 ? tr("Accept the risk of “%1”").arg(title) : tr("Accept the risk of %n threats", nullptr, count);
    case TriageAction::Mitigate:
        return count == 1 ? tr("Mark “%1” mitigated").arg(title) : tr("Mark %n threats mitigated", nullptr, count);
    case TriageAction::Reopen:
        return count == 1 ? tr("Reopen “%1”").arg(title) : tr("Reopen %n threats", nullptr, count);
    case TriageAction::SetPriority:
        if (!priority)
            return count == 1 ? tr("Computed priority for “%1”").arg(title)
                              : tr("Computed priority for %n threats", nullptr, count);
        return count == 1 ? tr("Priority P%1 for “%2”").arg(*priority).arg(title)
                          : tr("Priority P%1 for %2 threats").arg(*priority).arg(count);
    }
    return {};
}

Result<int> TriageController::apply(const QStringList &fingerprints, TriageAction action, const QString &reason,
                                    std::optional<int> priority, const QDateTime &expiresAt)
{
    if (!m_project)
        return makeError(tr("No project is open"));
    if (m_project->isReadOnly())
        return makeError(tr("The project is open read-only; decisions cannot be recorded"));
    if (m_busy)
        return makeError(tr("An import is writing to the project; try again when it is done"));
    const ThreatTableModel *model = m_panel->model();
    QStringList targets;
    for (const QString &fingerprint : fingerprints) {
        const int row = model->rowOf(fingerprint);
        if (row >= 0 && model->threat(row).status == ThreatStatus::ResolvedByChange)
            continue;
        targets.append(fingerprint);
    }
    if (targets.isEmpty())
        return makeError(tr("The selected threats were resolved by a change and cannot be triaged"));

    WaitCursor wait;
    TriageRequest request;
    request.action = action;
    request.reason = reason.trimmed();
    request.actor = settings::actorName();
    request.priority = priority;
    request.expiresAt = expiresAt;

    // One transaction for the whole selection: one commit, all or nothing.
    auto outcomes = m_project->triageMany(targets, request);
    if (!outcomes)
        return outcomes.error();
    QList<TriageCommand::Change> changes;
    QStringList done;
    changes.reserve(outcomes->size());
    m_panel->beginRowChange();
    for (const TriageOutcome &outcome : std::as_const(*outcomes)) {
        changes.append(TriageCommand::Change{outcome.threat.fingerprint, outcome.before});
        done.append(outcome.threat.fingerprint);
        updateRow(outcome.threat);
    }
    m_panel->endRowChange();
    m_stack->push(new TriageCommand(this, request, changes, describe(action, priority, done)));
    Q_EMIT decisionsChanged(done);
    return int(done.size());
}

void TriageController::trigger(Command command)
{
    if (command == Command::Next || command == Command::Previous) {
        m_panel->moveCurrent(command == Command::Next ? 1 : -1);
        return;
    }
    const QStringList selected = m_panel->selectedFingerprints();
    if (selected.isEmpty()) {
        Q_EMIT statusMessage(tr("Select a threat first (J and K move through the list)"));
        return;
    }
    TriageAction action = TriageAction::Validate;
    std::optional<int> priority;
    QString reason;
    QDateTime expiresAt;
    switch (command) {
    case Command::Validate: action = TriageAction::Validate; break;
    case Command::Mitigate: action = TriageAction::Mitigate; break;
    case Command::Reopen: action = TriageAction::Reopen; break;
    case Command::Priority1:
    case Command::Priority2:
    case Command::Priority3:
    case Command::Priority4:
        action = TriageAction::SetPriority;
        priority = 1 + int(command) - int(Command::Priority1);
        break;
    case Command::ClearPriority: action = TriageAction::SetPriority; break;
    case Command::Dismiss:
    case Command::Accept: {
        action = command == Command::Dismiss ? TriageAction::Dismiss : TriageAction::Accept;
        const int row = m_panel->model()->rowOf(selected.constFirst());
        const QString title = row >= 0 ? m_panel->model()->threat(row).title : QString();
        ReasonDialog dialog(command == Command::Dismiss ? ReasonDialog::Kind::Dismiss : ReasonDialog::Kind::Accept,
                            int(selected.size()), title, m_dialogParent);
        const int answer = dialog.exec();
        // Back to the list, so the next key acts on the next threat.
        if (m_dialogParent)
            m_dialogParent->activateWindow();
        m_panel->view()->setFocus(Qt::OtherFocusReason);
        if (answer != QDialog::Accepted)
            return;
        reason = dialog.reason();
        if (const auto date = dialog.expiry())
            expiresAt = endOfDay(*date);
        break;
    }
    case Command::Next:
    case Command::Previous: break;
    }
    auto applied = apply(selected, action, reason, priority, expiresAt);
    if (!applied) {
        Q_EMIT failed(applied.errorString());
        return;
    }
    Q_EMIT statusMessage(m_stack->undoText() + QStringLiteral(" — ") + tr("Ctrl+Z undoes it"));
}

void TriageController::reapply(const TriageRequest &request, QList<TriageCommand::Change> &changes, const QString &what)
{
    if (!m_project || changes.isEmpty())
        return;
    WaitCursor wait;
    TriageRequest again = request;
    again.actor = settings::actorName();
    QStringList fingerprints;
    for (const TriageCommand::Change &change : std::as_const(changes))
        fingerprints.append(change.fingerprint);
    auto outcomes = m_project->triageMany(fingerprints, again);
    if (!outcomes) {
        Q_EMIT failed(tr("Redo failed: %1").arg(outcomes.errorString()));
        return;
    }
    m_panel->beginRowChange();
    for (int i = 0; i < outcomes->size(); ++i) {
        changes[i].before = outcomes->at(i).before;
        updateRow(outcomes->at(i).threat);
    }
    m_panel->endRowChange();
    Q_EMIT decisionsChanged(fingerprints);
    Q_EMIT statusMessage(tr("Redone: %1").arg(what));
}

void TriageController::restore(const QList<TriageCommand::Change> &changes, const QString &what)
{
    if (!m_project || changes.isEmpty())
        return;
    WaitCursor wait;
    // Newest first, so a threat changed twice within one step ends at its oldest state.
    QList<DecisionRestore> restores;
    QStringList fingerprints;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        restores.append(DecisionRestore{it->fingerprint, it->before});
        fingerprints.append(it->fingerprint);
    }
    // One transaction, one compensating threat.undo entry per threat.
    if (auto restored = m_project->restoreDecisions(restores, settings::actorName(), tr("Undo: %1").arg(what)); !restored) {
        Q_EMIT failed(tr("Undo failed: %1").arg(restored.errorString()));
        return;
    }
    m_panel->beginRowChange();
    refreshRows(fingerprints);
    m_panel->endRowChange();
    Q_EMIT decisionsChanged(fingerprints);
    Q_EMIT statusMessage(tr("Undone: %1 (recorded as threat.undo in the audit trail)").arg(what));
}

void TriageController::updateRow(const Threat &decided)
{
    // The row keeps what the shown version says about the threat; only the decision is new.
    ThreatTableModel *model = m_panel->model();
    const int row = model->rowOf(decided.fingerprint);
    if (row < 0)
        return;
    Threat threat = model->threat(row);
    threat.status = decided.status;
    threat.priorityOverride = decided.priorityOverride;
    threat.owner = decided.owner;
    threat.justification = decided.justification;
    threat.expiresAt = decided.expiresAt;
    threat.suppressionId = decided.suppressionId;
    model->updateThreat(threat);
}

void TriageController::refreshRows(const QStringList &fingerprints)
{
    ThreatTableModel *model = m_panel->model();
    for (const QString &fingerprint : fingerprints) {
        auto threat = m_project->threat(model->versionId(), fingerprint);
        if (threat)
            model->updateThreat(*threat);
    }
}

} // namespace tw::ui
