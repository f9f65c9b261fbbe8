#pragma once

#include "PeriodFigures.h"
#include "ReportCurrency.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace storelens {

// The dashboard's key figures for a range and for the previous period of equal
// length, for "vs previous period" changes.
struct SummaryReport
{
    ReportCurrency currency;
    PeriodFigures current;
    PeriodFigures previous;
    // Stores whose customer figures are still being recounted (see
    // CustomerFigures::pending), by name.
    QStringList customerFiguresPending;
    // Stores being read again in full, by name, with the reason code
    // (SyncReread): their figures are not exact yet.
    std::vector<std::pair<QString, QString>> rereads;
};

} // namespace storelens
