#include "DateRange.h"

#include "common/ShopCalendar.h"

namespace storelens {

DateRange DateRange::of(QDate from, QDate to)
{
    return {fromDate(from), fromDate(to)};
}

bool DateRange::isValid() const
{
    return ShopCalendar::isValidDay(from) && ShopCalendar::isValidDay(to) && from <= to;
}

int DateRange::dayCount() const
{
    return ShopCalendar::daysFromCivil(to) - ShopCalendar::daysFromCivil(from) + 1;
}

DateRange DateRange::shifted(int days) const
{
    return {ShopCalendar::addDays(from, days), ShopCalendar::addDays(to, days)};
}

std::vector<DateRange> DateRange::buckets(Granularity granularity,
                                          Qt::DayOfWeek firstDayOfWeek) const
{
    std::vector<DateRange> out;
    if (!isValid())
        return out;
    int start = from;
    while (start <= to) {
        int end = start;
        switch (granularity) {
        case Granularity::Day:
            break;
        case Granularity::Week: {
            // The day before the next first day of the week.
            const int untilNextWeek = (int(firstDayOfWeek) - int(dayOfWeek(start)) + 7) % 7;
            end = ShopCalendar::addDays(start, (untilNextWeek == 0 ? 7 : untilNextWeek) - 1);
            break;
        }
        case Granularity::Month:
            end = ofMonth(start / 100).to;
            break;
        }
        end = std::min(end, to);
        out.push_back({start, end});
        start = ShopCalendar::addDays(end, 1);
    }
    return out;
}

DateRange DateRange::ofMonth(int yyyymm)
{
    return {yyyymm * 100 + 1, ShopCalendar::addDays(addMonths(yyyymm, 1) * 100 + 1, -1)};
}

int DateRange::addMonths(int yyyymm, int n)
{
    const int index = yyyymm / 100 * 12 + (yyyymm % 100 - 1) + n;
    return (index / 12) * 100 + index % 12 + 1;
}

int DateRange::monthsBetween(int fromYyyymm, int toYyyymm)
{
    return (toYyyymm / 100 - fromYyyymm / 100) * 12 + (toYyyymm % 100 - fromYyyymm % 100);
}

QDate DateRange::toDate(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

int DateRange::fromDate(QDate date)
{
    return date.isValid() ? date.year() * 10000 + date.month() * 100 + date.day() : 0;
}

Qt::DayOfWeek DateRange::dayOfWeek(int yyyymmdd)
{
    // Day 0 of the civil count, 1970-01-01, was a Thursday.
    const int days = ShopCalendar::daysFromCivil(yyyymmdd);
    return Qt::DayOfWeek(((days % 7 + 7 + 3) % 7) + 1);
}

} // namespace storelens
