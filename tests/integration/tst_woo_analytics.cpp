// A WooCommerce store's figures as WooCommerce Analytics shows them by
// default: the simulator's store synced through the WooCommerce connector into
// an encrypted workspace, then `storelens-cli report --json` by day and by
// month against figures computed from the simulator's own records (never the
// connector's reading): every status, guests, coupons, partial, full and
// amount-only refunds, late refunds, trashed and deleted orders, and days
// across the site time zone's DST changes.
#include "SalesOracle.h"
#include "TestEnvironment.h"
#include "WooSalesTruth.h"
#include "connectors/woocommerce/WooConnector.h"
#include "ingest/Ingestor.h"
#include "model/Money.h"
#include "sim/WooSimulator.h"
#include "sim/WooSimulatorHost.h"
#include "storage/Database.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>

#include <set>

using namespace storelens;
using namespace storelens::test;

namespace {
constexpr qint64 kDayMs = 86'400'000;
const QByteArray kZone = "Europe/Berlin";
const QString kCurrency = QStringLiteral("EUR");

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

sim::WooSimConfig storeConfig()
{
    sim::WooSimConfig c;
    c.seed = 23;
    c.orders = 1200;
    c.historyDays = 120;
    // From mid-January to mid-May 2026: Berlin moves its clocks on March 29.
    c.dataEndMs = utc("2026-05-15T12:00:00Z");
    c.timeZone = kZone;
    c.currency = kCurrency.toLatin1();
    c.isSsl = true; // behind a TLS-terminating proxy: Basic auth counts
    return c;
}

RetryPolicy fastRetries()
{
    RetryPolicy::Config c;
    c.baseDelayMs = 10;
    c.maxDelayMs = 200;
    c.maxAttempts = 12;
    return RetryPolicy(c, 3);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QString isoDay(int day)
{
    return DateRange::toDate(day).toString(Qt::ISODate);
}

QString eur(qint64 minor)
{
    return Money::toDecimalString(minor, kCurrency);
}

// The keys of a report period against the oracle's figures of it.
QStringList differences(const QJsonObject &o, const PeriodFigures &f)
{
    QStringList diffs;
    const QString at = o.value(QLatin1String("from")).toString() + QLatin1String("..") +
                       o.value(QLatin1String("to")).toString();
    auto check = [&](const char *key, const QString &expected) {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString got = v.isString() ? v.toString() : QString::number(v.toInteger());
        if (got != expected)
            diffs << QStringLiteral("%1 %2: %3, expected %4")
                         .arg(at, QLatin1String(key), got, expected);
    };
    const SalesFigures &s = f.sales;
    check("gross_sales", eur(s.grossSales));
    check("discounts", eur(s.discounts));
    check("returns", eur(s.returns));
    check("net_sales", eur(s.netSales()));
    check("shipping", eur(s.shipping()));
    check("taxes", eur(s.taxes()));
    check("total_sales", eur(s.totalSales()));
    check("orders", QString::number(s.orders));
    check("units_sold", QString::number(s.unitsSold));
    check("units_returned", QString::number(s.unitsReturned));
    const auto aov = s.averageOrderValue().scaled(0);
    if (aov)
        check("average_order_value", eur(*aov));
    else if (!o.value(QLatin1String("average_order_value")).isNull())
        diffs << QStringLiteral("%1 average_order_value without orders").arg(at);
    check("customers", QString::number(f.customers.customers));
    check("new_customers", QString::number(f.customers.newCustomers));
    return diffs;
}

// The oracle against the simulator's own computation of Analytics' figures
// (WooSalesFigures), day by day: two independent readings of one definition.
QStringList oracleAgainstSimulator(const SalesOracle &oracle, const sim::WooSimulator &site,
                                   const DateRange &range)
{
    QStringList diffs;
    const sim::WooSalesFigures truth =
        site.salesFigures(DateRange::toDate(range.from), DateRange::toDate(range.to));
    for (const sim::WooDayFigures &d : truth.days) {
        const int day = DateRange::fromDate(d.day);
        const SalesFigures s = oracle.figures({day, day}).sales;
        if (s.grossSales != d.grossSales || s.discounts != d.discounts || s.returns != d.returns ||
            s.netSales() != d.netSales || s.shipping() != d.shipping || s.taxes() != d.taxes ||
            s.totalSales() != d.totalSales || s.orders != d.orders)
            diffs << QStringLiteral("%1: oracle %2/%3/%4/%5/%6 %7 orders, simulator %8/%9/%10/%11/"
                                    "%12 %13 orders")
                         .arg(d.day.toString(Qt::ISODate))
                         .arg(s.grossSales)
                         .arg(s.discounts)
                         .arg(s.returns)
                         .arg(s.shipping())
                         .arg(s.taxes())
                         .arg(s.orders)
                         .arg(d.grossSales)
                         .arg(d.discounts)
                         .arg(d.returns)
                         .arg(d.shipping)
                         .arg(d.taxes)
                         .arg(d.orders);
    }
    if (oracle.figures(range).customers.customers != truth.customers)
        diffs << QStringLiteral("customers: oracle %1, simulator %2")
                     .arg(oracle.figures(range).customers.customers)
                     .arg(truth.customers);
    return diffs;
}

} // namespace

class TstWooAnalytics : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempHome> m_home;
    std::unique_ptr<sim::WooSimulatorHost> m_host;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_storeId = 0;

