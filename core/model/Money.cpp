#include "Money.h"

#include <array>
#include <limits>
#include <type_traits>

namespace storelens {

namespace {
struct CurrencyDigits
{
    const char *code;
    int digits;
};
// ISO 4217 currencies whose minor unit is not 2 digits.
constexpr std::array<CurrencyDigits, 26> kNonTwoDigit{{
    {"BHD", 3}, {"BIF", 0}, {"CLF", 4}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3},
    {"OMR", 3}, {"PYG", 0}, {"RWF", 0}, {"TND", 3}, {"UGX", 0}, {"UYI", 0}, {"UYW", 4},
    {"VND", 0}, {"VUV", 0}, {"XAF", 0}, {"XOF", 0}, {"XPF", 0},
}};

qint64 pow10(int n)
{
    qint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}
} // namespace

int Money::minorDigits(QStringView currency)
{
    for (const auto &entry : kNonTwoDigit) {
        if (currency == QLatin1String(entry.code))
            return entry.digits;
    }
    return 2;
}

bool Money::isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

namespace {
// The parser over any string view: QStringView from Qt's JSON, std::string_view
// from the bulk JSONL reader. `ch(i)` is the i-th code unit.
template <typename View>
Money::ParseResult parseDecimal(const View &text, qsizetype size, int digits, QStringView currency,
                                const QString &shown)
{
    Money::ParseResult result;
    auto ch = [&](qsizetype i) {
        if constexpr (std::is_same_v<View, QStringView>)
            return char32_t(text[i].unicode());
        else
            return char32_t(static_cast<unsigned char>(text[i]));
    };
    auto isDigit = [](char32_t c) {
        return c >= U'0' && c <= U'9';
    };
    auto notDecimal = [&] {
        result.error = Money::tr("\"%1\" is not a decimal amount").arg(shown);
        return result;
    };
    auto tooLarge = [&] {
        result.error = Money::tr("amount \"%1\" is too large").arg(shown);
        return result;
    };

    qsizetype i = 0;
    const bool negative = size > 0 && ch(0) == U'-';
    if (negative)
        ++i;
    // Accumulate as a negative number so the full int64 range is exact.
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    qint64 acc = 0;
    auto push = [&](int d) {
        if (acc < (kMin + d) / 10)
            return false;
        acc = acc * 10 - d;
        return true;
    };

    const qsizetype wholeStart = i;
    for (; i < size && isDigit(ch(i)); ++i) {
        if (!push(int(ch(i) - U'0')))
            return tooLarge();
    }
    if (i == wholeStart)
        return notDecimal();
    int fractionDigits = 0;
    if (i < size && ch(i) == U'.') {
        const qsizetype fractionStart = ++i;
        for (; i < size && isDigit(ch(i)); ++i) {
            const int d = int(ch(i) - U'0');
            if (fractionDigits < digits) {
                if (!push(d))
                    return tooLarge();
                ++fractionDigits;
            } else if (d != 0) {
                result.error = Money::tr("amount \"%1\" has more decimals than %2 allows (%n)",
                                         nullptr, digits)
                                   .arg(shown, currency.toString());
                return result;
            }
        }
        if (i == fractionStart)
            return notDecimal();
    }
    if (i != size)
        return notDecimal();
    for (; fractionDigits < digits; ++fractionDigits) {
        if (!push(0))
            return tooLarge();
    }
    if (!negative) {
        if (acc == kMin)
            return tooLarge();
        acc = -acc;
    }
    result.minorUnits = acc;
    return result;
}
} // namespace

Money::ParseResult Money::parseMinor(QStringView text, QStringView currency)
{
    const int digits = minorDigits(currency);
    ParseResult r = parseDecimal(text, text.size(), digits, currency, QString());
    if (!r.minorUnits) // build the message text only when it is needed
        r = parseDecimal(text, text.size(), digits, currency, text.toString());
    return r;
}

Money::ParseResult Money::parseMinor(std::string_view text, QStringView currency)
{
    const int digits = minorDigits(currency);
    ParseResult r = parseDecimal(text, qsizetype(text.size()), digits, currency, QString());
    if (!r.minorUnits)
        r = parseDecimal(text, qsizetype(text.size()), digits, currency,
                         QString::fromUtf8(text.data(), qsizetype(text.size())));
    return r;
}

std::optional<Money> Money::parse(QStringView decimal, const QString &currency)
{
    const ParseResult parsed = parseMinor(decimal, currency);
    if (!parsed.minorUnits)
        return std::nullopt;
    return Money(*parsed.minorUnits, currency);
}

QString Money::toDecimalString(qint64 minor, QStringView currency)
{
    const int digits = minorDigits(currency);
    const bool negative = minor < 0;
    // Work in unsigned to handle INT64_MIN.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(pow10(digits));
    QString out = QString::number(magnitude / scale);
    if (digits > 0)
        out += QLatin1Char('.') +
               QString::number(magnitude % scale).rightJustified(digits, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

QString Money::format(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = minorDigits(currency);
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(pow10(digits));
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (digits > 0)
        number += locale.decimalPoint() +
                  QString::number(magnitude % scale).rightJustified(digits, QLatin1Char('0'));
    // The locale's own currency gets its symbol; any other is shown by ISO code,
    // which stays unambiguous for agencies with stores in several currencies.
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : currency;
    // The C locale (LANG=C) has no currency pattern of its own: Qt glues the
    // code to the digits ("80,219.92USD"). Write "80,219.92 USD" instead.
    if (locale.language() == QLocale::C)
        return (negative ? QStringLiteral("-") : QString()) + number + QLatin1Char(' ') + currency;
    // Let QLocale place symbol and sign around a sentinel, then put the exact
    // digits in its place: the locale's pattern without any double.
    const QString sentinel = locale.toString(7);
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -7 : 7), symbol);
    const qsizetype at = pattern.indexOf(sentinel);
    if (at < 0)
        return (negative ? QStringLiteral("-") : QString()) + number + QLatin1Char(' ') + currency;
    return pattern.replace(at, sentinel.size(), number);
}

} // namespace storelens
