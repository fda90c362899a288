// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace tw::ui {

/**
 * Live mode's ears: watches the files a version was imported from (and their folders, for files
 * that appear or are replaced by an editor's save-by-rename) and reports a burst of changes once,
 * after it has been quiet for a moment, so a save that touches several files, or an editor that
 * writes twice, re-imports once.
 */
class LiveWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDebounceMs = 800;

    explicit LiveWatcher(QObject *parent = nullptr);

    /** Replaces what is watched: `files` (absolute paths) and `folders`. */
    void watch(const QStringList &files, const QStringList &folders);
    void clear();
    QStringList watchedFiles() const { return m_watcher.files(); }
    QStringList watchedFolders() const { return m_watcher.directories(); }
    void setDebounce(int ms) { m_debounce.setInterval(ms); }

Q_SIGNALS:
    /** Watched paths changed and things have been quiet since for the debounce interval. */
    void changed(const QStringList &paths);

private:
    void noteChange(const QString &path);
    void flush();

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QStringList m_files;
    QStringList m_pending;
};

} // namespace tw::ui
