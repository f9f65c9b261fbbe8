#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace storelens {

// An exchange rate as the exact decimal the user gave ("1.0834": one unit of
// the base currency is worth 1.0834 units of the quote currency). Never a
// double: kept as an integer mantissa and a count of decimal places.
//
// Conversion rule: an amount in minor units of the base currency is
// multiplied by the rate exactly, rescaled to the minor units of the quote
// currency, and rounded once, half away from zero (0.5 cent rounds up,
// -0.5 cent rounds down). StoreLens converts each store's figure this way and
// then adds the converted figures, so every converted number can be
// recomputed by hand from the store's own figure and the rate.
class ExchangeRate
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRate)
public:
    static constexpr int kMaxDecimals = 12;
    static constexpr int kMaxDigits = 15;

    ExchangeRate() = default; // 1

    // Parses a positive plain decimal ("0.92", "150", "1.083400"). Rejects
    // signs, exponents, separators, zero, and more than kMaxDigits significant
    // digits or kMaxDecimals decimals; `error` says why.
    static std::optional<ExchangeRate> parse(QStringView text, QString *error = nullptr);

    // The rate as a plain decimal without trailing zeros ("1.0834").
    QString toString() const;
    qint64 mantissa() const { return m_mantissa; }
    int decimals() const { return m_decimals; }

    // `minorUnits` of `from` in minor units of `to`, rounded half away from
    // zero; empty when the result does not fit in 64 bits.
    std::optional<qint64> convert(qint64 minorUnits, QStringView from, QStringView to) const;

    bool operator==(const ExchangeRate &other) const = default;

private:
    ExchangeRate(qint64 mantissa, int decimals)
        : m_mantissa(mantissa)
        , m_decimals(decimals)
    {}
    qint64 m_mantissa = 1;
    int m_decimals = 0;
};

} // namespace storelens
