#include "ShopifyConnector.h"

#include "BulkOrderParser.h"
#include "GraphQlDocuments.h"
#include "RequestedQueryCost.h"
#include "common/IsoTime.h"
#include "platform/EncryptedSpoolFile.h"
#include "platform/HttpDownloader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>

namespace storelens {

namespace {
const QString kOrders = QStringLiteral("orders");
const QString kOrdersBulk = QStringLiteral("orders.bulk");

QJsonValue at(const QJsonValue &root, std::initializer_list<const char *> path)
{
    QJsonValue v = root;
    for (const char *key : path)
        v = v.toObject().value(QLatin1String(key));
    return v;
}

bool hasNextPage(const QJsonValue &connection)
{
    return at(connection, {"pageInfo", "hasNextPage"}).toBool();
}

// A safety net: MAX_COST_EXCEEDED answers to one request before giving up.
constexpr int kMaxRefusals = 8;

// What an order node of a page lacks beyond its nested page sizes: lines,
// agreements, or sales of a refund agreement. The other agreements (the order
// as placed, edits) carry no refund: their sales are not read.
struct Missing
{
    bool lines = false;
    bool agreements = false;
    bool refundSales = false;
    int agreementCount = 0;  // agreements the node holds
    int refundSaleCount = 0; // the most sales one of its refund agreements holds
    bool refunds() const { return agreements || refundSales; }
};

Missing missingFrom(const QJsonObject &order)
{
    Missing m;
    m.lines = hasNextPage(order.value(QLatin1String("lineItems")));
    const QJsonValue agreements = order.value(QLatin1String("agreements"));
    m.agreements = hasNextPage(agreements);
    for (const QJsonObject &ag : ShopifyMapper::nodes(agreements)) {
        ++m.agreementCount;
        if (!ShopifyMapper::isRefundAgreement(ag))
            continue;
        const QJsonValue sales = ag.value(QLatin1String("sales"));
        m.refundSales = m.refundSales || hasNextPage(sales);
        m.refundSaleCount = std::max(m.refundSaleCount, int(ShopifyMapper::nodes(sales).size()));
    }
    return m;
}
} // namespace

ShopifyConnector::ShopifyConnector(ShopifyClient &client)
    : m_client(client)
    , m_mapper(QStringLiteral("USD"))
{}

QStringList ShopifyConnector::requiredScopes()
{
    return {QStringLiteral("read_orders"),    QStringLiteral("read_all_orders"),
            QStringLiteral("read_customers"), QStringLiteral("read_products"),
            QStringLiteral("read_inventory"), QStringLiteral("read_locations")};
}

QStringList ShopifyConnector::allResources()
{
    // Catalogue before orders so order lines find their products; checkouts
    // last because recovery links to orders.
    return {QStringLiteral("locations"), QStringLiteral("products"),
            QStringLiteral("customers"), kOrders,
            QStringLiteral("inventory"), QStringLiteral("checkouts")};
}

SyncError ShopifyConnector::stopped() const
{
    return m_client.errorFor(SyncError::Kind::Cancelled, {});
}

RequestStats ShopifyConnector::stats() const
{
    const CostBucketLimiter::Stats bucket = m_client.limiter().stats();
    RequestStats out;
    out.requests = bucket.requests;
    out.throttled = bucket.throttled;
    out.overCostLimit = bucket.costExceeded;
    out.retries = m_client.retries();
    return out;
}

SyncError ShopifyConnector::fetchShop(ShopInfo *out)
{
    const GraphQlResponse r = m_client.query(GraphQlDocuments::document(QStringLiteral("Shop")));
    if (!r.ok())
        return r.error;
    const QJsonObject shop = r.data.value(QLatin1String("shop")).toObject();
    out->name = shop.value(QLatin1String("name")).toString();
    out->domain = shop.value(QLatin1String("myshopifyDomain")).toString();
    out->currency = shop.value(QLatin1String("currencyCode")).toString();
    out->timezone = shop.value(QLatin1String("ianaTimezone")).toString();
    out->plan = at(shop, {"plan", "publicDisplayName"}).toString();
    out->scopes.clear();
    for (const QJsonValue &s : at(r.data, {"currentAppInstallation", "accessScopes"}).toArray())
        out->scopes << s.toObject().value(QLatin1String("handle")).toString();
    m_mapper = ShopifyMapper(out->currency);
    QStringList missing;
    for (const QString &scope : requiredScopes()) {
        // Shopify reports write_x in place of read_x when both are granted.
        QString write = scope;
        write.replace(QLatin1String("read_"), QLatin1String("write_"));
        if (!out->scopes.contains(scope) && !out->scopes.contains(write))
            missing << scope;
    }
    if (!missing.isEmpty()) {
        SyncError e = m_client.errorFor(
            SyncError::Kind::MissingScopes,
            QStringLiteral("granted: %1").arg(out->scopes.join(QLatin1Char(','))));
        e.missingScopes = missing;
        e.message =
            tr("The Shopify app of store \"%1\" lacks the access scopes %2. Grant them in the "
               "app's configuration (Dev Dashboard), then reconnect.")
                .arg(out->name.isEmpty() ? out->domain : out->name,
                     missing.join(QStringLiteral(", ")));
        return e;
    }
    return {};
}

double ShopifyConnector::costLimit(const QString &operation) const
{
    double limit = RequestedQueryCost::kMaxQueryCost;
    const CostBucketLimiter::Status bucket = m_client.limiter().estimate();
    if (bucket.maximumAvailable > 0)
        limit = std::min(limit, bucket.maximumAvailable);
    return limit / m_costScale.value(operation, 1.0);
}

void ShopifyConnector::learnCost(const QString &operation, qint64 calculated,
                                 const GraphQlResponse &r)
{
    double scale = m_costScale.value(operation, 1.0);
    if (r.requestedCost > 0 && calculated > 0)
        scale = std::max(scale, r.requestedCost / double(calculated));
    if (r.costExceeded) {
        if (r.requestedCost <= 0)
            scale *= 2; // Shopify did not say how much: ask for half as much
        // Whatever it said, the next query asks for less than the refused one.
        if (calculated > 1)
            scale = std::max(scale, RequestedQueryCost::kMaxQueryCost / (double(calculated) - 0.5));
    }
    m_costScale.insert(operation, scale);
}

SyncError ShopifyConnector::pages(const QString &operation, QJsonObject variables,
                                  const QString &rootField, const PageHandler &onPage,
                                  const QStringList &grow)
{
    const QString document = GraphQlDocuments::document(operation);
    const auto cost = RequestedQueryCost::of(document);
    QJsonValue after = QJsonValue::Null;
    QJsonObject sizes = variables; // nested sizes as asked, before growing
    for (int refused = 0;;) {
        if (m_client.isCancelled())
            return stopped();
        // As many records as one query may cost, computed before sending.
        const double limit = costLimit(operation);
        variables = sizes;
        variables.insert(QStringLiteral("after"), after);
        const int first =
            std::max(1, cost->largestFitting(variables, QStringLiteral("first"), limit));
        variables.insert(QStringLiteral("first"), first);
        for (const QString &name : grow) {
            const int current = variables.value(name).toInt();
            const int raised = cost->largestFitting(variables, name, limit);
            variables.insert(name, std::max(current, raised));
        }
        const qint64 calculated = cost->cost(variables);
        const GraphQlResponse r = m_client.query(document, variables);
        learnCost(operation, calculated, r);
        // A safety net: Shopify counted more than we did. Ask for less.
        if (r.costExceeded && first > 1 && ++refused < kMaxRefusals)
            continue;
        if (!r.ok())
            return r.error;
        const QJsonObject connection = r.data.value(rootField).toObject();
        if (SyncError e = onPage(connection); e.isError())
            return e;
        if (!hasNextPage(connection))
            return {};
        after = at(connection, {"pageInfo", "endCursor"});
    }
}

SyncError ShopifyConnector::locationCount(int *out)
{
    if (m_locations < 0) {
        int count = 0;
        const SyncError e = pages(QStringLiteral("LocationsPage"), {}, QStringLiteral("locations"),
                                  [&](const QJsonObject &connection) -> SyncError {
                                      count += int(ShopifyMapper::nodes(connection).size());
                                      return {};
                                  });
        if (e.isError())
            return e;
        m_locations = count;
    }
    *out = m_locations;
    return {};
}

qint64 ShopifyConnector::sinceMs(const QString &resource, const Context &cx) const
{
    if (cx.full || !cx.checkpoint)
        return 0;
    bool ok = false;
    const qint64 ms = cx.checkpoint(resource).toLongLong(&ok);
    return ok ? ms : 0;
}

QString ShopifyConnector::sinceFilter(const QString &resource, const Context &cx) const
{
    const qint64 since = sinceMs(resource, cx);
    if (since <= 0)
        return {};
    return QStringLiteral("updated_at:>='%1'").arg(IsoTime::formatUtc(since - kOverlapMs));
}

SyncError ShopifyConnector::sync(const QString &resource, const Context &cx)
{
    if (resource == QLatin1String("locations"))
        return syncLocations(cx);
    if (resource == QLatin1String("products"))
        return syncProducts(cx);
    if (resource == QLatin1String("customers"))
        return syncCustomers(cx);
    if (resource == kOrders)
        return syncOrders(cx);
    if (resource == QLatin1String("inventory"))
        return syncInventory(cx);
    if (resource == QLatin1String("checkouts"))
        return syncCheckouts(cx);
    return m_client.errorFor(SyncError::Kind::ServerError,
                             QStringLiteral("unknown resource ") + resource);
}

SyncError ShopifyConnector::syncLocations(const Context &cx)
{
    IngestBatch batch;
    batch.storeId = cx.storeId;
    int count = 0;
    const SyncError e =
        pages(QStringLiteral("LocationsPage"), {}, QStringLiteral("locations"),
              [&](const QJsonObject &connection) -> SyncError {
                  for (const QJsonObject &n : ShopifyMapper::nodes(connection)) {
                      ++count;
                      Location l;
                      QString reason;
                      if (m_mapper.location(n, &l, &reason))
                          batch.locations.push_back(l);
                      else
                          batch.rejected.push_back({QStringLiteral("locations"), {}, reason, {}});
                  }
                  return {};
              });
    if (e.isError())
        return e;
    m_locations = count;
    const qint64 stored = qint64(batch.locations.size());
    batch.checkpoints.push_back({QStringLiteral("locations"), QString::number(cx.nowMs)});
    if (!cx.sink(std::move(batch)))
        return stopped();
    cx.progress(QStringLiteral("locations"), stored, stored);
    return {};
}

SyncError ShopifyConnector::syncProducts(const Context &cx)
{
    const QString resource = QStringLiteral("products");
    QJsonObject vars{{QStringLiteral("variants"), kPageVariants}};
    const QString filter = sinceFilter(resource, cx);
    if (!filter.isEmpty())
        vars.insert(QStringLiteral("query"), filter);
    qint64 done = 0;
    qint64 maxUpdated = sinceMs(resource, cx);
    return pages(
        QStringLiteral("ProductsPage"), vars, resource,
        [&](const QJsonObject &connection) -> SyncError {
            IngestBatch batch;
            batch.storeId = cx.storeId;
            for (const QJsonObject &n : ShopifyMapper::nodes(connection)) {
                Product p;
                QString reason;
                if (!m_mapper.product(n, &p, &reason)) {
                    batch.rejected.push_back({resource, {}, reason, {}});
                    continue;
                }
                batch.products.push_back(p);
                maxUpdated = std::max(maxUpdated, p.updatedAtMs);
                QList<QJsonObject> variants =
                    ShopifyMapper::nodes(n.value(QLatin1String("variants")));
                if (hasNextPage(n.value(QLatin1String("variants")))) {
                    // A product with more variants than fit: page through them alone.
                    variants.clear();
                    const SyncError e = pages(
                        QStringLiteral("VariantsPage"),
                        {{QStringLiteral("query"),
                          QStringLiteral("product_id:%1").arg(p.id.toString())}},
                        QStringLiteral("productVariants"), [&](const QJsonObject &vc) -> SyncError {
                            variants += ShopifyMapper::nodes(vc);
                            return {};
                        });
                    if (e.isError())
                        return e;
                }
                for (const QJsonObject &vn : variants) {
                    Variant v;
                    if (m_mapper.variant(vn, &v, &reason)) {
                        if (v.productId.isNull())
                            v.productId = p.id;
                        batch.variants.push_back(v);
                    } else {
                        batch.rejected.push_back({QStringLiteral("variants"), {}, reason, {}});
                    }
                }
            }
            done += qint64(batch.products.size());
            batch.checkpoints.push_back({resource, QString::number(maxUpdated)});
            if (!cx.sink(std::move(batch)))
                return stopped();
            cx.progress(resource, done, -1);
            return {};
        });
}

SyncError ShopifyConnector::syncCustomers(const Context &cx)
{
    const QString resource = QStringLiteral("customers");
    QJsonObject vars;
    const QString filter = sinceFilter(resource, cx);
    if (!filter.isEmpty())
        vars.insert(QStringLiteral("query"), filter);
    qint64 done = 0;
    qint64 maxUpdated = sinceMs(resource, cx);
    return pages(QStringLiteral("CustomersPage"), vars, resource,
                 [&](const QJsonObject &connection) -> SyncError {
                     IngestBatch batch;
                     batch.storeId = cx.storeId;
                     for (const QJsonObject &n : ShopifyMapper::nodes(connection)) {
                         Customer c;
                         QString reason;
                         if (m_mapper.customer(n, &c, &reason)) {
                             batch.customers.push_back(c);
                             maxUpdated = std::max(maxUpdated, c.updatedAtMs);
                         } else {
                             batch.rejected.push_back({resource, {}, reason, {}});
                         }
                     }
                     done += qint64(batch.customers.size());
                     batch.checkpoints.push_back({resource, QString::number(maxUpdated)});
                     if (!cx.sink(std::move(batch)))
                         return stopped();
                     cx.progress(resource, done, -1);
                     return {};
                 });
}

SyncError ShopifyConnector::syncOrders(const Context &cx)
{
    m_touchedCustomers.clear();
    SyncError e = syncOrdersOnce(cx);
    if (!e.isError())
        e = refreshCustomers(cx);
    return e;
}

SyncError ShopifyConnector::refreshCustomers(const Context &cx)
{
    const QList<qint64> ids(m_touchedCustomers.begin(), m_touchedCustomers.end());
    m_touchedCustomers.clear();
    constexpr int kIdsPerQuery = 50;
    for (qsizetype i = 0; i < ids.size(); i += kIdsPerQuery) {
        QStringList terms;
        for (qsizetype j = i; j < std::min(ids.size(), i + kIdsPerQuery); ++j)
            terms << QStringLiteral("id:%1").arg(ids[j]);
        IngestBatch batch;
        batch.storeId = cx.storeId;
        const SyncError e =
            pages(QStringLiteral("CustomersPage"),
                  {{QStringLiteral("query"), terms.join(QStringLiteral(" OR "))}},
                  QStringLiteral("customers"), [&](const QJsonObject &connection) -> SyncError {
                      for (const QJsonObject &n : ShopifyMapper::nodes(connection)) {
                          Customer c;
                          QString reason;
                          if (m_mapper.customer(n, &c, &reason))
                              batch.customers.push_back(c);
                      }
                      return {};
                  });
        if (e.isError())
            return e;
        if (!cx.sink(std::move(batch)))
            return stopped();
    }
    return {};
}

SyncError ShopifyConnector::syncOrdersOnce(const Context &cx)
{
    // A bulk export that was running when the last sync stopped comes first.
    const QString bulkState = cx.checkpoint ? cx.checkpoint(kOrdersBulk) : QString();
    if (!bulkState.isEmpty() && bulkState != QLatin1String("done"))
        return syncOrdersBulk(cx, bulkState);

    const QString filter = sinceFilter(kOrders, cx);
    const GraphQlResponse count =
        m_client.query(GraphQlDocuments::document(QStringLiteral("OrdersCount")),
                       {{QStringLiteral("query"),
                         filter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(filter)}});
    if (!count.ok())
        return count.error;
    const qint64 expected = at(count.data, {"ordersCount", "count"}).toInteger();
    if (expected >= bulkThreshold) {
        cx.log(tr("%n order(s) to fetch: using a bulk export.", nullptr,
                  int(std::min<qint64>(expected, INT_MAX))));
        const QJsonObject state{{QStringLiteral("since"), QString::number(sinceMs(kOrders, cx))}};
        return syncOrdersBulk(
            cx, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    }
    cx.log(tr("%n order(s) to fetch: using paginated queries.", nullptr, int(expected)));
    cx.progress(kOrders, 0, expected);
    return syncOrdersPaged(cx, filter);
}

SyncError ShopifyConnector::completeOrder(const QJsonObject &node, Order *order, QString *reason)
{
    const Missing missing = missingFrom(node);
    if (!missing.lines && !missing.refunds()) {
        if (!m_mapper.order(node, order, reason))
            order->id = PlatformId();
        return {};
    }
    // More lines or refunds than a list page holds: fetch this order alone,
    // with room for all its agreements and refund sales, and as many lines as
    // the cost limit leaves (the rest come in pages).
    const QString operation = QStringLiteral("OrderDetails");
    const QString document = GraphQlDocuments::document(operation);
    const auto cost = RequestedQueryCost::of(document);
    QJsonObject vars{{QStringLiteral("id"), node.value(QLatin1String("id"))},
                     {QStringLiteral("lineItemsAfter"), QJsonValue::Null},
                     {QStringLiteral("lineItems"), 1},
                     {QStringLiteral("agreements"), std::max(1, missing.agreementCount)},
                     {QStringLiteral("sales"), std::max(1, missing.refundSaleCount)}};
    // Raises a nested size (twice as many, or as many as fit with one line);
    // false when no more fit.
    auto grow = [&](const QString &name) {
        QJsonObject probe = vars;
        probe.insert(QStringLiteral("lineItems"), 1);
        const int current = vars.value(name).toInt();
        const int wanted = std::min(RequestedQueryCost::kMaxPageSize, current * 2);
        const int fits = cost->largestFitting(probe, name, costLimit(operation), wanted);
        if (fits <= current)
            return false;
        vars.insert(name, fits);
        return true;
    };
    auto tooManyRefunds = [&] {
        *reason = tr("order %1 has more refunds than one Shopify query may return")
                      .arg(node.value(QLatin1String("name")).toString());
        order->id = PlatformId();
        return SyncError();
    };
    if ((missing.agreements && !grow(QStringLiteral("agreements"))) ||
        (missing.refundSales && !grow(QStringLiteral("sales"))))
        return tooManyRefunds();
    QJsonObject full;
    for (int refused = 0;;) {
        const double limit = costLimit(operation);
        vars.insert(QStringLiteral("lineItems"), 1);
        if (double(cost->cost(vars)) > limit)
            return tooManyRefunds();
        vars.insert(QStringLiteral("lineItems"),
                    cost->largestFitting(vars, QStringLiteral("lineItems"), limit));
        const qint64 calculated = cost->cost(vars);
        const GraphQlResponse r = m_client.query(document, vars);
        learnCost(operation, calculated, r);
        if (r.costExceeded && ++refused < kMaxRefusals)
            continue; // a safety net: Shopify counted more than we did
        if (!r.ok())
            return r.error;
        full = r.data.value(QLatin1String("order")).toObject();
        const Missing still = missingFrom(full);
        if (!still.refunds())
            break;
        // More agreements or refund sales than the list page showed.
        if ((still.agreements && !grow(QStringLiteral("agreements"))) ||
            (still.refundSales && !grow(QStringLiteral("sales"))))
            return tooManyRefunds();
    }
    if (!m_mapper.order(full, order, reason)) {
        order->id = PlatformId();
        return {};
    }
    // Very long orders: page through the rest of their lines, without
    // reading the refunds again.
    vars.insert(QStringLiteral("agreements"), 1);
    vars.insert(QStringLiteral("sales"), 1);
    QJsonValue lineConnection = full.value(QLatin1String("lineItems"));
    int refused = 0;
    while (hasNextPage(lineConnection)) {
        vars.insert(QStringLiteral("lineItemsAfter"),
                    at(lineConnection, {"pageInfo", "endCursor"}));
        vars.insert(QStringLiteral("lineItems"),
                    std::max(1, cost->largestFitting(vars, QStringLiteral("lineItems"),
                                                     costLimit(operation))));
        const qint64 calculated = cost->cost(vars);
        const GraphQlResponse r = m_client.query(document, vars);
        learnCost(operation, calculated, r);
        if (r.costExceeded && ++refused < kMaxRefusals)
            continue;
        if (!r.ok())
            return r.error;
        lineConnection = at(r.data, {"order", "lineItems"});
        for (const QJsonObject &ln : ShopifyMapper::nodes(lineConnection)) {
            LineItem line;
            if (!m_mapper.lineItem(ln, &line, reason)) {
                order->id = PlatformId();
                return {};
            }
            order->lines.push_back(line);
        }
    }
    // All lines are in now: their discounts must add up to the order's.
    if (!m_mapper.discountsAddUp(*order, full, reason))
        order->id = PlatformId();
    return {};
}

SyncError ShopifyConnector::syncOrdersPaged(const Context &cx, const QString &filter)
{
    QJsonObject vars{{QStringLiteral("lineItems"), kPageLineItems},
                     {QStringLiteral("agreements"), kPageAgreements},
                     {QStringLiteral("sales"), kPageSales},
                     {QStringLiteral("lineItemsAfter"), QJsonValue::Null}};
    if (!filter.isEmpty())
        vars.insert(QStringLiteral("query"), filter);
    qint64 done = 0;
    qint64 maxUpdated = sinceMs(kOrders, cx);
    const bool incremental = maxUpdated > 0;
    return pages(QStringLiteral("OrdersPage"), vars, kOrders,
                 [&](const QJsonObject &connection) -> SyncError {
                     IngestBatch batch;
                     batch.storeId = cx.storeId;
                     for (const QJsonObject &n : ShopifyMapper::nodes(connection)) {
                         Order o;
                         QString reason;
                         if (SyncError e = completeOrder(n, &o, &reason); e.isError())
                             return e;
                         if (o.id.isNull()) {
                             batch.rejected.push_back(
                                 {kOrders, n.value(QLatin1String("id")).toString(), reason,
                                  QString::fromUtf8(
                                      QJsonDocument(n).toJson(QJsonDocument::Compact).left(4000))});
                             // Kept aside means out of the figures: an earlier
                             // version of the order leaves them too.
                             const PlatformId id =
                                 PlatformId::fromGid(n.value(QLatin1String("id")).toString());
                             if (!id.isNull())
                                 batch.deletedOrders.push_back(id);
                             continue;
                         }
                         maxUpdated = std::max(maxUpdated, o.updatedAtMs);
                         if (incremental && o.customerId.isNumber())
                             m_touchedCustomers.insert(o.customerId.number());
                         batch.orders.push_back(std::move(o));
                     }
                     done += qint64(batch.orders.size());
                     batch.checkpoints.push_back({kOrders, QString::number(maxUpdated)});
                     if (!cx.sink(std::move(batch)))
                         return stopped();
                     cx.progress(kOrders, done, -1);
                     return {};
                 },
                 {QStringLiteral("lineItems")});
}

SyncError ShopifyConnector::syncOrdersBulk(const Context &cx, const QString &stateJson)
{
    QJsonObject state = QJsonDocument::fromJson(stateJson.toUtf8()).object();
    auto saveState = [&](const QJsonObject &s) {
        IngestBatch batch;
        batch.storeId = cx.storeId;
        batch.checkpoints.push_back(
            {kOrdersBulk, QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact))});
        return cx.sink(std::move(batch));
    };
    // No upper bound: the export is sorted by update, so an order changed
    // while it runs lands at its end or in the next sync, which starts from
    // the latest change this export contained (minus the overlap).
    const qint64 since = state.value(QLatin1String("since")).toString().toLongLong();

