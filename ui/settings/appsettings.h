// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The workbench's preferences, kept in QSettings. One place reads and writes each key, so the
 * dialog, the triage actions and the tests agree on names and defaults.
 */
namespace tw::ui::settings {

/** The name triage decisions are recorded under; the OS user unless set. */
QString actorName();
/** Stores the actor name; an empty or blank name goes back to the default. */
void setActorName(const QString &name);
/** Whether the user chose an actor name (rather than the default). */
bool hasActorName();

} // namespace tw::ui::settings
