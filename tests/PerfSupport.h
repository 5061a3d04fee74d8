#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

namespace mcpauth::test {

// Records the longest gap between ticks of a 5 ms timer on the UI thread: how long the UI thread was
// busy with something else (a query, a model change, painting) at a stretch.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    [[nodiscard]] qint64 longestGapMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Spins the event loop until `done` (never longer than `timeoutMs`); the time it took, or -1.
template <typename F>
qint64 timeUntil(F done, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return clock.elapsed();
}

// The one-minute load average; 0 when unknown. Timing bounds are judged only when it is at most the
// number of cores: on an overloaded machine a stall measures the scheduler, not our code.
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().split(' ').value(0).toDouble();
}

inline bool machineIsOverloaded()
{
    return loadAverage() > QThread::idealThreadCount();
}

} // namespace mcpauth::test
