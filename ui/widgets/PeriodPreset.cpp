#include "PeriodPreset.h"

#include <QDateTime>
#include <QTimeZone>

namespace storelens {

QList<PeriodPreset> PeriodPresets::all()
{
    return {PeriodPreset::Today,         PeriodPreset::Yesterday,  PeriodPreset::Last7Days,
            PeriodPreset::Last30Days,    PeriodPreset::Last90Days, PeriodPreset::MonthToDate,
            PeriodPreset::QuarterToDate, PeriodPreset::YearToDate, PeriodPreset::LastMonth,
            PeriodPreset::Custom};
}

QString PeriodPresets::title(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today:
        return tr("Today");
    case PeriodPreset::Yesterday:
        return tr("Yesterday");
    case PeriodPreset::Last7Days:
        return tr("Last 7 days");
    case PeriodPreset::Last30Days:
        return tr("Last 30 days");
    case PeriodPreset::Last90Days:
        return tr("Last 90 days");
    case PeriodPreset::MonthToDate:
        return tr("Month to date");
    case PeriodPreset::QuarterToDate:
        return tr("Quarter to date");
    case PeriodPreset::YearToDate:
        return tr("Year to date");
    case PeriodPreset::LastMonth:
        return tr("Last month");
    case PeriodPreset::Custom:
        return tr("Custom range…");
    }
    return {};
}

Period PeriodPresets::resolve(PeriodPreset preset, QDate today)
{
    switch (preset) {
    case PeriodPreset::Today:
        return {today, today};
    case PeriodPreset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case PeriodPreset::Last7Days:
        return {today.addDays(-6), today};
    case PeriodPreset::Last30Days:
        return {today.addDays(-29), today};
    case PeriodPreset::Last90Days:
        return {today.addDays(-89), today};
    case PeriodPreset::MonthToDate:
        return {QDate(today.year(), today.month(), 1), today};
    case PeriodPreset::QuarterToDate:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case PeriodPreset::YearToDate:
        return {QDate(today.year(), 1, 1), today};
    case PeriodPreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addDays(first.daysInMonth() - 1)};
    }
    case PeriodPreset::Custom:
        break;
    }
    return {today.addDays(-29), today};
}

QDate PeriodPresets::todayIn(const QByteArray &ianaZone)
{
    const QTimeZone zone(ianaZone);
    if (ianaZone.isEmpty() || !zone.isValid())
        return QDate::currentDate();
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

QString PeriodPresets::describe(const Period &period, const QLocale &locale)
{
    if (!period.isValid())
        return {};
    const QString from = locale.toString(period.from, QLocale::ShortFormat);
    if (period.from == period.to)
        return locale.toString(period.from, QLocale::LongFormat);
    //: A range of dates: from – to
    return tr("%1 – %2").arg(from, locale.toString(period.to, QLocale::ShortFormat));
}

QString PeriodPresets::key(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today:
        return QStringLiteral("today");
    case PeriodPreset::Yesterday:
        return QStringLiteral("yesterday");
    case PeriodPreset::Last7Days:
        return QStringLiteral("last7");
    case PeriodPreset::Last30Days:
        return QStringLiteral("last30");
    case PeriodPreset::Last90Days:
        return QStringLiteral("last90");
    case PeriodPreset::MonthToDate:
        return QStringLiteral("mtd");
    case PeriodPreset::QuarterToDate:
        return QStringLiteral("qtd");
    case PeriodPreset::YearToDate:
        return QStringLiteral("ytd");
    case PeriodPreset::LastMonth:
        return QStringLiteral("lastmonth");
    case PeriodPreset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

PeriodPreset PeriodPresets::fromKey(const QString &key, PeriodPreset fallback)
{
    for (PeriodPreset p : all()) {
        if (PeriodPresets::key(p) == key)
            return p;
    }
    return fallback;
}

} // namespace storelens
