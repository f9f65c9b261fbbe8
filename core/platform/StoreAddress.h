#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace storelens {

// Validates what a user types to point StoreLens at a store: the shop domain
// and an optional API base override (a local server in tests and demos).
class StoreAddress
{
    Q_DECLARE_TR_FUNCTIONS(StoreAddress)
public:
    // "Acme", "acme.myshopify.com", "https://acme.myshopify.com/admin" ->
    // "acme.myshopify.com". Empty optional and `error` set when invalid.
    static std::optional<QString> normalizeShopDomain(const QString &platform, const QString &input,
                                                      QString *error);
    // A site's address ("shop.example.com/store", "https://…"): https:// unless
    // given, plain HTTP only on loopback, no query or fragment, no trailing
    // slash. Empty optional and `error` set when invalid.
    static std::optional<QUrl> normalizeSiteUrl(const QString &input, QString *error);
    // Only loopback hosts may use plain HTTP; everything else must be HTTPS.
    static std::optional<QUrl> validateApiBase(const QString &input, QString *error);
    static bool isLoopbackHost(const QString &host);
};

} // namespace storelens
