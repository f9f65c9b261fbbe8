#include "RetryPolicy.h"

#include <algorithm>

namespace storelens {

RetryPolicy::RetryPolicy(Config config, quint32 seed)
    : m_config(config)
    , m_rng(seed ? seed : QRandomGenerator::global()->generate())
{}

qint64 RetryPolicy::delayMs(int attempt, std::optional<qint64> retryAfterMs)
{
    const int shift = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = std::min(m_config.maxDelayMs, m_config.baseDelayMs << shift);
    // Half fixed, half random: spreads retries of many clients without ever
    // retrying immediately.
    const qint64 delay = ceiling / 2 + qint64(m_rng.bounded(quint64(ceiling / 2 + 1)));
    return std::max(delay, retryAfterMs.value_or(0));
}

} // namespace storelens
