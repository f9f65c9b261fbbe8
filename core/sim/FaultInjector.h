#pragma once

#include "SimConfig.h"
#include "SimRandom.h"

#include <QMutex>

#include <array>

namespace storelens::sim {

// Decides, deterministically from a seed, which requests fail and how.
// Thread-safe; rates can change while the simulator runs.
class FaultInjector
{
public:
    enum Kind
    {
        None,
        ServerError,
        TooManyRequests,
        ResetBeforeResponse,
        ResetMidResponse,
        TruncatedBody,
        SlowResponse,
        KindCount
    };

    FaultInjector(const FaultRates &rates, quint64 seed);
    void setRates(const FaultRates &rates);
    FaultRates rates() const;
    // The fault for the next request (None most of the time).
    Kind next(bool download);
    // 500, 502, 503 or 504.
    int serverErrorStatus();
    std::array<qint64, KindCount> counts() const;
    void resetCounts();

private:
    mutable QMutex m_mutex;
    FaultRates m_rates;
    SimRandom m_rng;
    std::array<qint64, KindCount> m_counts{};
};

} // namespace storelens::sim
