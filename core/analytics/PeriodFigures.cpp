#include "PeriodFigures.h"

namespace storelens {

void PeriodFigures::add(const PeriodFigures &o, const std::function<qint64(qint64)> &money)
{
    sales.orders += o.sales.orders;
    sales.cancelledOrders += o.sales.cancelledOrders;
    sales.grossSales += money(o.sales.grossSales);
    sales.discounts += money(o.sales.discounts);
    sales.returns += money(o.sales.returns);
    sales.shippingCharged += money(o.sales.shippingCharged);
    sales.shippingReturned += money(o.sales.shippingReturned);
    sales.taxesCharged += money(o.sales.taxesCharged);
    sales.taxesReturned += money(o.sales.taxesReturned);
    sales.unitsSold += o.sales.unitsSold;
    sales.unitsReturned += o.sales.unitsReturned;
    sales.returnsInAverageOrderValue += money(o.sales.returnsInAverageOrderValue);
    customers.customers += o.customers.customers;
    customers.newCustomers += o.customers.newCustomers;
    customers.returningCustomers += o.customers.returningCustomers;
    customers.pending = customers.pending || o.customers.pending;
    checkouts.abandoned += o.checkouts.abandoned;
    checkouts.abandonedValue += money(o.checkouts.abandonedValue);
    checkouts.recovered += o.checkouts.recovered;
    checkouts.recoveredValue += money(o.checkouts.recoveredValue);
}

} // namespace storelens
