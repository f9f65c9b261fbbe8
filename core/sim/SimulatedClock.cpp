#include "SimulatedClock.h"

#include "common/Clock.h"

namespace storelens::sim {

SimulatedClock::SimulatedClock(const Clock &base, double scale, qint64 startMs)
    : m_base(base)
    , m_scale(scale > 0 ? scale : 1.0)
    , m_startMs(startMs)
    , m_monoStart(base.monotonicMs())
{}

qint64 SimulatedClock::nowMs() const
{
    const qint64 elapsed = m_base.monotonicMs() - m_monoStart;
    return m_startMs + qint64(double(elapsed) * m_scale) + m_offset.load();
}

} // namespace storelens::sim
