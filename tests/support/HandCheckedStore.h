#pragma once

#include "model/Order.h"

#include <QString>

#include <memory>
#include <vector>

namespace storelens {

class Workspace;

namespace test {

// An order in EUR with the given lines, shipping and tax; totals follow.
Order handOrder(qint64 id, qint64 processedAtMs, const PlatformId &customer,
                std::vector<LineItem> lines, qint64 shippingMinor, qint64 taxMinor);
// A line item; product or variant 0 means none (a custom item).
LineItem handLine(qint64 id, qint64 product, qint64 variant, qint64 quantity, qint64 unitPrice,
                  qint64 discount = 0);
qint64 utcMs(int y, int m, int d, int h, int min, int s = 0);

// Workspace "Hand" with one store, "Hand" (Europe/Berlin, EUR; DST starts on
// 2024-03-31 at 01:00 UTC), and five orders and two checkouts around it whose
// figures tst_analytics works out by hand:
//   A 2024-03-30 22:30 UTC (23:30 local, March 30), customer 1: 2 × 25.00 with
//     5.00 discount and 1 × 10.00 custom item; shipping 4.90, tax 7.98.
//   B 2024-03-31 22:30 UTC (00:30 local, April 1), customer 1: 1 × 40.00, tax
//     7.60; refunded in full (40.00 + 7.60 tax) on April 2.
//   C 2024-04-01 21:59:59 UTC (23:59:59 local, April 1), customer 2: 3 × 15.00
//     custom items, shipping 4.90, tax 8.55; cancelled with a full refund on April 3.
//   D April 1, a test order.
//   E 2024-04-01 22:00 UTC (midnight starting April 2), a guest: 99.99 with
//     9.99 discount, tax 17.10.
//   Checkouts: 60.00 on April 1 (recovered), 35.50 on April 2.
std::unique_ptr<Workspace> createHandCheckedStore(const QString &dir, qint64 *storeId);

} // namespace test
} // namespace storelens
