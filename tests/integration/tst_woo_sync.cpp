// The WooCommerce connector over real loopback HTTP against the WooCommerce
// simulator: connection failures, full and incremental syncs compared record
// for record with the simulator's truth, host faults, OAuth over plain HTTP.
#include "connectors/woocommerce/WooConnector.h"
#include "sim/WooSimulator.h"
#include "sim/WooSimulatorHost.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>

#include <map>
#include <numeric>

using namespace storelens;

namespace {

// What the sink received, applied as the ingestor would.
struct Received
{
    std::map<qint64, Order> orders;
    std::map<QString, QString> checkpoints;
    qint64 rejected = 0;
    qint64 deleted = 0;
    QStringList log;

    ConnectorContext context(bool full = false)
    {
        ConnectorContext cx;
        cx.storeId = 1;
        cx.full = full;
        cx.nowMs = QDateTime::currentMSecsSinceEpoch();
        cx.sink = [this](IngestBatch &&b) {
            for (Order &o : b.orders)
                orders[o.id.number()] = o;
            for (const PlatformId &id : b.deletedOrders)
                deleted += qint64(orders.erase(id.number()));
            for (const Checkpoint &c : b.checkpoints)
                checkpoints[c.resource] = c.cursor;
            rejected += qint64(b.rejected.size());
            return true;
        };
        cx.log = [this](const QString &m) {
            log << m;
        };
        cx.checkpoint = [this](const QString &r) {
            return checkpoints[r];
        };
        return cx;
    }
};

// Compares what was synced with the simulator's orders, field by field.
QString compare(const Received &got, const QList<sim::WooOrder> &truth)
{
    QStringList problems;
    qint64 expected = 0;
    for (const sim::WooOrder &t : truth) {
        if (t.status == "trash" || t.status == "checkout-draft")
            continue;
        ++expected;
        auto it = got.orders.find(t.id);
        if (it == got.orders.end()) {
            problems << QStringLiteral("order %1 missing").arg(t.id);
            continue;
        }
        const Order &o = it->second;
        auto check = [&](const char *what, qint64 a, qint64 b) {
            if (a != b)
                problems << QStringLiteral("order %1 %2: %3 != %4")
                                .arg(t.id)
                                .arg(QLatin1String(what))
                                .arg(a)
                                .arg(b);
        };
        if (o.financialStatus.toUtf8() != t.status)
            problems << QStringLiteral("order %1 status %2 != %3")
                            .arg(t.id)
                            .arg(o.financialStatus, QString::fromUtf8(t.status));
        check("total", o.totalPrice, t.total);
        check("tax", o.totalTax, t.totalTax);
        check("shipping", o.totalShipping, t.shippingTotal);
        check("discounts", o.totalDiscounts, t.discountTotal);
        check("created", o.createdAtMs, t.createdAtMs);
        check("lines", qint64(o.lines.size()), t.lines.size());
        for (int i = 0; i < std::min<int>(int(o.lines.size()), int(t.lines.size())); ++i) {
            check("line id", o.lines[i].id.number(), t.lines[i].id);
            check("line qty", o.lines[i].quantity, t.lines[i].quantity);
            check("line gross", o.lines[i].grossSales(), t.lines[i].subtotal);
            check("line discount", o.lines[i].totalDiscount,
                  t.lines[i].subtotal - t.lines[i].total);
            check("line tax", o.lines[i].tax, t.lines[i].totalTax);
        }
        if (t.customerId)
            check("customer", o.customerId.number(), t.customerId);
        else if (o.customerId.text() != t.billingEmail.toLower())
            problems << QStringLiteral("order %1 guest key %2").arg(t.id).arg(o.customerId.text());
        check("refunds", qint64(o.refunds.size()), t.refunds.size());
        for (int i = 0; i < std::min<int>(int(o.refunds.size()), int(t.refunds.size())); ++i) {
            const Refund &r = o.refunds[i];
            const sim::WooRefund &tr = t.refunds[i];
            check("refund id", r.id.number(), tr.id);
            check("refund amount", r.total, tr.amount);
            check("refund shipping", r.shipping, tr.shipping);
            check("refund shipping tax", r.shippingTax, tr.shippingTax);
            check("refund lines", qint64(r.lines.size()), tr.lines.size());
            for (int j = 0; j < std::min<int>(int(r.lines.size()), int(tr.lines.size())); ++j) {
                check("refund line item", r.lines[j].lineItemId.number(),
                      tr.lines[j].refundedItemId);
                check("refund line qty", r.lines[j].quantity, tr.lines[j].quantity);
                check("refund line total", r.lines[j].subtotal, tr.lines[j].total);
                check("refund line tax", r.lines[j].tax, tr.lines[j].totalTax);
            }
        }
        if (problems.size() > 20)
            break;
    }
    if (qint64(got.orders.size()) != expected)
        problems << QStringLiteral("%1 orders synced, %2 in the store")
                        .arg(got.orders.size())
                        .arg(expected);
    return problems.join(QLatin1Char('\n'));
}

struct Store
{
    explicit Store(sim::WooSimConfig config)
        : host(std::move(config))
    {
        QString error;
        if (!host.start(&error))
            qFatal("simulator: %s", qPrintable(error));
    }
    WooConnection connection(WooConnection::Auth auth = WooConnection::Auth::BasicHeader)
    {
        WooConnection c;
        c.siteUrl = host.simulator().baseUrl();
        c.consumerKey = host.simulator().apiKey().consumerKey;
        c.consumerSecret = host.simulator().apiKey().consumerSecret;
        c.auth = auth;
        c.timeoutMs = 10'000;
        return c;
    }
    sim::WooSimulatorHost host;
};

RetryPolicy fastRetries()
{
    RetryPolicy::Config c;
    c.baseDelayMs = 10;
    c.maxDelayMs = 200;
    c.maxAttempts = 12;
    return RetryPolicy(c, 3);
}

sim::WooSimConfig smallStore(int orders)
{
    sim::WooSimConfig c;
    c.seed = 11;
    c.orders = orders;
    c.historyDays = 60;
    c.isSsl = true; // behind a TLS-terminating proxy: Basic auth counts
    return c;
}

SyncError connectStore(Store &store, ShopInfo *shop, const QByteArray &secret = {})
{
    QNetworkAccessManager nam;
    WooConnection c = store.connection();
    if (!secret.isEmpty())
        c.consumerSecret = secret;
    WooClient client(c, nam, std::make_shared<AdaptiveConcurrencyLimiter>(), fastRetries());
    WooConnector connector(client);
    return connector.fetchShop(shop);
}

SyncError syncAll(WooConnector &connector, Received &got, bool full = false)
{
    for (const QString &r : connector.resources()) {
        SyncError e = connector.sync(r, got.context(full));
        if (e.isError())
            return e;
    }
    return {};
}

} // namespace

