// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every GUI test does with the real window: keep the user's settings out of it, show it at
// the screenshot size, open a project and wait until every background read it started is in and
// the graph is drawn, and save a screenshot into the build folder. One place, so a new background
// read (the window has four: version, overview, audit trail, layout) is waited for everywhere.

#include "graphview.h"
#include "mainwindow.h"
#include "source/sourcepanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTest>
#include <QtDebug>

namespace tw::test {

/** ms; the demo is ready in well under a second, the generated 2,000-component model in a few. */
inline constexpr int ReadyTimeout = 60000;
/** The size of the screenshots in docs/ (issue #7). */
inline const QSize WindowSize(1600, 1000);

/**
 * Points QSettings and the standard paths at `settingsDir` and names the application, so a test
 * neither reads nor writes the user's recent files, window layout or preferences.
 */
inline void isolateSettings(const QString &settingsDir, const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreatwrightTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
}

/**
 * The folder the demo project (resources/demo/shop) was imported from. Tests build their demo
 * projects in temporary folders; without this root the Source panel shows "not found — Locate
 * Folder…" instead of the evidence.
 */
inline const QString DemoSources = QStringLiteral(TW_SOURCE_DIR "/resources/demo/shop");


/** Whether the graph shows the newest model's items (components, or collapsed boundaries). */
inline bool graphReady(const ui::GraphView *graph)
{
    return !graph->isLayingOut() && (!graph->componentItems().isEmpty() || !graph->collapsedItems().isEmpty());
}

/** Whether nothing the window reads in the background is still on its way. */
inline bool windowIdle(const ui::MainWindow &window)
{
    return !window.isLoadingVersion() && !window.isLoadingOverview() && !window.isLoadingAudit()
        && !window.graphView()->isLayingOut();
}

/** Waits (running the event loop) until windowIdle(); false on timeout. */
inline bool waitUntilIdle(const ui::MainWindow &window, int timeout = ReadyTimeout)
{
    return QTest::qWaitFor([&window] { return windowIdle(window); }, timeout);
}

/** Headless (errors go to the log), 1600 × 1000, shown and active; false when it never was. */
inline bool showWindow(ui::MainWindow &window)
{
    window.setHeadless(true);
    window.resize(WindowSize);
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

/** Opens `path` and waits until the window is idle; false when either failed. */
inline bool openAndWait(ui::MainWindow &window, const QString &path, int timeout = ReadyTimeout)
{
    return window.openProject(path) && waitUntilIdle(window, timeout);
}

/**
 * Opens a project made from the demo's inputs, lets the Source panel find them for this session
 * (not remembered in settings; opening a project resets the panel's folders, so it comes after),
 * and waits until the window is idle.
 */
inline bool openDemoAndWait(ui::MainWindow &window, const QString &path, int timeout = ReadyTimeout)
{
    if (!window.openProject(path))
        return false;
    window.sourcePanel()->locator().addRoot(DemoSources, false);
    return waitUntilIdle(window, timeout);
}

/**
 * Grabs `widget` into `screenshots/<name>` beside the test executable and returns the file, or
 * an empty string when it could not be written. Pending paints run first.
 */
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    if (!QDir().mkpath(dir))
        return {};
    QCoreApplication::processEvents();
    const QString file = dir + QLatin1Char('/') + name;
    if (!widget->grab().toImage().save(file, "PNG"))
        return {};
    qInfo().noquote() << "screenshot:" << file;
    return file;
}

} // namespace tw::test
