#include "MoneyFormat.h"

namespace storelens::sim {

int MoneyFormat::exponent(const QByteArray &currency)
{
    static const char *const zero[] = {"JPY", "KRW", "VND", "CLP", "ISK",
                                       "UGX", "XAF", "XOF", "PYG"};
    static const char *const three[] = {"BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD"};
    for (const char *c : zero)
        if (currency == c)
            return 0;
    for (const char *c : three)
        if (currency == c)
            return 3;
    return 2;
}

static QByteArray fixed(qint64 minor, int exponent)
{
    const bool negative = minor < 0;
    // Work in unsigned so that INT64_MIN does not overflow.
    quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    QByteArray out;
    if (negative)
        out += '-';
    out += QByteArray::number(magnitude / scale);
    if (exponent > 0) {
        QByteArray frac = QByteArray::number(magnitude % scale);
        out += '.';
        out += QByteArray(exponent - frac.size(), '0');
        out += frac;
    }
    return out;
}

QByteArray MoneyFormat::decimal(qint64 minor, int exponent)
{
    QByteArray out = fixed(minor, exponent);
    if (exponent == 0)
        return out + ".0";
    while (out.endsWith('0') && out[out.size() - 2] != '.')
        out.chop(1);
    if (out == "-0.0")
        return "0.0";
    return out;
}

QByteArray MoneyFormat::money(qint64 minor, int exponent)
{
    return fixed(minor, exponent);
}

std::optional<qint64> MoneyFormat::parse(const QByteArray &text, int exponent)
{
    QByteArray t = text.trimmed();
    bool negative = false;
    if (t.startsWith('-')) {
        negative = true;
        t = t.mid(1);
    }
    const qsizetype dot = t.indexOf('.');
    QByteArray whole = dot < 0 ? t : t.left(dot);
    QByteArray frac = dot < 0 ? QByteArray() : t.mid(dot + 1);
    while (frac.size() > exponent && frac.endsWith('0'))
        frac.chop(1);
    if (whole.isEmpty() || frac.size() > exponent)
        return std::nullopt;
    const QByteArray digits = whole + frac;
    for (char c : digits)
        if (c < '0' || c > '9')
            return std::nullopt;
    frac += QByteArray(exponent - frac.size(), '0');
    bool ok = false;
    const qint64 v = QByteArray(whole + frac).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return negative ? -v : v;
}

} // namespace storelens::sim
