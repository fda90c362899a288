// SPDX-License-Identifier: GPL-3.0-or-later
// HelperTask (core/common/helperthread): how the readers and importers hand their second halves
// to the kept threads of parallelPool(). A task runs on another thread and its effects are seen
// after join(); the same threads serve one task after the other; more tasks than kept threads,
// and a task that starts another, all run at once (none waits for a thread another holds); no
// wake-up is lost.

#include "common/helperthread.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace tw;

namespace {

/** Waits until `count` reaches `target`, at most 10 s (a deadlock fails instead of hanging). */
bool reaches(const std::atomic<int> &count, int target)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (count.load() < target) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::yield();
    }
    return true;
}

} // namespace

class TestHelperThread : public QObject
{
    Q_OBJECT

private slots:
    void runsOnAnotherThreadAndJoins()
    {
        std::thread::id where;
        std::vector<int> written;
        HelperTask task;
        QVERIFY(task.start([&] {
            where = std::this_thread::get_id();
            for (int i = 0; i < 1000; ++i)
                written.push_back(i);
        }));
        QVERIFY(task.joinable());
        task.join();
        QVERIFY(!task.joinable());
        QVERIFY(where != std::this_thread::get_id());
        QCOMPARE(written.size(), std::size_t(1000));
        QCOMPARE(written.back(), 999);
    }

    void threadsServeOneTaskAfterTheOther()
    {
        if (std::thread::hardware_concurrency() < 2)
            QSKIP("one core: tasks run on new threads");
        HelperTask::warmUp();
        // Each thread counts the tasks it ran: a new thread per task would count one each.
        static thread_local int ranHere = 0;
        constexpr int Tasks = 12;
        int most = 0;
        std::thread::id last;
        for (int i = 0; i < Tasks; ++i) {
            HelperTask task;
            int count = 0;
            QVERIFY(task.start([&] {
                count = ++ranHere;
                last = std::this_thread::get_id();
            }));
            task.join();
            most = std::max(most, count);
        }
        QVERIFY(last != std::this_thread::get_id());
        QVERIFY2(most >= Tasks / 2, qPrintable(QStringLiteral("at most %1 tasks on one thread").arg(most)));
    }

    void moreTasksThanKeptThreadsRunAtOnce()
    {
        // Each task waits until all have started: a task queued behind another would never start.
        constexpr int Tasks = 6;
        std::atomic<int> running{0};
        std::atomic<int> stuck{0};
        std::vector<std::unique_ptr<HelperTask>> tasks;
        for (int i = 0; i < Tasks; ++i) {
            tasks.push_back(std::make_unique<HelperTask>());
            QVERIFY(tasks.back()->start([&] {
                ++running;
                if (!reaches(running, Tasks))
                    ++stuck;
            }));
        }
        for (auto &task : tasks)
            task->join();
        QCOMPARE(running.load(), Tasks);
        QCOMPARE(stuck.load(), 0);
    }

    void taskStartsAnotherTask()
    {
        // The mapping worker parses an external spec, which splits it: nested tasks.
        std::atomic<int> depth{0};
        std::atomic<int> refused{0}; // counted, not QVERIFY'd: the checks run on the helpers
        std::function<void(int)> nest = [&](int level) {
            ++depth;
            if (level == 0)
                return;
            HelperTask inner;
            if (!inner.start([&, level] { nest(level - 1); }))
                ++refused;
            inner.join();
        };
        HelperTask outer;
        QVERIFY(outer.start([&] { nest(4); }));
        outer.join();
        QCOMPARE(refused.load(), 0);
        QCOMPARE(depth.load(), 5);
    }

    void joinWithoutTaskIsHarmless()
    {
        HelperTask task;
        QVERIFY(!task.joinable());
        task.join();
        task.join();
        int value = 0;
        QVERIFY(task.start([&] { value = 7; }));
        task.join();
        task.join();
        QCOMPARE(value, 7);
        QVERIFY(task.start([&] { value = 8; })); // start() after a task waits for it first
        task.join();
        QCOMPARE(value, 8);
    }

    void noWakeUpIsLost()
    {
        // Many short tasks in a row, from two threads at once: a lost wake-up hangs here.
        std::atomic<int> done{0};
        auto rounds = [&done] {
            for (int i = 0; i < 5000; ++i) {
                HelperTask task;
                task.start([&done] { ++done; });
                task.join();
            }
        };
        std::thread other(rounds);
        rounds();
        other.join();
        QCOMPARE(done.load(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestHelperThread)
#include "tst_helperthread.moc"
