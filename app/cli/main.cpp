// SPDX-License-Identifier: GPL-3.0-or-later
// threatwright-cli: the headless twin of the workbench, for scripts and CI.

#include "cli.h"

#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("threatwright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("Threatwright"));

    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    auto usage = [&out]() {
        out << QCoreApplication::translate("tw::Cli", "Usage: threatwright-cli COMMAND [OPTIONS]\n\n"
                                                      "Threatwright keeps a threat model in step with the system.\n\n"
                                                      "Commands:\n");
        for (const tw::cli::Command &command : tw::cli::commands()) {
            out << QStringLiteral("  %1 %2\n")
                       .arg(QString::fromLatin1(command.name), -10)
                       .arg(QCoreApplication::translate("tw::Cli", command.summary));
        }
        out << QCoreApplication::translate("tw::Cli", "\nRun 'threatwright-cli COMMAND --help' for a command's options.\n"
                                                      "Exit codes: 0 ok, 1 check failed, 2 usage or input error.\n");
    };
    if (args.size() < 2) {
        usage();
        return tw::cli::UsageError;
    }
    const QString first = args.at(1);
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h") || first == QLatin1StringView("help")) {
        usage();
        return tw::cli::Ok;
    }
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v")) {
        out << QStringLiteral("threatwright-cli %1\n").arg(QCoreApplication::applicationVersion());
        return tw::cli::Ok;
    }
    for (const tw::cli::Command &command : tw::cli::commands()) {
        if (first == QLatin1StringView(command.name)) {
            QStringList rest = args;
            rest.removeAt(1); // the parser sees "threatwright-cli ARGS…"
            return command.run(rest);
        }
    }
    return tw::cli::fail(QCoreApplication::translate("tw::Cli", "unknown command \"%1\"; see threatwright-cli --help").arg(first));
}
