#pragma once

#include "DateRange.h"
#include "ReportCurrency.h"
#include "model/PlatformId.h"

#include <optional>
#include <vector>

namespace storelens {

enum class ProductGrouping
{
    Product,
    Variant // one row per variant (SKU)
};

enum class ProductOrder
{
    NetSales,
    UnitsSold,
    GrossSales
};

// What one product or variant of one store sold in a range, with the sales
// definitions of PeriodFigures.h: sales on the order's day, returns on the
// refund's day. Custom line items (no product) are product 0.
struct ProductRow
{
    qint64 storeId = 0;
    PlatformId productId;
    PlatformId variantId; // null when grouped by product
    QString title;
    QString variantTitle;
    QString sku;
    // Orders containing the variant; only for variant rows (an order with two
    // variants of one product would otherwise count twice).
    std::optional<qint64> orders;
    qint64 unitsSold = 0;
    qint64 unitsReturned = 0;
    qint64 grossSales = 0;
    qint64 discounts = 0;
    qint64 returns = 0;

    qint64 netSales() const { return grossSales - discounts - returns; }
    qint64 netUnitsSold() const { return unitsSold - unitsReturned; }
};

struct ProductReport
{
    ReportCurrency currency;
    DateRange range;
    ProductGrouping grouping = ProductGrouping::Product;
    std::vector<ProductRow> rows; // in the requested order, best first
};

} // namespace storelens
