// SPDX-License-Identifier: GPL-3.0-or-later
#include "livewatcher.h"

#include <QFileInfo>

namespace tw::ui {

LiveWatcher::LiveWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveWatcher::flush);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LiveWatcher::noteChange);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LiveWatcher::noteChange);
}

void LiveWatcher::watch(const QStringList &files, const QStringList &folders)
{
    clear();
    m_files = files;
    QStringList existing;
    for (const QString &file : files) {
        if (QFileInfo(file).isFile())
            existing.append(file);
    }
    if (!existing.isEmpty())
        m_watcher.addPaths(existing);
    if (!folders.isEmpty())
        m_watcher.addPaths(folders);
}

void LiveWatcher::clear()
{
    m_debounce.stop();
    m_pending.clear();
    m_files.clear();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
}

void LiveWatcher::noteChange(const QString &path)
{
    if (!m_pending.contains(path))
        m_pending.append(path);
    // An editor that saves by writing a new file and renaming it over the old one leaves the
    // watcher watching nothing: watch the file again once it is back.
    for (const QString &file : std::as_const(m_files)) {
        if (!m_watcher.files().contains(file) && QFileInfo(file).isFile())
            m_watcher.addPath(file);
    }
    m_debounce.start();
}

void LiveWatcher::flush()
{
    const QStringList paths = std::exchange(m_pending, QStringList());
    if (!paths.isEmpty())
        Q_EMIT changed(paths);
}

} // namespace tw::ui
