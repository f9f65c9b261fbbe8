#include "StoreCommands.h"

#include "connectors/shopify/ShopifyConnector.h"
#include "platform/StoreAddress.h"
#include "storage/CredentialStore.h"
#include "storage/DatabaseError.h"
#include "storage/StoreRepository.h"
#include "sync/StoreCredentials.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace storelens::cli {

int StoreCommands::run(Args args)
{
    const QStringList pos = args.positional();
    if (pos.isEmpty())
        return m_cx.usage(tr("store: expected add, list or remove."));
    const QString verb = pos.first();
    if (verb == QLatin1String("add"))
        return add(args);
    if (verb == QLatin1String("list"))
        return list(args);
    if (verb == QLatin1String("remove"))
        return remove(args);
    return m_cx.usage(tr("store: unknown command \"%1\".").arg(verb));
}

int StoreCommands::add(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const auto platform = args.take(QStringLiteral("platform"));
    const auto shop = args.take(QStringLiteral("shop"));
    const auto tokenEnv = args.take(QStringLiteral("token-env"));
    const auto clientId = args.take(QStringLiteral("client-id"));
    const auto clientSecretEnv = args.take(QStringLiteral("client-secret-env"));
    const auto apiBase = args.take(QStringLiteral("api-base"));
    const auto name = args.take(QStringLiteral("name"));
    const bool offline = args.takeSwitch(QStringLiteral("offline"));
    if (args.missingValue())
        return m_cx.usage(tr("%1 needs a value.").arg(args.missingValueName()));
    if (!args.unknownOptions().isEmpty())
        return m_cx.usage(tr("store add: unknown option %1").arg(args.unknownOptions().first()));
    if (!workspace || !platform || !shop || (!tokenEnv && !(clientId && clientSecretEnv)) ||
        (tokenEnv && (clientId || clientSecretEnv)))
        return m_cx.usage(tr("usage: storelens-cli store add --workspace W --platform shopify "
                             "--shop DOMAIN (--token-env VAR | --client-id ID "
                             "--client-secret-env VAR) [--api-base URL] [--name N] [--offline]"));
    if (!StoreAddress::isSupportedPlatform(*platform))
        return m_cx.fail(
            tr("Platform \"%1\" is not supported yet; supported: shopify.").arg(*platform));

    QString error;
    const auto domain = StoreAddress::normalizeShopDomain(*platform, *shop, &error);
    if (!domain)
        return m_cx.fail(error);
    QString base;
    if (apiBase) {
        const auto url = StoreAddress::validateApiBase(*apiBase, &error);
        if (!url)
            return m_cx.fail(error);
        base = url->toString(QUrl::StripTrailingSlash);
    }
    // Secrets come from the environment, never from argv (visible in `ps` and
    // shell history).
    const QString secretVar = tokenEnv ? *tokenEnv : *clientSecretEnv;
    QByteArray secret = qgetenv(secretVar.toLocal8Bit().constData());
    if (secret.isEmpty())
        return m_cx.fail(tr("The environment variable %1 is empty or not set; it must hold the %2.")
                             .arg(secretVar, tokenEnv ? tr("access token") : tr("client secret")));

    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    StoreRepository stores(ws->db());
    Store store;
    store.platform = *platform;
    store.domain = *domain;
    store.name = name ? *name : *domain;
    store.apiBase = base;
    store.authKind = tokenEnv ? QStringLiteral("token") : QStringLiteral("client_credentials");
    store.clientId = clientId.value_or(QString());
    store.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    store.credentialRef = QStringLiteral("pending");
    if (!offline) {
        // Test the connection now: a wrong domain, token or scope is reported
        // here, before anything is stored.
        ShopifyConnection connection;
        connection.baseUrl = StoreCredentials::baseUrl(store);
        connection.domain = store.domain;
        connection.storeName = store.name;
        connection.authKind = store.authKind;
        connection.clientId = store.clientId;
        (store.authKind == QLatin1String("token") ? connection.accessToken
                                                  : connection.clientSecret) = secret;
        QNetworkAccessManager network;
        CostBucketLimiter limiter;
        RetryPolicy::Config retries;
        retries.maxAttempts = 3;
        ShopifyClient client(connection, network, limiter, Clock::system(), RetryPolicy(retries));
        ShopifyConnector connector(client);
        ShopInfo info;
        const SyncError failure = connector.fetchShop(&info);
        if (failure.isError())
            return m_cx.fail(failure.message);
        store.currency = info.currency;
        store.timezone = info.timezone;
        store.plan = info.plan;
        if (!name && !info.name.isEmpty())
            store.name = info.name;
        m_cx.out() << tr("Connected to %1 (%2, %3, %4).")
                          .arg(info.name, info.currency, info.timezone, info.plan)
                   << Qt::endl;
    }
    bool ambiguous = false;
    if (stores.find(store.domain, &ambiguous) || stores.find(store.name, &ambiguous))
        return m_cx.fail(tr("Workspace \"%1\" already has a store named \"%2\" or with domain %3.")
                             .arg(*workspace, store.name, store.domain));
    CredentialStore credentials(*ws);
    try {
        Transaction tx(ws->db());
        store.id = stores.insert(store);
        store.credentialRef = credentials.newRef(store.id, store.authKind == QLatin1String("token")
                                                               ? QStringLiteral("token")
                                                               : QStringLiteral("client_secret"));
        stores.update(store);
        credentials.put(store.credentialRef, secret);
        tx.commit();
    } catch (const DatabaseError &e) {
        credentials.remove(store.credentialRef);
        return m_cx.fail(tr("Could not add the store: %1").arg(e.message()));
    } catch (const std::runtime_error &e) {
        return m_cx.fail(QString::fromStdString(e.what()));
    }
    secret.fill('\0');
    m_cx.out() << tr("Added store \"%1\" (%2) to workspace \"%3\".")
                      .arg(store.name, store.domain, *workspace)
               << Qt::endl;
    return Ok;
}

