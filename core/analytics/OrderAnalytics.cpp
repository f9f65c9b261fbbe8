#include "OrderAnalytics.h"

#include "ResolvedScope.h"
#include "SalesAnalytics.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>

namespace storelens {

ChannelReport OrderAnalytics::channels(const AnalyticsScope &scope, const DateRange &range)
{
    SalesAnalytics::requireValid(range);
    const ResolvedScope resolved = ResolvedScope::resolve(m_db, scope);
    ChannelReport report;
    report.currency = resolved.currency();
    report.range = range;
    std::map<QString, SalesFigures> byChannel;
    Statement &q = m_db.cached(
        "SELECT channel, sum(orders), sum(cancelled_orders), sum(gross_sales), sum(discounts), "
        "sum(returns), sum(shipping), sum(shipping_returned), sum(taxes), sum(taxes_returned), "
        "sum(units_sold), sum(units_returned) FROM rollup_channel_day "
        "WHERE store_id = ? AND day BETWEEN ? AND ? GROUP BY channel");
    for (const ScopeStore &store : resolved.stores()) {
        q.bindAll(store.id, range.from, range.to);
        const auto money = [&](int column) {
            return resolved.convert(store, q.int64(column));
        };
        while (q.step()) {
            SalesFigures &s = byChannel[q.text(0)];
            s.orders += q.int64(1);
            s.cancelledOrders += q.int64(2);
            s.grossSales += money(3);
            s.discounts += money(4);
            s.returns += money(5);
            s.shippingCharged += money(6);
            s.shippingReturned += money(7);
            s.taxesCharged += money(8);
            s.taxesReturned += money(9);
            s.unitsSold += q.int64(10);
            s.unitsReturned += q.int64(11);
            if (store.definitions == SalesDefinitions::WooCommerce)
                s.returnsInAverageOrderValue += money(5);
        }
        q.reset();
    }
    for (const auto &[channel, sales] : byChannel) {
        if (!(sales == SalesFigures()))
            report.rows.push_back({channel, sales});
    }
    std::stable_sort(report.rows.begin(), report.rows.end(),
                     [](const ChannelRow &a, const ChannelRow &b) {
                         return a.sales.netSales() > b.sales.netSales();
                     });
    return report;
}

RecentOrders OrderAnalytics::recentOrders(const AnalyticsScope &scope, const DateRange &range,
                                          int limit)
{
    SalesAnalytics::requireValid(range);
    RecentOrders result;
    if (limit <= 0)
        return result;
    // orders_day (store_id, day, processed_at) read backwards: the newest
    // `limit` entries, no sort.
    Statement &q = m_db.cached(
        "SELECT o.platform_id, o.name, o.processed_at, o.day, o.source_name, o.financial_status, "
        "o.fulfillment_status, o.cancelled_at IS NOT NULL, o.currency, o.total_price, "
        "o.total_refunded, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), "
        "coalesce(c.email, o.email) "
        "FROM orders o LEFT JOIN customers c ON c.store_id = o.store_id "
        "AND c.platform_id = o.customer_id "
        "WHERE o.store_id = ? AND o.day BETWEEN ? AND ? AND o.excluded = 0 "
        "ORDER BY o.day DESC, o.processed_at DESC, o.id DESC LIMIT ?");
    for (const ScopeStore &store : ResolvedScope::storesOf(m_db, scope)) {
        q.bindAll(store.id, range.from, range.to, limit);
        while (q.step()) {
            RecentOrder o;
            o.storeId = store.id;
            o.storeName = store.name;
            o.orderId = q.platformId(0);
            o.name = q.text(1);
            o.processedAtMs = q.int64(2);
            o.day = q.int32(3);
            o.channel = q.text(4);
            o.financialStatus = q.text(5);
            o.fulfillmentStatus = q.text(6);
            o.cancelled = q.int64(7) != 0;
            o.currency = q.text(8);
            o.totalPrice = q.int64(9);
            o.totalRefunded = q.int64(10);
            o.customer = q.text(11).isEmpty() ? q.text(12) : q.text(11);
            result.orders.push_back(std::move(o));
        }
        q.reset();
    }
    std::stable_sort(result.orders.begin(), result.orders.end(),
                     [](const RecentOrder &a, const RecentOrder &b) {
                         return a.processedAtMs > b.processedAtMs;
                     });
    if (result.orders.size() > size_t(limit))
        result.orders.resize(size_t(limit));
    return result;
}

} // namespace storelens
