#include "CostBucketLimiter.h"

#include <algorithm>
#include <cmath>

namespace storelens {

namespace {
// Keep a small reserve so that clock differences between us and Shopify do not
// turn an exact fit into a THROTTLED answer.
constexpr double kSafetyPoints = 1.0;
} // namespace

CostBucketLimiter::CostBucketLimiter(const Clock &clock)
    : m_clock(clock)
{}

double CostBucketLimiter::availableAt(qint64 nowMs) const
{
    const double restored =
        m_status.restoreRate * double(std::max<qint64>(0, nowMs - m_atMs)) / 1000.0;
    return std::min(m_status.maximumAvailable, m_status.currentlyAvailable + restored);
}

qint64 CostBucketLimiter::delayFor(double requestedCost) const
{
    std::lock_guard lock(m_mutex);
    if (!m_known || m_status.restoreRate <= 0)
        return 0;
    const double needed = std::min(requestedCost + kSafetyPoints, m_status.maximumAvailable);
    const double missing = needed - availableAt(m_clock.monotonicMs());
    if (missing <= 0)
        return 0;
    return qint64(std::ceil(missing * 1000.0 / m_status.restoreRate));
}

void CostBucketLimiter::reserve(double requestedCost)
{
    std::lock_guard lock(m_mutex);
    ++m_stats.requests;
    if (!m_known)
        return;
    const qint64 now = m_clock.monotonicMs();
    m_status.currentlyAvailable = availableAt(now) - requestedCost;
    m_atMs = now;
}

void CostBucketLimiter::update(const Status &status, double actualCost)
{
    std::lock_guard lock(m_mutex);
    m_known = status.maximumAvailable > 0;
    m_status = status;
    m_atMs = m_clock.monotonicMs();
    m_stats.actualPoints += actualCost;
}

void CostBucketLimiter::throttled(const Status &status)
{
    std::lock_guard lock(m_mutex);
    ++m_stats.throttled;
    if (status.maximumAvailable > 0) {
        m_known = true;
        m_status = status;
        m_atMs = m_clock.monotonicMs();
    }
}

void CostBucketLimiter::costExceeded(const Status &status)
{
    std::lock_guard lock(m_mutex);
    ++m_stats.costExceeded;
    if (status.maximumAvailable > 0) {
        m_known = true;
        m_status = status;
        m_atMs = m_clock.monotonicMs();
    }
}

void CostBucketLimiter::addWaited(qint64 ms)
{
    std::lock_guard lock(m_mutex);
    m_stats.waitedMs += ms;
}

bool CostBucketLimiter::known() const
{
    std::lock_guard lock(m_mutex);
    return m_known;
}

CostBucketLimiter::Status CostBucketLimiter::estimate() const
{
    std::lock_guard lock(m_mutex);
    Status s = m_status;
    if (m_known)
        s.currentlyAvailable = availableAt(m_clock.monotonicMs());
    return s;
}

CostBucketLimiter::Stats CostBucketLimiter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

} // namespace storelens
