#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace storelens {

// Maps UTC instants to the shop-local calendar day (yyyymmdd) of one IANA time
// zone, as the platforms' own reports do. The zone's offset transitions are
// computed once, so a lookup is a binary search instead of a QDateTime
// conversion: ingest calls this for every order and refund.
class ShopCalendar
{
public:
    explicit ShopCalendar(const QByteArray &ianaId = QByteArrayLiteral("UTC"));

    bool isValid() const { return m_valid; }
    QByteArray zoneId() const { return m_zoneId; }

    // Shop-local day of an instant, as yyyymmdd.
    int dayOf(qint64 utcMs) const;
    // UTC offset in seconds in effect at an instant.
    int offsetAt(qint64 utcMs) const;
    // The UTC instant at which a local day starts (handles days that start at 01:00
    // because of a DST jump).
    qint64 startOfDayUtcMs(int yyyymmdd) const;

    // Calendar helpers on yyyymmdd integers (proleptic Gregorian).
    static int daysFromCivil(int yyyymmdd);
    static int civilFromDays(int days);
    static int addDays(int yyyymmdd, int n);
    static bool isValidDay(int yyyymmdd);

private:
    struct Transition
    {
        qint64 atMs;
        int offsetSeconds;
    };
    QByteArray m_zoneId;
    bool m_valid = false;
    std::vector<Transition> m_transitions; // sorted by atMs; first entry covers the past
};

} // namespace storelens