class TstWooSync : public QObject
{
    Q_OBJECT
private slots:
    void connectionFailures()
    {
        ShopInfo shop;
        {
            sim::WooSimConfig c = smallStore(0);
            c.wordpress = false;
            Store s(c);
            const SyncError e = connectStore(s, &shop);
            QCOMPARE(e.kind, SyncError::Kind::ShopNotFound);
            QVERIFY2(e.message.contains(QLatin1String("not a WordPress site")),
                     qPrintable(e.message));
        }
        {
            sim::WooSimConfig c = smallStore(0);
            c.wooCommerceActive = false;
            Store s(c);
            const SyncError e = connectStore(s, &shop);
            QVERIFY2(e.message.contains(QLatin1String("WooCommerce is not active")),
                     qPrintable(e.message));
        }
        {
            sim::WooSimConfig c = smallStore(0);
            Store s(c);
            const SyncError e = connectStore(s, &shop, "cs_wrong");
            QCOMPARE(e.kind, SyncError::Kind::InvalidToken);
            QVERIFY2(e.message.contains(QLatin1String("refused the API key")),
                     qPrintable(e.message));
        }
        {
            sim::WooSimConfig c = smallStore(0);
            c.keys = {{"ck_5im0000000000000000000000000000000000001",
                       "cs_5im0000000000000000000000000000000000001", "write", 1}};
            Store s(c);
            const SyncError e = connectStore(s, &shop);
            QCOMPARE(e.kind, SyncError::Kind::MissingScopes);
            QVERIFY2(e.message.contains(QLatin1String("read permission")), qPrintable(e.message));
        }
        {
            sim::WooSimConfig c = smallStore(0);
            c.wooVersion = "5.7.1";
            Store s(c);
            const SyncError e = connectStore(s, &shop);
            QVERIFY2(e.message.contains(QLatin1String("too old")), qPrintable(e.message));
        }
        {
            sim::WooSimConfig c = smallStore(0);
            Store s(c);
            const SyncError e = connectStore(s, &shop);
            QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
            QCOMPARE(shop.currency, QStringLiteral("EUR"));
            QCOMPARE(shop.timezone, QStringLiteral("Europe/Berlin"));
            QCOMPARE(shop.name, QStringLiteral("Acme Outdoor"));
        }
    }

