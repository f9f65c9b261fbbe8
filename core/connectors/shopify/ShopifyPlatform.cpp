#include "ShopifyPlatform.h"

#include "BulkOrderParser.h"
#include "ShopifyConnector.h"
#include "ShopifyWebhookMapper.h"
#include "platform/OwningConnector.h"
#include "platform/StoreAddress.h"
#include "platform/WebhookSignature.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens {

namespace {

// What a Shopify connector runs on: the client and its cost bucket.
struct ShopifyParts
{
    ShopifyParts(ShopifyConnection connection, QNetworkAccessManager &network,
                 const ConnectorSettings &settings)
        : limiter(*settings.clock)
        , client(std::move(connection), network, limiter, *settings.clock,
                 RetryPolicy(settings.retries))
        , connector(client)
    {
        connector.bulkThreshold = settings.bulkThreshold;
    }
    CostBucketLimiter limiter;
    ShopifyClient client;
    ShopifyConnector connector;
};

} // namespace

QString ShopifyPlatform::credentialsTitle() const
{
    return tr("Shop and credentials");
}

QString ShopifyPlatform::credentialsHint() const
{
    return tr("StoreLens reads the shop with the credentials of a custom app that has read "
              "access to orders, customers, products, inventory and locations.");
}

QString ShopifyPlatform::reconnectHint(const Store &store, bool missingPermissions) const
{
    const bool token = store.authKind != QLatin1String("client_credentials");
    const QString name = store.name.toHtmlEscaped();
    const QString domain = store.domain.toHtmlEscaped();
    if (missingPermissions)
        return token ? tr("The Shopify app of <b>%1</b> (%2) lacks access scopes. Grant them in "
                          "the app's configuration, then enter its access token here (a new one "
                          "if Shopify issued one); StoreLens tests it before it is used.")
                           .arg(name, domain)
                     : tr("The Shopify app of <b>%1</b> (%2) lacks access scopes. Grant them in "
                          "the app's configuration, then enter its client secret here (client ID "
                          "%3); StoreLens tests it before it is used.")
                           .arg(name, domain, store.clientId.toHtmlEscaped());
    return token ? tr("Shopify no longer accepts the access token of <b>%1</b> (%2). Create "
                      "a new Admin API access token in the store's custom app and enter it "
                      "here; StoreLens tests it before it replaces the old one.")
                       .arg(name, domain)
                 : tr("Shopify no longer accepts the client credentials of <b>%1</b> (%2). "
                      "Enter the app's current client secret (client ID %3); StoreLens tests "
                      "it before it replaces the old one.")
                       .arg(name, domain, store.clientId.toHtmlEscaped());
}

QList<CredentialField> ShopifyPlatform::addressFields() const
{
    CredentialField shop;
    shop.key = QStringLiteral("shop");
    shop.option = QStringLiteral("shop");
    shop.valueName = QStringLiteral("DOMAIN");
    shop.label = tr("Shop &domain:");
    shop.accessibleName = tr("Shop domain");
    shop.placeholder = tr("your-shop.myshopify.com");
    shop.missing = tr("Enter the shop's domain.");
    CredentialField base;
    base.key = QStringLiteral("api_base");
    base.option = QStringLiteral("api-base");
    base.valueName = QStringLiteral("URL");
    base.label = tr("API add&ress:");
    base.accessibleName = tr("API address");
    base.placeholder = tr("http://127.0.0.1:8080 (a local server or simulator)");
    base.optional = true;
    base.advanced = true;
    return {shop, base};
}

QList<CredentialScheme> ShopifyPlatform::schemes() const
{
    CredentialField token;
    token.key = QStringLiteral("token");
    token.option = QStringLiteral("token-env");
    token.valueName = QStringLiteral("VAR");
    token.label = tr("&Token:");
    token.accessibleName = tr("Access token");
    token.placeholder = tr("shpat_…");
    token.missing = tr("Enter the access token.");
    token.secret = true;
    CredentialField clientId;
    clientId.key = QStringLiteral("client_id");
    clientId.option = QStringLiteral("client-id");
    clientId.valueName = QStringLiteral("ID");
    clientId.label = tr("Client &ID:");
    clientId.accessibleName = tr("Client ID");
    clientId.missing = tr("Enter the client ID.");
    CredentialField clientSecret;
    clientSecret.key = QStringLiteral("client_secret");
    clientSecret.option = QStringLiteral("client-secret-env");
    clientSecret.valueName = QStringLiteral("VAR");
    clientSecret.label = tr("Client &secret:");
    clientSecret.accessibleName = tr("Client secret");
    clientSecret.missing = tr("Enter the client secret.");
    clientSecret.secret = true;
    return {{QStringLiteral("token"), tr("Admin API &access token (custom app)"), {token}},
            {QStringLiteral("client_credentials"),
             tr("&Client ID and secret (Dev Dashboard app)"),
             {clientId, clientSecret}}};
}

