// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace tw::store {

/**
 * Makes a connection's commits durable on a thread of its own ("deferred durability").
 *
 * With synchronous=FULL SQLite syncs the WAL inside COMMIT, on the thread that commits. That
 * sync is usually under a millisecond, but it waits for whatever else the disk is writing: with a
 * build running beside the workbench, one triage key's fdatasync took 300 ms (strace -T), and the
 * window froze for that long. A connection in deferred mode commits without syncing (the frames
 * are written in order; Project::setDurability says why that is safe there) and this syncer
 * calls fdatasync on the WAL right after each commit. Because the WAL only grows between
 * checkpoints, and a checkpoint syncs the WAL before it copies anything, one sync covers every
 * commit before it. A commit is durable once synced() has reached it; a killed process loses
 * nothing either way (the data is in the page cache), only a power cut in that window could.
 *
 * Its own descriptor of the WAL (the file is never locked: SQLite's WAL locks live in the -shm
 * file, so opening and closing it does not drop any of SQLite's POSIX locks).
 */
class WalSyncer
{
public:
    /** Told after each sync, on the syncer's thread: the commits now on disk, or why not. */
    using Listener = std::function<void(const Result<qint64> &)>;

    explicit WalSyncer(QByteArray walPath);
    /** Syncs what is left, then stops. */
    ~WalSyncer();
    WalSyncer(const WalSyncer &) = delete;
    WalSyncer &operator=(const WalSyncer &) = delete;

    /** A commit has been written to the WAL (SQLite's WAL hook, on the committing thread). */
    void committed();
    /**
     * Blocks until a sync covering every commit so far has run; its error if it (or any sync
     * before it) failed.
     */
    Result<void> waitUntilSynced();
    /** Commits known to be on disk. */
    qint64 synced() const;
    /** Replaces the listener; returns once a call of the old one in progress has ended. */
    void setListener(Listener listener);

private:
    void run();
    /** fdatasync of the WAL (and of its folder when the WAL was first opened). */
    Result<void> syncOnce();

    const QByteArray m_walPath;
    int m_fd = -1; // the syncer thread's
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::thread m_thread;
    qint64 m_committed = 0;
    qint64 m_attempted = 0; // commits the running (or last) sync covers
    qint64 m_finished = 0;  // commits the last finished sync covered
    qint64 m_synced = 0;
    QString m_error; // the first failed sync's; from then on nothing counts as synced
    bool m_stop = false;
    std::mutex m_listenerMutex; // held while the listener runs
    Listener m_listener;
};

} // namespace tw::store
