#pragma once

#include "PlatformId.h"

#include <QString>

#include <optional>

namespace storelens {

// An abandoned checkout; `completedAtMs` set once it was recovered into an order.
struct Checkout
{
    PlatformId id;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> completedAtMs;
    QString email;
    PlatformId customerId;
    QString currency;
    qint64 subtotal = 0;
    qint64 totalPrice = 0;
};

} // namespace storelens
