#pragma once

#include "model/Store.h"
#include "platform/ShopInfo.h"
#include "platform/StoreConnection.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace storelens {

// What the Add Store wizard (or the Reconnect dialog) has gathered so far;
// the secrets live only here, in memory, until the store is saved (then in
// the keychain or the vault).
struct StoreDraft
{
    QString platform = QStringLiteral("shopify");
    Store store;                       // address and sign-in, as the platform made it from the form
    QString name;                      // optional: the shop's own name when empty
    QMap<QString, QByteArray> secrets; // by CredentialField::key
    ShopInfo shop;                     // from the connection test

    Store toStore() const;
    StoreConnection toConnection() const;
    // The secrets as the keychain keeps them (empty when the platform is unknown).
    QByteArray packedSecrets() const;
    void clearSecrets();
};

} // namespace storelens
