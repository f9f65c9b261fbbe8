#include "CustomerRollupRebuild.h"

#include "RollupDelta.h"
#include "model/CustomerSpendList.h"
#include "model/PlatformId.h"
#include "storage/Database.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace storelens {

namespace {

struct CustomerOrder
{
    qint64 processedAt = 0;
    qint64 rowId = 0;
    int day = 0;
    qint64 totalPrice = 0;
    qint64 totalRefunded = 0;
};

} // namespace

void CustomerRollupRebuild::run(Database &db, RollupDelta &delta, qint64 storeId)
{
    delta.flush(db);
    db.cached("UPDATE OR FAIL rollup_store_day SET new_customers = 0 WHERE store_id = ? AND "
              "new_customers != 0")
        .bind(1, storeId)
        .exec();
    for (const char *sql : {"DELETE FROM rollup_customer_return WHERE store_id = ?",
                            "DELETE FROM rollup_cohort WHERE store_id = ?",
                            "DELETE FROM customer_activity WHERE store_id = ?"})
        db.cached(sql).bind(1, storeId).exec();

    Statement &insert =
        db.cached("INSERT INTO customer_activity (store_id, customer_id, first_order_at, "
                  "first_order_day, last_order_at, orders_count, amount_spent, spend_list) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    std::vector<CustomerOrder> orders;
    std::vector<int> days;
    std::vector<CustomerSpendList::Entry> entries;
    auto settle = [&](const PlatformId &customer) {
        if (orders.empty())
            return;
        // The sequence order of the per-order path: processed_at, then id.
        std::sort(orders.begin(), orders.end(), [](const CustomerOrder &a, const CustomerOrder &b) {
            return std::tie(a.processedAt, a.rowId) < std::tie(b.processedAt, b.rowId);
        });
        days.clear();
        entries.clear();
        qint64 spent = 0;
        for (const CustomerOrder &o : orders) {
            days.push_back(o.day);
            entries.push_back({o.day, o.totalPrice - o.totalRefunded});
            spent += std::max<qint64>(0, o.totalPrice - o.totalRefunded);
        }
        const qint64 count = qint64(orders.size());
        insert.bindAll(storeId, customer, orders.front().processedAt, orders.front().day,
                       orders.back().processedAt, count, spent);
        if (count <= CustomerSpendList::kMaxOrders)
            insert.bindBlob(8, CustomerSpendList::encode(entries));
        else
            insert.bind(8, nullptr);
        insert.exec();
        delta.addCustomerOrders(storeId, days, +1);
        delta.addNewCustomer(storeId, orders.front().day, +1);
        orders.clear();
    };

    // The index holds every column read, in customer order: no sort, no table.
    Statement &scan = db.cached(
        "SELECT customer_id, processed_at, id, day, total_price, total_refunded FROM orders "
        "INDEXED BY orders_customer WHERE store_id = ? AND customer_id IS NOT NULL "
        "AND excluded = 0 ORDER BY customer_id, processed_at");
    scan.bind(1, storeId);
    PlatformId customer;
    while (scan.step()) {
        PlatformId next = scan.platformId(0);
        if (next != customer) {
            settle(customer);
            customer = std::move(next);
        }
        orders.push_back(
            {scan.int64(1), scan.int64(2), scan.int32(3), scan.int64(4), scan.int64(5)});
    }
    scan.reset();
    settle(customer);
}

} // namespace storelens
