#pragma once

#include "Ratio.h"

#include <QStringList>

#include <vector>

namespace storelens {

// The customers whose first order was in one month, and how many of them
// ordered in each month since.
struct CohortRow
{
    int firstMonth = 0; // yyyymm, shop-local
    qint64 customers = 0;
    // active[k]: customers of the cohort who ordered in the k-th month after
    // the first (active[0] == customers), up to the report's last month.
    std::vector<qint64> active;

    Ratio share(size_t monthsAfter) const
    {
        return {monthsAfter < active.size() ? active[monthsAfter] : 0, customers};
    }
};

// Cohorts by first-order month. Months are whole calendar months of the shop:
// a range selects the months of its first and last day.
struct CohortReport
{
    int firstMonth = 0;
    int lastMonth = 0;
    std::vector<CohortRow> rows; // oldest cohort first
    // Stores left out because their customer rollups are still being
    // recounted after a bulk export, by name.
    QStringList pendingStores;
};

} // namespace storelens
