#pragma once

#include <QString>

#include <optional>

namespace storelens {

// A connected store as kept in the workspace. Holds a reference to its
// credentials (a keychain entry or a vault row), never the secret itself.
struct Store
{
    qint64 id = 0;
    QString platform; // "shopify", "woocommerce", "amazon"
    QString domain;   // shop domain, e.g. "acme.myshopify.com"
    QString name;
    QString currency;
    QString timezone; // IANA id
    QString plan;
    QString apiBase;  // override for a local server; empty for the platform itself
    QString authKind; // "token" or "client_credentials"
    QString clientId;
    QString credentialRef;
    QString status = QStringLiteral("active"); // "active", "paused", "needs_attention"
    QString statusDetail;
    std::optional<qint64> syncIntervalS;
    qint64 createdAtMs = 0;
};

} // namespace storelens
