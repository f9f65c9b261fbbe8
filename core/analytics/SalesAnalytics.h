#pragma once

#include "AnalyticsScope.h"
#include "SummaryReport.h"
#include "TimeSeries.h"

#include <QCoreApplication>

#include <vector>

namespace storelens {

class Database;
class ResolvedScope;

// The dashboard's key figures and time series, read from the rollups the
// ingestor keeps (rollup_store_day, rollup_customer_return): O(days), never
// O(orders). Use on one thread with its own connection (see AnalyticsWorker).
// Definitions: PeriodFigures.h. Throws AnalyticsError for a question it cannot
// answer and DatabaseError when storage fails.
class SalesAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(SalesAnalytics)
public:
    explicit SalesAnalytics(Database &db)
        : m_db(db)
    {}

    SummaryReport summary(const AnalyticsScope &scope, const DateRange &range);
    TimeSeries series(const AnalyticsScope &scope, const DateRange &range, Granularity granularity,
                      Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

    // The figures of consecutive buckets, all stores of the scope added in the
    // report currency.
    std::vector<PeriodFigures> figures(const ResolvedScope &scope,
                                       const std::vector<DateRange> &buckets);

    static void requireValid(const DateRange &range);

private:
    std::vector<PeriodFigures> storeFigures(qint64 storeId, SalesDefinitions definitions,
                                            const std::vector<DateRange> &buckets);
    // Non-first orders of known customers in `range` whose previous order is in
    // `range` too, and how many of them are second orders.
    std::pair<qint64, qint64> returnsWithin(qint64 storeId, const DateRange &range);
    Database &m_db;
};

} // namespace storelens
