#pragma once

#include "PlatformId.h"

#include <QString>

#include <optional>

namespace storelens {

struct Customer
{
    PlatformId id;
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QString country;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> ordersCount; // as the platform reports it
    std::optional<qint64> amountSpent; // minor units of `currency`
    QString currency;
};

} // namespace storelens
