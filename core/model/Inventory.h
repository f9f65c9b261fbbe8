#pragma once

#include "PlatformId.h"

#include <QString>

namespace storelens {

struct Location
{
    PlatformId id;
    QString name;
    bool active = true;
};

struct InventoryLevel
{
    PlatformId inventoryItemId;
    PlatformId locationId;
    qint64 available = 0;
    qint64 onHand = 0;
    qint64 updatedAtMs = 0;
};

} // namespace storelens
