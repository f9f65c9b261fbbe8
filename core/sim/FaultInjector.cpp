#include "FaultInjector.h"

namespace storelens::sim {

FaultInjector::FaultInjector(const FaultRates &rates, quint64 seed)
    : m_rates(rates)
    , m_rng(SimRandom::mix(seed, 0xfa17))
{}

void FaultInjector::setRates(const FaultRates &rates)
{
    QMutexLocker lock(&m_mutex);
    m_rates = rates;
}

FaultRates FaultInjector::rates() const
{
    QMutexLocker lock(&m_mutex);
    return m_rates;
}

FaultInjector::Kind FaultInjector::next(bool download)
{
    QMutexLocker lock(&m_mutex);
    if (download && !m_rates.applyToDownloads)
        return None;
    double x = m_rng.unit();
    const double rates[] = {m_rates.serverError,         m_rates.tooManyRequests,
                            m_rates.resetBeforeResponse, m_rates.resetMidResponse,
                            m_rates.truncatedBody,       m_rates.slowResponse};
    for (int k = 0; k < 6; ++k) {
        if (x < rates[k]) {
            ++m_counts[size_t(k + 1)];
            return Kind(k + 1);
        }
        x -= rates[k];
    }
    return None;
}

int FaultInjector::serverErrorStatus()
{
    QMutexLocker lock(&m_mutex);
    static const int Statuses[] = {500, 502, 503, 504};
    return Statuses[m_rng.below(4)];
}

std::array<qint64, FaultInjector::KindCount> FaultInjector::counts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

void FaultInjector::resetCounts()
{
    QMutexLocker lock(&m_mutex);
    m_counts = {};
}

} // namespace storelens::sim
