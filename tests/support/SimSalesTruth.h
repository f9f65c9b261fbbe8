#pragma once

#include "SalesOracle.h"
#include "sim/SimRecords.h"

#include <QList>

namespace storelens::test {

// The simulator's own records as normalized orders, for SalesOracle to
// compute the figures a report must show: straight from what the shop holds
// (every discount allocation of a line, shipping after its discounts), never
// from what a connector read of it.
Order orderFromSimTruth(const sim::SimOrder &o);
SalesOracle oracleFromSimTruth(const QList<sim::SimOrder> &orders, const QByteArray &zone);

} // namespace storelens::test
