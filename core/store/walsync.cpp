// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/walsync.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tw::store {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::store::WalSyncer)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

WalSyncer::WalSyncer(QByteArray walPath) : m_walPath(std::move(walPath))
{
    m_thread = std::thread([this] { run(); });
}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

void WalSyncer::committed()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_committed;
    }
    m_wake.notify_one();
}

Result<void> WalSyncer::waitUntilSynced()
{
    std::unique_lock lock(m_mutex);
    const qint64 target = m_committed;
    m_done.wait(lock, [&] { return m_finished >= target; });
    if (m_synced < target)
        return makeError(m_error);
    return {};
}

qint64 WalSyncer::synced() const
{
    std::lock_guard lock(m_mutex);
    return m_synced;
}

void WalSyncer::setListener(Listener listener)
{
    // Waits for a call in progress: once this returns, the old listener is never called again
    // (its owner may be about to go).
    std::lock_guard lock(m_listenerMutex);
    m_listener = std::move(listener);
}

void WalSyncer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Stopping still syncs what was committed: the project is closing, and its last
        // decisions must be on disk when it is closed. One sync per wake-up, never a loop of
        // retries on a broken disk.
        m_wake.wait(lock, [this] { return m_committed > m_attempted || m_stop; });
        if (m_committed == m_attempted && m_stop)
            return;
        const qint64 target = m_committed; // commits arriving during the sync wait for the next one
        m_attempted = target;
        lock.unlock();
        const Result<void> synced = syncOnce();
        lock.lock();
        // A failed sync is final for this connection: after an I/O error Linux may drop the
        // pages it could not write and report the next sync as successful, so no later sync
        // proves the earlier commits are on disk.
        if (!synced && m_error.isEmpty())
            m_error = synced.errorString();
        if (m_error.isEmpty())
            m_synced = target;
        const qint64 now = m_synced;
        const QString error = m_error;
        lock.unlock();
        {
            std::lock_guard call(m_listenerMutex);
            if (m_listener)
                m_listener(error.isEmpty() ? Result<qint64>(now) : Result<qint64>(makeError(error)));
        }
        lock.lock();
        m_finished = target; // after the listener: whoever waited has heard of this sync
        m_done.notify_all();
    }
}

Result<void> WalSyncer::syncOnce()
{
    if (m_fd < 0) {
        m_fd = ::open(m_walPath.constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            const int error = errno;
            return makeError(Tr::tr("The changes to %1 could not be written to disk: %2")
                                 .arg(QFile::decodeName(m_walPath), systemError(error)));
        }
        // The WAL may have been created by the first commit: its name in the folder must be on
        // disk too for the frames to be found after a power cut.
        const QByteArray folder = QFile::encodeName(QFileInfo(QFile::decodeName(m_walPath)).absolutePath());
        if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
            (void)::fsync(dir);
            ::close(dir);
        }
    }
    if (::fdatasync(m_fd) != 0) {
        const int error = errno;
        return makeError(Tr::tr("The changes to %1 could not be written to disk: %2")
                             .arg(QFile::decodeName(m_walPath), systemError(error)));
    }
    return {};
}

} // namespace tw::store
