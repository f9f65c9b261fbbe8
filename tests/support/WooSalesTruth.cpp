#include "WooSalesTruth.h"

namespace storelens::test {

Order orderFromWooTruth(const sim::WooOrder &t)
{
    Order o;
    o.id = PlatformId(t.id);
    o.name = QLatin1Char('#') + QString::number(t.id);
    // Registered customers by id, guests by their lower-cased billing e-mail.
    if (t.customerId)
        o.customerId = PlatformId(t.customerId);
    else if (!t.billingEmail.trimmed().isEmpty())
        o.customerId = PlatformId(t.billingEmail.trimmed().toLower());
    o.email = t.billingEmail;
    // Analytics dates an order by its creation.
    o.createdAtMs = t.createdAtMs;
    o.processedAtMs = t.createdAtMs;
    o.updatedAtMs = t.modifiedAtMs;
    o.financialStatus = QString::fromLatin1(t.status);
    o.countsInSales = t.status == "processing" || t.status == "completed" ||
                      t.status == "on-hold" || t.status == "refunded";
    o.currency = QString::fromLatin1(t.currency);
    o.totalDiscounts = t.discountTotal;
    o.totalShipping = t.shippingTotal;
    o.totalTax = t.totalTax;
    o.totalPrice = t.total;
    for (const sim::WooLineItem &l : t.lines) {
        LineItem line;
        line.id = PlatformId(l.id);
        line.productId = PlatformId(l.productId);
        line.variantId = PlatformId(l.variationId ? l.variationId : l.productId);
        line.sku = l.sku;
        line.title = l.name;
        line.quantity = l.quantity;
        line.originalUnitPrice = l.unitPrice;
        line.subtotal = l.subtotal;
        line.totalDiscount = l.subtotal - l.total;
        line.tax = l.totalTax;
        o.subtotal += l.subtotal;
        o.lines.push_back(line);
    }
    for (const sim::WooRefund &r : t.refunds) {
        Refund refund;
        refund.id = PlatformId(r.id);
        refund.createdAtMs = r.createdAtMs;
        refund.note = r.reason;
        refund.total = r.amount;
        refund.shipping = r.shipping;
        refund.shippingTax = r.shippingTax;
        for (const sim::WooRefundLine &rl : r.lines)
            refund.lines.push_back(
                {PlatformId(rl.refundedItemId), rl.quantity, rl.total, rl.totalTax});
        o.refunds.push_back(refund);
    }
    return o;
}

SalesOracle oracleFromWooTruth(const QList<sim::WooOrder> &orders, const QByteArray &zone)
{
    SalesOracle oracle(zone, SalesDefinitions::WooCommerce);
    for (const sim::WooOrder &t : orders)
        oracle.orders.push_back(orderFromWooTruth(t));
    return oracle;
}

} // namespace storelens::test
