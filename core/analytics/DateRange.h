#pragma once

#include <QDate>

#include <vector>

namespace storelens {

// How a time series is bucketed.
enum class Granularity
{
    Day,
    Week,
    Month
};

// An inclusive range of shop-local calendar days, as yyyymmdd integers (the
// `day` columns of the workspace). Each store reads it in its own time zone:
// "2024-03-01..2024-03-31" is March in Berlin for a Berlin store and March in
// New York for a New York store, as every platform's own reports do.
struct DateRange
{
    int from = 0;
    int to = 0;

    static DateRange of(QDate from, QDate to);
    // A range is valid when both ends are real days and from <= to.
    bool isValid() const;
    int dayCount() const;
    bool contains(int day) const { return day >= from && day <= to; }
    // The period of equal length that ends the day before this one starts.
    DateRange previous() const { return shifted(-dayCount()); }
    DateRange shifted(int days) const;
    // Consecutive buckets covering the range: days, weeks starting on
    // `firstDayOfWeek` (QLocale::firstDayOfWeek), or calendar months. The first
    // and last buckets are cut to the range.
    std::vector<DateRange> buckets(Granularity granularity,
                                   Qt::DayOfWeek firstDayOfWeek = Qt::Monday) const;

    // A calendar month (yyyymm) as a range of days; months counted on from one.
    static DateRange ofMonth(int yyyymm);
    static int addMonths(int yyyymm, int n);
    static int monthsBetween(int fromYyyymm, int toYyyymm);

    static QDate toDate(int yyyymmdd);
    static int fromDate(QDate date);
    // Day of the week of a yyyymmdd day (Qt::Monday = 1 ... Qt::Sunday = 7).
    static Qt::DayOfWeek dayOfWeek(int yyyymmdd);

    bool operator==(const DateRange &other) const = default;
};

} // namespace storelens
