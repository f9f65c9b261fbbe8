// Webhooks through the platform seam, as the relay will hand them on: each
// platform checks its own signature header (computed here independently) and
// maps the platforms' published example bodies into records of the store.
#include "TestEnvironment.h"
#include "platform/PlatformRegistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(sourcePath(QStringLiteral("tests/fixtures/reference/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

QByteArray signature(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
}

Store storeOf(const QString &platform, const QString &currency)
{
    Store s;
    s.id = 7;
    s.platform = platform;
    s.currency = currency;
    return s;
}

} // namespace

class TestPlatformWebhooks : public QObject
{
    Q_OBJECT
    const Platform &platform(const char *id)
    {
        const Platform *p = PlatformRegistry::instance().find(QString::fromLatin1(id));
        if (!p)
            qFatal("no platform %s", id);
        return *p;
    }

private slots:
    void signatures_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("shopify") << QStringLiteral("shopify")
                                 << QByteArray("x-shopify-hmac-sha256");
        QTest::newRow("woocommerce")
            << QStringLiteral("woocommerce") << QByteArray("x-wc-webhook-signature");
    }
    void signatures()
    {
        QFETCH(QString, platform);
        QFETCH(QByteArray, header);
        const Platform &p = *PlatformRegistry::instance().find(platform);
        QVERIFY(p.deliversWebhooks());
        WebhookDelivery d;
        d.body = fixture(platform == QLatin1String("shopify")
                             ? QStringLiteral("shopify/webhooks/customers__create.json")
                             : QStringLiteral("woocommerce/order.json"));
        d.headers.insert(header, signature(d.body, "the shared secret"));
        QVERIFY(p.verifyWebhook(d, "the shared secret"));
        QVERIFY(!p.verifyWebhook(d, "another secret"));
        QVERIFY(!p.verifyWebhook(d, QByteArray()));
        WebhookDelivery tampered = d;
        tampered.body.append(' '); // re-serialised on the way: no longer the signed bytes
        QVERIFY(!p.verifyWebhook(tampered, "the shared secret"));
        WebhookDelivery unsigned_ = d;
        unsigned_.headers.clear();
        QVERIFY(!p.verifyWebhook(unsigned_, "the shared secret"));
    }

    void shopifyBodies()
    {
        const Platform &shopify = platform("shopify");
        const Store store = storeOf(QStringLiteral("shopify"), QStringLiteral("USD"));
        WebhookEvent e;
        QString reason;
        WebhookDelivery d{"customers/create",
                          fixture(QStringLiteral("shopify/webhooks/customers__create.json")),
                          {}};
        QVERIFY2(shopify.mapWebhook(d, store, &e, &reason), qPrintable(reason));
        QCOMPARE(e.batch.storeId, qint64(7));
        QCOMPARE(e.batch.customers.size(), size_t(1));
        QVERIFY(!e.ignored);

        d = {"products/create",
             fixture(QStringLiteral("shopify/webhooks/products__create.json")),
             {}};
        QVERIFY2(shopify.mapWebhook(d, store, &e, &reason), qPrintable(reason));
        QCOMPARE(e.batch.products.size(), size_t(1));
        QCOMPARE(e.batch.variants.size(), size_t(2));

        // A refund changes its order: the order is read again.
        d = {
            "refunds/create", fixture(QStringLiteral("shopify/webhooks/refunds__create.json")), {}};
        QVERIFY2(shopify.mapWebhook(d, store, &e, &reason), qPrintable(reason));
        QCOMPARE(e.fetchOrders.size(), size_t(1));
        QVERIFY(e.batch.orders.empty());

        // Shopify's example order states discounts no line carries: kept aside.
        d = {"orders/create", fixture(QStringLiteral("shopify/webhooks/orders__create.json")), {}};
        QVERIFY(!shopify.mapWebhook(d, store, &e, &reason));
        QVERIFY2(reason.contains(QLatin1String("20.00")), qPrintable(reason));

        d = {"orders/delete", R"({"id": 450789469})", {}};
        QVERIFY2(shopify.mapWebhook(d, store, &e, &reason), qPrintable(reason));
        QCOMPARE(e.batch.deletedOrders.size(), size_t(1));
        QCOMPARE(e.batch.deletedOrders[0].number(), qint64(450789469));

        d = {"app/uninstalled",
             fixture(QStringLiteral("shopify/webhooks/app__uninstalled.json")),
             {}};
        QVERIFY(shopify.mapWebhook(d, store, &e, &reason));
        QVERIFY(e.ignored);

        d = {"orders/create", "<html>502 Bad Gateway</html>", {}};
        QVERIFY(!shopify.mapWebhook(d, store, &e, &reason));
        QVERIFY2(reason.contains(QLatin1String("not a JSON object")), qPrintable(reason));
    }

    void wooCommerceBodies()
    {
        const Platform &woo = platform("woocommerce");
        const Store store = storeOf(QStringLiteral("woocommerce"), QStringLiteral("USD"));
        WebhookEvent e;
        QString reason;
        // The topic comes in its header, as WooCommerce sends it.
        WebhookDelivery d{{}, fixture(QStringLiteral("woocommerce/order.json")), {}};
        d.headers.insert("x-wc-webhook-topic", "order.updated");
        QVERIFY2(woo.mapWebhook(d, store, &e, &reason), qPrintable(reason));
        QCOMPARE(e.batch.storeId, qint64(7));
        QCOMPARE(e.batch.orders.size(), size_t(1));
        QCOMPARE(e.batch.orders[0].id.number(), qint64(727));

        // WooCommerce pings a new webhook with a form body: nothing to apply.
        d = {"order.created", "webhook_id=12", {}};
        QVERIFY(woo.mapWebhook(d, store, &e, &reason));
        QVERIFY(e.ignored);

        d = {"order.deleted", R"({"id": 727})", {}};
        QVERIFY(woo.mapWebhook(d, store, &e, &reason));
        QCOMPARE(e.batch.deletedOrders.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPlatformWebhooks)
#include "tst_platform_webhooks.moc"
