#pragma once

#include "common/Clock.h"

#include <mutex>

namespace storelens {

// Client-side model of Shopify's GraphQL leaky bucket, fed by the
// `extensions.cost.throttleStatus` of every response. Before a request it says
// how long to wait so that the request's requested cost is available — no
// longer — which keeps a long sync at the restore rate without being told to
// slow down. Points are not money: plain doubles, as Shopify reports them.
class CostBucketLimiter
{
public:
    struct Status
    {
        double maximumAvailable = 0;
        double currentlyAvailable = 0;
        double restoreRate = 0; // points per second
    };
    struct Stats
    {
        qint64 requests = 0;
        qint64 throttled = 0;
        qint64 costExceeded = 0; // MAX_COST_EXCEEDED answers: a query over the single-query limit
        double actualPoints = 0;
        qint64 waitedMs = 0;
    };

    explicit CostBucketLimiter(const Clock &clock = Clock::system());

    // Milliseconds to wait before sending a request of this requested cost.
    // Zero until the first response tells us the bucket.
    qint64 delayFor(double requestedCost) const;
    // A request of this cost is being sent now: the bucket drops by it.
    void reserve(double requestedCost);
    // The server's view after a response; replaces our estimate.
    void update(const Status &status, double actualCost);
    // The server answered THROTTLED.
    void throttled(const Status &status);
    // The server answered MAX_COST_EXCEEDED: nothing was charged.
    void costExceeded(const Status &status);
    void addWaited(qint64 ms);

    bool known() const;
    Status estimate() const;
    Stats stats() const;

private:
    double availableAt(qint64 nowMs) const;
    const Clock &m_clock;
    mutable std::mutex m_mutex;
    bool m_known = false;
    Status m_status;
    qint64 m_atMs = 0;
    Stats m_stats;
};

} // namespace storelens
