#include "StoreDraft.h"

#include "sync/StoreCredentials.h"

#include <QDateTime>

namespace storelens {

Store StoreDraft::toStore() const
{
    Store s = store;
    s.platform = platform;
    s.name = !name.isEmpty() ? name : !shop.name.isEmpty() ? shop.name : store.domain;
    if (!shop.currency.isEmpty())
        s.currency = shop.currency;
    if (!shop.timezone.isEmpty())
        s.timezone = shop.timezone;
    if (!shop.plan.isEmpty())
        s.plan = shop.plan;
    if (s.createdAtMs == 0)
        s.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    return s;
}

StoreConnection StoreDraft::toConnection() const
{
    return StoreConnection{toStore(), secrets};
}

QByteArray StoreDraft::packedSecrets() const
{
    return StoreCredentials::pack(toStore(), secrets, nullptr).value_or(QByteArray());
}

void StoreDraft::clearSecrets()
{
    for (QByteArray &s : secrets)
        s.fill('\0');
    secrets.clear();
}

} // namespace storelens
