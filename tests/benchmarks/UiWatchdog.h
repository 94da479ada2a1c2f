// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// For the benchmarks that time how long the UI thread is blocked: a 5 ms timer stamps the event
// loop, and the longest gap between two stamps is the longest stall.

#include <QApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace RapportBench {

// The longest time the event loop went without running a 5 ms timer, and every gap over
// `noteOverMs` with when it began (where to look).
class Watchdog
{
public:
    explicit Watchdog(qint64 noteOverMs = 50)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this, noteOverMs] {
            const qint64 gap = m_clock.restart();
            m_longest = qMax(m_longest, gap);
            if (gap > noteOverMs)
                m_stalls.append(QStringLiteral("%1 ms at %2 ms").arg(gap).arg(m_since.elapsed() - gap));
        });
    }
    void start()
    {
        m_longest = 0;
        m_stalls.clear();
        m_clock.start();
        m_since.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return qMax(m_longest, m_clock.elapsed());
    }
    QStringList stalls() const { return m_stalls; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    QStringList m_stalls;
};

// Runs the event loop until `done`, or false after `timeoutMs`. It sleeps between events, as
// the application's own exec() does: a loop that polls would take a core from the worker
// threads being measured (and the machine has two).
inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 600000)
{
    QTimer tick; // wakes the loop to look at `done` again
    tick.start(5);
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Lets the event loop run for a while, as a user would wait.
inline void runFor(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    waitFor([&clock, milliseconds] { return clock.elapsed() >= milliseconds; });
}

} // namespace RapportBench