    void fullThenIncremental()
    {
        sim::WooSimConfig c = smallStore(400);
        Store s(c);
        sim::WooSimulator &site = s.host.simulator();
        QNetworkAccessManager nam;
        WooClient client(s.connection(), nam, std::make_shared<AdaptiveConcurrencyLimiter>(),
                         fastRetries());
        WooConnector connector(client);
        connector.reconcileIntervalMs = 0;
        ShopInfo shop;
        SyncError e = connector.fetchShop(&shop);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        Received got;
        e = syncAll(connector, got);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        QCOMPARE(got.rejected, 0);
        QString diff = compare(got, site.orders());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // New orders, refunds, status changes and deletions.
        const QList<sim::WooOrder> before = site.orders();
        site.addOrders(30);
        int refunded = 0, amount = 0, statuses = 0, trashed = 0, deleted = 0;
        for (const sim::WooOrder &o : before) {
            if (o.status != "processing" && o.status != "completed")
                continue;
            if (refunded < 5 && !o.lines.isEmpty() && o.refunds.isEmpty()) {
                QVERIFY(site.addRefund(o.id, {{o.lines[0].id, 1}}, refunded % 2 == 0,
                                       QStringLiteral("Size")));
                ++refunded;
            } else if (amount < 3) {
                QVERIFY(site.addAmountRefund(o.id, 100));
                ++amount;
            } else if (statuses < 5) {
                QVERIFY(site.setOrderStatus(o.id, "completed") ||
                        site.setOrderStatus(o.id, "on-hold"));
                ++statuses;
            } else if (trashed < 3) {
                QVERIFY(site.trashOrder(o.id));
                ++trashed;
            } else if (deleted < 3) {
                QVERIFY(site.deleteOrder(o.id));
                ++deleted;
            }
        }
        QThread::msleep(1100); // modified_before is exclusive, to the second
        got.log.clear();
        e = syncAll(connector, got);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        diff = compare(got, site.orders());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(got.deleted, 6);
        QVERIFY2(got.log.join(QLatin1Char('\n')).contains(QLatin1String("6 order(s) removed")),
                 qPrintable(got.log.join(QLatin1Char('\n'))));
        QVERIFY(connector.stats().requests > 0);
    }

    void faultsStillExact()
    {
        sim::WooSimConfig c = smallStore(800);
        c.faults = sim::WooFaultRates::uniform(0.10);
        c.faults.base.slowDelayMs = 200;
        Store s(c);
        QNetworkAccessManager nam;
        WooClient client(s.connection(), nam, std::make_shared<AdaptiveConcurrencyLimiter>(),
                         fastRetries());
        WooConnector connector(client);
        ShopInfo shop;
        SyncError e = connector.fetchShop(&shop);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        Received got;
        e = syncAll(connector, got);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        const QString diff = compare(got, s.host.simulator().orders());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const auto faults = s.host.simulator().stats().faults;
        QVERIFY(std::accumulate(faults.begin(), faults.end(), qint64(0)) > 0);
        QVERIFY(connector.stats().retries > 0);
    }

    void refundsOfManyOrdersAtOnce()
    {
        // WooCommerce 9.0 and later: /refunds?include= for a chunk's refunded
        // orders; before, one /orders/<id>/refunds each. Both exact.
        for (const QByteArray &version : {QByteArray("9.4.2"), QByteArray("8.9.3")}) {
            sim::WooSimConfig c = smallStore(600);
            c.wooVersion = version;
            Store s(c);
            QNetworkAccessManager nam;
            WooClient client(s.connection(), nam, std::make_shared<AdaptiveConcurrencyLimiter>(),
                             fastRetries());
            WooConnector connector(client);
            ShopInfo shop;
            SyncError e = connector.fetchShop(&shop);
            QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
            const qint64 before = connector.stats().requests;
            Received got;
            e = connector.sync(QStringLiteral("orders"), got.context());
            QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
            const QString diff = compare(got, s.host.simulator().orders());
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            qint64 refunded = 0;
            for (const sim::WooOrder &o : s.host.simulator().orders())
                refunded += o.refunds.isEmpty() || o.status == "trash" ? 0 : 1;
            QVERIFY(refunded > 10);
            const qint64 requests = connector.stats().requests - before;
            const qint64 pages = 6; // 600 orders, some not listed
            if (version.startsWith('9'))
                QVERIFY2(requests <= pages + 2 + 1, qPrintable(QString::number(requests)));
            else
                QVERIFY2(requests >= pages + refunded, qPrintable(QString::number(requests)));
        }
    }

