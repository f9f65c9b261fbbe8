#pragma once

#include "DateRange.h"

#include <vector>

namespace storelens {

// One read of the product rollups, added (+1) or subtracted (-1).
struct ProductRollupRead
{
    enum class Source
    {
        Days,   // rollup_product_day, days from..to
        Months, // rollup_product_month, months (yyyymm) from..to
        Running // rollup_product_running through month `to` (from == to)
    };
    Source source = Source::Days;
    int from = 0;
    int to = 0;
    int sign = +1;

    bool operator==(const ProductRollupRead &other) const = default;
};

// Which rollup rows add up to a range's product figures, reading as few rows
// as it can: the days of a partial month, or the whole month less its other
// days, whichever are fewer; a run of whole months from the month rollup, or
// as a difference of two running totals when that is fewer snapshots. Days
// outside `data` (the first and last day with product rollups) hold nothing,
// so they cost nothing: a range ending today subtracts no future days.
class ProductRollupPlan
{
public:
    // `useRunning`: false reads whole months from rollup_product_month only.
    static std::vector<ProductRollupRead> plan(const DateRange &range, const DateRange &data,
                                               bool useRunning = true);
};

} // namespace storelens
