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

/**
 * The workbench's language: "" follows the system locale, "en", "de" or "fr" is the user's
 * choice (Preferences ▸ General). Read once at start-up; a change takes effect on restart.
 */
QString language();
/** Stores the language; "" (or an unknown code) goes back to the system's. */
void setLanguage(const QString &language);
/** The language choice the running workbench started with (app/gui sets it once). */
QString languageInEffect();
void setLanguageInEffect(const QString &language);

} // namespace tw::ui::settings
