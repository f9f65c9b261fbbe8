#pragma once

#include "AnalyticsScope.h"
#include "SkuReport.h"

namespace storelens {

class Database;

// The cross-channel view of products: units, net sales (the product figures
// of each platform's own definitions, PeriodFigures.h) and stock per store,
// grouped by SKU over every store of the scope.
class SkuAnalytics
{
public:
    explicit SkuAnalytics(Database &db)
        : m_db(db)
    {}

    // Every SKU that sold, was returned or is stocked; `limit` > 0 keeps the
    // first `limit`.
    SkuReport bySku(const AnalyticsScope &scope, const DateRange &range, int limit = 0);

    // The key SKUs are matched by.
    static QString matchKey(const QString &sku);

private:
    Database &m_db;
};

} // namespace storelens
