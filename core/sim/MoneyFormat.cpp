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

// Digits of |minor| with `exponent` fraction digits, into a stack buffer: the
// bulk export formats millions of amounts.
static int formatFixed(qint64 minor, int exponent, char *buf)
{
    char digits[32];
    int n = 0;
    quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    while (n <= exponent)
        digits[n++] = '0';
    int len = 0;
    if (minor < 0)
        buf[len++] = '-';
    for (int i = n - 1; i >= 0; --i) {
        buf[len++] = digits[i];
        if (i == exponent && exponent > 0)
            buf[len++] = '.';
    }
    return len;
}

QByteArray MoneyFormat::decimal(qint64 minor, int exponent)
{
    char buf[48];
    return QByteArray(buf, decimalInto(minor, exponent, buf));
}

int MoneyFormat::decimalInto(qint64 minor, int exponent, char *buf)
{
    int len = formatFixed(minor, exponent, buf);
    if (exponent == 0) {
        buf[len++] = '.';
        buf[len++] = '0';
    } else {
        while (buf[len - 1] == '0' && buf[len - 2] != '.')
            --len;
    }
    return len;
}

QByteArray MoneyFormat::money(qint64 minor, int exponent)
{
    char buf[48];
    return QByteArray(buf, formatFixed(minor, exponent, buf));
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
