#include "ProductRollupPlan.h"

#include "common/ShopCalendar.h"

#include <algorithm>

namespace storelens {

std::vector<ProductRollupRead> ProductRollupPlan::plan(const DateRange &range,
                                                       const DateRange &data, bool useRunning)
{
    using Source = ProductRollupRead::Source;
    std::vector<ProductRollupRead> reads;
    // Nothing is stored outside the data's days: cut the range to them.
    const int lo = std::max(range.from, data.from), hi = std::min(range.to, data.to);
    if (lo > hi)
        return reads;
    int firstMonth = 0, lastMonth = 0; // the whole months read, a contiguous run
    for (int month = lo / 100; month <= hi / 100; month = DateRange::addMonths(month, 1)) {
        const DateRange whole = DateRange::ofMonth(month);
        // The month's days that hold data, and those of them in the range.
        const DateRange stored{std::max(whole.from, data.from), std::min(whole.to, data.to)};
        const DateRange covered{std::max(whole.from, lo), std::min(whole.to, hi)};
        const int inRange = covered.dayCount();
        const int outside = stored.dayCount() - inRange;
        if (outside > 0 && inRange <= outside) {
            reads.push_back({Source::Days, covered.from, covered.to, +1});
            continue;
        }
        if (covered.from > stored.from)
            reads.push_back(
                {Source::Days, stored.from, ShopCalendar::addDays(covered.from, -1), -1});
        if (covered.to < stored.to)
            reads.push_back({Source::Days, ShopCalendar::addDays(covered.to, 1), stored.to, -1});
        firstMonth = firstMonth ? firstMonth : month;
        lastMonth = month;
    }
    if (!firstMonth)
        return reads;
    // Running totals: the last month's, less those of the month before the
    // first (none before the data starts).
    const int before = DateRange::addMonths(firstMonth, -1);
    const bool fromStart = before < data.from / 100;
    const int snapshots = fromStart ? 1 : 2;
    if (useRunning && snapshots < DateRange::monthsBetween(firstMonth, lastMonth) + 1) {
        reads.push_back({Source::Running, lastMonth, lastMonth, +1});
        if (!fromStart)
            reads.push_back({Source::Running, before, before, -1});
    } else {
        reads.push_back({Source::Months, firstMonth, lastMonth, +1});
    }
    return reads;
}

} // namespace storelens
