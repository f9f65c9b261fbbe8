#include "ShopCalendar.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <iterator>
#include <limits>

namespace storelens {

namespace {
// Transitions are precomputed over this window; instants outside it use the
// nearest known offset, which is what tzdata itself does beyond its rules.
const qint64 kWindowStartMs =
    QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kWindowEndMs = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}
} // namespace

ShopCalendar::ShopCalendar(const QByteArray &ianaId)
    : m_zoneId(ianaId)
{
    QTimeZone zone(ianaId);
    if (!zone.isValid()) {
        m_transitions.push_back({std::numeric_limits<qint64>::min(), 0});
        return;
    }
    m_valid = true;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(kWindowStartMs, Qt::UTC);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(kWindowEndMs, Qt::UTC);
    m_transitions.push_back({std::numeric_limits<qint64>::min(), zone.offsetFromUtc(start)});
    if (zone.hasTransitions()) {
        const auto list = zone.transitions(start, end);
        for (const auto &t : list)
            m_transitions.push_back({t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc});
    }
}

int ShopCalendar::offsetAt(qint64 utcMs) const
{
    auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcMs,
                               [](qint64 v, const Transition &t) { return v < t.atMs; });
    return std::prev(it)->offsetSeconds;
}

int ShopCalendar::dayOf(qint64 utcMs) const
{
    const qint64 localMs = utcMs + qint64(offsetAt(utcMs)) * 1000;
    return civilFromDays(int(floorDiv(localMs, 86'400'000)));
}

qint64 ShopCalendar::startOfDayUtcMs(int yyyymmdd) const
{
    // Local midnight expressed in UTC: try the offset in effect just before and
    // after, and take the earliest instant whose local day is the wanted one.
    const qint64 localMidnightMs = qint64(daysFromCivil(yyyymmdd)) * 86'400'000;
    qint64 best = std::numeric_limits<qint64>::max();
    for (qint64 probe :
         {localMidnightMs - 86'400'000, localMidnightMs, localMidnightMs + 86'400'000}) {
        const qint64 candidate = localMidnightMs - qint64(offsetAt(probe)) * 1000;
        if (dayOf(candidate) == yyyymmdd && dayOf(candidate - 1) != yyyymmdd)
            best = std::min(best, candidate);
    }
    if (best != std::numeric_limits<qint64>::max())
        return best;
    // Midnight does not exist (a DST jump at 00:00): the day starts at the jump.
    qint64 lo = localMidnightMs - 86'400'000, hi = localMidnightMs + 86'400'000;
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (dayOf(mid) < yyyymmdd)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

// Howard Hinnant's days_from_civil / civil_from_days.
int ShopCalendar::daysFromCivil(int yyyymmdd)
{
    int y = yyyymmdd / 10000;
    const unsigned m = unsigned(yyyymmdd / 100 % 100);
    const unsigned d = unsigned(yyyymmdd % 100);
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int(doe) - 719468;
}

int ShopCalendar::civilFromDays(int z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = int(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    return y * 10000 + int(m) * 100 + int(d);
}

int ShopCalendar::addDays(int yyyymmdd, int n)
{
    return civilFromDays(daysFromCivil(yyyymmdd) + n);
}

bool ShopCalendar::isValidDay(int yyyymmdd)
{
    return yyyymmdd > 0 && civilFromDays(daysFromCivil(yyyymmdd)) == yyyymmdd;
}

} // namespace storelens