    sim::WooSimulator &site() { return m_host->simulator(); }

    WooConnection connection()
    {
        WooConnection c;
        c.siteUrl = site().baseUrl();
        c.consumerKey = site().apiKey().consumerKey;
        c.consumerSecret = site().apiKey().consumerSecret;
        c.auth = WooConnection::Auth::BasicHeader;
        c.timeoutMs = 10'000;
        return c;
    }

    // Every resource through WooConnector into the workspace's ingestor, as
    // the sync engine would run it (the store's checkpoints from the file).
    void sync()
    {
        QNetworkAccessManager nam;
        WooClient client(connection(), nam, std::make_shared<AdaptiveConcurrencyLimiter>(),
                         fastRetries());
        WooConnector connector(client);
        connector.reconcileIntervalMs = 0; // every sync notices deleted orders
        ShopInfo shop;
        SyncError e = connector.fetchShop(&shop);
        QVERIFY2(!e.isError(), qPrintable(e.message + e.detail));
        QCOMPARE(shop.timezone, QString::fromLatin1(kZone));
        Ingestor ingestor(*m_ws);
        ConnectorContext cx;
        cx.storeId = m_storeId;
        // The sync starts at the store's time (modified_before): a second
        // ahead, as filters are to the second.
        cx.nowMs = (site().nowMs() / 1000 + 1) * 1000;
        qint64 rejected = 0;
        cx.sink = [&](IngestBatch &&b) {
            rejected += qint64(b.rejected.size());
            return ingestor.submit(std::move(b)).result().ok;
        };
        cx.log = [](const QString &) {
        };
        cx.checkpoint = [&](const QString &resource) {
            Statement q = m_ws->db().prepare(
                "SELECT cursor FROM sync_checkpoints WHERE store_id = ? AND resource = ?");
            q.bindAll(m_storeId, resource);
            return q.step() ? q.text(0) : QString();
        };
        for (const QString &r : connector.resources()) {
            e = connector.sync(r, cx);
            QVERIFY2(!e.isError(), qPrintable(r + QLatin1String(": ") + e.message + e.detail));
        }
        ingestor.waitForIdle();
        QCOMPARE(rejected, 0);
    }

