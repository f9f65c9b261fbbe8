#pragma once

#include "AnalyticsScope.h"
#include "ChannelReport.h"
#include "RecentOrders.h"

namespace storelens {

class Database;

// Orders by channel (from rollup_channel_day) and the most recent orders (the
// orders_day index, newest days first).
class OrderAnalytics
{
public:
    explicit OrderAnalytics(Database &db)
        : m_db(db)
    {}

    ChannelReport channels(const AnalyticsScope &scope, const DateRange &range);
    // The newest `limit` orders processed in the range (test orders excluded).
    RecentOrders recentOrders(const AnalyticsScope &scope, const DateRange &range, int limit);

private:
    Database &m_db;
};

} // namespace storelens
