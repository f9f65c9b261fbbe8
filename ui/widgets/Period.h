#pragma once

#include <QDate>

namespace storelens {

// An inclusive range of shop-local calendar days.
struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    // The period of equal length that ends the day before this one starts.
    Period previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    bool operator==(const Period &other) const = default;
};

} // namespace storelens
