#include "StoreAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace storelens {

std::optional<QString> StoreAddress::normalizeShopDomain(const QString &platform,
                                                         const QString &input, QString *error)
{
    QString text = input.trimmed().toLower();
    if (text.startsWith(QLatin1String("https://")))
        text = text.mid(8);
    else if (text.startsWith(QLatin1String("http://")))
        text = text.mid(7);
    if (const qsizetype slash = text.indexOf(QLatin1Char('/')); slash >= 0)
        text = text.left(slash);
    if (platform == QLatin1String("shopify") && !text.isEmpty() && !text.contains(QLatin1Char('.')))
        text += QStringLiteral(".myshopify.com");
    static const QRegularExpression hostname(
        QStringLiteral(R"(^(?=.{1,253}$)([a-z0-9]([a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)"));
    if (!hostname.match(text).hasMatch()) {
        if (error)
            *error = tr("\"%1\" is not a shop domain (expected something like "
                        "your-shop.myshopify.com).")
                         .arg(input);
        return std::nullopt;
    }
    return text;
}

bool StoreAddress::isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QUrl> StoreAddress::normalizeSiteUrl(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    QUrl url = QUrl(text, QUrl::StrictMode)
                   .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment |
                             QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        (!isLoopbackHost(url.host()) && !url.host().contains(QLatin1Char('.')))) {
        if (error)
            *error = tr("\"%1\" is not a web address (expected something like "
                        "https://shop.example.com).")
                         .arg(input.trimmed());
        return std::nullopt;
    }
    url.setHost(url.host().toLower());
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host())) {
        if (error)
            *error = tr("\"%1\" uses plain HTTP: the API key would travel readable. Use the "
                        "site's https:// address.")
                         .arg(input.trimmed());
        return std::nullopt;
    }
    return url;
}

std::optional<QUrl> StoreAddress::validateApiBase(const QString &input, QString *error)
{
    const QUrl url(input.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        if (error)
            *error = tr("\"%1\" is not a valid http(s) URL.").arg(input);
        return std::nullopt;
    }
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host())) {
        if (error)
            *error = tr("\"%1\" uses plain HTTP: only 127.0.0.1 or localhost may; use HTTPS.")
                         .arg(input);
        return std::nullopt;
    }
    return url;
}

} // namespace storelens
