// A WooCommerce store end to end through storelens-cli, as a person or a
// script would run it: `store add --platform woocommerce` against the
// WooCommerce simulator over loopback (OAuth 1.0a on plain HTTP), the key
// kept in the real keychain, sync, incremental syncs after new orders,
// refunds, status changes, trashed and deleted orders, and kill -9 mid-sync.
#include "TestEnvironment.h"
#include "model/ExchangeRate.h"
#include "model/Money.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"
#include "sim/WooSimulator.h"
#include "sim/WooSimulatorHost.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <map>

using namespace storelens;
using namespace storelens::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

sim::WooSimConfig shop(int orders, int latencyMs = 0)
{
    sim::WooSimConfig c;
    c.seed = 18;
    c.orders = orders;
    c.historyDays = 120;
    c.latencyMs = latencyMs;
    return c;
}

} // namespace

class TestWooCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QProcessEnvironment m_env;

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(m_env);
        p->start(qEnvironmentVariable("STORELENS_CLI"), args);
        return p;
    }

    Run cli(const QStringList &args, int timeoutMs = 120000)
    {
        std::unique_ptr<QProcess> p(start(args));
        p->closeWriteChannel();
        if (!p->waitForFinished(timeoutMs))
            qFatal("storelens-cli did not finish");
        Run r{p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()),
              QString::fromUtf8(p->readAllStandardError())};
        // The key never reaches the output.
        for (const QString &var : {QStringLiteral("WOO_KEY"), QStringLiteral("WOO_SECRET")}) {
            const QString secret = m_env.value(var);
            if (!secret.isEmpty() && (r.out.contains(secret) || r.err.contains(secret)))
                qFatal("secret printed");
        }
        return r;
    }

    void useKey(const sim::WooSimulator &sim)
    {
        m_env.insert(QStringLiteral("WOO_KEY"), QString::fromLatin1(sim.apiKey().consumerKey));
        m_env.insert(QStringLiteral("WOO_SECRET"),
                     QString::fromLatin1(sim.apiKey().consumerSecret));
    }

    Run addStore(const QString &workspace, const QUrl &url)
    {
        return cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--workspace"),
                    workspace, QStringLiteral("--platform"), QStringLiteral("woocommerce"),
                    QStringLiteral("--url"), url.toString(), QStringLiteral("--consumer-key-env"),
                    QStringLiteral("WOO_KEY"), QStringLiteral("--consumer-secret-env"),
                    QStringLiteral("WOO_SECRET")});
    }

    std::unique_ptr<Workspace> open(const QString &name)
    {
        const QString base = m_home->workspacesDir() + QLatin1Char('/') + name;
        return Workspace::open(base + QStringLiteral(".storelens"),
                               base + QStringLiteral(".storelens.json"), std::nullopt);
    }

    // The workspace's orders against the simulator's: every order that
    // counts as existing (not trashed, not a checkout draft) with its status,
    // totals and refunds, and no other.
    static QStringList compare(Workspace &ws, const QList<sim::WooOrder> &truth)
    {
        QStringList problems;
        struct Row
        {
            QString status;
            qint64 total, tax, shipping, created, refunds, refunded;
        };
        std::map<qint64, Row> rows;
        Statement &q = ws.db().cached(
            "SELECT platform_id, financial_status, total_price, total_tax, total_shipping, "
            "created_at, (SELECT count(*) FROM refunds r WHERE r.order_id = o.id), (SELECT "
            "coalesce(sum(total), 0) FROM refunds r WHERE r.order_id = o.id) FROM orders o");
        while (q.step())
            rows[q.int64(0)] = {q.text(1),  q.int64(2), q.int64(3), q.int64(4),
                                q.int64(5), q.int64(6), q.int64(7)};
        q.reset();
        qint64 expected = 0;
        for (const sim::WooOrder &t : truth) {
            if (t.status == "trash" || t.status == "checkout-draft")
                continue;
            ++expected;
            const auto it = rows.find(t.id);
            if (it == rows.end()) {
                problems << QStringLiteral("order %1 missing").arg(t.id);
                continue;
            }
            const Row &r = it->second;
            qint64 refunded = 0;
            for (const sim::WooRefund &f : t.refunds)
                refunded += f.amount;
            if (r.status != QString::fromLatin1(t.status) || r.total != t.total ||
                r.tax != t.totalTax || r.shipping != t.shippingTotal ||
                r.created != t.createdAtMs || r.refunds != t.refunds.size() ||
                r.refunded != refunded)
                problems << QStringLiteral("order %1 differs (status %2/%3, total %4/%5, "
                                           "refunds %6/%7)")
                                .arg(t.id)
                                .arg(r.status, QString::fromLatin1(t.status))
                                .arg(r.total)
                                .arg(t.total)
                                .arg(r.refunded)
                                .arg(refunded);
        }
        if (qint64(rows.size()) != expected)
            problems << QStringLiteral("%1 orders stored, %2 in the store")
                            .arg(rows.size())
                            .arg(expected);
        return problems.mid(0, 20);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<TempHome>();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("STORELENS_HOME"), m_home->path());
        m_env.remove(QStringLiteral("STORELENS_PASSPHRASE"));
        m_env.remove(QStringLiteral("STORELENS_NO_KEYCHAIN"));
    }

    void connectingSaysWhatIsWrong()
    {
        QCOMPARE(
            cli({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Agency")})
                .exitCode,
            0);
        sim::WooSimulatorHost good(shop(40));
        QVERIFY(good.start());
        useKey(good.simulator());

        // A wrong secret: refused, nothing stored.
        m_env.insert(QStringLiteral("WOO_SECRET"), QStringLiteral("cs_not_the_secret"));
        Run r = addStore(QStringLiteral("Agency"), good.simulator().baseUrl());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("refused the API key")), qPrintable(r.err));
        useKey(good.simulator());

        // Not WordPress; WooCommerce not active; WooCommerce too old.
        sim::WooSimConfig plain = shop(0);
        plain.wordpress = false;
        sim::WooSimConfig inactive = shop(0);
        inactive.wooCommerceActive = false;
        sim::WooSimConfig old = shop(0);
        old.wooVersion = "5.6.1";
        const QList<std::pair<sim::WooSimConfig, QString>> cases{
            {plain, QStringLiteral("is not a WordPress site")},
            {inactive, QStringLiteral("WooCommerce is not active")},
            {old, QStringLiteral("StoreLens needs WooCommerce 5.8")}};
        for (const auto &[config, message] : cases) {
            sim::WooSimulatorHost host(config);
            QVERIFY(host.start());
            useKey(host.simulator());
            r = addStore(QStringLiteral("Agency"), host.simulator().baseUrl());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(message), qPrintable(message + QStringLiteral(": ") + r.err));
        }
        // Plain HTTP is for loopback only; a missing secret variable is named.
        r = addStore(QStringLiteral("Agency"), QUrl(QStringLiteral("http://shop.example.com")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("plain HTTP")), qPrintable(r.err));
        m_env.remove(QStringLiteral("WOO_SECRET"));
        r = addStore(QStringLiteral("Agency"), good.simulator().baseUrl());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("WOO_SECRET")), qPrintable(r.err));
        // A Shopify option is not one of WooCommerce's.
        useKey(good.simulator());
        r = cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--workspace"),
                 QStringLiteral("Agency"), QStringLiteral("--platform"),
                 QStringLiteral("woocommerce"), QStringLiteral("--url"),
                 good.simulator().baseUrl().toString(), QStringLiteral("--token-env"),
                 QStringLiteral("WOO_KEY")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--token-env")), qPrintable(r.err));

        r = cli({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Agency"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        // The right key: connected, the shop's facts read, the key in the keychain.
        r = addStore(QStringLiteral("Agency"), good.simulator().baseUrl());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Connected to Acme Outdoor (EUR, Europe/Berlin")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Agency"), QStringLiteral("--json")});
        const QJsonObject store = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject();
        QCOMPARE(store[QStringLiteral("platform")].toString(), QStringLiteral("woocommerce"));
        QCOMPARE(store[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
        QCOMPARE(store[QStringLiteral("timezone")].toString(), QStringLiteral("Europe/Berlin"));
        const auto ws = open(QStringLiteral("Agency"));
        QVERIFY(ws->usesKeychain());
        Statement &refs = ws->db().cached("SELECT credential_ref FROM stores");
        QVERIFY(refs.step());
        const QString ref = refs.text(0);
        refs.reset();
        QVERIFY2(ref.endsWith(QLatin1String("/consumer_key")), qPrintable(ref));
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM secrets"), qint64(0));
    }

    void syncsAndFollowsTheStore()
    {
        sim::WooSimulatorHost host(shop(600));
        QVERIFY(host.start());
        sim::WooSimulator &sim = host.simulator();
        useKey(sim);
        QCOMPARE(
            cli({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Shop")})
                .exitCode,
            0);
        QCOMPARE(addStore(QStringLiteral("Shop"), sim.baseUrl()).exitCode, 0);
        const QStringList sync{QStringLiteral("sync"), QStringLiteral("--workspace"),
                               QStringLiteral("Shop")};
        Run r = cli(sync);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("order(s) read from WooCommerce")));
        auto ws = open(QStringLiteral("Shop"));
        QCOMPARE(compare(*ws, sim.orders()), QStringList());

        // New orders, a refund, status changes, a trashed order.
        const QList<qint64> added = sim.addOrders(12);
        QCOMPARE(added.size(), 12);
        qint64 refundedOrder = 0;
        qint64 cancelledOrder = 0;
        qint64 trashedOrder = 0;
        for (const sim::WooOrder &o : sim.orders()) {
            if (o.status == "completed" && o.refunds.isEmpty() && !refundedOrder)
                refundedOrder = o.id;
            else if (o.status == "processing" && !cancelledOrder)
                cancelledOrder = o.id;
            else if (o.status == "completed" && o.id != refundedOrder && !trashedOrder)
                trashedOrder = o.id;
        }
        QVERIFY(refundedOrder && cancelledOrder && trashedOrder);
        QVERIFY(sim.addAmountRefund(refundedOrder, 500).has_value());
        QVERIFY(sim.setOrderStatus(cancelledOrder, "cancelled"));
        QVERIFY(sim.trashOrder(trashedOrder));
        sim.advanceTime(2000);
        r = cli(sync);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("1 order(s) removed")), qPrintable(r.out));
        ws = open(QStringLiteral("Shop"));
        QCOMPARE(compare(*ws, sim.orders()), QStringList());
        const std::string trashed =
            "SELECT count(*) FROM orders WHERE platform_id = " + std::to_string(trashedOrder);
        QCOMPARE(ws->db().scalar(trashed), qint64(0));

        // A permanently deleted order leaves no trace to ask for: the next
        // full sync (or the periodic reconciliation) finds it gone.
        qint64 deleted = 0;
        for (const sim::WooOrder &o : sim.orders())
            if (o.status == "completed" && o.id != refundedOrder) {
                deleted = o.id;
                break;
            }
        QVERIFY(sim.deleteOrder(deleted));
        r = cli(sync + QStringList{QStringLiteral("--full")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("1 order(s) removed")), qPrintable(r.out));
        ws = open(QStringLiteral("Shop"));
        QCOMPARE(compare(*ws, sim.orders()), QStringList());

        // The report reads the store in its own currency and days.
        r = cli({QStringLiteral("report"), QStringLiteral("--workspace"), QStringLiteral("Shop"),
                 QStringLiteral("--from"), QDate::currentDate().addDays(-200).toString(Qt::ISODate),
                 QStringLiteral("--to"), QDate::currentDate().addDays(1).toString(Qt::ISODate),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
    }

    // Shopify in USD and WooCommerce in EUR in one workspace: "all stores"
    // in USD is each store's figure converted, then added (ExchangeRate),
    // and the report says it converted.
    void mixedWorkspaceConvertsEachStore()
    {
        sim::ShopifySimConfig us;
        us.orders = 400;
        us.historyDays = 120;
        us.timeScale = 10;
        sim::ShopifySimulatorHost shopify(us);
        QVERIFY(shopify.start());
        // The same articles on both channels: their first SKUs are shared.
        sim::WooSimConfig eu = shop(400);
        for (int p = 0; p < 6; ++p)
            eu.sharedSkus << QStringLiteral("ACM-%1-1").arg(p, 4, 10, QLatin1Char('0')).toLatin1();
        sim::WooSimulatorHost woo(eu);
        QVERIFY(woo.start());
        useKey(woo.simulator());
        m_env.insert(QStringLiteral("SHOP_TOKEN"),
                     QString::fromLatin1(shopify.simulator().accessToken()));
        QCOMPARE(
            cli({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Mixed")})
                .exitCode,
            0);
        Run r =
            cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--workspace"),
                 QStringLiteral("Mixed"), QStringLiteral("--platform"), QStringLiteral("shopify"),
                 QStringLiteral("--shop"), QString::fromLatin1(shopify.simulator().shopDomain()),
                 QStringLiteral("--token-env"), QStringLiteral("SHOP_TOKEN"),
                 QStringLiteral("--api-base"), shopify.baseUrl().toString(),
                 QStringLiteral("--name"), QStringLiteral("US Shop")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--workspace"),
                 QStringLiteral("Mixed"), QStringLiteral("--platform"),
                 QStringLiteral("woocommerce"), QStringLiteral("--url"),
                 woo.simulator().baseUrl().toString(), QStringLiteral("--consumer-key-env"),
                 QStringLiteral("WOO_KEY"), QStringLiteral("--consumer-secret-env"),
                 QStringLiteral("WOO_SECRET"), QStringLiteral("--name"),
                 QStringLiteral("EU Shop")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("sync"), QStringLiteral("--workspace"), QStringLiteral("Mixed")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("rates"), QStringLiteral("set"), QStringLiteral("--workspace"),
                      QStringLiteral("Mixed"), QStringLiteral("EUR"), QStringLiteral("USD"),
                      QStringLiteral("1.0850")})
                     .exitCode,
                 0);
        const ExchangeRate rate = *ExchangeRate::parse(u"1.0850");

        const QStringList range{QStringLiteral("--from"),
                                QDate::currentDate().addDays(-90).toString(Qt::ISODate),
                                QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate),
                                QStringLiteral("--json")};
        auto report = [&](const QStringList &scope) {
            const Run run = cli(QStringList{QStringLiteral("report"), QStringLiteral("--workspace"),
                                            QStringLiteral("Mixed")} +
                                scope + range);
            if (run.exitCode != 0)
                qWarning("%s", qPrintable(run.err));
            return QJsonDocument::fromJson(run.out.toUtf8()).object();
        };
        const QJsonObject usd = report({QStringLiteral("--store"), QStringLiteral("US Shop")});
        const QJsonObject eur = report({QStringLiteral("--store"), QStringLiteral("EU Shop")});
        const QJsonObject all = report({QStringLiteral("--currency"), QStringLiteral("USD")});
        QCOMPARE(usd[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        QCOMPARE(eur[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
        QCOMPARE(all[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        QVERIFY(all[QStringLiteral("converted")].toBool());
        QVERIFY(!usd[QStringLiteral("converted")].toBool());
        auto minor = [](const QJsonObject &o, const char *key, const char *currency) {
            return *Money::parseMinor(o[QLatin1String(key)].toString(),
                                      QString::fromLatin1(currency))
                        .minorUnits;
        };
        for (const char *key : {"gross_sales", "discounts", "returns", "net_sales", "shipping",
                                "taxes", "total_sales"}) {
            const qint64 inUsd = minor(usd, key, "USD");
            const qint64 inEur = minor(eur, key, "EUR");
            QVERIFY2(inEur != 0 || QByteArray(key) == "discounts", key);
            QCOMPARE(minor(all, key, "USD"), inUsd + *rate.convert(inEur, u"EUR", u"USD"));
        }
        for (const char *key : {"orders", "units_sold"})
            QCOMPARE(all[QLatin1String(key)].toInteger(),
                     usd[QLatin1String(key)].toInteger() + eur[QLatin1String(key)].toInteger());

        // Products by SKU across both: the shared SKUs are one row with both
        // stores, each store's figure its own report's, converted.
        const QJsonObject skus = report({QStringLiteral("--currency"), QStringLiteral("USD"),
                                         QStringLiteral("--group-by"), QStringLiteral("sku")});
        const QJsonObject euSkus = report({QStringLiteral("--store"), QStringLiteral("EU Shop"),
                                           QStringLiteral("--group-by"), QStringLiteral("sku")});
        std::map<QString, qint64> euNet;
        for (const QJsonValue &v : euSkus[QStringLiteral("skus")].toArray()) {
            const QJsonObject row = v.toObject();
            euNet[row[QStringLiteral("sku")].toString()] = minor(row, "net_sales", "EUR");
        }
        int matched = 0;
        for (const QJsonValue &v : skus[QStringLiteral("skus")].toArray()) {
            const QJsonObject row = v.toObject();
            const QJsonArray stores = row[QStringLiteral("stores")].toArray();
            QCOMPARE(row[QStringLiteral("matched")].toBool(), stores.size() > 1);
            qint64 sum = 0;
            for (const QJsonValue &s : stores) {
                const QJsonObject store = s.toObject();
                sum += minor(store, "net_sales", "USD");
                if (store[QStringLiteral("store")].toString() == QLatin1String("EU Shop")) {
                    QCOMPARE(store[QStringLiteral("platform")].toString(),
                             QStringLiteral("WooCommerce"));
                    const QString sku = store[QStringLiteral("sku")].toString();
                    QVERIFY2(euNet.count(sku), qPrintable(sku));
                    QCOMPARE(minor(store, "net_sales", "USD"),
                             *rate.convert(euNet[sku], u"EUR", u"USD"));
                }
            }
            QCOMPARE(minor(row, "net_sales", "USD"), sum);
            if (!row[QStringLiteral("matched")].toBool())
                continue;
            ++matched;
            QCOMPARE(stores[0].toObject()[QStringLiteral("platform")].toString(),
                     QStringLiteral("Shopify"));
            QCOMPARE(stores[1].toObject()[QStringLiteral("platform")].toString(),
                     QStringLiteral("WooCommerce"));
        }
        QVERIFY2(matched >= 3, qPrintable(QString::number(matched)));
        const Run text =
            cli({QStringLiteral("report"), QStringLiteral("--workspace"), QStringLiteral("Mixed"),
                 QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--group-by"),
                 QStringLiteral("sku"), QStringLiteral("--from"), range[1], QStringLiteral("--to"),
                 range[3]});
        QVERIFY2(text.out.contains(QLatin1String("Products by SKU across stores")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("EU Shop (WooCommerce)")));
        const Run bad =
            cli({QStringLiteral("report"), QStringLiteral("--workspace"), QStringLiteral("Mixed"),
                 QStringLiteral("--group-by"), QStringLiteral("colour"), QStringLiteral("--from"),
                 range[1], QStringLiteral("--to"), range[3]});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("--group-by")));
    }

    void killedSyncResumesExactly()
    {
        // Latency stretches the sync, so that the kills land inside it.
        sim::WooSimulatorHost host(shop(2500, 25));
        QVERIFY(host.start());
        useKey(host.simulator());
        for (const QString &name : {QStringLiteral("Reference"), QStringLiteral("Killed")}) {
            QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("create"), name}).exitCode,
                     0);
            QCOMPARE(addStore(name, host.simulator().baseUrl()).exitCode, 0);
        }
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--workspace"),
                      QStringLiteral("Reference")})
                     .exitCode,
                 0);
        const QStringList sync{QStringLiteral("sync"), QStringLiteral("--workspace"),
                               QStringLiteral("Killed"), QStringLiteral("--json-progress")};
        int kills = 0;
        for (int delayMs : {400, 900, 1500, 2200}) {
            std::unique_ptr<QProcess> p(start(sync));
            QVERIFY(p->waitForStarted());
            if (!p->waitForFinished(delayMs)) {
                p->kill(); // SIGKILL: no chance to clean up
                p->waitForFinished();
                ++kills;
            }
        }
        QVERIFY(kills >= 1);
        const Run last = cli(sync, 300000);
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        auto killed = open(QStringLiteral("Killed"));
        QCOMPARE(compare(*killed, host.simulator().orders()), QStringList());
        auto reference = open(QStringLiteral("Reference"));
        QCOMPARE(canonicalOrderTables(killed->db()), canonicalOrderTables(reference->db()));
    }
};

QTEST_GUILESS_MAIN(TestWooCli)
#include "tst_woo_cli.moc"
