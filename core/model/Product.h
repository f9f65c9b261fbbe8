#pragma once

#include "PlatformId.h"

#include <QString>

#include <optional>

namespace storelens {

struct Product
{
    PlatformId id;
    QString title;
    QString handle;
    QString vendor;
    QString productType;
    QString status; // ACTIVE, DRAFT, ARCHIVED
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// Prices in the store currency, minor units.
struct Variant
{
    PlatformId id;
    PlatformId productId;
    QString sku;
    QString title;
    qint64 price = 0;
    std::optional<qint64> compareAtPrice;
    std::optional<qint64> unitCost; // inventory item cost, where known
    PlatformId inventoryItemId;
    qint64 updatedAtMs = 0;
};

} // namespace storelens
