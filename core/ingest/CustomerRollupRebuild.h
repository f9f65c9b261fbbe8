#pragma once

#include <QtGlobal>

namespace storelens {

class Database;
class RollupDelta;

// Recounts a store's customer rollups from its orders in one pass: every
// customer's customer_activity row (first and last order, count, spend and
// spend list), the return pairs and cohorts, and the new customers per day.
// A bulk export defers them to this (IngestBatch::CustomerRollups): one
// ordered scan of orders_customer and ordered inserts instead of a random
// read and write per order. The result equals what the per-order path keeps.
class CustomerRollupRebuild
{
public:
    // Inside the caller's transaction. Flushes `delta` first (what it holds for
    // the store is counted again here), then takes the store's customer
    // figures out and adds what its orders say: the rows at once, the rollup
    // figures to `delta`, for its flush at the commit.
    static void run(Database &db, RollupDelta &delta, qint64 storeId);
};

} // namespace storelens
