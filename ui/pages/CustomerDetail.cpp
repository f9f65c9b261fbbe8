#include "CustomerDetail.h"

#include "storage/Database.h"

namespace storelens {

CustomerDetail CustomerDetail::read(Database &db, qint64 customerRowId)
{
    CustomerDetail d;
    Transaction snapshot(db, Transaction::Kind::Deferred);
    Statement q =
        db.prepare("SELECT store_id, platform_id, trim(coalesce(first_name, '') || ' ' || "
                   "coalesce(last_name, '')), email, phone, country, created_at, orders_count, "
                   "amount_spent, currency FROM customers WHERE id = ?");
    q.bind(1, customerRowId);
    if (!q.step())
        return d;
    d.found = true;
    d.storeId = q.int64(0);
    const qint64 platformId = q.int64(1);
    d.name = q.text(2);
    d.email = q.text(3);
    d.phone = q.text(4);
    d.country = q.text(5);
    d.createdAtMs = q.int64(6);
    d.ordersCount = q.optionalInt64(7);
    d.amountSpent = q.optionalInt64(8);
    d.currency = q.text(9);
    // The orders_customer index (store, customer, processed_at) answers both.
    Statement count =
        db.prepare("SELECT count(*) FROM orders WHERE store_id = ? AND customer_id = ?");
    count.bindAll(d.storeId, platformId);
    d.storedOrders = count.step() ? count.int64(0) : 0;
    Statement orders = db.prepare(
        "SELECT id, name, processed_at, financial_status, cancelled_at IS NOT NULL, currency, "
        "total_price FROM orders WHERE store_id = ? AND customer_id = ? "
        "ORDER BY processed_at DESC LIMIT ?");
    orders.bindAll(d.storeId, platformId, qint64(kMaxOrders));
    while (orders.step())
        d.orders.push_back({orders.int64(0), orders.text(1), orders.int64(2), orders.text(3),
                            orders.int64(4) != 0, orders.text(5), orders.int64(6)});
    return d;
}

} // namespace storelens
