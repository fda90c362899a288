// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace tw::ui {

/**
 * The "Open Recent" list, persisted in QSettings (newest first, at most MaxEntries). Files that
 * no longer exist are dropped whenever the list is read.
 */
class RecentFiles
{
public:
    static constexpr int MaxEntries = 10;

    /** The existing recent files, newest first; prunes vanished ones from the settings. */
    static QStringList files();
    /** Puts `path` at the front (moving it if already listed). */
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

private:
    static QStringList stored();
    static void store(const QStringList &files);
};

} // namespace tw::ui
