#include "CustomerAnalytics.h"

#include "ResolvedScope.h"
#include "SalesAnalytics.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>

namespace storelens {

TopCustomers CustomerAnalytics::topCustomers(const AnalyticsScope &scope, const DateRange &range,
                                             int limit)
{
    SalesAnalytics::requireValid(range);
    const ResolvedScope resolved = ResolvedScope::resolve(m_db, scope);
    TopCustomers result;
    result.currency = resolved.currency();
    result.range = range;
    if (limit <= 0)
        return result;
    // orders_customer holds every column this reads, in customer order: one
    // pass over the store's index entries, grouped as they come, no table rows
    // and no sort but the final top `limit`.
    Statement &q = m_db.cached(
        "SELECT customer_id, count(*), sum(total_price - total_refunded) AS spent "
        "FROM orders INDEXED BY orders_customer "
        "WHERE store_id = ? AND customer_id IS NOT NULL AND test = 0 AND day BETWEEN ? AND ? "
        "GROUP BY customer_id ORDER BY spent DESC, customer_id LIMIT ?");
    for (const ScopeStore &store : resolved.stores()) {
        q.bindAll(store.id, range.from, range.to, limit);
        while (q.step()) {
            result.customers.push_back({store.id,
                                        q.platformId(0),
                                        {},
                                        {},
                                        q.int64(1),
                                        resolved.convert(store, q.int64(2))});
        }
        q.reset();
    }
    std::stable_sort(result.customers.begin(), result.customers.end(),
                     [](const CustomerSpend &a, const CustomerSpend &b) {
                         return a.amountSpent > b.amountSpent;
                     });
    if (result.customers.size() > size_t(limit))
        result.customers.resize(size_t(limit));
    for (CustomerSpend &c : result.customers) {
        Statement &who = m_db.cached(
            "SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), email "
            "FROM customers WHERE store_id = ? AND platform_id = ?");
        who.bindAll(c.storeId, c.customerId);
        if (who.step()) {
            c.name = who.text(0);
            c.email = who.text(1);
        }
        who.reset();
        if (c.email.isEmpty()) {
            // Not synced as a customer (yet): the address of their latest order.
            Statement &order =
                m_db.cached("SELECT email FROM orders WHERE store_id = ? AND customer_id = ? "
                            "ORDER BY processed_at DESC LIMIT 1");
            order.bindAll(c.storeId, c.customerId);
            if (order.step())
                c.email = order.text(0);
            order.reset();
        }
    }
    return result;
}

CohortReport CustomerAnalytics::cohorts(const AnalyticsScope &scope, const DateRange &range)
{
    SalesAnalytics::requireValid(range);
    CohortReport report;
    report.firstMonth = range.from / 100;
    report.lastMonth = range.to / 100;
    const int months = DateRange::monthsBetween(report.firstMonth, report.lastMonth) + 1;
    std::map<int, CohortRow> rows;
    Statement &q = m_db.cached("SELECT first_month, month, customers FROM rollup_cohort "
                               "WHERE store_id = ? AND first_month BETWEEN ? AND ? AND month <= ?");
    for (const ScopeStore &store : ResolvedScope::storesOf(m_db, scope)) {
        q.bindAll(store.id, report.firstMonth, report.lastMonth, report.lastMonth);
        while (q.step()) {
            const int first = q.int32(0);
            CohortRow &row = rows[first];
            if (row.active.empty()) {
                row.firstMonth = first;
                row.active.assign(
                    size_t(months - DateRange::monthsBetween(report.firstMonth, first)), 0);
            }
            const int k = DateRange::monthsBetween(first, q.int32(1));
            if (k >= 0 && size_t(k) < row.active.size())
                row.active[size_t(k)] += q.int64(2);
        }
        q.reset();
    }
    for (auto &[month, row] : rows) {
        row.customers = row.active.front();
        if (row.customers != 0)
            report.rows.push_back(std::move(row));
    }
    return report;
}

} // namespace storelens
