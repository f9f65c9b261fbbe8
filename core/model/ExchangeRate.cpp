#include "ExchangeRate.h"

#include "Money.h"
#include "common/ExactDivision.h"

#include <algorithm>
#include <limits>

namespace storelens {

std::optional<ExchangeRate> ExchangeRate::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<ExchangeRate> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto isDigit = [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    };
    // Shape: digits, optionally a point and more digits.
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    QStringView whole = point < 0 ? text : text.left(point);
    QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    const bool shapeOk = !whole.isEmpty() && (point < 0 || !fraction.isEmpty()) &&
                         std::all_of(whole.begin(), whole.end(), isDigit) &&
                         std::all_of(fraction.begin(), fraction.end(), isDigit);
    if (!shapeOk)
        return fail(
            tr("\"%1\" is not a plain decimal exchange rate such as 1.0834").arg(text.toString()));
    // "1.50" and "1.5" are the same rate.
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > kMaxDecimals)
        return fail(tr("exchange rate \"%1\" has more than %2 decimals")
                        .arg(text.toString())
                        .arg(kMaxDecimals));
    qint64 mantissa = 0;
    int significant = 0;
    for (QStringView part : {whole, fraction}) {
        for (QChar c : part) {
            if (mantissa == 0 && c == QLatin1Char('0'))
                continue; // leading zeros are not significant
            if (++significant > kMaxDigits)
                return fail(tr("exchange rate \"%1\" has more than %2 significant digits")
                                .arg(text.toString())
                                .arg(kMaxDigits));
            mantissa = mantissa * 10 + (c.unicode() - '0');
        }
    }
    if (mantissa == 0)
        return fail(tr("an exchange rate must be greater than zero"));
    return ExchangeRate(mantissa, int(fraction.size()));
}

QString ExchangeRate::toString() const
{
    const QString digits = QString::number(m_mantissa).rightJustified(m_decimals + 1, u'0');
    if (m_decimals == 0)
        return digits;
    return digits.left(digits.size() - m_decimals) + QLatin1Char('.') + digits.right(m_decimals);
}

std::optional<qint64> ExchangeRate::convert(qint64 minorUnits, QStringView from,
                                            QStringView to) const
{
    // amount_to = minor_from / 10^d_from × mantissa / 10^decimals × 10^d_to
    const Int128 quotient =
        divideRounded(Int128(minorUnits) * m_mantissa * powerOfTen(Money::minorDigits(to)),
                      powerOfTen(m_decimals + Money::minorDigits(from)));
    if (quotient > std::numeric_limits<qint64>::max() ||
        quotient < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(quotient);
}

} // namespace storelens