    Run report(const DateRange &range, const QStringList &more = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STORELENS_HOME"), m_home->path());
        env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                   QStringLiteral("correct horse battery staple"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STORELENS_CLI"),
                QStringList{QStringLiteral("report"), QStringLiteral("--workspace"),
                            QStringLiteral("Woo"), QStringLiteral("--from"), isoDay(range.from),
                            QStringLiteral("--to"), isoDay(range.to), QStringLiteral("--json")} +
                    more);
        p.closeWriteChannel();
        if (!p.waitForFinished(180000))
            qFatal("storelens-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The whole range, each of its buckets (`series`), against the oracle.
    void compareReport(const SalesOracle &oracle, const DateRange &range, const char *series,
                       int minBuckets)
    {
        const Run r = report(range, {QStringLiteral("--series"), QLatin1String(series)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("figures_incomplete")).toArray().size(), 0);
        QCOMPARE(differences(o, oracle.figures(range)), QStringList());
        const QJsonArray buckets =
            o.value(QLatin1String("series")).toObject().value(QLatin1String("buckets")).toArray();
        QVERIFY(buckets.size() >= minBuckets);
        QStringList diffs;
        for (const QJsonValue &v : buckets) {
            const QJsonObject b = v.toObject();
            const DateRange bucket{DateRange::fromDate(QDate::fromString(
                                       b.value(QLatin1String("from")).toString(), Qt::ISODate)),
                                   DateRange::fromDate(QDate::fromString(
                                       b.value(QLatin1String("to")).toString(), Qt::ISODate))};
            diffs << differences(b, oracle.figures(bucket));
        }
        QCOMPARE(diffs, QStringList());
    }

private slots:
    void initTestCase()
    {
        m_home = std::make_unique<TempHome>();
        m_host = std::make_unique<sim::WooSimulatorHost>(storeConfig());
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
        m_ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Woo"), kZone,
                                        &m_storeId, kCurrency, QStringLiteral("woocommerce"));
    }

    void cleanupTestCase()
    {
        m_ws.reset();
        m_host.reset();
        m_home.reset();
    }

    // Orders at the edges of the days the clocks change, guests typing their
    // address in other capitals, a coupon: the store's own calendar decides.
    void ordersAroundTheClockChanges()
    {
        qint64 product = 0;
        for (const sim::WooProduct &p : site().products()) {
            if (p.type == "simple" && p.price > 0 && p.status == "publish") {
                product = p.id;
                break;
            }
        }
        QVERIFY(product);
        QVERIFY(!site().coupons().isEmpty());
        const QByteArray coupon = site().coupons().first().code;
        struct Hand
        {
            const char *created;
            const char *status;
            const char *email;
            bool coupon;
        };
        // 23:30Z on March 28 is 00:30 on the 29th in Berlin (CET); 22:30Z on
        // the 29th is 00:30 on the 30th (CEST): both are on the next day.
        for (const Hand &h :
             {Hand{"2026-03-28T22:59:00Z", "completed", "Zoe.Hart@Example.org", true},
              Hand{"2026-03-28T23:30:00Z", "processing", "zoe.hart@example.org", false},
              Hand{"2026-03-29T21:59:00Z", "on-hold", "ZOE.HART@EXAMPLE.ORG", true},
              Hand{"2026-03-29T22:30:00Z", "completed", "max@example.org", false},
              Hand{"2026-03-29T23:00:00Z", "pending", "max@example.org", false},
              Hand{"2026-03-29T23:30:00Z", "failed", "max@example.org", false}}) {
            sim::WooOrderRequest r;
            r.createdAtMs = utc(h.created);
            r.status = h.status;
            r.guestEmail = QString::fromLatin1(h.email);
            r.lines = {{product, 0, 2}};
            if (h.coupon)
                r.couponCode = coupon;
            QString error;
            QVERIFY2(site().addOrder(r, &error), qPrintable(error));
        }
        // The store holds every case the definitions tell apart.
        std::set<QByteArray> statuses;
        int guests = 0, coupons = 0, partial = 0, amountOnly = 0, full = 0;
        for (const sim::WooOrder &o : site().orders()) {
            statuses.insert(o.status);
            guests += o.customerId == 0 ? 1 : 0;
            coupons += o.coupons.isEmpty() ? 0 : 1;
            for (const sim::WooRefund &r : o.refunds) {
                if (r.amountOnly())
                    ++amountOnly;
                else if (o.status == "refunded")
                    ++full;
                else
                    ++partial;
            }
        }
        for (const char *s : {"processing", "completed", "on-hold", "refunded", "pending", "failed",
                              "cancelled", "checkout-draft", "trash"})
            QVERIFY2(statuses.count(s), s);
        QVERIFY(guests > 50);
        QVERIFY(coupons > 20);
        QVERIFY(partial > 5);
        QVERIFY(amountOnly > 3);
        QVERIFY(full > 5);
    }

    void theSyncedStoreReconciles()
    {
        sync();
        if (QTest::currentTestFailed())
            return;
        const SalesOracle oracle = oracleFromWooTruth(site().orders(), kZone);
        const DateRange all{20260101, oracle.dayOf(site().nowMs() + kDayMs)};
        QCOMPARE(oracleAgainstSimulator(oracle, site(), all), QStringList());
        // The definitions matter here: by Shopify's, the same orders would
        // show other returns, shipping, taxes and average order value.
        const PeriodFigures woo = oracle.figures(all);
        SalesOracle shopifyWay(kZone, SalesDefinitions::Shopify);
        shopifyWay.orders = oracle.orders;
        const PeriodFigures shopify = shopifyWay.figures(all);
        QVERIFY(woo.sales.orders > 800);
        QVERIFY(woo.sales.returns != shopify.sales.returns);
        QVERIFY(woo.sales.shipping() != shopify.sales.shipping());
        QVERIFY(woo.sales.taxes() != shopify.sales.taxes());
        QVERIFY(woo.sales.averageOrderValue().scaled(0) !=
                shopify.sales.averageOrderValue().scaled(0));
        compareReport(oracle, all, "month", 5);
        // Day by day across the spring change (Berlin's clocks go forward on
        // March 29; the hand orders sit on its edges).
        const DateRange spring{20260326, 20260402};
        compareReport(oracle, spring, "day", 8);
        const PeriodFigures edges = oracle.figures({20260329, 20260330});
        QVERIFY(edges.sales.orders >= 3);
    }

    // Refunds of old orders dated days later, an order that counted moving
    // to the trash, one cancelled, one paid at last, one deleted: the next
    // sync brings the figures back to the store's.
    void lateChangesReconcile()
    {
        site().advanceTime(3 * kDayMs);
        int partial = 0, amount = 0, full = 0, trashed = 0, cancelled = 0, paid = 0, deleted = 0;
        QString error;
        for (const sim::WooOrder &o : site().orders()) {
            const bool counted = o.status == "processing" || o.status == "completed";
            if (counted && o.refunds.isEmpty() && o.createdAtMs < utc("2026-04-01T00:00:00Z")) {
                if (partial < 6 && !o.lines.isEmpty()) {
                    QVERIFY2(site().addRefund(o.id, {{o.lines[0].id, 1}}, partial % 2 == 0,
                                              QStringLiteral("Late"), &error),
                             qPrintable(error));
                    ++partial;
                    continue;
                }
                if (amount < 4) {
                    QVERIFY2(site().addAmountRefund(o.id, 250, QString(), &error),
                             qPrintable(error));
                    ++amount;
                    continue;
                }
                if (full < 3) {
                    QVERIFY2(site().refundInFull(o.id, QString(), &error), qPrintable(error));
                    ++full;
                    continue;
                }
                if (trashed < 3) {
                    QVERIFY2(site().trashOrder(o.id, &error), qPrintable(error));
                    ++trashed;
                    continue;
                }
                if (cancelled < 3) {
                    QVERIFY2(site().setOrderStatus(o.id, "cancelled", &error), qPrintable(error));
                    ++cancelled;
                    continue;
                }
                if (deleted < 2) {
                    QVERIFY2(site().deleteOrder(o.id, &error), qPrintable(error));
                    ++deleted;
                    continue;
                }
            }
            if (o.status == "pending" && paid < 3) {
                QVERIFY2(site().setOrderStatus(o.id, "processing", &error), qPrintable(error));
                ++paid;
            }
        }
        QCOMPARE(deleted, 2);
        QCOMPARE(paid, 3);
        sync();
        if (QTest::currentTestFailed())
            return;
        const SalesOracle oracle = oracleFromWooTruth(site().orders(), kZone);
        const int today = oracle.dayOf(site().nowMs());
        const DateRange all{20260101, today};
        QCOMPARE(oracleAgainstSimulator(oracle, site(), all), QStringList());
        // The late refunds are returns of today, not of their orders' days.
        QVERIFY(oracle.figures({today, today}).sales.returns > 0);
        QCOMPARE(oracle.figures({today, today}).sales.orders, 0);
        compareReport(oracle, all, "month", 5);
        compareReport(oracle, {ShopCalendar::addDays(today, -6), today}, "day", 7);
    }
};

QTEST_GUILESS_MAIN(TstWooAnalytics)
#include "tst_woo_analytics.moc"
