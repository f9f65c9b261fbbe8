#pragma once

#include "model/PlatformId.h"

#include <QString>

#include <vector>

namespace storelens {

// One order as the dashboard's "recent orders" list shows it. Amounts are in
// the order's own shop currency, never converted.
struct RecentOrder
{
    qint64 storeId = 0;
    QString storeName;
    PlatformId orderId;
    QString name; // "#1001"
    qint64 processedAtMs = 0;
    int day = 0;      // shop-local yyyymmdd
    QString customer; // name, else email; empty for a guest without either
    QString channel;
    QString financialStatus;
    QString fulfillmentStatus;
    bool cancelled = false;
    QString currency;
    qint64 totalPrice = 0;
    qint64 totalRefunded = 0;
};

struct RecentOrders
{
    std::vector<RecentOrder> orders; // newest first
};

} // namespace storelens