int StoreCommands::list(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const bool json = args.takeSwitch(QStringLiteral("json"));
    if (!workspace)
        return m_cx.usage(tr("usage: storelens-cli store list --workspace W [--json]"));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    const QList<Store> stores = StoreRepository(ws->db()).list();
    if (json) {
        QJsonArray array;
        for (const Store &s : stores) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("platform"), s.platform},
                                     {QStringLiteral("domain"), s.domain},
                                     {QStringLiteral("currency"), s.currency},
                                     {QStringLiteral("timezone"), s.timezone},
                                     {QStringLiteral("auth"), s.authKind},
                                     {QStringLiteral("api_base"), s.apiBase},
                                     {QStringLiteral("status"), s.status}});
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (stores.isEmpty()) {
        m_cx.out() << tr("Workspace \"%1\" has no stores yet.").arg(*workspace) << Qt::endl;
        return Ok;
    }
    for (const Store &s : stores) {
        m_cx.out() << s.name << '\t' << s.platform << '\t' << s.domain << '\t'
                   << (s.currency.isEmpty() ? QStringLiteral("-") : s.currency) << '\t' << s.status
                   << Qt::endl;
    }
    return Ok;
}

int StoreCommands::remove(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const QStringList pos = args.positional();
    if (!workspace || pos.size() != 2)
        return m_cx.usage(tr("usage: storelens-cli store remove --workspace W STORE"));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    StoreRepository stores(ws->db());
    bool ambiguous = false;
    const auto store = stores.find(pos[1], &ambiguous);
    if (!store)
        return m_cx.fail(
            ambiguous ? tr("Several stores are named \"%1\"; use the shop domain.").arg(pos[1])
                      : tr("Workspace \"%1\" has no store \"%2\".").arg(*workspace, pos[1]));
    try {
        stores.remove(store->id);
    } catch (const DatabaseError &e) {
        return m_cx.fail(tr("Could not remove the store: %1").arg(e.message()));
    }
    CredentialStore(*ws).remove(store->credentialRef);
    m_cx.out() << tr("Removed store \"%1\" and its data from workspace \"%2\".")
                      .arg(store->name, *workspace)
               << Qt::endl;
    return Ok;
}

} // namespace storelens::cli
