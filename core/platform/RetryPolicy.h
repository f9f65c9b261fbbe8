#pragma once

#include <QRandomGenerator>

#include <optional>

namespace storelens {

// Jittered exponential backoff for transient failures (network errors,
// timeouts, 5xx, 429, THROTTLED): "full jitter", a random delay in
// [base * 2^attempt / 2, base * 2^attempt], capped, and never shorter than a
// Retry-After the server asked for.
class RetryPolicy
{
public:
    struct Config
    {
        int maxAttempts = 8; // including the first
        qint64 baseDelayMs = 500;
        qint64 maxDelayMs = 60'000;
    };

    RetryPolicy()
        : RetryPolicy(Config())
    {}
    explicit RetryPolicy(Config config, quint32 seed = 0);

    // Delay before retry number `attempt` (1 = first retry).
    qint64 delayMs(int attempt, std::optional<qint64> retryAfterMs = std::nullopt);
    bool canRetry(int attemptsMade) const { return attemptsMade < m_config.maxAttempts; }
    const Config &config() const { return m_config; }

private:
    Config m_config;
    QRandomGenerator m_rng;
};

} // namespace storelens
