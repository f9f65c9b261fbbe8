#pragma once

#include "connectors/shopify/ShopifyConnector.h"
#include "model/Store.h"

#include <QByteArray>
#include <QString>

namespace storelens {

// What the Add Store wizard has gathered so far; the secret lives only here,
// in memory, until the store is saved (then in the keychain or the vault).
struct StoreDraft
{
    QString platform = QStringLiteral("shopify");
    QString domain; // normalized, e.g. acme.myshopify.com
    QString name;   // optional: the shop's own name when empty
    QString authKind = QStringLiteral("token");
    QString clientId;
    QByteArray secret; // access token or client secret
    QString apiBase;   // a local server instead of the platform
    ShopInfo shop;     // from the connection test

    Store toStore() const;
    ShopifyConnection toConnection() const;
};

} // namespace storelens
