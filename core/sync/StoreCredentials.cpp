#include "StoreCredentials.h"

#include "storage/CredentialStore.h"
#include "storage/Workspace.h"

namespace storelens {

QUrl StoreCredentials::baseUrl(const Store &store)
{
    if (!store.apiBase.isEmpty())
        return QUrl(store.apiBase);
    return QUrl(QStringLiteral("https://") + store.domain);
}

std::optional<ShopifyConnection> StoreCredentials::connectionFor(Workspace &workspace,
                                                                 const Store &store, QString *error)
{
    QString reason;
    const auto secret = CredentialStore(workspace).get(store.credentialRef, &reason);
    if (!secret) {
        if (error)
            *error = tr("Store \"%1\": %2").arg(store.name, reason);
        return std::nullopt;
    }
    ShopifyConnection c;
    c.baseUrl = baseUrl(store);
    c.domain = store.domain;
    c.storeName = store.name;
    c.authKind = store.authKind;
    if (store.authKind == QLatin1String("client_credentials")) {
        c.clientId = store.clientId;
        c.clientSecret = *secret;
    } else {
        c.accessToken = *secret;
    }
    return c;
}

} // namespace storelens
