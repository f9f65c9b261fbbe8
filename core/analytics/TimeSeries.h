#pragma once

#include "PeriodFigures.h"
#include "ReportCurrency.h"

#include <vector>

namespace storelens {

// One bucket of a time series and the bucket it is compared with: the same
// days shifted back by the length of the whole range, so that both series
// have the same number of buckets of the same lengths.
struct SeriesPoint
{
    PeriodFigures current;
    PeriodFigures previous;
};

// Figures by day, week or month (shop-local calendar) over a range, alongside
// the previous period of equal length.
struct TimeSeries
{
    ReportCurrency currency;
    Granularity granularity = Granularity::Day;
    DateRange range;
    DateRange previousRange;
    std::vector<SeriesPoint> points;
};

} // namespace storelens
