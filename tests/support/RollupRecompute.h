#pragma once

#include <QString>

namespace storelens {

class Database;

namespace test {

// The ingestor's rollups recomputed from the raw rows (plain SQL, or C++ for
// the customer sequences), and as stored, as canonical text with rows of
// zeros dropped: equal text means the ingestor kept them exact.
QString recomputedStoreDays(Database &db, qint64 storeId);
QString rolledUpStoreDays(Database &db, qint64 storeId);
// `perMonth`: per shop-local month, as rollup_product_month keeps them.
QString recomputedProductDays(Database &db, qint64 storeId, bool perMonth = false);
QString rolledUpProductDays(Database &db, qint64 storeId, bool perMonth = false);
// rollup_product_running: the per-month figures added up, for every month
// from the store's first to its last (those of the stored table, or of the raw
// rows where they reach further).
QString recomputedProductRunning(Database &db, qint64 storeId);
QString rolledUpProductRunning(Database &db, qint64 storeId);
QString recomputedChannelDays(Database &db, qint64 storeId);
QString rolledUpChannelDays(Database &db, qint64 storeId);
QString recomputedCustomerRollups(Database &db, qint64 storeId);
QString rolledUpCustomerRollups(Database &db, qint64 storeId);
// customer_activity.spend_list per customer (entries sorted, "-" for none),
// and the same from the orders.
QString recomputedSpendLists(Database &db, qint64 storeId);
QString storedSpendLists(Database &db, qint64 storeId);

// Packed product days (rollup_product_day_packed): empty when every packed
// day is the PackedProductDay of that day's rollup_product_day rows, byte for
// byte, and (with `all`) every day with rows has one and none waits to be
// packed, as after the ingestor's waitForIdle(); otherwise the first day that
// is not.
QString packedDayMismatch(Database &db, qint64 storeId, bool all);

// Puts the product days kept packed alone (has_rows = 0) into rows as well,
// as a writer of schema 7 or older kept every day: for tests that copy rows
// into an older schema, or that exercise days kept in rows.
void unpackProductDays(Database &db);

enum class Packing
{
    Some, // packed days equal their rows
    All   // and every day is packed (after the ingestor's waitForIdle())
};

// Empty when every rollup of the store (and orders.total_refunded and
// customer_activity.amount_spent and spend_list, and the packed product days)
// equals its recomputation; otherwise where the first difference is.
QString rollupMismatch(Database &db, qint64 storeId, Packing packing = Packing::Some);

} // namespace test
} // namespace storelens
