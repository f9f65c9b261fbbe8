#pragma once

#include "DashboardSource.h"

#include <QCoreApplication>

namespace storelens {

struct PeriodFigures;
struct ReportCurrency;

// The dashboard's figures from the analytics layer (core/analytics): key
// figures and series from the rollups, top products, channels, recent orders,
// and the slower top customers apart. Runs on the dashboard's reader thread.
class AnalyticsDashboardSource
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsDashboardSource)
public:
    static DashboardSource make();

    static DashboardData figures(Database &db, const DashboardQuery &query);
    static std::vector<DashboardData::Ranked> topCustomers(Database &db,
                                                           const DashboardQuery &query);

    // The tiles' figures of one period, as the analytics layer computed them.
    static DashboardData::Figures tileFigures(const PeriodFigures &figures);
    // "EUR → USD at 1.0834 (Berlin Shop)" for each conversion.
    static QStringList describeConversions(const ReportCurrency &currency);
};

} // namespace storelens
