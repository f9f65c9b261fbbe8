#pragma once

#include "SalesOracle.h"
#include "sim/WooRecords.h"

#include <QList>

namespace storelens::test {

// The WooCommerce simulator's own records as normalized orders, for
// SalesOracle to compute the figures a report must show by WooCommerce
// Analytics' definitions: straight from what the store holds (statuses, line
// subtotals and totals, refund amounts, guests' billing e-mails), never from
// what a connector read of it.
Order orderFromWooTruth(const sim::WooOrder &o);
SalesOracle oracleFromWooTruth(const QList<sim::WooOrder> &orders, const QByteArray &zone);

} // namespace storelens::test
