// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

/**
 * Measures how long the GUI thread went without running its event loop: a precise timer ticks
 * every 2 ms, and the longest gap between ticks (less the interval) is the longest stall a user
 * would have felt while it ran. reset() starts a new phase.
 */
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    /** The longest gap so far, less the timer's own interval, in milliseconds. */
    double longestStallMs() const { return std::max<double>(0, double(m_longest) / 1e6 - m_timer.interval()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};
