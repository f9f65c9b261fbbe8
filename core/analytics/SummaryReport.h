#pragma once

#include "PeriodFigures.h"
#include "ReportCurrency.h"

namespace storelens {

// The dashboard's key figures for a range and for the previous period of equal
// length, for "vs previous period" changes.
struct SummaryReport
{
    ReportCurrency currency;
    PeriodFigures current;
    PeriodFigures previous;
};

} // namespace storelens
