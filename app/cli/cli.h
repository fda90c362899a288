// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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

/** Prints "threatwright-cli: message" to stderr; returns UsageError for `return fail(...)`. */
int fail(const QString &message);

} // namespace tw::cli