std::optional<Store> ShopifyPlatform::storeFor(const QMap<QString, QString> &values,
                                               const QString &authKind, QString *error) const
{
    const auto domain =
        StoreAddress::normalizeShopDomain(id(), values.value(QStringLiteral("shop")), error);
    if (!domain)
        return std::nullopt;
    Store store;
    store.platform = id();
    store.domain = *domain;
    store.name = *domain;
    const QString base = values.value(QStringLiteral("api_base")).trimmed();
    if (!base.isEmpty()) {
        const auto url = StoreAddress::validateApiBase(base, error);
        if (!url)
            return std::nullopt;
        store.apiBase = url->toString(QUrl::StripTrailingSlash);
    }
    store.authKind = authKind;
    if (authKind == QLatin1String("client_credentials"))
        store.clientId = values.value(QStringLiteral("client_id")).trimmed();
    return store;
}

QStringList ShopifyPlatform::resources() const
{
    return ShopifyConnector::allResources();
}

std::unique_ptr<PlatformConnector>
ShopifyPlatform::connector(const StoreConnection &c, QNetworkAccessManager &network,
                           const ConnectorSettings &settings) const
{
    const Store &store = c.store;
    ShopifyConnection connection;
    connection.baseUrl = store.apiBase.isEmpty() ? QUrl(QStringLiteral("https://") + store.domain)
                                                 : QUrl(store.apiBase);
    connection.domain = store.domain;
    connection.storeName = store.name;
    connection.authKind = store.authKind;
    connection.clientId = store.clientId;
    connection.accessToken = c.secret(QStringLiteral("token"));
    connection.clientSecret = c.secret(QStringLiteral("client_secret"));
    return std::make_unique<OwningConnector<ShopifyParts>>(std::move(connection), network,
                                                           settings);
}

SyncError ShopifyPlatform::importExport(QIODevice &file, const Store &store,
                                        const ConnectorContext::Sink &sink, qint64 *records) const
{
    // As a sync's bulk export: customer rollups left for the last batch.
    BulkOrderParser parser(store.currency);
    IngestBatch batch;
    batch.storeId = store.id;
    qint64 batchOrders = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (parser.parseLine(line, batch) && ++batchOrders >= ShopifyConnector::kBatchOrders) {
            batch.customerRollups = IngestBatch::CustomerRollups::Deferred;
            if (!sink(std::move(batch)))
                return {SyncError::Kind::Cancelled, tr("The import was stopped."), {}, {}};
            batch = IngestBatch();
            batch.storeId = store.id;
            batchOrders = 0;
        }
    }
    parser.finish(batch);
    batch.customerRollups = IngestBatch::CustomerRollups::Rebuild;
    if (records)
        *records = parser.orders();
    if (!sink(std::move(batch)))
        return {SyncError::Kind::Cancelled, tr("The import was stopped."), {}, {}};
    return {};
}

bool ShopifyPlatform::verifyWebhook(const WebhookDelivery &delivery, const QByteArray &secret) const
{
    return WebhookSignature::verify(delivery.body, delivery.headers.value("x-shopify-hmac-sha256"),
                                    secret);
}

bool ShopifyPlatform::mapWebhook(const WebhookDelivery &delivery, const Store &store,
                                 WebhookEvent *out, QString *reason) const
{
    WebhookEvent event;
    event.batch.storeId = store.id;
    QJsonParseError parse;
    const QJsonObject body = QJsonDocument::fromJson(delivery.body, &parse).object();
    if (parse.error != QJsonParseError::NoError || body.isEmpty()) {
        *reason = tr("The webhook body is not a JSON object: %1").arg(parse.errorString());
        return false;
    }
    const ShopifyWebhookMapper mapper(store.currency);
    const QByteArray topic = delivery.topic;
    if (topic == "orders/delete") {
        const qint64 id = body.value(QLatin1String("id")).toInteger();
        if (id <= 0) {
            *reason = tr("The orders/delete webhook has no order id.");
            return false;
        }
        event.batch.deletedOrders.push_back(PlatformId(id));
    } else if (topic.startsWith("orders/")) {
        Order order;
        if (!mapper.order(body, &order, reason))
            return false;
        event.batch.orders.push_back(std::move(order));
    } else if (topic == "refunds/create") {
        // A refund changes its order's figures: the order is read again whole.
        const qint64 orderId = body.value(QLatin1String("order_id")).toInteger();
        if (orderId <= 0) {
            *reason = tr("The refunds/create webhook has no order id.");
            return false;
        }
        event.fetchOrders.push_back(PlatformId(orderId));
    } else if (topic == "customers/create" || topic == "customers/update") {
        Customer customer;
        if (!mapper.customer(body, &customer, reason))
            return false;
        event.batch.customers.push_back(std::move(customer));
    } else if (topic == "products/create" || topic == "products/update") {
        Product product;
        std::vector<Variant> variants;
        if (!mapper.product(body, &product, &variants, reason))
            return false;
        event.batch.products.push_back(std::move(product));
        event.batch.variants = std::move(variants);
    } else if (topic == "checkouts/create" || topic == "checkouts/update") {
        Checkout checkout;
        if (!mapper.checkout(body, &checkout, reason))
            return false;
        event.batch.checkouts.push_back(std::move(checkout));
    } else {
        event.ignored = true; // deletions of customers and products are confirmed by a sync
    }
    *out = std::move(event);
    return true;
}

} // namespace storelens