    void fullSyncRemovesOrdersDeletedSince()
    {
        // A full sync reconciles with what its listing read (and what changed
        // since it started), without listing every id again.
        sim::WooSimConfig c = smallStore(500);
        Store s(c);
        sim::WooSimulator &site = s.host.simulator();
        QNetworkAccessManager nam;
        WooClient client(s.connection(), nam, std::make_shared<AdaptiveConcurrencyLimiter>(),
                         fastRetries());
        WooConnector connector(client);
        ShopInfo shop;
        SyncError e = connector.fetchShop(&shop);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        Received got;
        e = connector.sync(QStringLiteral("orders"), got.context());
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        QCOMPARE(got.deleted, 0);

        int deleted = 0, trashed = 0;
        for (const sim::WooOrder &o : site.orders()) {
            if (o.status != "completed")
                continue;
            if (deleted < 3)
                deleted += site.deleteOrder(o.id) ? 1 : 0;
            else if (trashed < 2)
                trashed += site.trashOrder(o.id) ? 1 : 0;
        }
        QCOMPARE(deleted + trashed, 5);
        QThread::msleep(1100); // modified_before is exclusive, to the second
        const qint64 before = connector.stats().requests;
        e = connector.sync(QStringLiteral("orders"), got.context(true));
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        QCOMPARE(got.deleted, 5);
        const QString diff = compare(got, site.orders());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Five pages, their refunds, the ids changed since: no id listing of its own.
        QVERIFY2(connector.stats().requests - before <= 5 + 1 + 1,
                 qPrintable(QString::number(connector.stats().requests - before)));
    }

    void cancelledMidListing()
    {
        sim::WooSimConfig c = smallStore(3000);
        c.latencyMs = 20;
        Store s(c);
        auto limiter = std::make_shared<AdaptiveConcurrencyLimiter>();
        {
            QNetworkAccessManager nam;
            WooClient client(s.connection(), nam, limiter, fastRetries());
            WooConnector connector(client);
            ShopInfo shop;
            SyncError e = connector.fetchShop(&shop);
            QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
            Received got;
            ConnectorContext cx = got.context();
            int chunks = 0;
            cx.progress = [&](const QString &, qint64, qint64) {
                if (++chunks == 2)
                    connector.cancel(); // pages of the next chunks are on their way
            };
            e = connector.sync(QStringLiteral("orders"), cx);
            QCOMPARE(e.kind, SyncError::Kind::Cancelled);
            QVERIFY(got.orders.size() < 3000);
        }
        // The host's shared limiter has every slot back.
        QCOMPARE(limiter->inFlight(), 0);
    }

    void oauthOnPlainLoopbackWithoutPrettyPermalinks()
    {
        sim::WooSimConfig c = smallStore(150);
        c.isSsl = false;
        c.prettyPermalinks = false;
        c.maxConcurrent = 3;
        Store s(c);
        QNetworkAccessManager nam;
        WooClient client(s.connection(WooConnection::Auth::Automatic), nam,
                         std::make_shared<AdaptiveConcurrencyLimiter>(), fastRetries());
        QCOMPARE(client.effectiveAuth(), WooConnection::Auth::OAuth1);
        WooConnector connector(client);
        ShopInfo shop;
        SyncError e = connector.fetchShop(&shop);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        QVERIFY(client.connection().plainPermalinks);
        Received got;
        e = syncAll(connector, got);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        const QString diff = compare(got, s.host.simulator().orders());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(s.host.simulator().stats().maxInFlight <= 3);
    }
};

QTEST_GUILESS_MAIN(TstWooSync)
#include "tst_woo_sync.moc"
