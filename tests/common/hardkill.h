// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SIGKILL for a child a test started, and nothing else. QProcess::processId() is 0 once the
// child has finished, and kill(0, ...) or kill(-0, ...) signals the caller's own process group:
// the test, ctest and the CI script with it. A CI run died that way (exit 137) when a report
// finished before the test got round to killing it.

#include <QProcess>

#include <csignal>
#include <sys/types.h>

namespace tw::test {

/** Kills @p process (with its process group when @p wholeGroup, for a child started through
 *  setsid) if it is still running. Returns whether a signal was sent. */
inline bool hardKill(const QProcess &process, bool wholeGroup = false)
{
    const qint64 pid = process.processId();
    if (pid <= 0 || process.state() == QProcess::NotRunning)
        return false;
    return ::kill(wholeGroup ? -pid_t(pid) : pid_t(pid), SIGKILL) == 0;
}

} // namespace tw::test
