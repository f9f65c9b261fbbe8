#include "AdaptiveConcurrencyLimiter.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace storelens {

namespace {
constexpr qint64 kPausesPerProbe = 50;
} // namespace

AdaptiveConcurrencyLimiter::AdaptiveConcurrencyLimiter(Config config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
    , m_limit(std::clamp(config.initial, config.minimum, config.maximum))
    , m_lastDecreaseMs(std::numeric_limits<qint64>::min() / 2)
    , m_probeBackoffMs(config.probeBackoffMs)
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
    const int inFlight = m_inFlight; // this request included
    m_inFlight = std::max(0, m_inFlight - 1);
    const qint64 now = m_clock.monotonicMs();
    // Requests already in flight answer the same: one decrease per round trip.
    const bool mayDecrease = now - m_lastDecreaseMs >= std::max<qint64>(m_bestLatencyMs, 50);
    switch (outcome) {
    case Outcome::Success: {
        if (m_bestLatencyMs < 0 || latencyMs < m_bestLatencyMs)
            m_bestLatencyMs = latencyMs;
        if (double(latencyMs) >
            double(std::max<qint64>(m_bestLatencyMs, 1)) * m_config.latencyTolerance + 5) {
            // A slow answer takes back a fast one rather than all: answers
            // that waited on this side (a busy thread) are noise, a host that
            // queues makes them all slow.
            m_successStreak = std::max(0, m_successStreak - 1);
            break;
        }
        // With fewer in flight than allowed the answer says nothing about the limit.
        if (inFlight < m_limit)
            break;
        if (m_limit < m_held) {
            ++m_limit;
            m_successStreak = 0;
            break;
        }
        if (++m_successStreak < m_limit)
            break;
        m_successStreak = 0;
        m_held = std::max(m_held, m_limit);
        if (m_refusedLevel > 0 && m_limit >= m_refusedLevel) {
            // A probe held: the host has more room than when it refused.
            m_refusedLevel = 0;
            m_probeBackoffMs = m_config.probeBackoffMs;
        }
        const bool probe = m_refusedLevel > 0 && m_limit + 1 >= m_refusedLevel;
        if (m_limit < m_config.maximum && (!probe || now >= m_probeAtMs))
            ++m_limit;
        break;
    }
    case Outcome::Throttled: {
        ++m_stats.throttled;
        m_successStreak = 0;
        if (!mayDecrease)
            break;
        m_lastDecreaseMs = now;
        const int refused = std::max(1, std::min(m_limit, inFlight));
        if (m_held > 0 && refused > m_held) {
            ++m_stats.refusedProbes;
            m_limit = std::max(m_config.minimum, m_held);
            m_refusedLevel = m_held + 1;
            // Each refused probe stops every request for the Retry-After:
            // probes stay rarer than 1 in kPausesPerProbe such pauses.
            m_probeAtMs =
                now + std::max(m_probeBackoffMs,
                               kPausesPerProbe * std::max<qint64>(retryAfterMs.value_or(0), 0));
            m_probeBackoffMs = std::min(m_probeBackoffMs * 2, m_config.maxProbeBackoffMs);
        } else {
            m_limit = std::max(m_config.minimum, m_limit / 2);
            m_held = std::max(0, std::min(m_held, refused - 1));
        }
        break;
    }
    case Outcome::Timeout:
        ++m_stats.timeouts;
        m_successStreak = 0;
        if (mayDecrease) {
            m_lastDecreaseMs = now;
            m_limit = std::max(m_config.minimum, m_limit / 2);
            m_held = std::min(m_held, m_limit);
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
