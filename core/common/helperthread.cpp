// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/helperthread.h"

#include <array>
#include <atomic>
#include <mutex>
#include <system_error>

#if defined(__unix__)
#include <unistd.h>
#endif

namespace tw {
namespace {

/// Two splits can be under way at once (the JSON line index beside the second builder).
constexpr std::size_t KeptThreads = 2;

long processId()
{
#if defined(__unix__)
    return long(::getpid());
#else
    return 0;
#endif
}

} // namespace

struct HelperTask::Slot
{
    std::atomic<bool> claimed{false};       ///< an owner holds the slot from start() to join()
    std::atomic<std::uint32_t> started{0};  ///< sequence number of the task handed over; the thread sleeps on it
    std::atomic<std::uint32_t> finished{0}; ///< sequence number of the last task done; the owner sleeps on it
    std::function<void()> task;
    bool running = false; ///< the thread exists (set under the creation mutex)
    long process = 0;     ///< the process it was started in: a forked child has no such thread

    void serve()
    {
        std::uint32_t done = 0;
        for (;;) {
            started.wait(done, std::memory_order_acquire);
            const std::uint32_t next = started.load(std::memory_order_acquire);
            if (next == done)
                continue;
            task();
            task = nullptr; // the captures go now, not at the next task
            done = next;
            finished.store(done, std::memory_order_release);
            finished.notify_all();
        }
    }
};

namespace {

std::mutex creation;

/** The kept slots: made once, never freed (their threads run until the process ends). */
std::array<HelperTask::Slot, KeptThreads> &slots()
{
    static auto *const all = new std::array<HelperTask::Slot, KeptThreads>;
    return *all;
}

/** Starts the slot's thread if it has none; false when no thread could be had. */
bool ensureThread(HelperTask::Slot &slot)
{
    const std::lock_guard lock(creation);
    if (slot.running)
        return slot.process == processId();
    try {
        std::thread([&slot] { slot.serve(); }).detach();
    } catch (const std::system_error &) {
        return false;
    }
    slot.running = true;
    slot.process = processId();
    return true;
}

} // namespace

bool HelperTask::start(std::function<void()> task)
{
    join();
    if (std::thread::hardware_concurrency() > 1) {
        for (Slot &slot : slots()) {
            if (slot.claimed.exchange(true, std::memory_order_acquire))
                continue;
            if (!ensureThread(slot)) {
                slot.claimed.store(false, std::memory_order_release);
                break;
            }
            slot.task = std::move(task);
            m_sequence = slot.finished.load(std::memory_order_relaxed) + 1;
            slot.started.store(m_sequence, std::memory_order_release);
            slot.started.notify_one();
            m_slot = &slot;
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
    if (m_slot) {
        std::uint32_t seen;
        while ((seen = m_slot->finished.load(std::memory_order_acquire)) != m_sequence)
            m_slot->finished.wait(seen, std::memory_order_acquire);
        m_slot->claimed.store(false, std::memory_order_release);
        m_slot = nullptr;
    }
    if (m_thread.joinable())
        m_thread.join();
}

void HelperTask::warmUp()
{
    if (std::thread::hardware_concurrency() < 2)
        return;
    for (Slot &slot : slots())
        ensureThread(slot);
}

} // namespace tw
