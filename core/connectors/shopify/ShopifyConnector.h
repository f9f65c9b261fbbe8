#pragma once

#include "ShopifyClient.h"
#include "ShopifyMapper.h"
#include "ingest/IngestBatch.h"
#include "platform/ConnectorContext.h"
#include "platform/PlatformConnector.h"
#include "platform/ShopInfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace storelens {

// Pulls one Shopify store into normalized batches, resource by resource, each
// batch carrying the checkpoint it advances so the ingestor commits both
// together. Orders come through a bulk operation when there are many (the
// initial sync of a large store) and through pages otherwise; the choice is
// automatic and logged.
class ShopifyConnector final : public PlatformConnector
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyConnector)
public:
    using Context = ConnectorContext;
    using Sink = ConnectorContext::Sink;
    using Progress = ConnectorContext::Progress;
    using Log = ConnectorContext::Log;

    explicit ShopifyConnector(ShopifyClient &client);

    static QStringList requiredScopes();
    static QStringList allResources();
    // Reads the shop and checks the granted scopes.
    SyncError fetchShop(ShopInfo *out) override;
    QStringList resources() const override { return allResources(); }
    void setShopCurrency(const QString &currency) { m_mapper = ShopifyMapper(currency); }

    SyncError sync(const QString &resource, const Context &context) override;
    void cancel() override { m_client.cancel(); }
    RequestStats stats() const override;

    // Orders changed since a checkpoint at or above which a bulk export is used.
    qint64 bulkThreshold = 2500;
    // Re-read this much before a checkpoint: Shopify's search index lags writes.
    static constexpr qint64 kOverlapMs = 5 * 60'000;
    static constexpr int kBatchOrders = 2000;

    // Nested page sizes of an orders page; orders with more are completed
    // alone (OrderDetails). Leftover budget raises the line items per order.
    static constexpr int kPageLineItems = 10;
    static constexpr int kPageAgreements = 2;
    static constexpr int kPageSales = 5;
    // Variants per product in a products page; products with more are paged alone.
    static constexpr int kPageVariants = 20;

    // The most a query may ask for now: Shopify's single-query maximum, within
    // the bucket, less what Shopify has shown it counts beyond our calculation.
    double costLimit(const QString &operation) const;

private:
    using PageHandler = std::function<SyncError(const QJsonObject &connection)>;
    // Pages through a connection with as many records per page as the cost
    // limit allows; `grow` names nested page sizes raised into what is left.
    SyncError pages(const QString &operation, QJsonObject variables, const QString &rootField,
                    const PageHandler &onPage, const QStringList &grow = {});
    // Remembers how Shopify's requested cost compares with ours (a safety net:
    // Shopify may price some fields higher than the documented defaults).
    void learnCost(const QString &operation, qint64 calculated, const GraphQlResponse &r);
    // The shop's locations, inactive ones included (read once per sync).
    SyncError locationCount(int *out);
    QString sinceFilter(const QString &resource, const Context &cx) const;
    qint64 sinceMs(const QString &resource, const Context &cx) const;
    SyncError syncLocations(const Context &cx);
    SyncError syncProducts(const Context &cx);
    SyncError syncCustomers(const Context &cx);
    SyncError syncOrders(const Context &cx);
    SyncError syncOrdersOnce(const Context &cx);
    SyncError syncOrdersPaged(const Context &cx, const QString &filter);
    SyncError syncOrdersBulk(const Context &cx, const QString &stateJson);
    SyncError completeOrder(const QJsonObject &node, Order *order, QString *reason);
    // Shopify changes a customer's amount spent when an order of theirs is
    // refunded without touching the customer's updated_at: re-read the
    // customers of the orders an incremental sync brought.
    SyncError refreshCustomers(const Context &cx);
    SyncError syncInventory(const Context &cx);
    SyncError syncCheckouts(const Context &cx);
    SyncError stopped() const;

    ShopifyClient &m_client;
    ShopifyMapper m_mapper;
    QHash<QString, double> m_costScale; // Shopify's requested cost over ours, per operation
    int m_locations = -1;               // locations read by this sync, -1 before
    QSet<qint64> m_touchedCustomers;
};

} // namespace storelens
