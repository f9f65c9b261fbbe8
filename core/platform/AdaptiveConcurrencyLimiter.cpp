#include "AdaptiveConcurrencyLimiter.h"

#include <QHash>

#include <algorithm>

namespace storelens {

AdaptiveConcurrencyLimiter::AdaptiveConcurrencyLimiter(Config config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
    , m_limit(std::clamp(config.initial, config.minimum, config.maximum))
{
    m_stats.limit = m_stats.highestLimit = m_limit;
}

std::shared_ptr<AdaptiveConcurrencyLimiter> AdaptiveConcurrencyLimiter::forHost(const QString &host)
{
    static std::mutex mutex;
    static QHash<QString, std::weak_ptr<AdaptiveConcurrencyLimiter>> limiters;
    std::lock_guard lock(mutex);
    std::shared_ptr<AdaptiveConcurrencyLimiter> limiter = limiters.value(host).lock();
    if (!limiter) {
        limiter = std::make_shared<AdaptiveConcurrencyLimiter>();
        limiters.insert(host, limiter);
    }
    return limiter;
}

qint64 AdaptiveConcurrencyLimiter::delayMs() const
{
    std::lock_guard lock(m_mutex);
    return std::max<qint64>(0, m_pauseUntilMs - m_clock.monotonicMs());
}

bool AdaptiveConcurrencyLimiter::tryAcquire()
{
    std::lock_guard lock(m_mutex);
    if (m_inFlight >= m_limit || m_pauseUntilMs > m_clock.monotonicMs())
        return false;
    ++m_inFlight;
    ++m_stats.requests;
    m_stats.maxInFlight = std::max(m_stats.maxInFlight, m_inFlight);
    return true;
}

void AdaptiveConcurrencyLimiter::release(Outcome outcome, qint64 latencyMs,
                                         std::optional<qint64> retryAfterMs)
{
    std::lock_guard lock(m_mutex);
    m_inFlight = std::max(0, m_inFlight - 1);
    const qint64 now = m_clock.monotonicMs();
    switch (outcome) {
    case Outcome::Success:
        if (m_bestLatencyMs < 0 || latencyMs < m_bestLatencyMs)
            m_bestLatencyMs = latencyMs;
        if (double(latencyMs) <=
            double(std::max<qint64>(m_bestLatencyMs, 1)) * m_config.latencyTolerance + 5) {
            if (++m_successStreak >= m_limit && m_limit < m_config.maximum) {
                ++m_limit;
                m_successStreak = 0;
            }
        } else {
            m_successStreak = 0;
        }
        break;
    case Outcome::Throttled:
    case Outcome::Timeout:
        if (outcome == Outcome::Throttled)
            ++m_stats.throttled;
        else
            ++m_stats.timeouts;
        m_successStreak = 0;
        // Requests already in flight answer the same: one halving per round trip.
        if (now - m_lastDecreaseMs >= std::max<qint64>(m_bestLatencyMs, 50)) {
            m_limit = std::max(m_config.minimum, m_limit / 2);
            m_lastDecreaseMs = now;
        }
        break;
    case Outcome::Failure:
        m_successStreak = 0;
        break;
    }
    if (retryAfterMs && *retryAfterMs > 0 && now + *retryAfterMs > m_pauseUntilMs) {
        m_stats.pausedMs += now + *retryAfterMs - std::max(now, m_pauseUntilMs);
        m_pauseUntilMs = now + *retryAfterMs;
    }
    m_stats.limit = m_limit;
    m_stats.highestLimit = std::max(m_stats.highestLimit, m_limit);
}

int AdaptiveConcurrencyLimiter::limit() const
{
    std::lock_guard lock(m_mutex);
    return m_limit;
}

int AdaptiveConcurrencyLimiter::inFlight() const
{
    std::lock_guard lock(m_mutex);
    return m_inFlight;
}

AdaptiveConcurrencyLimiter::Stats AdaptiveConcurrencyLimiter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

} // namespace storelens
