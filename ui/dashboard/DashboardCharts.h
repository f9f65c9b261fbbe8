#pragma once

#include "DashboardData.h"

#include <QCoreApplication>
#include <QLocale>

class QAbstractAxis;
class QCategoryAxis;

namespace storelens {

class ChartCard;
class ChartStyle;

// Builds the dashboard's charts from its data into their cards. Amounts
// become doubles here only to be drawn; axis labels and hover texts are
// formatted from the exact integers.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    static void salesOverTime(ChartCard *card, const DashboardData &data, const ChartStyle &style);
    static void ordersOverTime(ChartCard *card, const DashboardData &data, const ChartStyle &style);
    static void checkouts(ChartCard *card, const DashboardData &data, const ChartStyle &style);
    // Horizontal bars, largest first: top products, top customers.
    static void ranking(ChartCard *card, const std::vector<DashboardData::Ranked> &rows,
                        const QString &currency, const QString &countLabel,
                        const ChartStyle &style);
    static void channels(ChartCard *card, const DashboardData &data, const ChartStyle &style);

    // How a bucket is named on an axis: "3 Mar" for days and weeks,
    // "Mar 2026" for months.
    static QString bucketLabel(const Period &bucket, DashboardQuery::Bucket kind,
                               const QLocale &locale = {});
    // A bucket in words, for hover texts: "Tue, 3 Mar 2026", "Week of …", "March 2026".
    static QString bucketName(const Period &bucket, DashboardQuery::Bucket kind,
                              const QLocale &locale = {});
    // An amount on an axis tick: whole currency units as the locale writes
    // numbers, no cents and no currency ("120,000"): the axis title names the
    // currency once ("USD").
    static QString axisAmount(qint64 wholeUnits, const QLocale &locale = {});
    static QString axisCurrencyTitle(const QString &currency);

private:
    static QCategoryAxis *timeAxis(const DashboardData &data);
    static QCategoryAxis *moneyAxis(qint64 maxMinor, const QString &currency);
    static QCategoryAxis *countAxis(qint64 maxCount);
};

} // namespace storelens
