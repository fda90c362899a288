// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace tw::ui {
namespace {

QString settingsKey()
{
    return QStringLiteral("RecentFiles/paths");
}

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QStringList RecentFiles::stored()
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), files);
}

QStringList RecentFiles::files()
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString &path : all) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    while (existing.size() > MaxEntries)
        existing.removeLast();
    if (existing != all)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString entry = normalized(path);
    QStringList list = stored();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > MaxEntries)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = stored();
    if (list.removeAll(normalized(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace tw::ui
