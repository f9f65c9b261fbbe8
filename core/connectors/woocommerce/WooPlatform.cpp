#include "WooPlatform.h"

#include "WooConnector.h"
#include "WooWebhookMapper.h"
#include "platform/OwningConnector.h"
#include "platform/StoreAddress.h"

namespace storelens {

namespace {

// What a WooCommerce connector runs on: its client; the host's concurrency
// limiter is shared by every store of that host (WooClient::forHost).
struct WooParts
{
    WooParts(WooConnection connection, QNetworkAccessManager &network,
             const ConnectorSettings &settings)
        : client(std::move(connection), network, {}, RetryPolicy(settings.retries), *settings.clock)
        , connector(client)
    {}
    WooClient client;
    WooConnector connector;
};

} // namespace

QString WooPlatform::credentialsTitle() const
{
    return tr("Site and REST API key");
}

QString WooPlatform::credentialsHint() const
{
    return tr("Create a key under WooCommerce → Settings → Advanced → REST API with Read "
              "permission, and enter it with the shop's address.");
}

QString WooPlatform::reconnectHint(const Store &store, bool missingPermissions) const
{
    const QString name = store.name.toHtmlEscaped();
    const QString site = store.domain.toHtmlEscaped();
    if (missingPermissions)
        return tr("The REST API key of <b>%1</b> (%2) may not read the shop. Give it Read "
                  "permission under WooCommerce → Settings → Advanced → REST API (or create a "
                  "new key), then enter it here; StoreLens tests it before it is used.")
            .arg(name, site);
    return tr("WooCommerce no longer accepts the REST API key of <b>%1</b> (%2). Create a new "
              "key with Read permission under WooCommerce → Settings → Advanced → REST API and "
              "enter it here; StoreLens tests it before it replaces the old one.")
        .arg(name, site);
}

QList<CredentialField> WooPlatform::addressFields() const
{
    CredentialField url;
    url.key = QStringLiteral("url");
    url.option = QStringLiteral("url");
    url.valueName = QStringLiteral("URL");
    url.label = tr("Site &address:");
    url.accessibleName = tr("Site address");
    url.placeholder = tr("https://shop.example.com");
    url.missing = tr("Enter the shop's address.");
    return {url};
}

QList<CredentialScheme> WooPlatform::schemes() const
{
    CredentialField key;
    key.key = QStringLiteral("consumer_key");
    key.option = QStringLiteral("consumer-key-env");
    key.valueName = QStringLiteral("VAR");
    key.label = tr("Consumer &key:");
    key.accessibleName = tr("Consumer key");
    key.placeholder = tr("ck_…");
    key.missing = tr("Enter the consumer key.");
    key.secret = true;
    CredentialField secret;
    secret.key = QStringLiteral("consumer_secret");
    secret.option = QStringLiteral("consumer-secret-env");
    secret.valueName = QStringLiteral("VAR");
    secret.label = tr("Consumer &secret:");
    secret.accessibleName = tr("Consumer secret");
    secret.placeholder = tr("cs_…");
    secret.missing = tr("Enter the consumer secret.");
    secret.secret = true;
    return {{QStringLiteral("consumer_key"), tr("REST API &key (Read access)"), {key, secret}}};
}

std::optional<Store> WooPlatform::storeFor(const QMap<QString, QString> &values,
                                           const QString &authKind, QString *error) const
{
    const auto url = StoreAddress::normalizeSiteUrl(values.value(QStringLiteral("url")), error);
    if (!url)
        return std::nullopt;
    Store store;
    store.platform = id();
    store.domain = url->host() +
                   (url->port() > 0 ? QLatin1Char(':') + QString::number(url->port()) : QString()) +
                   url->path();
    store.name = store.domain;
    if (url->scheme() == QLatin1String("http"))
        store.apiBase = url->toString();
    store.authKind = authKind;
    return store;
}

QUrl WooPlatform::siteUrl(const Store &store)
{
    return store.apiBase.isEmpty() ? QUrl(QStringLiteral("https://") + store.domain)
                                   : QUrl(store.apiBase);
}

QStringList WooPlatform::resources() const
{
    return WooConnector::allResources();
}

std::unique_ptr<PlatformConnector> WooPlatform::connector(const StoreConnection &c,
                                                          QNetworkAccessManager &network,
                                                          const ConnectorSettings &settings) const
{
    WooConnection connection;
    connection.siteUrl = siteUrl(c.store);
    connection.storeName = c.store.name;
    connection.consumerKey = c.secret(QStringLiteral("consumer_key"));
    connection.consumerSecret = c.secret(QStringLiteral("consumer_secret"));
    return std::make_unique<OwningConnector<WooParts>>(std::move(connection), network, settings);
}

bool WooPlatform::verifyWebhook(const WebhookDelivery &delivery, const QByteArray &secret) const
{
    return WooWebhookMapper::verifySignature(
        delivery.body, delivery.headers.value("x-wc-webhook-signature"), secret);
}

bool WooPlatform::mapWebhook(const WebhookDelivery &delivery, const Store &store, WebhookEvent *out,
                             QString *reason) const
{
    const QByteArray topic =
        delivery.topic.isEmpty() ? delivery.headers.value("x-wc-webhook-topic") : delivery.topic;
    if (!WooWebhookMapper(store.currency).map(topic, delivery.body, out, reason))
        return false;
    out->batch.storeId = store.id;
    return true;
}

} // namespace storelens
