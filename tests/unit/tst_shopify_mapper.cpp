// The Shopify mappers against GraphQL-shaped nodes (as the Admin API and its
// bulk JSONL send them) and against Shopify's documented webhook bodies in
// tests/fixtures/reference/shopify/webhooks.
#include "TestEnvironment.h"
#include "common/IsoTime.h"
#include "connectors/shopify/BulkOrderParser.h"
#include "connectors/shopify/GraphQlDocuments.h"
#include "connectors/shopify/ShopifyMapper.h"
#include "connectors/shopify/ShopifyWebhookMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {
// A GraphQL node from tests/fixtures/shopify, shaped as the Admin API sends it.
QJsonObject fixture(const char *name)
{
    QFile file(
        sourcePath(QStringLiteral("tests/fixtures/shopify/%1.json").arg(QLatin1String(name))));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject webhook(const QString &topic)
{
    QFile file(sourcePath(QStringLiteral("tests/fixtures/reference/shopify/webhooks/") + topic +
                          QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing reference webhook %s", qPrintable(topic));
    return QJsonDocument::fromJson(file.readAll()).object();
}

qint64 utc(const char *iso)
{
    return *IsoTime::parseMs(QString::fromLatin1(iso));
}

} // namespace

class TestShopifyMapper : public QObject
{
    Q_OBJECT
private slots:
    void isoTime()
    {
        QCOMPARE(utc("1970-01-01T00:00:00Z"), qint64(0));
        QCOMPARE(utc("2021-12-31T19:00:00-05:00"), utc("2022-01-01T00:00:00Z"));
        QCOMPARE(utc("2024-03-10T06:59:00.5Z"), utc("2024-03-10T06:59:00Z") + 500);
        QCOMPARE(utc("2024-03-10T12:29:00+0530"), utc("2024-03-10T06:59:00Z"));
        QCOMPARE(IsoTime::formatUtc(utc("2024-02-29T23:59:59.123Z")),
                 QStringLiteral("2024-02-29T23:59:59.123Z"));
        QCOMPARE(IsoTime::formatUtc(-1), QStringLiteral("1969-12-31T23:59:59.999Z"));
        for (const char *bad :
             {"2024-02-30T00:00:00Z", "2024-03-10T06:59:00", "2024-03-10", "yesterday",
              "2024-13-01T00:00:00Z", "2024-03-10T06:59:00Zjunk", ""})
            QVERIFY2(!IsoTime::parseMs(QString::fromLatin1(bad)), bad);
    }

    void graphQlOrder()
    {
        ShopifyMapper mapper(QStringLiteral("USD"));
        Order o;
        QString reason;
        QVERIFY2(mapper.order(fixture("order_node"), &o, &reason), qPrintable(reason));
        QVERIFY(o.id.isNumber());
        QCOMPARE(o.id.number(), qint64(9007199254740993)); // 2^53 + 1, exact
        QCOMPARE(o.name, QStringLiteral("#1042"));
        QCOMPARE(o.processedAtMs, utc("2024-03-10T06:59:00Z"));
        QCOMPARE(o.customerId.number(), qint64(7208311406642));
        QCOMPARE(o.subtotal, qint64(6300));
        QCOMPARE(o.totalDiscounts, qint64(700));
        QCOMPARE(o.totalShipping, qint64(499));
        QCOMPARE(o.totalTax, qint64(630));
        QCOMPARE(o.totalPrice, qint64(7429));
        QCOMPARE(o.presentmentCurrency, QStringLiteral("EUR"));
        QCOMPARE(o.presentmentTotal.value_or(-1), qint64(6812));
        QCOMPARE(o.financialStatus, QStringLiteral("PARTIALLY_REFUNDED"));
        QCOMPARE(int(o.lines.size()), 2);
        QCOMPARE(o.lines[0].quantity, qint64(2));
        QCOMPARE(o.lines[0].originalUnitPrice, qint64(2000));
        // From the allocations (line-level 1.00 + the code's 3.00), not from
        // totalDiscountSet, which leaves order-level discounts out.
        QCOMPARE(o.lines[0].totalDiscount, qint64(400));
        QCOMPARE(o.lines[1].totalDiscount, qint64(300));
        QCOMPARE(o.lines[0].tax, qint64(360));
        QCOMPARE(o.lines[0].variantId.number(), qint64(44012345678901));
        QVERIFY(o.lines[1].productId.isNull());
        QCOMPARE(o.lines[1].tax, qint64(270)); // two tax lines
        // The original sale is not a refund; the RefundAgreement is.
        QCOMPARE(int(o.refunds.size()), 1);
        const Refund &r = o.refunds[0];
        QCOMPARE(r.id.number(), qint64(1028419436850));
        QCOMPARE(r.createdAtMs, utc("2024-03-12T09:59:00Z"));
        QCOMPARE(r.note, QStringLiteral("too small"));
        QCOMPARE(r.total, qint64(2479));
        QCOMPARE(r.shipping, qint64(499));
        QCOMPARE(r.shippingTax, qint64(0));
        QCOMPARE(int(r.lines.size()), 1);
        QCOMPARE(r.lines[0].lineItemId.number(), qint64(13905302446130));
        QCOMPARE(r.lines[0].quantity, qint64(1));
        QCOMPARE(r.lines[0].subtotal, qint64(1800)); // -(−19.80 − (−1.80))
        QCOMPARE(r.lines[0].tax, qint64(180));
    }

    void bulkPiecesEqualTheWholeOrder()
    {
        // Bulk JSONL sends the order, its lines and agreements on separate lines.
        ShopifyMapper mapper(QStringLiteral("USD"));
        const QJsonObject node = fixture("order_node");
        Order whole, header;
        QString reason;
        QVERIFY(mapper.order(node, &whole, &reason));
        QVERIFY(mapper.orderHeader(node, &header, &reason));
        for (const QJsonObject &ln :
             ShopifyMapper::nodes(node.value(QStringLiteral("lineItems")))) {
            LineItem line;
            QVERIFY(mapper.lineItem(ln, &line, &reason));
            header.lines.push_back(line);
        }
        for (const QJsonObject &ag :
             ShopifyMapper::nodes(node.value(QStringLiteral("agreements")))) {
            Refund r;
            bool isRefund = false;
            QVERIFY(mapper.refund(ag, ShopifyMapper::nodes(ag.value(QStringLiteral("sales"))), &r,
                                  &isRefund, &reason));
            if (isRefund)
                header.refunds.push_back(r);
        }
        QCOMPARE(int(header.lines.size()), int(whole.lines.size()));
        QCOMPARE(header.refunds.front().lines.front().subtotal,
                 whole.refunds.front().lines.front().subtotal);
        QCOMPARE(header.totalPrice, whole.totalPrice);
    }

    // Order.totalDiscountsSet is the sum of every allocation, the lines' and
    // the shipping line's; an order whose allocations disagree is kept aside.
    void discountsMustAddUp()
    {
        ShopifyMapper mapper(QStringLiteral("USD"));
        Order o;
        QString reason;
        QJsonObject node = fixture("order_node");
        node.insert(QStringLiteral("totalDiscountsSet"),
                    QJsonObject{{QStringLiteral("shopMoney"),
                                 QJsonObject{{QStringLiteral("amount"), QStringLiteral("8.0")}}}});
        QVERIFY(!mapper.order(node, &o, &reason));
        QVERIFY2(reason.contains(QLatin1String("#1042")) &&
                     reason.contains(QLatin1String("7.00")) &&
                     reason.contains(QLatin1String("8.00")),
                 qPrintable(reason));
        // A free-shipping code: allocated to the shipping line, part of the
        // total, taken off the shipping charged.
        node.insert(
            QStringLiteral("totalDiscountsSet"),
            QJsonObject{{QStringLiteral("shopMoney"),
                         QJsonObject{{QStringLiteral("amount"), QStringLiteral("11.99")}}}});
        node.insert(QStringLiteral("shippingLine"),
                    QJsonObject{{QStringLiteral("discountAllocations"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("allocatedAmountSet"),
                                      QJsonObject{{QStringLiteral("shopMoney"),
                                                   QJsonObject{{QStringLiteral("amount"),
                                                                QStringLiteral("4.99")}}}}}}}}});
        QVERIFY2(mapper.order(node, &o, &reason), qPrintable(reason));
        QCOMPARE(o.totalShipping, qint64(0));
        QCOMPARE(o.totalDiscounts, qint64(1199));
    }

    // The bulk parser can only tell at the end of the file: the order is
    // taken out again and kept aside; a balanced one stays.
    void bulkDiscountsMustAddUp()
    {
        auto money = [](const char *amount) {
            return QJsonObject{{QStringLiteral("shopMoney"),
                                QJsonObject{{QStringLiteral("amount"), QLatin1String(amount)}}}};
        };
        auto order = [&](int id, const char *discounts) {
            return QJsonObject{
                {QStringLiteral("id"), QStringLiteral("gid://shopify/Order/%1").arg(id)},
                {QStringLiteral("name"), QStringLiteral("#%1").arg(id)},
                {QStringLiteral("createdAt"), QStringLiteral("2026-01-02T10:00:00Z")},
                {QStringLiteral("processedAt"), QStringLiteral("2026-01-02T10:00:00Z")},
                {QStringLiteral("updatedAt"), QStringLiteral("2026-01-02T10:00:00Z")},
                {QStringLiteral("currencyCode"), QStringLiteral("USD")},
                {QStringLiteral("totalDiscountsSet"), money(discounts)},
                {QStringLiteral("totalShippingPriceSet"), money("5.00")},
                {QStringLiteral("shippingLine"),
                 QJsonObject{{QStringLiteral("discountAllocations"), QJsonArray{}}}},
                {QStringLiteral("totalPriceSet"), money("45.00")}};
        };
        auto line = [&](int id, int orderId, const char *allocated) {
            return QJsonObject{
                {QStringLiteral("id"), QStringLiteral("gid://shopify/LineItem/%1").arg(id)},
                {QStringLiteral("__parentId"),
                 QStringLiteral("gid://shopify/Order/%1").arg(orderId)},
                {QStringLiteral("title"), QStringLiteral("Tent")},
                {QStringLiteral("quantity"), 1},
                {QStringLiteral("originalUnitPriceSet"), money("20.00")},
                {QStringLiteral("discountAllocations"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("allocatedAmountSet"), money(allocated)}}}}};
        };
        const QList<QJsonObject> lines{order(1, "4.00"),    order(2, "4.00"),
                                       line(11, 1, "2.00"), line(21, 2, "2.00"),
                                       line(12, 1, "2.00"), line(22, 2, "1.00")};
        BulkOrderParser parser(QStringLiteral("USD"));
        IngestBatch batch;
        for (const QJsonObject &l : lines)
            parser.parseLine(QJsonDocument(l).toJson(QJsonDocument::Compact), batch);
        QVERIFY(batch.rejected.empty());
        parser.finish(batch);
        QCOMPARE(int(batch.deletedOrders.size()), 1);
        QCOMPARE(batch.deletedOrders[0].number(), qint64(2));
        QCOMPARE(int(batch.rejected.size()), 1);
        QVERIFY2(batch.rejected[0].reason.contains(QLatin1String("3.00")) &&
                     batch.rejected[0].reason.contains(QLatin1String("4.00")),
                 qPrintable(batch.rejected[0].reason));
        // The lines' discounts are their allocations.
        qint64 discount = 0;
        for (const OrderPiece &p : batch.orderPieces)
            if (p.kind == OrderPiece::Kind::Line && p.orderId.number() == 1)
                discount += p.line().totalDiscount;
        QCOMPARE(discount, qint64(400));
    }

    void badRecordsGiveReasons()
    {
        ShopifyMapper mapper(QStringLiteral("USD"));
        QString reason;
        Order o;
        QJsonObject node = fixture("order_node");
        node.insert(QStringLiteral("totalPriceSet"),
                    QJsonObject{{QStringLiteral("shopMoney"),
                                 QJsonObject{{QStringLiteral("amount"), QStringLiteral("1e3")}}}});
        QVERIFY(!mapper.order(node, &o, &reason));
        QVERIFY2(reason.contains(QLatin1String("1e3")), qPrintable(reason));
        node = fixture("order_node");
        node.insert(QStringLiteral("id"), QStringLiteral("gid://shopify/Order/not-a-number"));
        QVERIFY(!mapper.order(node, &o, &reason));
        node = fixture("order_node");
        node.insert(QStringLiteral("currencyCode"), QStringLiteral("CAD"));
        QVERIFY(!mapper.order(node, &o, &reason));
        QVERIFY(reason.contains(QLatin1String("CAD")));
        node = fixture("order_node");
        node.insert(QStringLiteral("processedAt"), QStringLiteral("last tuesday"));
        QVERIFY(!mapper.order(node, &o, &reason));
        // JPY: no minor digits; a fraction is an error, not a rounding.
        ShopifyMapper yen(QStringLiteral("JPY"));
        node = fixture("order_node");
        node.insert(QStringLiteral("currencyCode"), QStringLiteral("JPY"));
        QVERIFY(!yen.order(node, &o, &reason)); // "74.29" JPY
    }

    void catalogAndCustomers()
    {
        ShopifyMapper mapper(QStringLiteral("KWD"));
        QString reason;
        Variant v;
        QVERIFY(mapper.variant(fixture("variant_node"), &v, &reason));
        QCOMPARE(v.price, qint64(12345));
        QCOMPARE(v.unitCost.value_or(-1), qint64(4500));
        QVERIFY(!v.compareAtPrice);
        QCOMPARE(v.inventoryItemId.number(), qint64(46012345678901));
        Customer c;
        QVERIFY(mapper.customer(fixture("customer_node"), &c, &reason));
        QCOMPARE(c.ordersCount.value_or(-1), qint64(12)); // UnsignedInt64 arrives as a string
        QCOMPARE(c.amountSpent.value_or(-1), qint64(1234500));
        QCOMPARE(c.email, QStringLiteral("ana@example.com"));
        QCOMPARE(c.country, QStringLiteral("KW"));
        std::vector<InventoryLevel> levels;
        QVERIFY(mapper.inventoryLevels(fixture("inventory_item_node"), &levels, &reason));
        QCOMPARE(int(levels.size()), 1);
        QCOMPARE(levels[0].available, qint64(7));
        QCOMPARE(levels[0].onHand, qint64(9));
        QCOMPARE(levels[0].locationId.number(), qint64(71234567));
        Checkout co;
        QVERIFY(mapper.checkout(fixture("checkout_node"), &co, &reason));
        QCOMPARE(co.totalPrice, qint64(11500));
        QVERIFY(co.completedAtMs.has_value());
        QCOMPARE(co.email, QStringLiteral("b@example.com"));
    }

    void referenceOrderWebhooks_data()
    {
        QTest::addColumn<QString>("topic");
        for (const char *t :
             {"orders__create", "orders__updated", "orders__paid", "orders__cancelled"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void referenceOrderWebhooks()
    {
        QFETCH(QString, topic);
        ShopifyWebhookMapper mapper(QStringLiteral("USD"));
        QJsonObject body = webhook(topic);
        Order o;
        QString reason;
        // Shopify's examples state total_discounts 20.00 with no allocation
        // on any line or shipping line: not self-consistent, so kept aside.
        QVERIFY(!mapper.order(body, &o, &reason));
        QVERIFY2(reason.contains(QLatin1String("0.00")) && reason.contains(QLatin1String("20.00")),
                 qPrintable(reason));
        // With the 20.00 allocated to the first line, as a code would be.
        QJsonArray items = body.value(QStringLiteral("line_items")).toArray();
        QJsonObject first = items[0].toObject();
        first.insert(
            QStringLiteral("discount_allocations"),
            QJsonArray{QJsonObject{
                {QStringLiteral("amount"), QStringLiteral("20.00")},
                {QStringLiteral("amount_set"),
                 QJsonObject{
                     {QStringLiteral("shop_money"),
                      QJsonObject{{QStringLiteral("amount"), QStringLiteral("20.00")},
                                  {QStringLiteral("currency_code"), QStringLiteral("USD")}}}}}}});
        items[0] = first;
        body.insert(QStringLiteral("line_items"), items);
        QVERIFY2(mapper.order(body, &o, &reason), qPrintable(reason));
        QCOMPARE(o.lines[0].totalDiscount, qint64(2000));
        // The numeric id was rounded by a double upstream; the gid is exact.
        QCOMPARE(o.id.number(), qint64(820982911946154508));
        QCOMPARE(o.name, QStringLiteral("#9999"));
        QCOMPARE(o.createdAtMs, utc("2022-01-01T00:00:00Z"));
        QCOMPARE(o.customerId.number(), qint64(115310627314723954));
        QCOMPARE(o.currency, QStringLiteral("USD"));
        QVERIFY(o.test);
        QCOMPARE(int(o.lines.size()), body.value(QStringLiteral("line_items")).toArray().size());
        QCOMPARE(o.lines[0].id.number(), qint64(487817672276298554));
        QCOMPARE(o.lines[0].originalUnitPrice, qint64(8999));
        QCOMPARE(o.lines[0].quantity, qint64(1));
        QCOMPARE(o.totalShipping, qint64(1000));
        QCOMPARE(o.totalDiscounts, qint64(2000));
        QCOMPARE(o.subtotal, qint64(40495));
        qint64 linesTotal = 0;
        for (const LineItem &l : o.lines)
            linesTotal += l.originalUnitPrice * l.quantity;
        QCOMPARE(linesTotal, qint64(41495)); // total_line_items_price
        if (topic == QLatin1String("orders__cancelled"))
            QVERIFY(o.cancelledAtMs.has_value());
    }

    void referenceRefundWebhook()
    {
        ShopifyWebhookMapper mapper(QStringLiteral("USD"));
        Refund r;
        QString reason;
        QVERIFY2(mapper.refund(webhook(QStringLiteral("refunds__create")), &r, &reason),
                 qPrintable(reason));
        QCOMPARE(r.id.number(), qint64(890088186047892319));
        QCOMPARE(r.note, QStringLiteral("Things were damaged"));
        QCOMPARE(int(r.lines.size()), 5);
        QCOMPARE(r.lines[0].lineItemId.number(), qint64(487817672276298554));
        QCOMPARE(r.lines[0].subtotal, qint64(8999)); // from subtotal_set, not the float "subtotal"
        QCOMPARE(r.lines[1].subtotal, qint64(1999));
        QCOMPARE(r.total, qint64(8500)); // the two successful refund transactions
    }

    void referenceOtherWebhooks()
    {
        ShopifyWebhookMapper mapper(QStringLiteral("USD"));
        QString reason;
        Customer c;
        QVERIFY2(mapper.customer(webhook(QStringLiteral("customers__update")), &c, &reason),
                 qPrintable(reason));
        QVERIFY(c.id.isNumber());
        QVERIFY(!c.email.isEmpty());
        Product p;
        std::vector<Variant> variants;
        const QJsonObject productBody = webhook(QStringLiteral("products__update"));
        QVERIFY2(mapper.product(productBody, &p, &variants, &reason), qPrintable(reason));
        QCOMPARE(int(variants.size()),
                 productBody.value(QStringLiteral("variants")).toArray().size());
        QCOMPARE(variants[0].id.number(), qint64(642667041472713922));
        QCOMPARE(variants[0].price, qint64(1999));
        QCOMPARE(variants[0].compareAtPrice.value_or(-1), qint64(2499));
        Checkout co;
        QVERIFY2(mapper.checkout(webhook(QStringLiteral("checkouts__update")), &co, &reason),
                 qPrintable(reason));
        QCOMPARE(co.totalPrice, qint64(42188));
        QCOMPARE(co.subtotal, qint64(39800));
        QCOMPARE(co.customerId.number(), qint64(603851970716743426));
        QCOMPARE(co.id.text(), QStringLiteral("123123123")); // the body has only a token
        for (const char *t : {"customers__create", "products__create", "checkouts__create"}) {
            const QJsonObject b = webhook(QString::fromLatin1(t));
            bool ok = false;
            if (QByteArray(t).startsWith("customers"))
                ok = mapper.customer(b, &c, &reason);
            else if (QByteArray(t).startsWith("products"))
                ok = mapper.product(b, &p, &variants, &reason);
            else
                ok = mapper.checkout(b, &co, &reason);
            QVERIFY2(ok, qPrintable(QString::fromLatin1(t) + QStringLiteral(": ") + reason));
        }
    }

    void documentsAssemble()
    {
        for (const char *op :
             {"Shop", "OrdersPage", "OrderDetails", "OrdersCount", "CustomersPage", "ProductsPage",
              "VariantsPage", "LocationsPage", "InventoryPage", "CheckoutsPage", "BulkRunQuery",
              "BulkOperationStatus", "BulkCancel"}) {
            const QString doc = GraphQlDocuments::document(QString::fromLatin1(op));
            QVERIFY2(!doc.isEmpty(), op);
        }
        const QString orders = GraphQlDocuments::document(QStringLiteral("OrdersPage"));
        QVERIFY(orders.contains(QLatin1String("fragment OrderFields on Order")));
        QVERIFY(orders.contains(QLatin1String("fragment SaleFields on Sale")));
        QVERIFY(!orders.contains(QLatin1String("fragment VariantFields")));
        QVERIFY(GraphQlDocuments::document(QStringLiteral("VariantsPage"))
                    .contains(QLatin1String("fragment VariantFields")));
        const QString bulk = GraphQlDocuments::bulkOrdersQuery(
            QStringLiteral("updated_at:<='2026-01-01T00:00:00Z'"));
        QVERIFY(
            bulk.contains(QLatin1String("orders(query: \"updated_at:<='2026-01-01T00:00:00Z'\"")));
        QVERIFY(GraphQlDocuments::document(QStringLiteral("NoSuchQuery")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShopifyMapper)
#include "tst_shopify_mapper.moc"
