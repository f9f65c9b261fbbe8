#pragma once

#include "AnalyticsScope.h"
#include "ProductReport.h"

#include <QCoreApplication>

namespace storelens {

class Database;

// Revenue, units and returns by product or variant, from rollup_product_month
// for whole months and rollup_product_day for the days of partial months
// (a partial month that covers more than half of its days reads the month
// and subtracts the missing days), so a year reads about a dozen months.
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

private:
    // Fills in titles, variant titles and SKUs from the catalogue.
    void describe(std::vector<ProductRow> &rows);
    Database &m_db;
};

} // namespace storelens
