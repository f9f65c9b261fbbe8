#include "CostBucket.h"

#include <algorithm>

namespace storelens::sim {

CostBucket::CostBucket(double maximum, double restorePerSecond, qint64 nowMs)
    : m_maximum(maximum)
    , m_restore(restorePerSecond)
    , m_available(maximum)
    , m_lastMs(nowMs)
{}

void CostBucket::restore(qint64 nowMs)
{
    if (nowMs > m_lastMs) {
        m_available =
            std::min(m_maximum, m_available + double(nowMs - m_lastMs) * m_restore / 1000.0);
        m_lastMs = nowMs;
    }
}

double CostBucket::available(qint64 nowMs)
{
    restore(nowMs);
    return m_available;
}

bool CostBucket::take(double cost, qint64 nowMs)
{
    restore(nowMs);
    if (cost > m_available)
        return false;
    m_available -= cost;
    return true;
}

void CostBucket::refund(double amount)
{
    m_available = std::min(m_maximum, m_available + amount);
}

} // namespace storelens::sim
