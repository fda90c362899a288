// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <thread>

class QSemaphore;

namespace tw {

/**
 * One task handed to another thread by the two-thread splits of the readers and importers (the
 * second YAML piece, the second JSON builder and the line index, the OpenAPI mapping worker).
 *
 * The task runs on a thread of parallelPool(), whose threads stay between tasks: a new thread
 * per split cost a new stack, a new allocator arena and their page faults in the middle of the
 * work (Stripe's YAML: 530 page faults in all with new threads, 395 with kept ones, and
 * 49–58 ms -> 41–46 ms whole process on the project's VM). When the pool has no free thread
 * (imports on several threads at once, a task that starts another), a new std::thread runs the
 * task: a task never waits for another one to end.
 */
class HelperTask
{
public:
    HelperTask() = default;
    HelperTask(const HelperTask &) = delete;
    HelperTask &operator=(const HelperTask &) = delete;
    ~HelperTask() { join(); }

    /** Runs `task` on a helper thread; false (and the task not run) when no thread could be had. */
    bool start(std::function<void()> task);
    /** Waits for the task to end; nothing when none was started. */
    void join();
    bool joinable() const { return m_done != nullptr || m_thread.joinable(); }

    /**
     * Starts the pool's threads if they do not exist yet: for a caller about to read a large
     * input that it will split, so that they start while it reads.
     */
    static void warmUp();

private:
    std::shared_ptr<QSemaphore> m_done; ///< released by the pool's thread when the task ends
    std::thread m_thread;               ///< when the pool had no free thread
};

} // namespace tw