    for (int attempt = 0; attempt < 3; ++attempt) {
        // 1. Start the export, unless one of ours is already known.
        QString operationId = state.value(QLatin1String("operation")).toString();
        if (operationId.isEmpty()) {
            const QString filter = since > 0 ? QStringLiteral("updated_at:>='%1'")
                                                   .arg(IsoTime::formatUtc(since - kOverlapMs))
                                             : QString();
            const QString query = GraphQlDocuments::bulkOrdersQuery(filter);
            for (int wait = 0;; ++wait) {
                const GraphQlResponse r =
                    m_client.query(GraphQlDocuments::document(QStringLiteral("BulkRunQuery")),
                                   {{QStringLiteral("query"), query}});
                if (!r.ok())
                    return r.error;
                const QJsonObject payload =
                    r.data.value(QLatin1String("bulkOperationRunQuery")).toObject();
                const QJsonArray userErrors = payload.value(QLatin1String("userErrors")).toArray();
                if (userErrors.isEmpty()) {
                    operationId = at(payload, {"bulkOperation", "id"}).toString();
                    break;
                }
                const QJsonObject first = userErrors.first().toObject();
                const QString code = first.value(QLatin1String("code")).toString();
                if ((code == QLatin1String("OPERATION_IN_PROGRESS") ||
                     code == QLatin1String("LIMIT_REACHED")) &&
                    wait < 60) {
                    // Other exports (ours or other apps') are running: wait for a slot.
                    cx.log(tr("Shopify is busy with other exports for this store; waiting."));
                    QThread::msleep(2000);
                    if (m_client.isCancelled())
                        return stopped();
                    continue;
                }
                return m_client.errorFor(SyncError::Kind::BulkFailed,
                                         first.value(QLatin1String("message")).toString());
            }
            state.insert(QStringLiteral("operation"), operationId);
            state.insert(QStringLiteral("key"),
                         QString::fromLatin1(EncryptedSpoolFile::newKey().toBase64()));
            state.insert(QStringLiteral("nonce"),
                         QString::fromLatin1(EncryptedSpoolFile::newNonce().toBase64()));
            state.insert(QStringLiteral("offset"), QStringLiteral("0"));
            if (!saveState(state))
                return stopped();
            cx.log(tr("Started Shopify bulk export %1.").arg(operationId));
        }

        // 2. Wait for it to finish.
        QString url;
        QString status;
        qint64 pollMs = 250;
        for (;;) {
            const GraphQlResponse r =
                m_client.query(GraphQlDocuments::document(QStringLiteral("BulkOperationStatus")),
                               {{QStringLiteral("id"), operationId}});
            if (!r.ok())
                return r.error;
            const QJsonObject op = r.data.value(QLatin1String("bulkOperation")).toObject();
            status = op.value(QLatin1String("status")).toString();
            cx.progress(kOrders,
                        op.value(QLatin1String("rootObjectCount")).toVariant().toLongLong(), -1);
            if (status == QLatin1String("COMPLETED")) {
                url = op.value(QLatin1String("url")).toString();
                break;
            }
            if (op.isEmpty() || status == QLatin1String("FAILED") ||
                status == QLatin1String("CANCELED") || status == QLatin1String("EXPIRED")) {
                cx.log(tr("Shopify bulk export %1 ended as %2 (%3); starting a new one.")
                           .arg(operationId, status.isEmpty() ? QStringLiteral("unknown") : status,
                                op.value(QLatin1String("errorCode")).toString()));
                break;
            }
            QThread::msleep(quint64(pollMs));
            pollMs = std::min<qint64>(pollMs * 2, 5000);
            if (m_client.isCancelled())
                return stopped();
        }

        const QByteArray key =
            QByteArray::fromBase64(state.value(QLatin1String("key")).toString().toLatin1());
        const QByteArray nonce =
            QByteArray::fromBase64(state.value(QLatin1String("nonce")).toString().toLatin1());
        const QString spoolPath =
            QDir(cx.spoolDir)
                .filePath(QStringLiteral("store-%1-%2.spool")
                              .arg(cx.storeId)
                              .arg(PlatformId::fromGid(operationId).toString()));
        if (status != QLatin1String("COMPLETED") || url.isEmpty()) {
            QFile::remove(spoolPath);
            state.remove(QStringLiteral("operation"));
            continue; // a new export
        }

        // 3. Download into an encrypted spool on a second thread while this one
        //    parses what has arrived and hands batches to the writer.
        QDir().mkpath(cx.spoolDir);
        std::atomic<qint64> available{0};
        std::atomic<bool> finished{false};
        std::atomic<int> outcome{int(HttpDownloader::Result::Complete)};
        std::atomic<HttpDownloader *> downloaderPtr{nullptr};
        {
            EncryptedSpoolFile probe(spoolPath, key, nonce);
            if (probe.open(QIODevice::ReadOnly))
                available = probe.size();
        }
        std::thread downloader([&] {
            QNetworkAccessManager network;
            HttpDownloader http(network);
            downloaderPtr = &http;
            EncryptedSpoolFile spool(spoolPath, key, nonce);
            if (!spool.open(QIODevice::ReadWrite)) {
                outcome = int(HttpDownloader::Result::WriteFailed);
            } else {
                HttpDownloader::Target target;
                target.size = [&] {
                    return spool.size();
                };
                target.append = [&](const QByteArray &chunk) {
                    if (!spool.append(chunk) || !spool.flush())
                        return false;
                    available = spool.size();
                    return true;
                };
                target.reset = [&] {
                    available = 0;
                    return spool.truncate(0);
                };
                outcome = int(http.download(QUrl(url), target));
            }
            downloaderPtr = nullptr;
            finished = true;
        });
        struct Joiner
        {
            std::thread &t;
            std::atomic<HttpDownloader *> &d;
            ~Joiner()
            {
                if (HttpDownloader *h = d.load())
                    h->cancel();
                t.join();
            }
        } joiner{downloader, downloaderPtr};

        EncryptedSpoolFile reader(spoolPath, key, nonce);
        qint64 offset = state.value(QLatin1String("offset")).toString().toLongLong();
        BulkOrderParser parser(m_mapper.currency());
        // Resuming mid-file: relearn what the lines already ingested taught.
        if (offset > 0) {
            while (!reader.open(QIODevice::ReadOnly))
                QThread::msleep(50);
            qint64 scanned = 0;
            QByteArray carry;
            while (scanned < offset) {
                QByteArray chunk =
                    reader.read(scanned, std::min<qint64>(offset - scanned, 1 << 20));
                if (chunk.isEmpty())
                    break;
                scanned += chunk.size();
                carry += chunk;
                qsizetype start = 0, nl;
                while ((nl = carry.indexOf('\n', start)) >= 0) {
                    parser.rememberIngested(carry.mid(start, nl - start));
                    start = nl + 1;
                }
                carry.remove(0, start);
            }
            reader.close();
        }
        if (!reader.open(QIODevice::ReadOnly)) {
            // Created by the downloader thread; wait for it to appear.
            while (!reader.open(QIODevice::ReadOnly) && !finished)
                QThread::msleep(20);
        }
        IngestBatch batch;
        batch.storeId = cx.storeId;
        qint64 batchOrders = 0;
        QByteArray pending;
        qint64 pendingStart = offset;
        auto flushBatch = [&](qint64 endOffset, bool last) {
            QJsonObject s = state;
            s.insert(QStringLiteral("offset"), QString::number(endOffset));
            batch.checkpoints.push_back(
                {kOrdersBulk,
                 last ? QStringLiteral("done")
                      : QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact))});
            if (last)
                batch.checkpoints.push_back(
                    {kOrders, QString::number(std::max(since, parser.maxUpdatedAtMs()))});
            batch.customerRollups = last ? IngestBatch::CustomerRollups::Rebuild
                                         : IngestBatch::CustomerRollups::Deferred;
            const bool ok = cx.sink(std::move(batch));
            batch = IngestBatch();
            batch.storeId = cx.storeId;
            batchOrders = 0;
            return ok;
        };
        for (;;) {
            const qint64 have = available.load();
            const qint64 readFrom = pendingStart + pending.size();
            if (readFrom < have) {
                // 1 MiB at a time: the buffer, the spool read and its
                // decryption stay small next to the writer's page cache.
                pending += reader.read(readFrom, std::min<qint64>(have - readFrom, 1 << 20));
                qsizetype start = 0, nl;
                while ((nl = pending.indexOf('\n', start)) >= 0) {
                    if (parser.parseLine(pending.constData() + start, nl - start, batch))
                        ++batchOrders;
                    start = nl + 1;
                    if (batchOrders >= kBatchOrders) {
                        // Cut only at a line boundary, before the next order.
                        if (!flushBatch(pendingStart + start, false))
                            return stopped();
                        cx.progress(kOrders, parser.orders(), -1);
                    }
                }
                pending.remove(0, start);
                pendingStart += start;
                continue;
            }
            if (finished) {
                if (available.load() > pendingStart + pending.size())
                    continue; // the last bytes arrived with the finish
                break;
            }
            if (m_client.isCancelled())
                return stopped();
            QThread::msleep(20);
        }
        const auto result = HttpDownloader::Result(outcome.load());
        if (result == HttpDownloader::Result::Cancelled)
            return stopped();
        if (result == HttpDownloader::Result::WriteFailed) {
            SyncError e;
            e.kind = SyncError::Kind::Storage;
            e.message =
                tr("The disk is full: could not save Shopify's export. Free some space and sync "
                   "again; the download resumes.");
            return e;
        }
        if (result == HttpDownloader::Result::Gone) {
            cx.log(tr("The export's download link expired; starting a new export."));
            reader.close();
            QFile::remove(spoolPath);
            state.remove(QStringLiteral("operation"));
            continue;
        }
        if (result == HttpDownloader::Result::Failed)
            return m_client.errorFor(SyncError::Kind::Network,
                                     QStringLiteral("bulk download failed"));
        if (!pending.trimmed().isEmpty() && parser.parseLine(pending, batch))
            ++batchOrders;
        parser.finish(batch);
        if (!flushBatch(pendingStart + pending.size(), true))
            return stopped();
        cx.progress(kOrders, parser.orders(), parser.orders());
        if (since > 0)
            m_touchedCustomers.unite(parser.customers());
        reader.close();
        QFile::remove(spoolPath);
        return {};
    }
    return m_client.errorFor(SyncError::Kind::BulkFailed,
                             QStringLiteral("three bulk exports failed"));
}

