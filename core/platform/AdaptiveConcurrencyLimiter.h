#pragma once

#include "common/Clock.h"

#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace storelens {

// Polite concurrency for APIs that do not say how much they allow (a
// WooCommerce store on whatever host it runs on): additive increase while the
// latency holds, decrease when the host pushes back. Starts at `initial`
// requests in flight; after `limit` successes with the limit in use (as many
// in flight as allowed) whose latency stays within `latencyTolerance` of the
// best seen, more than slower ones since (each of which takes one back), one
// more is allowed (up to `maximum`).
// Each refusal (429, 503) costs the host's Retry-After, during which every
// request to that host waits, so the limiter remembers where it was refused:
// a refusal just above the highest level that held (a probe) returns to that
// level, and that level is not probed again for `probeBackoffMs` (doubling
// with each refused probe, up to `maxProbeBackoffMs`) nor before 50 times the
// Retry-After it cost (at most 2 % of the time paused); a refusal at a level
// that held before means the host has less room now and halves the limit,
// which then grows back by one per success up to the level below the
// refusal. A timeout halves the limit. At most one decrease per round trip.
// One limiter per host: forHost() shares it between the connectors of stores
// on the same server.
class AdaptiveConcurrencyLimiter
{
public:
    struct Config
    {
        int initial = 2;
        int minimum = 1;
        int maximum = 16;
        double latencyTolerance = 1.5;      // grow while latency <= best seen x this
        qint64 probeBackoffMs = 30'000;     // no new probe this long after a refused one
        qint64 maxProbeBackoffMs = 600'000; // the doubling stops here
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
        qint64 refusedProbes = 0; // refusals just above the highest level that held
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
    qint64 m_lastDecreaseMs;
    // The highest limit a full window of successes came back at, since the
    // host last refused at or below it: the limit regrows to it quickly.
    int m_held = 0;
    // The level a probe was refused at (0: none) and when it may be tried again.
    int m_refusedLevel = 0;
    qint64 m_probeAtMs = 0;
    qint64 m_probeBackoffMs;
    Stats m_stats;
};

} // namespace storelens
