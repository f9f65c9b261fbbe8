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
        case Granularity::Month: {
            const int y = start / 10000, m = start / 100 % 100;
            const int nextMonth = m == 12 ? (y + 1) * 10000 + 101 : y * 10000 + (m + 1) * 100 + 1;
            end = ShopCalendar::addDays(nextMonth, -1);
            break;
        }
        }
        end = std::min(end, to);
        out.push_back({start, end});
        start = ShopCalendar::addDays(end, 1);
    }
    return out;
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
