#include "StoreDraft.h"

#include "sync/StoreCredentials.h"

#include <QDateTime>

namespace storelens {

Store StoreDraft::toStore() const
{
    Store s;
    s.platform = platform;
    s.domain = domain;
    s.name = !name.isEmpty() ? name : !shop.name.isEmpty() ? shop.name : domain;
    s.currency = shop.currency;
    s.timezone = shop.timezone;
    s.plan = shop.plan;
    s.apiBase = apiBase;
    s.authKind = authKind;
    s.clientId = clientId;
    s.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    return s;
}

ShopifyConnection StoreDraft::toConnection() const
{
    const Store store = toStore();
    ShopifyConnection c;
    c.baseUrl = StoreCredentials::baseUrl(store);
    c.domain = domain;
    c.storeName = store.name;
    c.authKind = authKind;
    c.clientId = clientId;
    if (authKind == QLatin1String("token"))
        c.accessToken = secret;
    else
        c.clientSecret = secret;
    return c;
}

} // namespace storelens
