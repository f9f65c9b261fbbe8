#include "IsoTime.h"

#include "ShopCalendar.h"

namespace storelens {

namespace {
char32_t code(QChar c)
{
    return c.unicode();
}
char32_t code(char c)
{
    return char32_t(static_cast<unsigned char>(c));
}

template <typename View>
int digits(const View &s, qsizetype at, int count, bool *ok)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (at + i >= qsizetype(s.size())) {
            *ok = false;
            return 0;
        }
        const char32_t c = code(s[at + i]);
        if (c < U'0' || c > U'9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + int(c - U'0');
    }
    return v;
}

template <typename View>
std::optional<qint64> parse(const View &s)
{
    auto is = [&](qsizetype i, char c) {
        return i < qsizetype(s.size()) && code(s[i]) == char32_t(c);
    };
    // yyyy-mm-ddThh:mm:ss[.f+](Z|+hh:mm|-hh:mm|+hhmm)
    bool ok = true;
    const qsizetype size = qsizetype(s.size());
    if (size < 20 || !is(4, '-') || !is(7, '-') || !(is(10, 'T') || is(10, ' ')) || !is(13, ':') ||
        !is(16, ':'))
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
    if (is(i, '.')) {
        ++i;
        int n = 0;
        for (; i < size && code(s[i]) >= U'0' && code(s[i]) <= U'9'; ++i, ++n) {
            if (n < 3)
                millis = millis * 10 + int(code(s[i]) - U'0');
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 3; ++n)
            millis *= 10;
    }
    int offsetSeconds = 0;
    if (is(i, 'Z') || is(i, 'z')) {
        ++i;
    } else if (is(i, '+') || is(i, '-')) {
        const int sign = is(i, '-') ? -1 : 1;
        ++i;
        const int oh = digits(s, i, 2, &ok);
        i += 2;
        if (is(i, ':'))
            ++i;
        const int om = digits(s, i, 2, &ok);
        i += 2;
        if (!ok || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = sign * (oh * 3600 + om * 60);
    } else {
        return std::nullopt; // no zone: ambiguous, refuse
    }
    if (i != size)
        return std::nullopt;
    const qint64 days = ShopCalendar::daysFromCivil(ymd);
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000 + millis;
}
} // namespace

std::optional<qint64> IsoTime::parseMs(QStringView s)
{
    return parse(s);
}

std::optional<qint64> IsoTime::parseMs(std::string_view s)
{
    return parse(s);
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
