#pragma once

#include "DateRange.h"
#include "ReportCurrency.h"
#include "model/PlatformId.h"

#include <vector>

namespace storelens {

// A customer's spending in a range: what they were charged for the orders
// they placed in it (order totals, with shipping and taxes), less what was
// refunded on those orders so far, as Shopify's "Amount spent" of a customer
// counts. Test orders never count; cancelled orders count with their refunds.
struct CustomerSpend
{
    qint64 storeId = 0;
    PlatformId customerId;
    QString name;
    QString email;
    qint64 orders = 0;
    qint64 amountSpent = 0; // report currency
};

struct TopCustomers
{
    ReportCurrency currency;
    DateRange range;
    std::vector<CustomerSpend> customers; // highest spend first
};

} // namespace storelens