SyncError ShopifyConnector::syncInventory(const Context &cx)
{
    // Quantities change without touching the inventory item's updated_at, so
    // levels are read in full each sync: a snapshot, not a history.
    const QString resource = QStringLiteral("inventory");
    qint64 done = 0;
    // One level per location at most (inactive ones included): ask for no
    // more, so that a page holds as many items as the cost limit allows.
    int locations = 0;
    if (SyncError e = locationCount(&locations); e.isError())
        return e;
    const int levels = std::clamp(locations, 1, RequestedQueryCost::kMaxPageSize);
    const SyncError e =
        pages(QStringLiteral("InventoryPage"), {{QStringLiteral("levels"), levels}},
              QStringLiteral("inventoryItems"), [&](const QJsonObject &connection) -> SyncError {
                  IngestBatch batch;
                  batch.storeId = cx.storeId;
                  for (const QJsonObject &n : ShopifyMapper::nodes(connection)) {
                      QString reason;
                      if (!m_mapper.inventoryLevels(n, &batch.inventoryLevels, &reason))
                          batch.rejected.push_back({resource, {}, reason, {}});
                  }
                  done += qint64(batch.inventoryLevels.size());
                  if (!cx.sink(std::move(batch)))
                      return stopped();
                  cx.progress(resource, done, -1);
                  return {};
              });
    if (e.isError())
        return e;
    IngestBatch last;
    last.storeId = cx.storeId;
    last.checkpoints.push_back({resource, QString::number(cx.nowMs)});
    return cx.sink(std::move(last)) ? SyncError() : stopped();
}

