// SPDX-License-Identifier: GPL-3.0-or-later
// threatwright: the desktop workbench, a thin shell over twui.

#include "common/translations.h"
#include "graphview.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "source/sourcepanel.h"
#include "triage/threatspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace {

/**
 * Opens `project`, shows the window at 1600×1000 with the first threat selected, saves it as a
 * PNG. Returns the exit code.
 */
int takeScreenshot(tw::ui::MainWindow &window, const QString &project, const QString &sources, const QString &file)
{
    window.setHeadless(true);
    if (!project.isEmpty() && !window.openProject(project))
        return 2;
    if (!sources.isEmpty())
        window.sourcePanel()->locator().addRoot(sources, false);
    window.resize(1600, 1000);
    window.show();
    // The version, the versions table and the trail are read and the graph laid out off the GUI
    // thread: wait for all (bounded), then let docks and fonts settle.
    QElapsedTimer waited;
    waited.start();
    while ((window.isLoadingVersion() || window.isLoadingOverview() || window.isLoadingAudit()
            || (window.graphView() && window.graphView()->isLayingOut()))
           && waited.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    window.threatsPanel()->moveCurrent(1); // the first threat: details and source are not empty
    window.graphView()->fitToView();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir) || !window.grab().save(file, "PNG")) {
        qWarning().noquote() << QApplication::translate("main", "Cannot write the screenshot %1").arg(file);
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Threatwright"));
    QApplication::setApplicationName(QStringLiteral("Threatwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Threatwright"));
    QApplication::setApplicationVersion(QStringLiteral(TW_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.threatwright.Threatwright"));

    // The language chosen in Preferences, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    // Threatwright's catalogue from the installed folder, else the compiled-in one; Qt's own from Qt.
    const QString language = tw::ui::settings::language();
    tw::ui::settings::setLanguageInEffect(language);
    const QString appDir = QApplication::applicationDirPath();
    tw::i18n::installTranslators(app, tw::i18n::localeFor(language),
                                 {QDir(appDir).filePath(QStringLiteral(TW_TRANSLATIONS_RELDIR))});

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Threatwright, a threat-model workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A project file (.twdb) to open."),
                                 QStringLiteral("[project]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Open the project, save a 1600×1000 picture of the window as a PNG file and exit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    const QCommandLineOption sources(
        QStringLiteral("sources"),
        QApplication::translate("main", "The folder the project's inputs were imported from, for the Source panel "
                                        "(remembered for the project, except with --screenshot)."),
        QApplication::translate("main", "folder"));
    parser.addOption(sources);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fputs(qPrintable(QApplication::translate("main", "Give at most one project file.\n")), stderr);
        return 2;
    }
    const QString project = positional.value(0);

    tw::ui::MainWindow window;
    if (parser.isSet(sources) && !QFileInfo(parser.value(sources)).isDir()) {
        std::fputs(qPrintable(QApplication::translate("main", "%1 is not a folder.\n").arg(parser.value(sources))), stderr);
        return 2;
    }
    if (parser.isSet(screenshot))
        return takeScreenshot(window, project, parser.value(sources), parser.value(screenshot));

    window.restoreLayout();
    window.show();
    if (!project.isEmpty() && window.openProject(project) && parser.isSet(sources))
        window.sourcePanel()->locator().addRoot(parser.value(sources));
    return QApplication::exec();
}
