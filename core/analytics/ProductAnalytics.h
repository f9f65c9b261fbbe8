#pragma once

#include "AnalyticsScope.h"
#include "ProductReport.h"

#include <QCoreApplication>

namespace storelens {

class Database;

// Revenue, units and returns by product or variant, from the product rollups:
// days of partial months from the packed days or rollup_product_day
// (ProductDayReader), runs of whole months from rollup_product_month or, for a
// long range, as the difference of two snapshots of rollup_product_running
// (see ProductRollupPlan), so that a year reads about as many rows as two
// months.
class ProductAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(ProductAnalytics)
public:
    explicit ProductAnalytics(Database &db)
        : m_db(db)
    {}

    // All products (or variants) that sold or were returned in the range, in
    // `order`, best first; `limit` > 0 keeps the first `limit` ("top products").
    ProductReport products(const AnalyticsScope &scope, const DateRange &range,
                           ProductGrouping grouping, ProductOrder order = ProductOrder::NetSales,
                           int limit = 0);

    // The rows of one store in its own currency, unsorted and without titles.
    std::vector<ProductRow> storeRows(qint64 storeId, const DateRange &range,
                                      ProductGrouping grouping);

    // Whether long ranges read the running totals; public for tests, which
    // try both ways.
    void setRunningTotals(bool use) { m_useRunning = use; }
    // Whether days are read from their packed form where they have one
    // (ProductDayReader); public for tests, which compare both.
    void setPackedDays(bool use) { m_usePacked = use; }

private:
    // Fills in titles, variant titles and SKUs from the catalogue.
    void describe(std::vector<ProductRow> &rows);
    Database &m_db;
    bool m_useRunning = true;
    bool m_usePacked = true;
};

} // namespace storelens
