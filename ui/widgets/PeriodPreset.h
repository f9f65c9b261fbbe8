#pragma once

#include "Period.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

namespace storelens {

// The ranges a store owner asks for most, resolved against "today" in the
// shop's own time zone (as the platforms' reports do).
enum class PeriodPreset
{
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    Last90Days,
    MonthToDate,
    QuarterToDate,
    YearToDate,
    LastMonth,
    Custom
};

class PeriodPresets
{
    Q_DECLARE_TR_FUNCTIONS(PeriodPresets)
public:
    static QList<PeriodPreset> all();
    static QString title(PeriodPreset preset);
    // "Last N days" end today, today included.
    static Period resolve(PeriodPreset preset, QDate today);
    // Today's date in an IANA time zone; the system's when unknown.
    static QDate todayIn(const QByteArray &ianaZone);
    // "1 Mar 2024 – 31 Mar 2024", or one date for a single day.
    static QString describe(const Period &period, const QLocale &locale = {});
    // Settings keys.
    static QString key(PeriodPreset preset);
    static PeriodPreset fromKey(const QString &key, PeriodPreset fallback);
};

} // namespace storelens
