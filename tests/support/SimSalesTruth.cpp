#include "SimSalesTruth.h"

namespace storelens::test {

Order orderFromSimTruth(const sim::SimOrder &t)
{
    Order o;
    o.id = PlatformId(t.id);
    o.name = t.name;
    o.customerId = t.customerId ? PlatformId(t.customerId) : PlatformId();
    o.createdAtMs = t.createdAtMs;
    o.processedAtMs = t.processedAtMs;
    o.updatedAtMs = t.updatedAtMs;
    if (t.cancelledAtMs)
        o.cancelledAtMs = t.cancelledAtMs;
    o.currency = QString::fromLatin1(t.currency);
    o.sourceName = QString::fromLatin1(t.sourceName);
    o.subtotal = t.subtotal;
    o.totalDiscounts = t.discounts;
    o.totalShipping = t.shipping - t.shippingDiscount;
    o.totalTax = t.tax;
    o.totalPrice = t.total;
    o.test = t.test;
    for (const sim::SimLineItem &l : t.lines) {
        LineItem line;
        line.id = PlatformId(l.id);
        line.productId = PlatformId(l.productId);
        line.variantId = PlatformId(l.variantId);
        line.sku = l.sku;
        line.title = l.title;
        line.quantity = l.quantity;
        line.originalUnitPrice = l.unitPrice;
        line.totalDiscount = l.discount;
        line.tax = l.tax;
        o.lines.push_back(line);
    }
    for (const sim::SimRefund &r : t.refunds) {
        Refund refund;
        refund.id = PlatformId(r.id);
        refund.createdAtMs = r.createdAtMs;
        refund.shipping = r.shipping;
        refund.shippingTax = r.shippingTax;
        refund.total = r.total;
        for (const sim::SimRefundLine &rl : r.lines)
            refund.lines.push_back({PlatformId(rl.lineItemId), rl.quantity, rl.subtotal, rl.tax});
        o.refunds.push_back(refund);
    }
    return o;
}

SalesOracle oracleFromSimTruth(const QList<sim::SimOrder> &orders, const QByteArray &zone)
{
    SalesOracle oracle(zone);
    for (const sim::SimOrder &t : orders)
        oracle.orders.push_back(orderFromSimTruth(t));
    return oracle;
}

} // namespace storelens::test
