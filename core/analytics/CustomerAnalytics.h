#pragma once

#include "AnalyticsScope.h"
#include "CohortReport.h"
#include "TopCustomers.h"

#include <QCoreApplication>

namespace storelens {

class Database;

// Customers ranked by what they spent, and cohorts by first-order month (from
// rollup_cohort). Counts of customers per period are in SalesAnalytics.
class CustomerAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAnalytics)
public:
    explicit CustomerAnalytics(Database &db)
        : m_db(db)
    {}

    // The `limit` customers who spent most in the range. No rollup can rank
    // customers over any range: this reads the store's orders_customer index
    // entries (not the orders), so it takes time in proportion to the store's
    // orders.
    TopCustomers topCustomers(const AnalyticsScope &scope, const DateRange &range, int limit);
    CohortReport cohorts(const AnalyticsScope &scope, const DateRange &range);

private:
    Database &m_db;
};

} // namespace storelens
