#pragma once

#include "Ratio.h"
#include "model/PlatformId.h"

#include <QString>

#include <vector>

namespace storelens {

// What an inventory answer considers low and how it measures sales velocity.
struct InventoryOptions
{
    int asOfDay = 0;          // yyyymmdd: the velocity window ends on this day
    int velocityDays = 30;    // days of sales that set the velocity
    qint64 lowStockUnits = 5; // at most this many available units is low
    int minDaysOfCover = 14;  // fewer days of cover than this is low
};

// One inventory item at one location, as the platform last reported it.
struct InventoryLevelRow
{
    qint64 storeId = 0;
    PlatformId locationId;
    QString locationName;
    PlatformId inventoryItemId;
    PlatformId productId;
    PlatformId variantId;
    QString title;
    QString variantTitle;
    QString sku;
    qint64 available = 0;
    qint64 onHand = 0;
};

// One variant over all locations, with its days of cover: available units
// divided by the average units sold per day over the velocity window
// (units sold = ordered units on the orders' days, returns not deducted).
struct StockRow
{
    qint64 storeId = 0;
    PlatformId productId;
    PlatformId variantId;
    QString title;
    QString variantTitle;
    QString sku;
    qint64 available = 0;
    qint64 onHand = 0;
    qint64 unitsSold = 0; // in the velocity window
    // available × velocityDays / unitsSold days; undefined without sales.
    Ratio daysOfCover;
    bool lowStock = false;
};

struct InventoryReport
{
    InventoryOptions options;
    std::vector<InventoryLevelRow> levels; // by store, location, product, variant (ids)
    std::vector<StockRow> stock;           // fewest days of cover first
    std::vector<StockRow> lowStock() const;
};

} // namespace storelens