SyncError ShopifyConnector::syncCheckouts(const Context &cx)
{
    // Sorted by id, not by update: the checkpoint moves only once every page
    // has been read, and a stopped sync reads the window again (idempotent).
    const QString resource = QStringLiteral("checkouts");
    QJsonObject vars;
    const QString filter = sinceFilter(resource, cx);
    if (!filter.isEmpty())
        vars.insert(QStringLiteral("query"), filter);
    qint64 done = 0;
    qint64 maxUpdated = sinceMs(resource, cx);
    const SyncError e =
        pages(QStringLiteral("CheckoutsPage"), vars, QStringLiteral("abandonedCheckouts"),
              [&](const QJsonObject &connection) -> SyncError {
                  IngestBatch batch;
                  batch.storeId = cx.storeId;
                  for (const QJsonObject &n : ShopifyMapper::nodes(connection)) {
                      Checkout c;
                      QString reason;
                      if (m_mapper.checkout(n, &c, &reason)) {
                          maxUpdated = std::max(maxUpdated, c.updatedAtMs);
                          batch.checkouts.push_back(c);
                      } else {
                          batch.rejected.push_back({resource, {}, reason, {}});
                      }
                  }
                  done += qint64(batch.checkouts.size());
                  if (!cx.sink(std::move(batch)))
                      return stopped();
                  cx.progress(resource, done, -1);
                  return {};
              });
    if (e.isError())
        return e;
    IngestBatch last;
    last.storeId = cx.storeId;
    last.checkpoints.push_back({resource, QString::number(maxUpdated)});
    return cx.sink(std::move(last)) ? SyncError() : stopped();
}

} // namespace storelens
