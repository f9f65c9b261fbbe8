#include "PlatformId.h"

#include <limits>

namespace storelens {

PlatformId PlatformId::fromDecimal(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 19)
        return {};
    for (QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? PlatformId(value) : PlatformId();
}

PlatformId PlatformId::fromGid(QStringView gid)
{
    if (!gid.startsWith(QLatin1String("gid://")))
        return {};
    QStringView tail = gid.mid(gid.lastIndexOf(QLatin1Char('/')) + 1);
    // Some gids carry parameters: gid://shopify/Checkout/abc?key=...
    if (const qsizetype q = tail.indexOf(QLatin1Char('?')); q >= 0)
        tail = tail.left(q);
    return fromDecimal(tail);
}

PlatformId PlatformId::fromGid(std::string_view gid)
{
    if (gid.substr(0, 6) != "gid://")
        return {};
    std::string_view tail = gid.substr(gid.rfind('/') + 1);
    if (const size_t q = tail.find('?'); q != std::string_view::npos)
        tail = tail.substr(0, q);
    if (tail.empty() || tail.size() > 19)
        return {};
    qint64 value = 0;
    for (char c : tail) {
        if (c < '0' || c > '9')
            return {};
        const int d = c - '0';
        if (value > (std::numeric_limits<qint64>::max() - d) / 10)
            return {};
        value = value * 10 + d;
    }
    return PlatformId(value);
}

QString PlatformId::gidType(QStringView gid)
{
    if (!gid.startsWith(QLatin1String("gid://")))
        return {};
    const qsizetype last = gid.lastIndexOf(QLatin1Char('/'));
    const qsizetype prev = gid.lastIndexOf(QLatin1Char('/'), last - 1);
    if (last <= 6 || prev < 6)
        return {};
    return gid.mid(prev + 1, last - prev - 1).toString();
}

QString PlatformId::toString() const
{
    switch (m_kind) {
    case Kind::Number:
        return QString::number(m_number);
    case Kind::Text:
        return m_text;
    case Kind::Null:
        break;
    }
    return {};
}

} // namespace storelens
