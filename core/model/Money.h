#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>
#include <string_view>

namespace storelens {

// An amount of money: int64 minor units of an ISO 4217 currency. Never built
// from or turned into a double; amounts are parsed from and printed to
// decimal strings exactly.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {}

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    // Number of minor-unit digits of an ISO 4217 currency (JPY 0, USD 2, KWD 3).
    // Unknown codes count as 2, the common case.
    static int minorDigits(QStringView currency);
    static bool isCurrencyCode(QStringView code);

    struct ParseResult
    {
        std::optional<qint64> minorUnits;
        QString error; // set when minorUnits is empty
    };
    // Parses a plain decimal string ("12.5", "-0.01", "1200") into minor units of
    // `currency`. Rejects exponents, signs other than a leading '-', spaces,
    // thousands separators, and digits beyond the currency's precision unless
    // they are zeros. Overflow is an error.
    static ParseResult parseMinor(QStringView decimal, QStringView currency);
    static ParseResult parseMinor(std::string_view decimal, QStringView currency);
    static std::optional<Money> parse(QStringView decimal, const QString &currency);

    // "12.50": plain decimal, '.' separator, exactly minorDigits decimals.
    static QString toDecimalString(qint64 minorUnits, QStringView currency);
    QString toDecimalString() const { return toDecimalString(m_minor, m_currency); }
    // Localised with symbol, e.g. "$1,234.50" or "1.234,50 €".
    static QString format(qint64 minorUnits, const QString &currency, const QLocale &locale = {});
    QString format(const QLocale &locale = {}) const { return format(m_minor, m_currency, locale); }

    Money operator+(const Money &other) const { return Money(m_minor + other.m_minor, m_currency); }
    Money operator-(const Money &other) const { return Money(m_minor - other.m_minor, m_currency); }
    bool operator==(const Money &other) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace storelens
