// SPDX-License-Identifier: GPL-3.0-or-later
// threatwright-cli: the headless twin of the workbench, for scripts and CI.

#include "cli.h"
#include "common/translations.h"

#ifndef TW_CLI_LIGHT
#include <QGuiApplication>
#endif
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

#ifndef TW_CLI_LIGHT
/**
 * Whether this run writes a PDF report, which needs fonts and so a QGuiApplication. Looked up
 * in argv before any application object exists; every other command stays on QCoreApplication.
 */
bool needsGui(int argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "report") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        if ((std::strcmp(argv[i], "--format") == 0 || std::strcmp(argv[i], "-format") == 0) && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0)
            return true;
        if (std::strcmp(argv[i], "--format=pdf") == 0 || std::strcmp(argv[i], "-format=pdf") == 0)
            return true;
    }
    return false;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
#ifndef TW_CLI_LIGHT
    if (needsGui(argc, argv)) {
        // No display needed: CI images have none. An explicitly chosen platform is respected.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("threatwright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("Threatwright"));

    const QStringList args = QCoreApplication::arguments();
    // Human-readable text follows the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --json output
    // is for programs and stays the same in every language, so it is made without a translator.
    if (!args.contains(QStringLiteral("--json")))
        tw::i18n::installTranslators(*application, QLocale::system(),
                                     {tw::i18n::installedFolder(QCoreApplication::applicationDirPath())});
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
