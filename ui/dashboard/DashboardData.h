#pragma once

#include "widgets/Period.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace storelens {

// What the dashboard asks for.
struct DashboardQuery
{
    enum class Bucket
    {
        Day,
        Week,
        Month
    };

    qint64 storeId = 0; // 0: all stores of the workspace
    Period period;
    bool compare = true;
    Bucket bucket = Bucket::Day;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    QString reportCurrency; // for stores in several currencies
    int topCount = 8;
    int recentCount = 10;

    // Days for short ranges, weeks up to half a year, months beyond.
    static Bucket bucketFor(const Period &period);
};

// The dashboard's figures as the analytics layer computed them, exact: money
// in minor units of `currency`, rates already rounded by the analytics layer.
// Only the charts turn amounts into doubles, to draw them.
struct DashboardData
{
    struct Figures
    {
        qint64 totalSales = 0;
        qint64 netSales = 0;
        qint64 returns = 0;
        qint64 orders = 0;
        std::optional<qint64> averageOrderValue; // minor units; none without orders
        qint64 customers = 0;
        qint64 returningCustomers = 0;
        bool customersPending = false; // see CustomerFigures::pending
        std::optional<qint64> returningRatePermille;
        qint64 abandonedCheckouts = 0;
        qint64 recoveredCheckouts = 0;
        qint64 recoveredValue = 0;
        std::optional<qint64> recoveryRatePermille;
    };
    struct Point
    {
        Period bucket;
        Period previousBucket;
        qint64 sales = 0; // total sales
        qint64 previousSales = 0;
        qint64 orders = 0;
        qint64 previousOrders = 0;
        qint64 abandoned = 0;
        qint64 recovered = 0;
    };
    struct Ranked
    {
        QString label;
        QString detail;    // e.g. an email, a SKU
        qint64 amount = 0; // minor units
        qint64 count = 0;  // orders or units
    };
    struct RecentOrder
    {
        qint64 storeId = 0;
        QString storeName;
        QString orderPlatformId;
        QString name;
        qint64 processedAtMs = 0;
        QString customer;
        QString channel;
        QString financialStatus;
        bool cancelled = false;
        QString currency;
        qint64 total = 0;
    };

    QString currency;
    QStringList conversions;         // "EUR → USD at 1.0834 …", when amounts were converted
    QStringList customersPendingFor; // stores whose customer figures are being recounted
    DashboardQuery query;
    Figures current;
    Figures previous;
    std::vector<Point> series;
    std::vector<Ranked> topCustomers;
    std::vector<Ranked> topProducts;
    std::vector<Ranked> channels; // total sales per channel
    std::vector<RecentOrder> recentOrders;
};

} // namespace storelens
