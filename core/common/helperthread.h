// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <thread>

namespace tw {

/**
 * One task handed to another thread by the two-thread splits of the readers and importers (the
 * second YAML piece, the second JSON builder and the line index, the OpenAPI mapping worker).
 *
 * Two threads are kept for this for the life of the process and sleep between tasks: a new
 * thread per split cost a new stack, a new allocator arena and their page faults in the middle
 * of the work (Stripe's YAML: 530 page faults in all with new threads, 395 with kept ones, and
 * 49–58 ms -> 41–46 ms whole process on the project's VM). When no kept thread is free (imports on
 * several threads at once, a task that starts another) a new std::thread runs the task, so a
 * task never waits for another one to end. (Keeping them awake, spinning, between tasks was
 * slower: the two vCPUs are not independent.)
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
    bool joinable() const { return m_slot != nullptr || m_thread.joinable(); }

    /**
     * Creates the kept threads if they do not exist yet: for a caller about to read a large
     * input that it will split, so that they start while it reads.
     */
    static void warmUp();

    struct Slot;

private:
    Slot *m_slot = nullptr;
    std::uint32_t m_sequence = 0;
    std::thread m_thread; ///< when no kept thread was free
};

} // namespace tw
