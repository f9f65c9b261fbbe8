#pragma once

#include "common/Clock.h"

#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace storelens {

// Polite concurrency for APIs that do not say how much they allow (a
// WooCommerce store on whatever host it runs on): additive increase while the
// latency holds, multiplicative decrease when the host pushes back. Starts at
// `initial` requests in flight; after `limit` successes in a row whose latency
// stays within `latencyTolerance` of the best seen, one more is allowed (up to
// `maximum`). A 429, a 503 or a timeout halves the limit (at most once per
// round trip) and a Retry-After pauses every request to that host until it
// has passed. One limiter per host: forHost() shares it between the
// connectors of stores on the same server.
class AdaptiveConcurrencyLimiter
{
public:
    struct Config
    {
        int initial = 2;
        int minimum = 1;
        int maximum = 16;
        double latencyTolerance = 1.5; // grow while latency <= best seen x this
    };
    enum class Outcome
    {
        Success,   // a usable answer, whatever its status
        Throttled, // 429 or 503: the host asks to slow down
        Timeout,   // no answer in time
        Failure    // other transient failures: no change to the limit
    };
    struct Stats
    {
        qint64 requests = 0;
        qint64 throttled = 0;
        qint64 timeouts = 0;
        int limit = 0;
        int highestLimit = 0;
        int maxInFlight = 0;
        qint64 pausedMs = 0;
    };

    AdaptiveConcurrencyLimiter()
        : AdaptiveConcurrencyLimiter(Config())
    {}
    explicit AdaptiveConcurrencyLimiter(Config config, const Clock &clock = Clock::system());

    // The shared limiter of a host ("shop.example.com:443").
    static std::shared_ptr<AdaptiveConcurrencyLimiter> forHost(const QString &host);

    // Milliseconds until a request may start (a Retry-After pause); 0 = now.
    qint64 delayMs() const;
    // Takes a slot if one is free and no pause is running.
    bool tryAcquire();
    // A request finished after `latencyMs`; `retryAfterMs` as the host asked.
    void release(Outcome outcome, qint64 latencyMs, std::optional<qint64> retryAfterMs = {});

    int limit() const;
    int inFlight() const;
    Stats stats() const;

private:
    Config m_config;
    const Clock &m_clock;
    mutable std::mutex m_mutex;
    int m_limit;
    int m_inFlight = 0;
    int m_successStreak = 0;
    qint64 m_bestLatencyMs = -1;
    qint64 m_pauseUntilMs = 0;
    qint64 m_lastDecreaseMs = 0;
    Stats m_stats;
};

} // namespace storelens
