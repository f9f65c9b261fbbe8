#pragma once

#include "DateRange.h"
#include "model/PackedProductDay.h"

#include <functional>
#include <vector>

namespace storelens {

class Database;
class Statement;

// The product-day rollups of one store over a run of days: each day from its
// packed form (rollup_product_day_packed) where it has one, the other days
// from rollup_product_day, so that a day costs one row and a decode instead
// of a row per variant. A packed day equals its rows (the writer keeps it so),
// so both ways give the same entries, or it has no rows (has_rows = 0: a day
// written whole). A packed form that does not decode is passed over for the
// rows.
class ProductDayReader
{
public:
    using Visit = std::function<void(const PackedProductDay::Entry &)>;

    explicit ProductDayReader(Database &db)
        : m_db(db)
    {}

    // Calls `visit` for every (product, variant) row of every day in `days`.
    void read(qint64 storeId, const DateRange &days, const Visit &visit);

    // Whether packed days are read; false reads every day from its rows where
    // it has them (tests compare both).
    void setPackedDays(bool use) { m_usePacked = use; }

    // Calls `visit` for each row of `q`, a statement selecting product_id,
    // variant_id, orders, units_sold, gross_sales, discounts, units_returned
    // and returns, as the rollup tables name them.
    static void visitRows(Statement &q, const Visit &visit);

private:
    void readRows(qint64 storeId, int from, int to, const Visit &visit);
    Database &m_db;
    bool m_usePacked = true;
    std::vector<PackedProductDay::Entry> m_entries; // reused between days
};

} // namespace storelens
