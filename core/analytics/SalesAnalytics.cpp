#include "SalesAnalytics.h"

#include "AnalyticsError.h"
#include "ResolvedScope.h"
#include "common/ShopCalendar.h"
#include "ingest/RollupDelta.h"
#include "storage/Database.h"

namespace storelens {

void SalesAnalytics::requireValid(const DateRange &range)
{
    if (!range.isValid())
        throw AnalyticsError(tr("The date range %1 to %2 is not valid.")
                                 .arg(DateRange::toDate(range.from).toString(Qt::ISODate),
                                      DateRange::toDate(range.to).toString(Qt::ISODate)));
}

SummaryReport SalesAnalytics::summary(const AnalyticsScope &scope, const DateRange &range)
{
    requireValid(range);
    const ResolvedScope resolved = ResolvedScope::resolve(m_db, scope);
    SummaryReport report;
    report.currency = resolved.currency();
    report.current = figures(resolved, {range}).front();
    report.previous = figures(resolved, {range.previous()}).front();
    for (const ScopeStore &store : resolved.stores()) {
        if (store.customerFiguresPending)
            report.customerFiguresPending << store.name;
        if (!store.rereadReason.isEmpty())
            report.rereads.emplace_back(store.name, store.rereadReason);
    }
    return report;
}

TimeSeries SalesAnalytics::series(const AnalyticsScope &scope, const DateRange &range,
                                  Granularity granularity, Qt::DayOfWeek firstDayOfWeek)
{
    requireValid(range);
    const ResolvedScope resolved = ResolvedScope::resolve(m_db, scope);
    TimeSeries series;
    series.currency = resolved.currency();
    series.granularity = granularity;
    series.range = range;
    series.previousRange = range.previous();
    const std::vector<DateRange> buckets = range.buckets(granularity, firstDayOfWeek);
    std::vector<DateRange> previousBuckets;
    for (const DateRange &b : buckets)
        previousBuckets.push_back(b.shifted(-range.dayCount()));
    const std::vector<PeriodFigures> current = figures(resolved, buckets);
    const std::vector<PeriodFigures> previous = figures(resolved, previousBuckets);
    for (size_t i = 0; i < buckets.size(); ++i)
        series.points.push_back({current[i], previous[i]});
    return series;
}

std::vector<PeriodFigures> SalesAnalytics::figures(const ResolvedScope &scope,
                                                   const std::vector<DateRange> &buckets)
{
    std::vector<PeriodFigures> total(buckets.size());
    for (size_t i = 0; i < buckets.size(); ++i)
        total[i].range = buckets[i];
    for (const ScopeStore &store : scope.stores()) {
        std::vector<PeriodFigures> own = storeFigures(store.id, store.definitions, buckets);
        if (store.customerFiguresPending) {
            // Its new customers and return pairs are not counted yet.
            for (PeriodFigures &f : own)
                f.customers = CustomerFigures{.pending = true};
        }
        const auto money = [&](qint64 minor) {
            return scope.convert(store, minor);
        };
        for (size_t i = 0; i < buckets.size(); ++i)
            total[i].add(own[i], money);
    }
    return total;
}

std::vector<PeriodFigures> SalesAnalytics::storeFigures(qint64 storeId,
                                                        SalesDefinitions definitions,
                                                        const std::vector<DateRange> &buckets)
{
    std::vector<PeriodFigures> out(buckets.size());
    if (buckets.empty())
        return out;
    // Customer orders (K) and new customers (N) per bucket; see below.
    std::vector<qint64> customerOrders(buckets.size(), 0);
    Statement &days = m_db.cached(
        "SELECT day, orders, cancelled_orders, gross_sales, discounts, returns, shipping, "
        "shipping_returned, taxes, taxes_returned, units_sold, units_returned, new_customers, "
        "checkouts, checkouts_value, recovered_checkouts, recovered_value, customer_orders "
        "FROM rollup_store_day WHERE store_id = ? AND day BETWEEN ? AND ? ORDER BY day");
    days.bindAll(storeId, buckets.front().from, buckets.back().to);
    size_t b = 0;
    while (days.step()) {
        const int day = days.int32(0);
        while (day > buckets[b].to)
            ++b;
        SalesFigures &s = out[b].sales;
        s.orders += days.int64(1);
        s.cancelledOrders += days.int64(2);
        s.grossSales += days.int64(3);
        s.discounts += days.int64(4);
        s.returns += days.int64(5);
        s.shippingCharged += days.int64(6);
        s.shippingReturned += days.int64(7);
        s.taxesCharged += days.int64(8);
        s.taxesReturned += days.int64(9);
        s.unitsSold += days.int64(10);
        s.unitsReturned += days.int64(11);
        out[b].customers.newCustomers += days.int64(12);
        CheckoutFigures &c = out[b].checkouts;
        c.abandoned += days.int64(13);
        c.abandonedValue += days.int64(14);
        c.recovered += days.int64(15);
        c.recoveredValue += days.int64(16);
        customerOrders[b] += days.int64(17);
    }
    // Distinct customers of [from, to] from the orders of known customers:
    // each customer's first order within the range is either their first order
    // ever (a new customer) or follows an order placed before the range. So
    //   customers = K − P, where K = customer orders in the range and P = those
    //               whose previous order (same customer) is in the range too;
    //   returning = customers with a non-first order in the range
    //             = (K − N − P) [previous order before the range]
    //               + Q [second orders whose first order is in the range].
    for (size_t i = 0; i < buckets.size(); ++i) {
        out[i].range = buckets[i];
        if (definitions == SalesDefinitions::WooCommerce)
            out[i].sales.returnsInAverageOrderValue = out[i].sales.returns;
        const auto [inRange, secondInRange] = returnsWithin(storeId, buckets[i]);
        CustomerFigures &c = out[i].customers;
        c.customers = customerOrders[i] - inRange;
        c.returningCustomers = customerOrders[i] - c.newCustomers - inRange + secondInRange;
    }
    return out;
}

std::pair<qint64, qint64> SalesAnalytics::returnsWithin(qint64 storeId, const DateRange &range)
{
    // Pairs (previous order, order) of one customer with from <= prev and
    // day <= to, read from rollup_customer_return (grains in Schema.cpp) with
    // a few dozen index seeks however many orders the range holds.
    enum Grain
    {
        DayDay = 0,
        DayMonth = 1,
        MonthDay = 2,
        MonthMonth = 3,
        DaysApart = 4
    };
    qint64 orders = 0, second = 0;
    auto add = [&](Grain grain, int k1, int k2From, int k2To) {
        Statement &q =
            m_db.cached("SELECT coalesce(sum(orders), 0), coalesce(sum(second_orders), 0) FROM "
                        "rollup_customer_return WHERE store_id = ? AND grain = ? AND k1 = ? AND "
                        "k2 BETWEEN ? AND ?");
        q.bindAll(storeId, int(grain), k1, k2From, k2To);
        q.step();
        orders += q.int64(0);
        second += q.int64(1);
        q.reset();
    };
    auto nextDay = [](int d) {
        return ShopCalendar::addDays(d, 1);
    };

    // Up to a month: by days apart, one run of consecutive rows per distance
    // (neighbouring buckets of a series read neighbouring rows).
    const int days = range.dayCount();
    if (days <= RollupDelta::kMaxReturnGapDays + 1) {
        for (int gap = 0; gap < days; ++gap)
            add(DaysApart, gap, range.from, ShopCalendar::addDays(range.to, -gap));
        return {orders, second};
    }
    // Longer: whole months at month grain, the days of a partial first or last
    // month at day grain.
    const int firstMonth = range.from / 100, lastMonth = range.to / 100;
    const bool firstWhole = range.from == DateRange::ofMonth(firstMonth).from;
    const bool lastWhole = range.to == DateRange::ofMonth(lastMonth).to;
    // The order's side: whole months up to `wholeUntil`, then the days of a
    // partial last month from `tailFrom` to `to`.
    const int wholeUntil = lastWhole ? lastMonth : DateRange::addMonths(lastMonth, -1);
    const int tailFrom = lastWhole ? 0 : lastMonth * 100 + 1;
    int firstWholeMonth = firstMonth;
    if (!firstWhole) {
        for (int d = range.from; d <= DateRange::ofMonth(firstMonth).to; d = nextDay(d)) {
            add(DayMonth, d, firstMonth, wholeUntil);
            if (tailFrom)
                add(DayDay, d, tailFrom, range.to);
        }
        firstWholeMonth = DateRange::addMonths(firstMonth, 1);
    }
    for (int m = firstWholeMonth; m <= wholeUntil; m = DateRange::addMonths(m, 1)) {
        add(MonthMonth, m, m, wholeUntil);
        if (tailFrom)
            add(MonthDay, m, tailFrom, range.to);
    }
    if (tailFrom) {
        for (int d = tailFrom; d <= range.to; d = nextDay(d))
            add(DayDay, d, d, range.to);
    }
    return {orders, second};
}

} // namespace storelens
