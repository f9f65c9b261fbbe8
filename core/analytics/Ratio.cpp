#include "Ratio.h"

#include "common/ExactDivision.h"

#include <utility>

namespace storelens {

namespace {
QString decimal(qint64 scaled, int decimals, QChar point)
{
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    const quint64 unit = quint64(powerOfTen(decimals));
    QString out = QString::number(magnitude / unit);
    if (decimals > 0)
        out += point + QString::number(magnitude % unit).rightJustified(decimals, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}
} // namespace

std::optional<qint64> Ratio::scaled(int decimals) const
{
    if (!isDefined())
        return std::nullopt;
    return qint64(divideRounded(Int128(numerator) * powerOfTen(decimals), denominator));
}

int Ratio::compare(const Ratio &a, const Ratio &b)
{
    // a.n / a.d <=> b.n / b.d, with the signs of the denominators folded in.
    Int128 left = Int128(a.numerator) * b.denominator;
    Int128 right = Int128(b.numerator) * a.denominator;
    if ((a.denominator < 0) != (b.denominator < 0))
        std::swap(left, right);
    return left < right ? -1 : left > right ? 1 : 0;
}

QString Ratio::toDecimalString(int decimals) const
{
    const auto value = scaled(decimals);
    return value ? decimal(*value, decimals, QLatin1Char('.')) : QString();
}

QString Ratio::toPercentString(int decimals, const QLocale &locale) const
{
    const auto value = scaled(decimals + 2);
    if (!value)
        return {};
    return decimal(*value, decimals, locale.decimalPoint().front()) + locale.percent();
}

} // namespace storelens
