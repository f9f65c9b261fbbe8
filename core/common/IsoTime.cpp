#include "IsoTime.h"

#include "ShopCalendar.h"

namespace storelens {

namespace {
int digits(QStringView s, qsizetype at, int count, bool *ok)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (at + i >= s.size()) {
            *ok = false;
            return 0;
        }
        const QChar c = s[at + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}
} // namespace

std::optional<qint64> IsoTime::parseMs(QStringView s)
{
    // yyyy-mm-ddThh:mm:ss[.f+](Z|+hh:mm|-hh:mm|+hhmm)
    bool ok = true;
    if (s.size() < 20 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-') ||
        (s[10] != QLatin1Char('T') && s[10] != QLatin1Char(' ')) || s[13] != QLatin1Char(':') ||
        s[16] != QLatin1Char(':'))
        return std::nullopt;
    const int year = digits(s, 0, 4, &ok);
    const int month = digits(s, 5, 2, &ok);
    const int day = digits(s, 8, 2, &ok);
    const int hour = digits(s, 11, 2, &ok);
    const int minute = digits(s, 14, 2, &ok);
    const int second = digits(s, 17, 2, &ok);
    if (!ok || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const int ymd = year * 10000 + month * 100 + day;
    if (!ShopCalendar::isValidDay(ymd))
        return std::nullopt;
    qsizetype i = 19;
    qint64 millis = 0;
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        ++i;
        int n = 0;
        for (; i < s.size() && s[i] >= QLatin1Char('0') && s[i] <= QLatin1Char('9'); ++i, ++n) {
            if (n < 3)
                millis = millis * 10 + (s[i].unicode() - '0');
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 3; ++n)
            millis *= 10;
    }
    int offsetSeconds = 0;
    if (i < s.size() && (s[i] == QLatin1Char('Z') || s[i] == QLatin1Char('z'))) {
        ++i;
    } else if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-'))) {
        const int sign = s[i] == QLatin1Char('-') ? -1 : 1;
        ++i;
        const int oh = digits(s, i, 2, &ok);
        i += 2;
        if (i < s.size() && s[i] == QLatin1Char(':'))
            ++i;
        const int om = digits(s, i, 2, &ok);
        i += 2;
        if (!ok || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = sign * (oh * 3600 + om * 60);
    } else {
        return std::nullopt; // no zone: ambiguous, refuse
    }
    if (i != s.size())
        return std::nullopt;
    const qint64 days = ShopCalendar::daysFromCivil(ymd);
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000 + millis;
}

QString IsoTime::formatUtc(qint64 ms)
{
    qint64 seconds = ms / 1000;
    qint64 millis = ms % 1000;
    if (millis < 0) {
        millis += 1000;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const int ymd = ShopCalendar::civilFromDays(int(days));
    QString out = QStringLiteral("%1-%2-%3T%4:%5:%6")
                      .arg(ymd / 10000, 4, 10, QLatin1Char('0'))
                      .arg(ymd / 100 % 100, 2, 10, QLatin1Char('0'))
                      .arg(ymd % 100, 2, 10, QLatin1Char('0'))
                      .arg(rest / 3600, 2, 10, QLatin1Char('0'))
                      .arg(rest / 60 % 60, 2, 10, QLatin1Char('0'))
                      .arg(rest % 60, 2, 10, QLatin1Char('0'));
    if (millis)
        out += QStringLiteral(".%1").arg(millis, 3, 10, QLatin1Char('0'));
    return out + QLatin1Char('Z');
}

} // namespace storelens
