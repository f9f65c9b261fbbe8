#pragma once

#include "WooClient.h"
#include "WooMapper.h"
#include "platform/PlatformConnector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <functional>

namespace storelens {

// Pulls one WooCommerce store (REST API v3) into normalized batches: orders
// with their refunds, registered and guest customers, products with their
// variations and stock. Incremental by date_modified (GMT, exclusive, to the
// second) with an overlap; order ids are reconciled with a cheap `_fields=id`
// listing so that trashed and deleted orders leave the figures. See README.md.
//
//   WooConnection c;  c.siteUrl = QUrl("https://shop.example.com");
//   c.consumerKey = "ck_…";  c.consumerSecret = "cs_…";
//   WooClient client(c, network);          // shares the host's limiter
//   WooConnector connector(client);
//   ShopInfo shop;  connector.fetchShop(&shop);   // detects ?rest_route=
//   for (const QString &r : connector.resources()) connector.sync(r, context);
class WooConnector final : public PlatformConnector
{
    Q_DECLARE_TR_FUNCTIONS(WooConnector)
public:
    explicit WooConnector(WooClient &client);

    SyncError fetchShop(ShopInfo *out) override;
    static QStringList allResources();
    QStringList resources() const override { return allResources(); }
    SyncError sync(const QString &resource, const ConnectorContext &context) override;
    void cancel() override { m_client.cancel(); }
    RequestStats stats() const override { return m_client.stats(); }

    // The store's currency (fetchShop sets it; set it when fetchShop is skipped).
    void setShopCurrency(const QString &currency) { m_mapper = WooMapper(currency); }
    int priceDecimals() const { return m_decimals; }
    QString wooVersion() const { return m_version; }

    // Reconcile order ids (find deleted ones) at most this often; 0 = every sync.
    qint64 reconcileIntervalMs = 6 * 3600'000;
    // Re-read this much before a checkpoint: same-second changes, host clocks.
    static constexpr qint64 kOverlapMs = 60'000;
    static constexpr int kPerPage = 100;
    // Pages fetched at once and committed as one batch.
    static constexpr int kPagesPerChunk = 8;
    // Chunks requested ahead of the one being mapped and written, so that the
    // host's slots never wait for this side.
    static constexpr int kChunksAhead = 2;

    // The order-id set kept in the orders checkpoint (sorted delta varints,
    // compressed, base64).
    static QByteArray encodeIds(QList<qint64> ids);
    static QList<qint64> decodeIds(const QByteArray &text);

private:
    using ChunkHandler = std::function<SyncError(const QJsonArray &records, qint64 total)>;
    // Reads every page of a listing, kPagesPerChunk at a time, handing each
    // chunk's records on in order. When the listing's total changes under it
    // (records left the window: the offsets shifted), it reads it again.
    SyncError listing(const QString &route, const QList<std::pair<QString, QString>> &query,
                      const ChunkHandler &onChunk);
    SyncError syncOrders(const ConnectorContext &cx);
    SyncError syncCustomers(const ConnectorContext &cx);
    SyncError syncProducts(const ConnectorContext &cx);
    SyncError readOrderIds(QSet<qint64> *out, const QString &status, const QString &modifiedAfter);
    SyncError stopped() const;
    bool emit_(const ConnectorContext &cx, IngestBatch &&batch) const;

    WooClient &m_client;
    WooMapper m_mapper;
    int m_decimals = 2;
    QString m_version;
    // WooCommerce 9.0 lists the refunds of many orders at once (/refunds?include=):
    // one request per 100 refunds instead of one per refunded order.
    bool m_refundsListing = false;
};

} // namespace storelens
