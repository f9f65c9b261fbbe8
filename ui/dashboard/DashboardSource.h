#pragma once

#include "DashboardData.h"

#include <functional>

namespace storelens {

class Database;

// Where the dashboard's figures come from: the analytics layer, run on the
// dashboard's reader thread. Two parts, so that the quick figures show while
// the slower ranking of customers (it reads the orders of the range) runs.
// Both may throw; the message is shown instead of the figures.
struct DashboardSource
{
    std::function<DashboardData(Database &, const DashboardQuery &)> figures;
    std::function<std::vector<DashboardData::Ranked>(Database &, const DashboardQuery &)>
        topCustomers;

    bool isValid() const { return bool(figures); }
};

} // namespace storelens
