#pragma once

#include <QtGlobal>

#include <atomic>

namespace storelens {
class Clock;
}

namespace storelens::sim {

// The simulator's notion of "now": starts at the end of the generated history
// and runs `scale` times faster than the underlying clock's monotonic time,
// so that tests see token expiry, cost restore and bulk progress without
// waiting. Tests may also jump it forward.
class SimulatedClock
{
public:
    SimulatedClock(const Clock &base, double scale, qint64 startMs);

    qint64 nowMs() const;
    double scale() const { return m_scale; }
    void advance(qint64 ms) { m_offset += ms; }
    // Real milliseconds that correspond to `simulatedMs`.
    qint64 realMs(qint64 simulatedMs) const { return qint64(double(simulatedMs) / m_scale); }

private:
    const Clock &m_base;
    double m_scale;
    qint64 m_startMs;
    qint64 m_monoStart;
    std::atomic<qint64> m_offset{0};
};

} // namespace storelens::sim
