#include "OrderFactory.h"

namespace storelens::test {

OrderFactory::OrderFactory(quint32 seed, QString currency)
    : m_rng(seed)
    , m_currency(std::move(currency))
{}

Order OrderFactory::make(qint64 platformId, qint64 startMs, qint64 spanMs, int lineItems)
{
    Order o;
    o.id = PlatformId(platformId);
    o.name = QStringLiteral("#%1").arg(1000 + platformId);
    o.customerId = m_rng.bounded(10) == 0
                       ? PlatformId()
                       : PlatformId(qint64(7'000'000'000'000 + m_rng.bounded(customerCount)));
    o.email = QStringLiteral("customer%1@example.com").arg(o.customerId.number());
    o.processedAtMs = startMs + qint64(m_rng.bounded(quint64(spanMs)));
    o.createdAtMs = o.processedAtMs;
    o.updatedAtMs = o.processedAtMs + 1000;
    o.financialStatus = QStringLiteral("PAID");
    o.sourceName = m_rng.bounded(4) == 0 ? QStringLiteral("pos") : QStringLiteral("web");
    o.currency = m_currency;
    o.presentmentCurrency = m_currency;
    o.test = m_rng.bounded(100) == 0;
    qint64 subtotal = 0;
    for (int i = 0; i < lineItems; ++i) {
        LineItem l;
        l.id = PlatformId(qint64(13'000'000'000'000) + m_nextLineId++);
        const qint64 product = m_rng.bounded(productCount);
        l.productId = product == 0 ? PlatformId() : PlatformId(qint64(8'000'000'000'000) + product);
        l.variantId = product == 0
                          ? PlatformId()
                          : PlatformId(qint64(9'000'000'000'000) + product * 3 + m_rng.bounded(3));
        l.sku = QStringLiteral("SKU-%1").arg(product);
        l.title = QStringLiteral("Product %1").arg(product);
        l.quantity = 1 + m_rng.bounded(4);
        l.originalUnitPrice = 100 + qint64(m_rng.bounded(20000));
        l.totalDiscount = m_rng.bounded(3) == 0 ? l.originalUnitPrice * l.quantity / 10 : 0;
        l.tax = (l.originalUnitPrice * l.quantity - l.totalDiscount) / 5;
        subtotal += l.originalUnitPrice * l.quantity - l.totalDiscount;
        o.lines.push_back(l);
    }
    o.subtotal = subtotal;
    o.totalDiscounts = 0;
    for (const LineItem &l : o.lines) {
        o.totalDiscounts += l.totalDiscount;
        o.totalTax += l.tax;
    }
    o.totalShipping = m_rng.bounded(2) ? 499 : 0;
    o.totalPrice = o.subtotal + o.totalShipping + o.totalTax;
    if (withRefunds && m_rng.bounded(10) == 0)
        mutate(o);
    return o;
}

void OrderFactory::mutate(Order &o)
{
    o.updatedAtMs += 3'600'000 + m_rng.bounded(1000);
    switch (m_rng.bounded(4)) {
    case 0: { // refund part of one line, days later
        if (o.lines.empty())
            break;
        const LineItem &l = o.lines[size_t(m_rng.bounded(int(o.lines.size())))];
        Refund r;
        r.id = PlatformId(qint64(11'000'000'000'000) + m_nextRefundId++);
        r.createdAtMs = o.processedAtMs + qint64(m_rng.bounded(30)) * 86'400'000 + 3'600'000;
        const qint64 qty = 1 + m_rng.bounded(int(l.quantity));
        const qint64 unitNet = (l.originalUnitPrice * l.quantity - l.totalDiscount) / l.quantity;
        r.lines.push_back({l.id, qty, unitNet * qty, l.tax * qty / l.quantity});
        r.shipping = m_rng.bounded(3) == 0 ? o.totalShipping : 0;
        r.shippingTax = r.shipping / 10;
        r.total = unitNet * qty + l.tax * qty / l.quantity + r.shipping;
        o.refunds.push_back(r);
        o.financialStatus = QStringLiteral("PARTIALLY_REFUNDED");
        break;
    }
    case 1: // cancelled with a full refund
        if (!o.cancelledAtMs) {
            o.cancelledAtMs = o.processedAtMs + 7'200'000;
            Refund r;
            r.id = PlatformId(qint64(11'000'000'000'000) + m_nextRefundId++);
            r.createdAtMs = *o.cancelledAtMs;
            for (const LineItem &l : o.lines)
                r.lines.push_back(
                    {l.id, l.quantity, l.originalUnitPrice * l.quantity - l.totalDiscount, l.tax});
            r.shipping = o.totalShipping;
            r.total = o.totalPrice;
            o.refunds.push_back(r);
            o.financialStatus = QStringLiteral("REFUNDED");
        }
        break;
    case 2: // a line edited
        if (!o.lines.empty()) {
            LineItem &l = o.lines.front();
            l.quantity += 1;
            l.tax = (l.originalUnitPrice * l.quantity - l.totalDiscount) / 5;
        }
        break;
    default: // customer or processed time corrected
        o.customerId = PlatformId(qint64(7'000'000'000'000 + m_rng.bounded(customerCount)));
        o.processedAtMs -= qint64(m_rng.bounded(5)) * 86'400'000;
        break;
    }
}

} // namespace storelens::test
