// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::cli {

/** Exit codes of DESIGN.md's CLI contract. */
enum ExitCode { Ok = 0, CheckFailed = 1, UsageError = 2 };

/** One sub-command: its name, a one-line summary and its implementation. */
struct Command
{
    const char *name;
    const char *summary; ///< translated through QCoreApplication::translate("tw::Cli", …)
    int (*run)(const QStringList &arguments);
};

/** Every command, in the order `--help` lists them. */
const QList<Command> &commands();

/** `export`: the model in another tool's format (interopcommands.cpp). */
int runExport(const QStringList &arguments);

/**
 * threatwright-cli is built without the commands that need Qt Gui, Graphviz or the network
 * (`report`, `suggest`): linked with --as-needed, it then loads half the libraries and starts in
 * half the time. Those commands run in threatwright-cli-full, beside it in the build tree and in
 * libexec when installed: handOff() replaces this process with it, same arguments. Returns only
 * when that fails (UsageError, with the message printed).
 */
int handOff();

/** Prints "threatwright-cli: message" to stderr; returns UsageError for `return fail(...)`. */
int fail(const QString &message);

// Feedback and suggestion commands (feedbackcommands.cpp).
int runSuppress(const QStringList &arguments);
int runSuppressions(const QStringList &arguments);
int runSuggest(const QStringList &arguments);
/** An ISO date ("2027-03-31", start of day UTC) or date-time; nullopt when it is neither. */
std::optional<QDateTime> parseExpiry(const QString &text);

} // namespace tw::cli
