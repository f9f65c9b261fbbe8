#pragma once

#include <QtGlobal>

namespace storelens::sim {

// Shopify's leaky bucket for the GraphQL Admin API, one per app and shop: a
// request needs its requested cost available, takes it, and gets back the
// difference to its actual cost; the bucket refills continuously at the
// restore rate (points per simulated second) up to its size.
class CostBucket
{
public:
    CostBucket(double maximum, double restorePerSecond, qint64 nowMs);

    double available(qint64 nowMs);
    // Takes `cost` if available; false (nothing taken) otherwise.
    bool take(double cost, qint64 nowMs);
    void refund(double amount);
    double maximum() const { return m_maximum; }
    double restorePerSecond() const { return m_restore; }

private:
    void restore(qint64 nowMs);
    double m_maximum;
    double m_restore;
    double m_available;
    qint64 m_lastMs;
};

} // namespace storelens::sim
