#include "WooSalesFigures.h"

#include <QDateTime>
#include <QSet>

namespace storelens::sim {

bool WooSalesFigures::counts(const QByteArray &status)
{
    return status == "processing" || status == "completed" || status == "on-hold" ||
           status == "refunded";
}

WooSalesFigures WooSalesFigures::compute(const QList<WooOrder> &orders, const QTimeZone &zone,
                                         const QDate &from, const QDate &to)
{
    WooSalesFigures f;
    if (!from.isValid() || !to.isValid() || from > to)
        return f;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        WooDayFigures day;
        day.day = d;
        f.days.append(day);
    }
    auto dayOf = [&](qint64 ms) -> WooDayFigures * {
        const QDate d = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
        if (d < from || d > to)
            return nullptr;
        return &f.days[qsizetype(from.daysTo(d))];
    };
    QSet<QString> customers;
    for (const WooOrder &o : orders) {
        if (!counts(o.status))
            continue;
        for (const WooRefund &r : o.refunds) {
            WooDayFigures *day = dayOf(r.createdAtMs);
            if (!day)
                continue;
            qint64 returned = r.amount;
            if (!r.amountOnly()) {
                returned -= r.shipping + r.shippingTax;
                for (const WooRefundLine &l : r.lines)
                    returned -= l.totalTax;
            }
            day->returns += returned;
        }
        WooDayFigures *day = dayOf(o.createdAtMs);
        if (!day)
            continue;
        ++day->orders;
        for (const WooLineItem &l : o.lines) {
            day->grossSales += l.subtotal;
            day->discounts += l.subtotal - l.total;
        }
        day->shipping += o.shippingTotal;
        day->taxes += o.totalTax;
        customers.insert(o.customerId ? QStringLiteral("id:%1").arg(o.customerId)
                                      : QStringLiteral("email:") + o.billingEmail.toLower());
    }
    for (WooDayFigures &d : f.days) {
        d.netSales = d.grossSales - d.discounts - d.returns;
        d.totalSales = d.netSales + d.shipping + d.taxes;
        f.total.grossSales += d.grossSales;
        f.total.discounts += d.discounts;
        f.total.returns += d.returns;
        f.total.netSales += d.netSales;
        f.total.shipping += d.shipping;
        f.total.taxes += d.taxes;
        f.total.totalSales += d.totalSales;
        f.total.orders += d.orders;
    }
    f.customers = int(customers.size());
    return f;
}

} // namespace storelens::sim
