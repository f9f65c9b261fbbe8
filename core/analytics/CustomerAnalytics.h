#pragma once

#include "AnalyticsScope.h"
#include "CohortReport.h"
#include "TopCustomers.h"

#include <QCoreApplication>

namespace storelens {

class Database;
struct ScopeStore;

// Customers ranked by what they spent, and cohorts by first-order month (from
// rollup_cohort). Counts of customers per period are in SalesAnalytics.
class CustomerAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAnalytics)
public:
    explicit CustomerAnalytics(Database &db)
        : m_db(db)
    {}

    // The `limit` customers who spent most in the range (ties: lower customer id
    // first). No rollup can rank customers over any range; see storeTop().
    TopCustomers topCustomers(const AnalyticsScope &scope, const DateRange &range, int limit);
    CohortReport cohorts(const AnalyticsScope &scope, const DateRange &range);

    // How storeTop() chooses its way; public for tests, which try each one.
    struct RankingLimits
    {
        qint64 fewOrders = 20'000;  // up to this many orders: add them up directly
        int maxCandidates = 20'000; // customers to try before adding up the orders
        bool spendLists = true;     // read the customers' orders from their spend lists
        // Add up the orders also when the range holds at most 1/directShare of
        // the store's orders with a customer (0: never).
        qint64 directShare = 8;
    };
    void setRankingLimits(const RankingLimits &limits) { m_limits = limits; }

private:
    // One store's top customers in its own currency, without names. A store
    // whose customer rollups are pending has no lifetime spend to search by.
    std::vector<CustomerSpend> storeTop(const ScopeStore &store, const DateRange &range, int limit);
    Database &m_db;
    RankingLimits m_limits;
};

} // namespace storelens
