#pragma once

#include "DateRange.h"
#include "ReportCurrency.h"

#include <QString>

#include <optional>
#include <vector>

namespace storelens {

// What one store sold of one SKU in a range (its variants with that SKU
// together), and its stock now. Amounts in the report's currency.
struct SkuStoreFigures
{
    qint64 storeId = 0;
    QString sku;   // as this store writes it
    QString title; // this store's product title
    qint64 unitsSold = 0;
    qint64 unitsReturned = 0;
    qint64 netSales = 0;
    std::optional<qint64> available; // empty: the store reports no stock for it

    qint64 netUnits() const { return unitsSold - unitsReturned; }
};

// One SKU across the workspace's stores and platforms: the same article sold
// on Shopify and WooCommerce is one row, its stores side by side. SKUs are
// matched with surrounding spaces removed and case ignored ("ab-1" is
// "AB-1"); `sku` and `title` are those of the store with the lowest id.
struct SkuRow
{
    QString sku;
    QString title;
    std::vector<SkuStoreFigures> stores; // by store id

    // Sold or stocked by more than one store: the SKUs that match across stores.
    bool matched() const { return stores.size() > 1; }
    qint64 netUnits() const;
    qint64 netSales() const;
    std::optional<qint64> available() const; // the sum of the stores that report it
};

struct SkuReport
{
    ReportCurrency currency;
    DateRange range;
    std::vector<SkuRow> rows; // highest net sales first
    // What sold without a SKU (custom items, variants without one): not matchable.
    qint64 unitsWithoutSku = 0;
    qint64 netSalesWithoutSku = 0;
};

} // namespace storelens
