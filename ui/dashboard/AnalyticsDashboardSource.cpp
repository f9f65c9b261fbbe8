#include "AnalyticsDashboardSource.h"

#include "analytics/AnalyticsScope.h"
#include "analytics/CustomerAnalytics.h"
#include "analytics/OrderAnalytics.h"
#include "analytics/ProductAnalytics.h"
#include "analytics/SalesAnalytics.h"

#include <QLocale>

namespace storelens {

namespace {

AnalyticsScope scopeOf(const DashboardQuery &query)
{
    AnalyticsScope scope =
        query.storeId ? AnalyticsScope::store(query.storeId) : AnalyticsScope::allStores();
    if (!query.reportCurrency.isEmpty())
        scope.inCurrency(query.reportCurrency);
    return scope;
}

DateRange rangeOf(const Period &period)
{
    return DateRange::of(period.from, period.to);
}

Period periodOf(const DateRange &range)
{
    return {DateRange::toDate(range.from), DateRange::toDate(range.to)};
}

Granularity granularityOf(DashboardQuery::Bucket bucket)
{
    switch (bucket) {
    case DashboardQuery::Bucket::Day:
        return Granularity::Day;
    case DashboardQuery::Bucket::Week:
        return Granularity::Week;
    case DashboardQuery::Bucket::Month:
        return Granularity::Month;
    }
    return Granularity::Day;
}

} // namespace

DashboardSource AnalyticsDashboardSource::make()
{
    return {&AnalyticsDashboardSource::figures, &AnalyticsDashboardSource::topCustomers};
}

DashboardData::Figures AnalyticsDashboardSource::tileFigures(const PeriodFigures &f)
{
    DashboardData::Figures t;
    t.totalSales = f.sales.totalSales();
    t.netSales = f.sales.netSales();
    t.returns = f.sales.returns;
    t.orders = f.sales.orders;
    t.averageOrderValue = f.sales.averageOrderValue().scaled(0);
    t.customers = f.customers.customers;
    t.returningCustomers = f.customers.returningCustomers;
    t.customersPending = f.customers.pending;
    t.returningRatePermille = f.customers.returningCustomerRate().scaled(3);
    t.abandonedCheckouts = f.checkouts.abandoned;
    t.recoveredCheckouts = f.checkouts.recovered;
    t.recoveredValue = f.checkouts.recoveredValue;
    t.recoveryRatePermille = f.checkouts.recoveryRate().scaled(3);
    return t;
}

QStringList AnalyticsDashboardSource::describeConversions(const ReportCurrency &currency)
{
    QStringList out;
    for (const AppliedRate &r : currency.conversions)
        out << tr("%1 → %2 at %3 (%4)")
                   .arg(r.from, r.to, r.rate, r.stores.join(QLatin1String(", ")));
    return out;
}

DashboardData AnalyticsDashboardSource::figures(Database &db, const DashboardQuery &query)
{
    const AnalyticsScope scope = scopeOf(query);
    const DateRange range = rangeOf(query.period);
    SalesAnalytics sales(db);
    const SummaryReport summary = sales.summary(scope, range);
    DashboardData d;
    d.query = query;
    d.currency = summary.currency.code;
    d.conversions = describeConversions(summary.currency);
    d.customersPendingFor = summary.customerFiguresPending;
    d.current = tileFigures(summary.current);
    d.previous = tileFigures(summary.previous);

    const TimeSeries series =
        sales.series(scope, range, granularityOf(query.bucket), query.firstDayOfWeek);
    d.series.reserve(series.points.size());
    for (const SeriesPoint &p : series.points) {
        DashboardData::Point point;
        point.bucket = periodOf(p.current.range);
        point.previousBucket = periodOf(p.previous.range);
        point.sales = p.current.sales.totalSales();
        point.previousSales = p.previous.sales.totalSales();
        point.orders = p.current.sales.orders;
        point.previousOrders = p.previous.sales.orders;
        point.abandoned = p.current.checkouts.abandoned;
        point.recovered = p.current.checkouts.recovered;
        d.series.push_back(point);
    }

    const ProductReport products = ProductAnalytics(db).products(
        scope, range, ProductGrouping::Product, ProductOrder::NetSales, query.topCount);
    for (const ProductRow &row : products.rows) // titled by the analytics layer
        d.topProducts.push_back({row.title, row.sku, row.netSales(), row.netUnitsSold()});

    OrderAnalytics orders(db);
    for (const ChannelRow &row : orders.channels(scope, range).rows)
        d.channels.push_back({row.channel, QString(), row.sales.totalSales(), row.sales.orders});

    for (const RecentOrder &o : orders.recentOrders(scope, range, query.recentCount).orders) {
        DashboardData::RecentOrder r;
        r.storeId = o.storeId;
        r.storeName = o.storeName;
        r.orderPlatformId = o.orderId.toString();
        r.name = o.name;
        r.processedAtMs = o.processedAtMs;
        r.customer = o.customer;
        r.channel = o.channel;
        r.financialStatus = o.financialStatus;
        r.cancelled = o.cancelled;
        r.currency = o.currency;
        r.total = o.totalPrice;
        d.recentOrders.push_back(r);
    }
    return d;
}

std::vector<DashboardData::Ranked>
AnalyticsDashboardSource::topCustomers(Database &db, const DashboardQuery &query)
{
    std::vector<DashboardData::Ranked> out;
    const TopCustomers top =
        CustomerAnalytics(db).topCustomers(scopeOf(query), rangeOf(query.period), query.topCount);
    for (const CustomerSpend &c : top.customers) {
        const QString label = !c.name.isEmpty()    ? c.name
                              : !c.email.isEmpty() ? c.email
                                                   : tr("Customer %1").arg(c.customerId.toString());
        out.push_back({label, c.email, c.amountSpent, c.orders});
    }
    return out;
}

} // namespace storelens
