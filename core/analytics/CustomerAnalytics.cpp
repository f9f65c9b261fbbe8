#include "CustomerAnalytics.h"

#include "ResolvedScope.h"
#include "SalesAnalytics.h"
#include "model/CustomerSpendList.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

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
    for (const ScopeStore &store : resolved.stores()) {
        for (CustomerSpend &c : storeTop(store, range, limit)) {
            c.amountSpent = resolved.convert(store, c.amountSpent);
            result.customers.push_back(std::move(c));
        }
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

std::vector<CustomerSpend> CustomerAnalytics::storeTop(const ScopeStore &store,
                                                       const DateRange &range, int limit)
{
    const qint64 storeId = store.id;
    Statement &count = m_db.cached(
        "SELECT coalesce(sum(CASE WHEN day BETWEEN ?2 AND ?3 THEN customer_orders END), 0), "
        "coalesce(sum(customer_orders), 0) FROM rollup_store_day WHERE store_id = ?1");
    count.bindAll(storeId, range.from, range.to);
    count.step();
    const qint64 customerOrders = count.int64(0);
    const qint64 allCustomerOrders = count.int64(1);
    count.reset();
    if (customerOrders == 0)
        return {};
    const auto before = [](const CustomerSpend &a, const CustomerSpend &b) {
        return a.amountSpent != b.amountSpent ? a.amountSpent > b.amountSpent
                                              : a.customerId < b.customerId;
    };
    // Adds up the range's orders per customer from orders_day, which holds
    // every column this needs: contiguous index entries, no table rows. Summed
    // in a hash table here: a GROUP BY would sort every order first.
    auto direct = [&] {
        Statement &q = m_db.cached(
            "SELECT customer_id, total_price - total_refunded FROM orders INDEXED BY orders_day "
            "WHERE store_id = ? AND day BETWEEN ? AND ? AND excluded = 0 "
            "AND customer_id IS NOT NULL");
        q.bindAll(storeId, range.from, range.to);
        std::unordered_map<PlatformId, CustomerSpend> spend;
        spend.reserve(size_t(customerOrders));
        while (q.step()) {
            CustomerSpend &c = spend[q.platformId(0)];
            ++c.orders;
            c.amountSpent += q.int64(1);
        }
        q.reset();
        std::vector<CustomerSpend> out;
        out.reserve(spend.size());
        for (auto &[customer, c] : spend) {
            c.storeId = storeId;
            c.customerId = customer;
            out.push_back(std::move(c));
        }
        const size_t n = std::min(out.size(), size_t(limit));
        std::partial_sort(out.begin(), out.begin() + std::ptrdiff_t(n), out.end(), before);
        out.resize(n);
        return out;
    };
    // A short range: its top spend is a single large order, which many
    // customers' lifetime spend exceeds, so the search below would try most
    // of them. Adding up its orders is cheaper. A store whose customer rollups
    // are pending has no lifetime spend to search by yet.
    if (store.customerFiguresPending || customerOrders <= m_limits.fewOrders ||
        (m_limits.directShare > 0 && customerOrders * m_limits.directShare <= allCustomerOrders))
        return direct();

    // Otherwise go through the customers by what they spent over all time
    // (customer_activity.amount_spent, never less than what they spent in any
    // range) and compute each one's spend in the range exactly, until the next
    // customer's lifetime spend falls below the last of the top `limit`: for a
    // long range only a few hundred customers in a million orders. Their
    // orders come with them in the index (spend_list), so the customers tried
    // are a few contiguous index pages, not a seek into the orders each.
    std::vector<CustomerSpend> top;
    Statement &candidates =
        m_db.cached("SELECT customer_id, amount_spent, spend_list FROM customer_activity "
                    "INDEXED BY customer_activity_spent "
                    "WHERE store_id = ? ORDER BY amount_spent DESC");
    Statement &inRange = m_db.cached(
        "SELECT count(*), coalesce(sum(total_price - total_refunded), 0) "
        "FROM orders INDEXED BY orders_customer "
        "WHERE store_id = ? AND customer_id = ? AND excluded = 0 AND day BETWEEN ? AND ?");
    candidates.bind(1, storeId);
    int looked = 0;
    bool complete = false;
    for (;;) {
        if (!candidates.step() ||
            (top.size() == size_t(limit) && candidates.int64(1) < top.back().amountSpent)) {
            complete = true; // every customer seen, or none left who could make the list
            break;
        }
        if (++looked > m_limits.maxCandidates)
            break;
        const PlatformId customer = candidates.platformId(0);
        std::optional<CustomerSpendList::Total> total;
        if (m_limits.spendLists && !candidates.isNull(2)) {
            const QByteArray list = candidates.blob(2);
            total = CustomerSpendList::inRange(list.constData(), int(list.size()), range.from,
                                               range.to);
        }
        if (!total) { // no list (too many orders): read them
            inRange.bindAll(storeId, customer, range.from, range.to);
            inRange.step();
            total = CustomerSpendList::Total{inRange.int64(0), inRange.int64(1)};
            inRange.reset();
        }
        const CustomerSpend c{storeId, customer, {}, {}, total->orders, total->spent};
        if (c.orders == 0)
            continue;
        top.insert(std::upper_bound(top.begin(), top.end(), c, before), c);
        if (top.size() > size_t(limit))
            top.pop_back();
    }
    candidates.reset();
    if (complete)
        return top;

    // Too many customers spend close to the top (a short range in a long
    // history): add up the range's orders after all.
    return direct();
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
        if (store.customerFiguresPending) {
            report.pendingStores << store.name;
            continue;
        }
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
