#include "OrderDetail.h"

#include "storage/Database.h"

namespace storelens {

OrderDetail OrderDetail::read(Database &db, qint64 orderId)
{
    OrderDetail d;
    Transaction snapshot(db, Transaction::Kind::Deferred);
    Statement q = db.prepare(
        "SELECT o.store_id, o.name, o.platform_id, o.processed_at, o.cancelled_at, "
        "o.financial_status, o.fulfillment_status, o.source_name, o.currency, o.email, "
        "trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), c.id, o.test, "
        "o.subtotal, o.total_discounts, o.total_shipping, o.total_tax, o.total_price "
        "FROM orders o LEFT JOIN customers c ON c.store_id = o.store_id "
        "AND c.platform_id = o.customer_id WHERE o.id = ?");
    q.bind(1, orderId);
    if (!q.step())
        return d;
    d.found = true;
    d.storeId = q.int64(0);
    d.name = q.text(1);
    d.platformId = q.text(2);
    d.processedAtMs = q.int64(3);
    d.cancelledAtMs = q.optionalInt64(4);
    d.financialStatus = q.text(5);
    d.fulfillmentStatus = q.text(6);
    d.channel = q.text(7);
    d.currency = q.text(8);
    d.email = q.text(9);
    d.customerName = q.text(10);
    d.customerRowId = q.int64(11);
    d.test = q.int64(12) != 0;
    d.subtotal = q.int64(13);
    d.discounts = q.int64(14);
    d.shipping = q.int64(15);
    d.tax = q.int64(16);
    d.total = q.int64(17);

    Statement lines = db.prepare("SELECT title, sku, quantity, original_unit_price, "
                                 "total_discount, tax FROM line_items WHERE order_id = ?");
    lines.bind(1, orderId);
    while (lines.step())
        d.lines.push_back({lines.text(0), lines.text(1), lines.int64(2), lines.int64(3),
                           lines.int64(4), lines.int64(5)});

    Statement refunds = db.prepare("SELECT id, created_at, note, shipping, total FROM refunds "
                                   "WHERE order_id = ? ORDER BY created_at, id");
    refunds.bind(1, orderId);
    Statement refundLines = db.prepare(
        "SELECT li.title, rl.quantity, rl.subtotal FROM refund_lines rl "
        "LEFT JOIN line_items li ON li.order_id = ? AND li.platform_id = rl.line_item_id "
        "WHERE rl.refund_id = ?");
    while (refunds.step()) {
        Refund r{refunds.int64(1), refunds.text(2), refunds.int64(3), refunds.int64(4), {}};
        refundLines.reset();
        refundLines.bind(1, orderId).bind(2, refunds.int64(0));
        while (refundLines.step())
            r.lines.push_back({refundLines.text(0), refundLines.int64(1), refundLines.int64(2)});
        d.refunds.push_back(std::move(r));
    }
    return d;
}

} // namespace storelens
