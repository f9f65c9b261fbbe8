#include "StoreCredentials.h"

#include "platform/PlatformRegistry.h"
#include "storage/CredentialStore.h"
#include "storage/Workspace.h"

namespace storelens {

QUrl StoreCredentials::baseUrl(const Store &store)
{
    if (!store.apiBase.isEmpty())
        return QUrl(store.apiBase);
    return QUrl(QStringLiteral("https://") + store.domain);
}

const Platform *StoreCredentials::platformOf(const Store &store, QString *error)
{
    const Platform *platform = PlatformRegistry::instance().find(store.platform);
    if (!platform && error)
        *error = tr("Store \"%1\" is on %2, which this version of StoreLens cannot connect to.")
                     .arg(store.name, store.platform);
    return platform;
}

std::optional<CredentialScheme> StoreCredentials::schemeOf(const Store &store, QString *error)
{
    const Platform *platform = platformOf(store, error);
    if (!platform)
        return std::nullopt;
    auto scheme = platform->scheme(store.authKind);
    if (!scheme && error)
        *error = tr("Store \"%1\": %2 has no sign-in \"%3\".")
                     .arg(store.name, platform->name(), store.authKind);
    return scheme;
}

std::optional<QByteArray>
StoreCredentials::pack(const Store &store, const QMap<QString, QByteArray> &secrets, QString *error)
{
    const auto scheme = schemeOf(store, error);
    if (!scheme)
        return std::nullopt;
    return scheme->pack(secrets);
}

QString StoreCredentials::secretLabel(const Store &store)
{
    // Earlier versions named Shopify's references so; kept for every platform.
    if (store.authKind == QLatin1String("client_credentials"))
        return QStringLiteral("client_secret");
    return store.authKind.isEmpty() ? QStringLiteral("token") : store.authKind;
}

std::optional<StoreConnection> StoreCredentials::connectionFor(Workspace &workspace,
                                                               const Store &store, QString *error)
{
    const auto scheme = schemeOf(store, error);
    if (!scheme)
        return std::nullopt;
    QString reason;
    const auto secret = CredentialStore(workspace).get(store.credentialRef, &reason);
    if (!secret) {
        if (error)
            *error = tr("Store \"%1\": %2").arg(store.name, reason);
        return std::nullopt;
    }
    StoreConnection c;
    c.store = store;
    c.secrets = scheme->unpack(*secret);
    return c;
}

} // namespace storelens
