// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/helperthread.h"

#include "common/threadpools.h"

#include <QSemaphore>
#include <QThreadPool>

#include <system_error>

namespace tw {

bool HelperTask::start(std::function<void()> task)
{
    join();
    if (std::thread::hardware_concurrency() > 1) {
        // Shared with the pool's thread: it releases after the owner may already have woken.
        auto done = std::make_shared<QSemaphore>();
        if (parallelPool()->tryStart([task, done] {
                task();
                done->release();
            })) {
            m_done = std::move(done);
            return true;
        }
    }
    try {
        m_thread = std::thread(std::move(task));
    } catch (const std::system_error &) {
        return false;
    }
    return true;
}

void HelperTask::join()
{
    if (m_done) {
        m_done->acquire();
        m_done.reset();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void HelperTask::warmUp()
{
    // Threads the pool made for an earlier task stay (QThreadPool's expiry): these start any
    // that are missing, so the splits find them ready.
    QThreadPool *pool = parallelPool();
    for (int i = pool->activeThreadCount(); i < pool->maxThreadCount(); ++i)
        pool->tryStart([] {});
}

} // namespace tw
