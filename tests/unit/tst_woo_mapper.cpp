// The WooCommerce mapper and webhook mapper against WooCommerce's own
// documented examples (tests/fixtures/reference/woocommerce).
#include "TestEnvironment.h"
#include "connectors/woocommerce/WooConnector.h"
#include "connectors/woocommerce/WooMapper.h"
#include "connectors/woocommerce/WooWebhookMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using namespace storelens;

namespace {
QJsonDocument reference(const char *name)
{
    QFile file(test::sourcePath(
        QStringLiteral("tests/fixtures/reference/woocommerce/%1.json").arg(QLatin1String(name))));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll());
}
} // namespace

class TstWooMapper : public QObject
{
    Q_OBJECT
private slots:
    void order()
    {
        WooMapper mapper(QStringLiteral("USD"));
        Order o;
        QString reason;
        QVERIFY2(mapper.order(reference("order").object(), &o, &reason), qPrintable(reason));
        QCOMPARE(o.id, PlatformId(727));
        QCOMPARE(o.name, QStringLiteral("#727"));
        QCOMPARE(o.financialStatus, QStringLiteral("processing"));
        QCOMPARE(o.totalPrice, 2935);
        QCOMPARE(o.totalTax, 135);
        QCOMPARE(o.totalShipping, 1000);
        QCOMPARE(o.totalDiscounts, 0);
        QCOMPARE(o.subtotal, 1800);
        // Guest: keyed by the lower-cased billing e-mail.
        QCOMPARE(o.customerId, PlatformId(QStringLiteral("john.doe@example.com")));
        QCOMPARE(
            o.createdAtMs,
            QDateTime(QDate(2017, 3, 22), QTime(19, 28, 2), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(int(o.lines.size()), 2);
        QCOMPARE(o.lines[0].id, PlatformId(315));
        QCOMPARE(o.lines[0].quantity, 2);
        QCOMPARE(o.lines[0].originalUnitPrice, 300);
        QCOMPARE(o.lines[0].tax, 45);
        QCOMPARE(o.lines[0].variantId, PlatformId(93)); // a simple product is its own variant
        QCOMPARE(o.lines[1].variantId, PlatformId(23));
        QCOMPARE(o.lines[1].tax, 90); // "0.90"
        // Gross sales are the line subtotals themselves.
        QCOMPARE(o.lines[0].subtotal, std::optional<qint64>(600));
        QCOMPARE(o.lines[1].subtotal, std::optional<qint64>(1200));
        // Analytics dates an order by its creation, not its payment (6 s later).
        QCOMPARE(o.processedAtMs, o.createdAtMs);
        QVERIFY(o.countsInSales); // processing
        QVERIFY(!o.excludedFromSales());
        Customer guest;
        QVERIFY(mapper.guestCustomer(reference("order").object(), &guest));
        QCOMPARE(guest.email, QStringLiteral("john.doe@example.com"));
    }

    void legacyRefundKeyAndRegisteredCustomer()
    {
        WooMapper mapper(QStringLiteral("USD"));
        const QJsonArray list = reference("orders_list").array();
        Order o;
        QString reason;
        QVERIFY2(mapper.order(list.at(1).toObject(), &o, &reason), qPrintable(reason));
        QCOMPARE(o.customerId, PlatformId(26));
        QCOMPARE(int(o.refunds.size()), 2);
        QCOMPARE(o.refunds[0].total, 1000); // "-10.00" in the summary
        QCOMPARE(o.refunds[1].total, 900);
        QJsonObject legacy{{QStringLiteral("id"), 5},
                           {QStringLiteral("refund"), QStringLiteral("Damaged")},
                           {QStringLiteral("total"), QStringLiteral("-1.50")}};
        Refund r;
        QVERIFY(mapper.refundSummary(legacy, &r, &reason));
        QCOMPARE(r.note, QStringLiteral("Damaged"));
        QCOMPARE(r.total, 150);
        Customer guest;
        QVERIFY(!mapper.guestCustomer(list.at(1).toObject(), &guest));
    }

    // WooCommerce Analytics' default statuses: processing, completed, on-hold
    // and refunded count; the rest never do, custom ones neither.
    void statusesCountInSalesByAnalyticsDefaults_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("counts");
        QTest::newRow("processing") << QStringLiteral("processing") << true;
        QTest::newRow("completed") << QStringLiteral("completed") << true;
        QTest::newRow("on-hold") << QStringLiteral("on-hold") << true;
        QTest::newRow("refunded") << QStringLiteral("refunded") << true;
        QTest::newRow("pending") << QStringLiteral("pending") << false;
        QTest::newRow("failed") << QStringLiteral("failed") << false;
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << false;
        QTest::newRow("checkout-draft") << QStringLiteral("checkout-draft") << false;
        QTest::newRow("trash") << QStringLiteral("trash") << false;
        QTest::newRow("custom") << QStringLiteral("awaiting-shipment") << false;
    }
    void statusesCountInSalesByAnalyticsDefaults()
    {
        QFETCH(QString, status);
        QFETCH(bool, counts);
        QJsonObject json = reference("order").object();
        json.insert(QStringLiteral("status"), status);
        WooMapper mapper(QStringLiteral("USD"));
        Order o;
        QString reason;
        QVERIFY2(mapper.order(json, &o, &reason), qPrintable(reason));
        QCOMPARE(o.financialStatus, status);
        QCOMPARE(o.countsInSales, counts);
        QCOMPARE(o.excludedFromSales(), !counts);
    }

    // A subtotal that quantity does not divide: the unit price is rounded,
    // the line's gross sales stay exact.
    void lineSubtotalIsExact()
    {
        QJsonObject json = reference("order").object();
        QJsonArray lines = json.value(QLatin1String("line_items")).toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(QStringLiteral("quantity"), 3);
        line.insert(QStringLiteral("subtotal"), QStringLiteral("10.00"));
        line.insert(QStringLiteral("total"), QStringLiteral("8.99"));
        lines.replace(0, line);
        json.insert(QStringLiteral("line_items"), lines);
        WooMapper mapper(QStringLiteral("USD"));
        Order o;
        QString reason;
        QVERIFY2(mapper.order(json, &o, &reason), qPrintable(reason));
        QCOMPARE(o.lines[0].originalUnitPrice, 333);
        QCOMPARE(o.lines[0].subtotal, std::optional<qint64>(1000));
        QCOMPARE(o.lines[0].grossSales(), 1000); // not 333 x 3 = 999
        QCOMPARE(o.lines[0].totalDiscount, 101); // subtotal - total
        QCOMPARE(o.subtotal, 1000 + 1200);
    }

    void refunds()
    {
        WooMapper mapper(QStringLiteral("USD"));
        const QJsonArray list = reference("order_refunds_list").array();
        Refund amountOnly, withLines;
        QString reason;
        QVERIFY(mapper.refund(list.at(0).toObject(), &amountOnly, &reason));
        QCOMPARE(amountOnly.id, PlatformId(726));
        QCOMPARE(amountOnly.total, 1000);
        QVERIFY(amountOnly.lines.empty());
        QVERIFY(mapper.refund(list.at(1).toObject(), &withLines, &reason));
        QCOMPARE(withLines.total, 900);
        QCOMPARE(int(withLines.lines.size()), 1);
        QCOMPARE(withLines.lines[0].lineItemId, PlatformId(311));
        QCOMPARE(withLines.lines[0].quantity, 1);   // -1 in the API
        QCOMPARE(withLines.lines[0].subtotal, 900); // "-9.00"
        QCOMPARE(withLines.lines[0].tax, 0);
        Refund single;
        QVERIFY(mapper.refund(reference("order_refund").object(), &single, &reason));
        QCOMPARE(single.total, 1000);
    }

    void exactMoney()
    {
        WooMapper mapper(QStringLiteral("USD"));
        qint64 v = 0;
        QString reason;
        QVERIFY(mapper.money(QJsonValue(QStringLiteral("92233720368547758.07")), &v, &reason, "x"));
        QCOMPARE(v, std::numeric_limits<qint64>::max());
        QVERIFY(mapper.money(QJsonValue(QStringLiteral("0.1")), &v, &reason, "x"));
        QCOMPARE(v, 10);
        QVERIFY(!mapper.money(QJsonValue(QStringLiteral("1e3")), &v, &reason, "x"));
        QVERIFY(!mapper.money(QJsonValue(QStringLiteral("1.005")), &v, &reason, "x"));
        WooMapper kwd(QStringLiteral("KWD"));
        QVERIFY(kwd.money(QJsonValue(QStringLiteral("1.005")), &v, &reason, "x"));
        QCOMPARE(v, 1005);
        QCOMPARE(WooMapper::gmtParam(0), QStringLiteral("1970-01-01T00:00:00")); // no Z
    }

    void customersAndProducts()
    {
        WooMapper mapper(QStringLiteral("USD"));
        Customer c;
        QString reason;
        QVERIFY(mapper.customer(reference("customer").object(), &c, &reason));
        QCOMPARE(c.id, PlatformId(25));
        QCOMPARE(c.email, QStringLiteral("john.doe@example.com"));
        Product p;
        std::vector<Variant> variants;
        std::vector<InventoryLevel> levels;
        QVERIFY(mapper.product(reference("product").object(), &p, &variants, &levels, &reason));
        QCOMPARE(p.id, PlatformId(794));
        QCOMPARE(int(variants.size()), 1);
        QCOMPARE(variants[0].price, 2199);
        QVERIFY(levels.empty());

        QJsonObject variation = reference("product_variation").object();
        Variant v;
        QVERIFY(mapper.variation(variation, 22, &v, &levels, &reason));
        QCOMPARE(v.id, PlatformId(732));
        QCOMPARE(v.productId, PlatformId(22));
        QCOMPARE(v.price, 900);
        QCOMPARE(v.title, QStringLiteral("Black"));
        QVERIFY(v.inventoryItemId.isNull());
        variation[QStringLiteral("manage_stock")] = QStringLiteral("parent");
        QVERIFY(mapper.variation(variation, 22, &v, &levels, &reason));
        QCOMPARE(v.inventoryItemId, PlatformId(22)); // the parent's stock
        QVERIFY(levels.empty());
        variation[QStringLiteral("manage_stock")] = true;
        variation[QStringLiteral("stock_quantity")] = 7;
        QVERIFY(mapper.variation(variation, 22, &v, &levels, &reason));
        QCOMPARE(v.inventoryItemId, PlatformId(732));
        QCOMPARE(int(levels.size()), 1);
        QCOMPARE(levels[0].available, 7);
    }

    void idSetRoundTrip()
    {
        const QList<qint64> ids = {5, 1, 9'000'000'000'000LL, 77, 78};
        QList<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(WooConnector::decodeIds(WooConnector::encodeIds(ids)), sorted);
    }

    void webhookSignature()
    {
        const QByteArray body = QJsonDocument(reference("order").object()).toJson();
        const QByteArray secret = "s3cret";
        const QByteArray good =
            QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
        QVERIFY(WooWebhookMapper::verifySignature(body, good, secret));
        QVERIFY(!WooWebhookMapper::verifySignature(body + ' ', good, secret));
        QVERIFY(!WooWebhookMapper::verifySignature(body, good, "other"));
        QVERIFY(!WooWebhookMapper::verifySignature(body, {}, secret));
        QByteArray flipped = good;
        flipped[3] = flipped[3] == 'A' ? 'B' : 'A';
        QVERIFY(!WooWebhookMapper::verifySignature(body, flipped, secret));

        WooWebhookMapper mapper(QStringLiteral("USD"));
        WooWebhookMapper::Result r;
        QString reason;
        QVERIFY2(mapper.map("order.created", body, &r, &reason), qPrintable(reason));
        QCOMPARE(int(r.batch.orders.size()), 1);
        QCOMPARE(int(r.batch.customers.size()), 1); // the guest
        QVERIFY(mapper.map("order.deleted", R"({"id":727})", &r, &reason));
        QCOMPARE(int(r.batch.deletedOrders.size()), 1);
        const QByteArray refunded =
            QJsonDocument(reference("orders_list").array().at(1).toObject()).toJson();
        QVERIFY(mapper.map("order.updated", refunded, &r, &reason));
        QVERIFY(r.batch.orders.empty());
        QCOMPARE(int(r.fetchOrders.size()), 1); // refund lines come by API
        QVERIFY(mapper.map("order.updated", "webhook_id=12", &r, &reason));
        QVERIFY(r.ignored);
        QVERIFY(!mapper.map("order.updated", "<html>", &r, &reason));
    }
};

QTEST_GUILESS_MAIN(TstWooMapper)
#include "tst_woo_mapper.moc"
