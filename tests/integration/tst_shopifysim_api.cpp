// The simulated Shopify Admin API over real HTTP: every document the connector
// sends answers with the simulator's truth (ids beyond 2^53 and amounts
// exact), pagination, search filters, cost, throttling, errors and auth behave
// as Shopify documents them.
#include "SimHttp.h"
#include "TestEnvironment.h"
#include "common/Clock.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <set>

using namespace storelens;
using namespace storelens::sim;
using namespace storelens::test;

namespace {
constexpr qint64 DataEnd = 1'795'186'800'000; // 2026-11-20T15:00:00Z
constexpr qint64 Day = 86'400'000;

QJsonObject obj(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toObject();
}
QJsonValue at(const QJsonValue &v, std::initializer_list<const char *> path)
{
    QJsonValue cur = v;
    for (const char *k : path)
        cur = cur.toObject().value(QLatin1String(k));
    return cur;
}
qint64 shopAmount(const QJsonValue &moneyBag)
{
    return minorUnits(at(moneyBag, {"shopMoney", "amount"}));
}
QJsonArray edges(const QJsonValue &connection)
{
    return connection.toObject().value(QLatin1String("edges")).toArray();
}
QJsonObject vars(std::initializer_list<std::pair<const char *, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &[k, v] : list)
        o.insert(QLatin1String(k), v);
    return o;
}
} // namespace

class TestShopifySimApi : public QObject
{
    Q_OBJECT
    std::unique_ptr<ShopifySimulatorHost> m_host;
    std::unique_ptr<SimHttp> m_http;

    ShopifySimulator &sim() { return m_host->simulator(); }

    // Compares one order node of OrderFields with the truth; `complete` tells
    // whether its nested pages held everything.
    void checkOrder(const QJsonObject &n, const SimOrder &t, bool *complete)
    {
        *complete = true;
        QCOMPARE(gidNumber(n[QLatin1String("id")]), t.id);
        QCOMPARE(n[QLatin1String("name")].toString(), t.name);
        QCOMPARE(isoMs(n[QLatin1String("createdAt")]), t.createdAtMs);
        QCOMPARE(isoMs(n[QLatin1String("processedAt")]), t.processedAtMs);
        QCOMPARE(isoMs(n[QLatin1String("updatedAt")]), t.updatedAtMs);
        QCOMPARE(isoMs(n[QLatin1String("cancelledAt")]), t.cancelledAtMs);
        QCOMPARE(isoMs(n[QLatin1String("closedAt")]), t.closedAtMs);
        QCOMPARE(n[QLatin1String("test")].toBool(), t.test);
        QCOMPARE(n[QLatin1String("email")].toString(), t.email);
        QCOMPARE(n[QLatin1String("displayFinancialStatus")].toString().toUtf8(), t.financialStatus);
        QCOMPARE(n[QLatin1String("displayFulfillmentStatus")].toString().toUtf8(),
                 t.fulfillmentStatus);
        QCOMPARE(n[QLatin1String("sourceName")].toString().toUtf8(), t.sourceName);
        QCOMPARE(n[QLatin1String("currencyCode")].toString().toUtf8(), t.currency);
        QCOMPARE(n[QLatin1String("presentmentCurrencyCode")].toString().toUtf8(),
                 t.presentmentCurrency);
        QCOMPARE(t.customerId ? gidNumber(at(n, {"customer", "id"})) : qint64(0),
                 t.customerId ? t.customerId : qint64(0));
        if (!t.customerId)
            QVERIFY(n[QLatin1String("customer")].isNull());
        QCOMPARE(shopAmount(n[QLatin1String("subtotalPriceSet")]), t.subtotal);
        QCOMPARE(shopAmount(n[QLatin1String("totalDiscountsSet")]), t.discounts);
        QCOMPARE(shopAmount(n[QLatin1String("totalShippingPriceSet")]), t.shipping);
        qint64 shippingDiscount = 0;
        for (const QJsonValue &a : at(n, {"shippingLine", "discountAllocations"}).toArray())
            shippingDiscount += shopAmount(obj(a, "allocatedAmountSet"));
        QCOMPARE(shippingDiscount, t.shippingDiscount);
        if (!t.shipping)
            QVERIFY(n[QLatin1String("shippingLine")].isNull());
        QCOMPARE(shopAmount(n[QLatin1String("totalTaxSet")]), t.tax);
        QCOMPARE(shopAmount(n[QLatin1String("totalPriceSet")]), t.total);
        QCOMPARE(at(n, {"totalPriceSet", "shopMoney", "currencyCode"}).toString().toUtf8(),
                 t.currency);
        QCOMPARE(minorUnits(at(n, {"totalPriceSet", "presentmentMoney", "amount"})),
                 t.presentmentTotal);
        QCOMPARE(at(n, {"totalPriceSet", "presentmentMoney", "currencyCode"}).toString().toUtf8(),
                 t.presentmentCurrency);

        const QJsonArray lines = edges(n[QLatin1String("lineItems")]);
        if (at(n, {"lineItems", "pageInfo", "hasNextPage"}).toBool())
            *complete = false;
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject l = obj(lines[i], "node");
            const SimLineItem &tl = t.lines.at(i);
            QCOMPARE(gidNumber(l[QLatin1String("id")]), tl.id);
            QCOMPARE(l[QLatin1String("sku")].toString(), tl.sku);
            QCOMPARE(l[QLatin1String("title")].toString(), tl.title);
            QCOMPARE(l[QLatin1String("quantity")].toInteger(), qint64(tl.quantity));
            QCOMPARE(gidNumber(at(l, {"product", "id"})), tl.productId);
            QCOMPARE(gidNumber(at(l, {"variant", "id"})), tl.variantId);
            QCOMPARE(shopAmount(l[QLatin1String("originalUnitPriceSet")]), tl.unitPrice);
            qint64 allocated = 0;
            for (const QJsonValue &a : l[QLatin1String("discountAllocations")].toArray())
                allocated += shopAmount(obj(a, "allocatedAmountSet"));
            QCOMPARE(allocated, tl.discount);
            qint64 tax = 0;
            for (const QJsonValue &tax1 : l[QLatin1String("taxLines")].toArray())
                tax += shopAmount(obj(tax1, "priceSet"));
            QCOMPARE(tax, tl.tax);
        }
        if (!*complete)
            return;
        QCOMPARE(lines.size(), t.lines.size());

        const QJsonArray agreements = edges(n[QLatin1String("agreements")]);
        if (at(n, {"agreements", "pageInfo", "hasNextPage"}).toBool()) {
            *complete = false;
            return;
        }
        QCOMPARE(agreements.size(), 1 + t.refunds.size());
        for (int a = 0; a < agreements.size(); ++a) {
            const QJsonObject ag = obj(agreements[a], "node");
            if (at(ag, {"sales", "pageInfo", "hasNextPage"}).toBool()) {
                *complete = false;
                return;
            }
            const QJsonArray sales = edges(ag[QLatin1String("sales")]);
            if (a == 0) {
                QCOMPARE(ag[QLatin1String("__typename")].toString(),
                         QStringLiteral("OrderAgreement"));
                QCOMPARE(isoMs(ag[QLatin1String("happenedAt")]), t.processedAtMs);
                qint64 sum = 0;
                for (int s = 0; s < sales.size(); ++s) {
                    const QJsonObject sale = obj(sales[s], "node");
                    QCOMPARE(sale[QLatin1String("actionType")].toString(), QStringLiteral("ORDER"));
                    sum += shopAmount(sale[QLatin1String("totalAmount")]);
                    if (s < t.lines.size()) {
                        const SimLineItem &tl = t.lines.at(s);
                        QCOMPARE(sale[QLatin1String("__typename")].toString(),
                                 QStringLiteral("ProductSale"));
                        QCOMPARE(sale[QLatin1String("lineType")].toString(),
                                 QStringLiteral("PRODUCT"));
                        QCOMPARE(sale[QLatin1String("quantity")].toInteger(), qint64(tl.quantity));
                        QCOMPARE(gidNumber(at(sale, {"lineItem", "id"})), tl.id);
                        QCOMPARE(shopAmount(sale[QLatin1String("totalTaxAmount")]), tl.tax);
                    } else {
                        QCOMPARE(sale[QLatin1String("__typename")].toString(),
                                 QStringLiteral("ShippingLineSale"));
                        QCOMPARE(shopAmount(sale[QLatin1String("totalAmount")]),
                                 t.shipping + t.shippingTax);
                    }
                }
                QCOMPARE(sum, t.total);
                continue;
            }
            const SimRefund &r = t.refunds.at(a - 1);
            QCOMPARE(ag[QLatin1String("__typename")].toString(), QStringLiteral("RefundAgreement"));
            QCOMPARE(isoMs(ag[QLatin1String("happenedAt")]), r.createdAtMs);
            const QJsonObject refund = obj(ag, "refund");
            QCOMPARE(gidNumber(refund[QLatin1String("id")]), r.id);
            QCOMPARE(isoMs(refund[QLatin1String("createdAt")]), r.createdAtMs);
            QCOMPARE(refund[QLatin1String("note")].toString(), r.note);
            QCOMPARE(shopAmount(refund[QLatin1String("totalRefundedSet")]), r.total);
            QCOMPARE(sales.size(), r.lines.size() + (r.shipping || r.shippingTax ? 1 : 0));
            qint64 sum = 0;
            for (int s = 0; s < sales.size(); ++s) {
                const QJsonObject sale = obj(sales[s], "node");
                QCOMPARE(sale[QLatin1String("actionType")].toString(), QStringLiteral("RETURN"));
                sum += shopAmount(sale[QLatin1String("totalAmount")]);
                if (s < r.lines.size()) {
                    const SimRefundLine &rl = r.lines.at(s);
                    QCOMPARE(sale[QLatin1String("quantity")].toInteger(), qint64(-rl.quantity));
                    QCOMPARE(gidNumber(at(sale, {"lineItem", "id"})), rl.lineItemId);
                    QCOMPARE(shopAmount(sale[QLatin1String("totalAmount")]),
                             -(rl.subtotal + rl.tax));
                    QCOMPARE(shopAmount(sale[QLatin1String("totalTaxAmount")]), -rl.tax);
                } else {
                    QCOMPARE(sale[QLatin1String("lineType")].toString(),
                             QStringLiteral("SHIPPING"));
                    QCOMPARE(shopAmount(sale[QLatin1String("totalAmount")]),
                             -(r.shipping + r.shippingTax));
                }
            }
            QCOMPARE(sum, -r.total);
        }
    }

private slots:
    void initTestCase()
    {
        ShopifySimConfig c;
        c.seed = 42;
        c.orders = 600;
        c.dataEndMs = DataEnd;
        c.plan = ShopPlan::Plus;
        c.timeScale = 20;
        m_host = std::make_unique<ShopifySimulatorHost>(c);
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
        m_http = std::make_unique<SimHttp>(m_host->baseUrl(), sim().accessToken());
    }

    void shopDocument()
    {
        const QJsonObject r = m_http->gql(connectorDocument(QStringLiteral("Shop.graphql")));
        const QJsonObject shop = at(r, {"data", "shop"}).toObject();
        QCOMPARE(shop[QLatin1String("name")].toString(), QStringLiteral("Acme Outdoor"));
        QCOMPARE(shop[QLatin1String("myshopifyDomain")].toString(),
                 QStringLiteral("acme-outdoor.myshopify.com"));
        QCOMPARE(shop[QLatin1String("currencyCode")].toString(), QStringLiteral("USD"));
        QCOMPARE(shop[QLatin1String("ianaTimezone")].toString(),
                 QStringLiteral("America/New_York"));
        QCOMPARE(at(shop, {"plan", "shopifyPlus"}).toBool(), true);
        QStringList scopes;
        for (const QJsonValue &s :
             at(r, {"data", "currentAppInstallation", "accessScopes"}).toArray())
            scopes.append(s[QLatin1String("handle")].toString());
        QVERIFY(scopes.contains(QStringLiteral("read_all_orders")));
        // Every answer carries its cost: shop 1 + plan 1, installation 1 + scopes 1.
        QCOMPARE(at(r, {"extensions", "cost", "requestedQueryCost"}).toInteger(), qint64(4));
        QCOMPARE(at(r, {"extensions", "cost", "actualQueryCost"}).toInteger(), qint64(4));
        QCOMPARE(at(r, {"extensions", "cost", "throttleStatus", "maximumAvailable"}).toInteger(),
                 qint64(20000));
        // Plus restores 1000 points per simulated second; at 20x that is 20000 per second.
        QCOMPARE(at(r, {"extensions", "cost", "throttleStatus", "restoreRate"}).toInteger(),
                 qint64(20000));
    }

    void ordersPageAndDetailsMatchTruth()
    {
        const QByteArray page = connectorDocument(QStringLiteral("OrdersPage.graphql"));
        const QByteArray details = connectorDocument(QStringLiteral("OrderDetails.graphql"));
        QHash<qint64, SimOrder> truth;
        for (const SimOrder &o : sim().orders())
            truth.insert(o.id, o);
        QJsonValue after = QJsonValue::Null;
        int seen = 0, followUps = 0;
        qint64 lastUpdated = 0;
        for (;;) {
            const QJsonObject r = m_http->gql(page, vars({{"first", 3},
                                                          {"after", after},
                                                          {"query", QJsonValue::Null},
                                                          {"lineItems", 10},
                                                          {"lineItemsAfter", QJsonValue::Null},
                                                          {"agreements", 3},
                                                          {"sales", 4}}));
            QVERIFY2(!r.contains(QLatin1String("errors")), QJsonDocument(r).toJson().constData());
            const QJsonObject orders = at(r, {"data", "orders"}).toObject();
            for (const QJsonValue &e : edges(orders)) {
                QJsonObject node = obj(e, "node");
                const qint64 id = gidNumber(node[QLatin1String("id")]);
                QVERIFY(truth.contains(id));
                QVERIFY(isoMs(node[QLatin1String("updatedAt")]) >= lastUpdated);
                lastUpdated = isoMs(node[QLatin1String("updatedAt")]);
                bool complete = false;
                checkOrder(node, truth.value(id), &complete);
                if (QTest::currentTestFailed())
                    return;
                if (!complete) {
                    ++followUps;
                    const QJsonObject d =
                        m_http->gql(details, vars({{"id", node[QLatin1String("id")]},
                                                   {"lineItems", 10},
                                                   {"lineItemsAfter", QJsonValue::Null},
                                                   {"agreements", 5},
                                                   {"sales", 20}}));
                    checkOrder(at(d, {"data", "order"}).toObject(), truth.value(id), &complete);
                    if (QTest::currentTestFailed())
                        return;
                    QVERIFY(complete);
                }
                ++seen;
            }
            if (!at(orders, {"pageInfo", "hasNextPage"}).toBool())
                break;
            after = at(orders, {"pageInfo", "endCursor"});
        }
        QCOMPARE(seen, truth.size());
        QVERIFY(followUps > 0); // orders with more than 4 sales need OrderDetails
    }

    // Every discount field as the 2026-04 schema describes it: totalDiscountSet,
    // discountedTotalSet and discountedUnitPriceSet without order-level
    // discounts; discountAllocations and the "after all discounts" price with
    // every one; Order.totalDiscountsSet before returns (lines and shipping),
    // currentTotalDiscountsSet after them, cartDiscountAmountSet the
    // order-level part; the shipping line's price before and after its
    // discounts.
    void discountFieldsFollowTheSchema()
    {
        const QByteArray query = R"(query($ids: [ID!]!) { nodes(ids: $ids) { ... on Order {
            id discountCode discountCodes
            totalDiscountsSet { shopMoney { amount } }
            currentTotalDiscountsSet { shopMoney { amount } }
            cartDiscountAmountSet { shopMoney { amount } }
            shippingLine { originalPriceSet { shopMoney { amount } }
                           discountedPriceSet { shopMoney { amount } } }
            lineItems(first: 50) { edges { node {
                quantity
                originalTotalSet { shopMoney { amount } }
                totalDiscountSet { shopMoney { amount } }
                discountedTotalSet { shopMoney { amount } }
                discountedUnitPriceSet { shopMoney { amount } }
                discountedUnitPriceAfterAllDiscountsSet { shopMoney { amount } }
                discountAllocations { allocatedAmount { amount } allocatedAmountSet { shopMoney { amount } } }
            } } } } } })";
        QJsonArray ids;
        std::map<qint64, SimOrder> wanted;
        int withCode = 0, withLineLevel = 0, withOrderLevelOnly = 0, withRefunds = 0;
        for (const SimOrder &o : sim().orders()) {
            qint64 lineLevel = 0, all = 0;
            for (const SimLineItem &l : o.lines) {
                lineLevel += l.lineLevelDiscount;
                all += l.discount;
            }
            const bool code = !o.discountCodes.isEmpty();
            const bool interesting = (code && withCode < 8) || (lineLevel && withLineLevel < 8) ||
                                     (all > lineLevel && !code && withOrderLevelOnly < 4) ||
                                     (o.discounts && !o.refunds.isEmpty() && withRefunds < 6);
            if (!interesting || ids.size() >= 40)
                continue;
            withCode += code;
            withLineLevel += lineLevel > 0;
            withOrderLevelOnly += all > lineLevel && !code;
            withRefunds += o.discounts && !o.refunds.isEmpty();
            ids.append(QStringLiteral("gid://shopify/Order/%1").arg(o.id));
            wanted[o.id] = o;
        }
        QVERIFY(withCode >= 4 && withLineLevel >= 4 && withRefunds >= 1);
        const QJsonObject r = m_http->gql(query, vars({{"ids", ids}}));
        QVERIFY2(!r.contains(QLatin1String("errors")),
                 QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
        const QJsonArray nodes = at(r, {"data", "nodes"}).toArray();
        QCOMPARE(nodes.size(), ids.size());
        for (const QJsonValue &v : nodes) {
            const QJsonObject n = v.toObject();
            const SimOrder &t = wanted.at(gidNumber(n[QLatin1String("id")]));
            QCOMPARE(shopAmount(n[QLatin1String("totalDiscountsSet")]), t.discounts);
            qint64 lineLevel = 0, all = 0, returnedDiscounts = 0;
            const QJsonArray lines = edges(n[QLatin1String("lineItems")]);
            QCOMPARE(lines.size(), t.lines.size());
            for (int i = 0; i < lines.size(); ++i) {
                const QJsonObject l = obj(lines[i], "node");
                const SimLineItem &tl = t.lines.at(i);
                const qint64 gross = tl.unitPrice * tl.quantity;
                QCOMPARE(shopAmount(l[QLatin1String("originalTotalSet")]), gross);
                QCOMPARE(shopAmount(l[QLatin1String("totalDiscountSet")]), tl.lineLevelDiscount);
                QCOMPARE(shopAmount(l[QLatin1String("discountedTotalSet")]),
                         gross - tl.lineLevelDiscount);
                QCOMPARE(shopAmount(l[QLatin1String("discountedUnitPriceSet")]),
                         (gross - tl.lineLevelDiscount) / tl.quantity);
                QCOMPARE(shopAmount(l[QLatin1String("discountedUnitPriceAfterAllDiscountsSet")]),
                         (gross - tl.discount) / tl.quantity);
                qint64 allocated = 0;
                for (const QJsonValue &a : l[QLatin1String("discountAllocations")].toArray()) {
                    QCOMPARE(minorUnits(at(a, {"allocatedAmount", "amount"})),
                             shopAmount(obj(a, "allocatedAmountSet")));
                    allocated += shopAmount(obj(a, "allocatedAmountSet"));
                }
                QCOMPARE(allocated, tl.discount);
                lineLevel += tl.lineLevelDiscount;
                all += tl.discount;
                for (const SimRefund &rf : t.refunds)
                    for (const SimRefundLine &rl : rf.lines)
                        if (rl.lineItemId == tl.id)
                            returnedDiscounts += tl.unitPrice * rl.quantity - rl.subtotal;
            }
            QCOMPARE(all + t.shippingDiscount, t.discounts);
            QCOMPARE(shopAmount(n[QLatin1String("currentTotalDiscountsSet")]),
                     t.discounts - returnedDiscounts);
            if (all > lineLevel)
                QCOMPARE(shopAmount(n[QLatin1String("cartDiscountAmountSet")]), all - lineLevel);
            else
                QVERIFY(n[QLatin1String("cartDiscountAmountSet")].isNull());
            QStringList codes;
            for (const QJsonValue &c : n[QLatin1String("discountCodes")].toArray())
                codes << c.toString();
            QCOMPARE(codes, t.discountCodes);
            if (codes.isEmpty())
                QVERIFY(n[QLatin1String("discountCode")].isNull());
            else
                QCOMPARE(n[QLatin1String("discountCode")].toString(), codes.front());
            if (t.shipping) {
                QCOMPARE(shopAmount(at(n, {"shippingLine", "originalPriceSet"})), t.shipping);
                QCOMPARE(shopAmount(at(n, {"shippingLine", "discountedPriceSet"})),
                         t.shipping - t.shippingDiscount);
            }
        }
    }

    void orderDetailsPagesThroughLines()
    {
        const QByteArray details = connectorDocument(QStringLiteral("OrderDetails.graphql"));
        SimOrder big;
        for (const SimOrder &o : sim().orders())
            if (o.lines.size() >= 5) {
                big = o;
                break;
            }
        QVERIFY(big.id);
        QJsonValue after = QJsonValue::Null;
        QList<qint64> ids;
        for (;;) {
            const QJsonObject d = m_http->gql(
                details, vars({{"id", QStringLiteral("gid://shopify/Order/%1").arg(big.id)},
                               {"lineItems", 2},
                               {"lineItemsAfter", after},
                               {"agreements", 1},
                               {"sales", 1}}));
            const QJsonObject lines = at(d, {"data", "order", "lineItems"}).toObject();
            for (const QJsonValue &e : edges(lines))
                ids.append(gidNumber(at(e, {"node", "id"})));
            if (!at(lines, {"pageInfo", "hasNextPage"}).toBool())
                break;
            after = at(lines, {"pageInfo", "endCursor"});
        }
        QList<qint64> expected;
        for (const SimLineItem &l : big.lines)
            expected.append(l.id);
        QCOMPARE(ids, expected);
        // An unknown order is null, not an error.
        const QJsonObject none =
            m_http->gql(details, vars({{"id", QStringLiteral("gid://shopify/Order/1")},
                                       {"lineItems", 1},
                                       {"agreements", 1},
                                       {"sales", 1}}));
        QVERIFY(at(none, {"data", "order"}).isNull());
        QVERIFY(!none.contains(QLatin1String("errors")));
    }

    void paginationSurvivesUpdatesBetweenPages()
    {
        const QByteArray page = connectorDocument(QStringLiteral("OrdersPage.graphql"));
        QList<std::pair<qint64, qint64>> sequence; // (updatedAt, id)
        QJsonValue after = QJsonValue::Null;
        qint64 seenUpdated = 0, unseenCancelled = 0;
        QList<qint64> added;
        for (int pageNo = 0;; ++pageNo) {
            const QJsonObject r = m_http->gql(page, vars({{"first", 20},
                                                          {"after", after},
                                                          {"query", QJsonValue::Null},
                                                          {"lineItems", 1},
                                                          {"agreements", 1},
                                                          {"sales", 1}}));
            const QJsonObject orders = at(r, {"data", "orders"}).toObject();
            for (const QJsonValue &e : edges(orders))
                sequence.append(
                    {isoMs(at(e, {"node", "updatedAt"})), gidNumber(at(e, {"node", "id"}))});
            if (pageNo == 1) {
                // Between pages: change an order already seen and one not yet seen.
                seenUpdated = sequence.at(5).second;
                const QList<SimOrder> all = sim().orders();
                QVERIFY(sim().refundInFull(seenUpdated, false).has_value() ||
                        sim().setLineItemQuantity(sim().order(seenUpdated)->lines.first().id,
                                                  sim().order(seenUpdated)->lines.first().quantity +
                                                      1));
                for (const SimOrder &o : all)
                    if (!o.cancelledAtMs && o.id != seenUpdated &&
                        o.updatedAtMs > sequence.last().first + 1000) {
                        unseenCancelled = o.id;
                        break;
                    }
                QVERIFY(sim().cancelOrder(unseenCancelled));
                added = sim().addOrders(2);
            }
            if (!at(orders, {"pageInfo", "hasNextPage"}).toBool())
                break;
            after = at(orders, {"pageInfo", "endCursor"});
        }
        for (int i = 1; i < sequence.size(); ++i)
            QVERIFY(sequence[i - 1] < sequence[i]);
        QHash<qint64, int> times;
        for (const auto &[updated, id] : sequence)
            ++times[id];
        for (const SimOrder &o : sim().orders()) {
            const int expected = o.id == seenUpdated ? 2 : 1;
            QVERIFY2(
                times.value(o.id) == expected,
                qPrintable(
                    QStringLiteral("order %1 seen %2 times").arg(o.id).arg(times.value(o.id))));
        }
        QCOMPARE(times.value(unseenCancelled), 1);
        for (qint64 id : added)
            QCOMPARE(times.value(id), 1);
        // The last sighting of the changed order carries its new state.
        qint64 lastSeen = 0;
        for (const auto &[updated, id] : sequence)
            if (id == seenUpdated)
                lastSeen = updated;
        QCOMPARE(lastSeen, sim().order(seenUpdated)->updatedAtMs);
    }

    void connectionArguments()
    {
        QList<qint64> ids;
        for (const SimOrder &o : sim().orders())
            ids.append(o.id);
        auto page = [&](const QByteArray &args) {
            const QJsonObject r = m_http->gql("{ orders(" + args +
                                              ") { pageInfo { hasNextPage hasPreviousPage "
                                              "startCursor endCursor } edges { cursor node { id "
                                              "} } } }");
            return at(r, {"data", "orders"}).toObject();
        };
        auto idsOf = [](const QJsonObject &conn) {
            QList<qint64> out;
            for (const QJsonValue &e : edges(conn))
                out.append(gidNumber(at(e, {"node", "id"})));
            return out;
        };
        const QJsonObject first = page("first: 5, sortKey: ID");
        QCOMPARE(idsOf(first), ids.mid(0, 5));
        QCOMPARE(at(first, {"pageInfo", "hasNextPage"}).toBool(), true);
        QCOMPARE(at(first, {"pageInfo", "hasPreviousPage"}).toBool(), false);
        QCOMPARE(at(first, {"pageInfo", "startCursor"}),
                 edges(first).first()[QLatin1String("cursor")]);
        QCOMPARE(at(first, {"pageInfo", "endCursor"}),
                 edges(first).last()[QLatin1String("cursor")]);
        QCOMPARE(idsOf(page("first: 5, sortKey: CREATED_AT")), ids.mid(0, 5));
        const QString c2 = edges(first)[1][QLatin1String("cursor")].toString();
        const QString c4 = edges(first)[3][QLatin1String("cursor")].toString();
        const QJsonObject after = page("first: 2, sortKey: ID, after: \"" + c2.toUtf8() + "\"");
        QCOMPARE(idsOf(after), ids.mid(2, 2));
        QCOMPARE(at(after, {"pageInfo", "hasPreviousPage"}).toBool(), true);
        QCOMPARE(idsOf(page("last: 2, sortKey: ID, before: \"" + c4.toUtf8() + "\"")),
                 ids.mid(1, 2));
        const QJsonObject last = page("last: 3, sortKey: ID");
        QCOMPARE(idsOf(last), ids.mid(ids.size() - 3));
        QCOMPARE(at(last, {"pageInfo", "hasNextPage"}).toBool(), false);
        QCOMPARE(at(last, {"pageInfo", "hasPreviousPage"}).toBool(), true);
        QList<qint64> reversed = ids.mid(ids.size() - 4);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(idsOf(page("first: 4, sortKey: ID, reverse: true")), reversed);
        // Cursors are opaque but Shopify-like: base64 of last_id and last_value.
        QVERIFY(QByteArray::fromBase64(c2.toUtf8()).startsWith("{\"last_id\":"));
        const QJsonObject bad =
            m_http->gql("{ orders(first: 1, after: \"nonsense\") { nodes { id } } }");
        QVERIFY(bad.contains(QLatin1String("errors")));
    }

    void searchFilters()
    {
        const QList<SimOrder> orders = sim().orders();
        QList<qint64> updated, created;
        for (const SimOrder &o : orders) {
            updated.append(o.updatedAtMs);
            created.append(o.createdAtMs);
        }
        std::sort(updated.begin(), updated.end());
        std::sort(created.begin(), created.end());
        const qint64 u = updated.at(updated.size() / 2); // an exact updatedAt: boundaries matter
        const qint64 c = created.at(created.size() / 3);
        const qint64 u2 = updated.at(updated.size() * 3 / 4);
        struct Case
        {
            QByteArray query;
            std::function<bool(const SimOrder &)> match;
        };
        const QList<Case> cases = {
            {"updated_at:>'" + isoTime(u) + "'",
             [&](const SimOrder &o) {
                 return o.updatedAtMs > u;
             }},
            {"updated_at:>='" + isoTime(u) + "'",
             [&](const SimOrder &o) {
                 return o.updatedAtMs >= u;
             }},
            {"updated_at:<'" + isoTime(u) + "'",
             [&](const SimOrder &o) {
                 return o.updatedAtMs < u;
             }},
            {"updated_at:<=" + isoTime(u),
             [&](const SimOrder &o) {
                 return o.updatedAtMs <= u;
             }},
            {"created_at:>='" + isoTime(c) + "' AND updated_at:<'" + isoTime(u2) + "'",
             [&](const SimOrder &o) {
                 return o.createdAtMs >= c && o.updatedAtMs < u2;
             }},
            {"created_at:>='" + isoTime(c) + "' updated_at:<'" + isoTime(u2) + "'",
             [&](const SimOrder &o) {
                 return o.createdAtMs >= c && o.updatedAtMs < u2;
             }},
        };
        const QByteArray countDoc = connectorDocument(QStringLiteral("OrdersCount.graphql"));
        for (const Case &k : cases) {
            std::set<qint64> expected;
            for (const SimOrder &o : orders)
                if (k.match(o))
                    expected.insert(o.id);
            const QJsonObject count =
                m_http->gql(countDoc, vars({{"query", QString::fromUtf8(k.query)}}));
            QCOMPARE(at(count, {"data", "ordersCount", "count"}).toInteger(),
                     qint64(expected.size()));
            QCOMPARE(at(count, {"data", "ordersCount", "precision"}).toString(),
                     QStringLiteral("EXACT"));
            std::set<qint64> got;
            QJsonValue after = QJsonValue::Null;
            for (;;) {
                const QJsonObject r = m_http->gql(
                    "query($q: String, $after: String) { orders(first: 250, after: $after, query: "
                    "$q, sortKey: UPDATED_AT) { pageInfo { hasNextPage endCursor } nodes { id } } "
                    "}",
                    vars({{"q", QString::fromUtf8(k.query)}, {"after", after}}));
                for (const QJsonValue &n : at(r, {"data", "orders", "nodes"}).toArray())
                    got.insert(gidNumber(n[QLatin1String("id")]));
                if (!at(r, {"data", "orders", "pageInfo", "hasNextPage"}).toBool())
                    break;
                after = at(r, {"data", "orders", "pageInfo", "endCursor"});
            }
            QVERIFY2(got == expected, k.query.constData());
        }
        // Unknown search fields are ignored with a warning, as on Shopify.
        const QJsonObject warned = m_http->gql(
            "{ orders(first: 1, query: \"colour:red updated_at:>2020-01-01\") { nodes { id } } }");
        const QJsonObject search = at(warned, {"extensions", "search"})[0].toObject();
        QCOMPARE(search[QLatin1String("path")][0].toString(), QStringLiteral("orders"));
        QCOMPARE(at(search, {"warnings"})[0][QLatin1String("field")].toString(),
                 QStringLiteral("colour"));
        QCOMPARE(at(warned, {"data", "orders", "nodes"}).toArray().size(), 1);
        const QJsonObject limited = m_http->gql("{ ordersCount(limit: 5) { count precision } }");
        QCOMPARE(at(limited, {"data", "ordersCount", "count"}).toInteger(), qint64(5));
        QCOMPARE(at(limited, {"data", "ordersCount", "precision"}).toString(),
                 QStringLiteral("AT_LEAST"));
    }

    void customersPage()
    {
        const QByteArray doc = connectorDocument(QStringLiteral("CustomersPage.graphql"));
        QHash<qint64, SimCustomer> truth;
        for (const SimCustomer &c : sim().customers())
            truth.insert(c.id, c);
        QJsonValue after = QJsonValue::Null;
        int seen = 0;
        for (;;) {
            const QJsonObject r = m_http->gql(doc, vars({{"first", 100}, {"after", after}}));
            const QJsonObject page = at(r, {"data", "customers"}).toObject();
            for (const QJsonValue &e : edges(page)) {
                const QJsonObject n = obj(e, "node");
                const SimCustomer t = truth.value(gidNumber(n[QLatin1String("id")]));
                QVERIFY(t.id);
                QCOMPARE(n[QLatin1String("firstName")].toString(), t.firstName);
                QCOMPARE(n[QLatin1String("lastName")].toString(), t.lastName);
                QCOMPARE(isoMs(n[QLatin1String("createdAt")]), t.createdAtMs);
                QCOMPARE(isoMs(n[QLatin1String("updatedAt")]), t.updatedAtMs);
                QCOMPARE(n[QLatin1String("numberOfOrders")].toString(),
                         QString::number(t.numberOfOrders));
                QCOMPARE(minorUnits(at(n, {"amountSpent", "amount"})), t.amountSpent);
                QCOMPARE(at(n, {"defaultEmailAddress", "emailAddress"}).toString(), t.email);
                QCOMPARE(at(n, {"defaultPhoneNumber", "phoneNumber"}).toString(), t.phone);
                QCOMPARE(at(n, {"defaultAddress", "countryCodeV2"}).toString().toUtf8(),
                         t.countryCode);
                ++seen;
            }
            if (!at(page, {"pageInfo", "hasNextPage"}).toBool())
                break;
            after = at(page, {"pageInfo", "endCursor"});
        }
        QCOMPARE(seen, truth.size());
    }

    void productsAndVariantsPages()
    {
        const QByteArray products = connectorDocument(QStringLiteral("ProductsPage.graphql"));
        const QByteArray variantsDoc = connectorDocument(QStringLiteral("VariantsPage.graphql"));
        QHash<qint64, SimVariant> truth;
        for (const SimVariant &v : sim().variants())
            truth.insert(v.id, v);
        QHash<qint64, SimProduct> productTruth;
        for (const SimProduct &p : sim().products())
            productTruth.insert(p.id, p);
        QSet<qint64> seenVariants;
        auto checkVariant = [&](const QJsonObject &v) {
            const SimVariant t = truth.value(gidNumber(v[QLatin1String("id")]));
            QVERIFY(t.id);
            QCOMPARE(v[QLatin1String("sku")].toString(), t.sku);
            QCOMPARE(v[QLatin1String("title")].toString(), t.title);
            QCOMPARE(minorUnits(v[QLatin1String("price")]), t.price);
            // Money scalars keep the currency's digits.
            QCOMPARE(v[QLatin1String("price")].toString().section(QLatin1Char('.'), 1).size(), 2);
            if (t.compareAtPrice < 0)
                QVERIFY(v[QLatin1String("compareAtPrice")].isNull());
            else
                QCOMPARE(minorUnits(v[QLatin1String("compareAtPrice")]), t.compareAtPrice);
            QCOMPARE(isoMs(v[QLatin1String("updatedAt")]), t.updatedAtMs);
            QCOMPARE(gidNumber(at(v, {"product", "id"})), t.productId);
            QCOMPARE(gidNumber(at(v, {"inventoryItem", "id"})), t.inventoryItemId);
            if (t.unitCost < 0)
                QVERIFY(at(v, {"inventoryItem", "unitCost"}).isNull());
            else
                QCOMPARE(minorUnits(at(v, {"inventoryItem", "unitCost", "amount"})), t.unitCost);
            seenVariants.insert(t.id);
        };
        QJsonValue after = QJsonValue::Null;
        int seenProducts = 0, followUps = 0;
        for (;;) {
            const QJsonObject r =
                m_http->gql(products, vars({{"first", 50}, {"after", after}, {"variants", 2}}));
            const QJsonObject page = at(r, {"data", "products"}).toObject();
            for (const QJsonValue &e : edges(page)) {
                const QJsonObject n = obj(e, "node");
                const SimProduct p = productTruth.value(gidNumber(n[QLatin1String("id")]));
                QVERIFY(p.id);
                QCOMPARE(n[QLatin1String("title")].toString(), p.title);
                QCOMPARE(n[QLatin1String("handle")].toString(), p.handle);
                QCOMPARE(n[QLatin1String("status")].toString().toUtf8(), p.status);
                QCOMPARE(isoMs(n[QLatin1String("updatedAt")]), p.updatedAtMs);
                for (const QJsonValue &v : edges(n[QLatin1String("variants")]))
                    checkVariant(obj(v, "node"));
                if (at(n, {"variants", "pageInfo", "hasNextPage"}).toBool()) {
                    ++followUps;
                    const QJsonObject more = m_http->gql(
                        variantsDoc, vars({{"first", 100},
                                           {"query", QStringLiteral("product_id:%1").arg(p.id)}}));
                    for (const QJsonValue &v : edges(at(more, {"data", "productVariants"})))
                        checkVariant(obj(v, "node"));
                }
                ++seenProducts;
            }
            if (!at(page, {"pageInfo", "hasNextPage"}).toBool())
                break;
            after = at(page, {"pageInfo", "endCursor"});
        }
        QCOMPARE(seenProducts, productTruth.size());
        QCOMPARE(seenVariants.size(), truth.size());
        QVERIFY(followUps > 0);
    }

    void inventoryAndLocationsPages()
    {
        const QJsonObject locs = m_http->gql(
            connectorDocument(QStringLiteral("LocationsPage.graphql")), vars({{"first", 10}}));
        const QList<SimLocation> locations = sim().locations();
        QCOMPARE(edges(at(locs, {"data", "locations"})).size(), locations.size());
        QSet<qint64> active;
        for (const SimLocation &l : locations)
            if (l.isActive)
                active.insert(l.id);
        QHash<QPair<qint64, qint64>, SimInventoryLevel> truth;
        for (const SimInventoryLevel &l : sim().inventoryLevels())
            if (active.contains(l.locationId))
                truth.insert({l.inventoryItemId, l.locationId}, l);
        const QByteArray doc = connectorDocument(QStringLiteral("InventoryPage.graphql"));
        QJsonValue after = QJsonValue::Null;
        int levels = 0;
        for (;;) {
            const QJsonObject r =
                m_http->gql(doc, vars({{"first", 20}, {"after", after}, {"levels", 4}}));
            const QJsonObject page = at(r, {"data", "inventoryItems"}).toObject();
            for (const QJsonValue &e : edges(page)) {
                const qint64 item = gidNumber(at(e, {"node", "id"}));
                for (const QJsonValue &l : edges(at(e, {"node", "inventoryLevels"}))) {
                    const QJsonObject n = obj(l, "node");
                    QVERIFY(n[QLatin1String("id")].toString().contains(
                        QLatin1String("?inventory_item_id=")));
                    const SimInventoryLevel t =
                        truth.value({item, gidNumber(at(n, {"location", "id"}))});
                    QVERIFY(t.inventoryItemId);
                    const QJsonArray q = n[QLatin1String("quantities")].toArray();
                    QCOMPARE(q.size(), 2);
                    QCOMPARE(q[0][QLatin1String("name")].toString(), QStringLiteral("available"));
                    QCOMPARE(q[0][QLatin1String("quantity")].toInteger(), t.available);
                    QCOMPARE(q[1][QLatin1String("quantity")].toInteger(), t.onHand);
                    QCOMPARE(isoMs(n[QLatin1String("updatedAt")]), t.updatedAtMs);
                    ++levels;
                }
            }
            if (!at(page, {"pageInfo", "hasNextPage"}).toBool())
                break;
            after = at(page, {"pageInfo", "endCursor"});
        }
        QCOMPARE(levels, truth.size());
    }

    void checkoutsPage()
    {
        QHash<qint64, SimCheckout> truth;
        for (const SimCheckout &c : sim().checkouts())
            truth.insert(c.id, c);
        const QByteArray doc = connectorDocument(QStringLiteral("CheckoutsPage.graphql"));
        QJsonValue after = QJsonValue::Null;
        int seen = 0;
        qint64 lastId = 0;
        for (;;) {
            const QJsonObject r = m_http->gql(doc, vars({{"first", 100}, {"after", after}}));
            const QJsonObject page = at(r, {"data", "abandonedCheckouts"}).toObject();
            for (const QJsonValue &e : edges(page)) {
                const QJsonObject n = obj(e, "node");
                const SimCheckout t = truth.value(gidNumber(n[QLatin1String("id")]));
                QVERIFY(t.id > lastId); // sortKey ID
                lastId = t.id;
                QCOMPARE(isoMs(n[QLatin1String("completedAt")]), t.completedAtMs);
                QCOMPARE(isoMs(n[QLatin1String("updatedAt")]), t.updatedAtMs);
                QCOMPARE(t.customerId ? gidNumber(at(n, {"customer", "id"})) : 0, t.customerId);
                QCOMPARE(shopAmount(n[QLatin1String("subtotalPriceSet")]), t.subtotal);
                QCOMPARE(shopAmount(n[QLatin1String("totalPriceSet")]), t.total);
                ++seen;
            }
            if (!at(page, {"pageInfo", "hasNextPage"}).toBool())
                break;
            after = at(page, {"pageInfo", "endCursor"});
        }
        QCOMPARE(seen, truth.size());
    }

    void queryCostFollowsShopifyRules()
    {
        auto cost = [&](const QByteArray &q) {
            const QJsonObject r = m_http->gql(q);
            return std::make_pair(at(r, {"extensions", "cost", "requestedQueryCost"}).toInteger(),
                                  at(r, {"extensions", "cost", "actualQueryCost"}).toInteger());
        };
        // Scalars 0, objects 1.
        QCOMPARE(cost("{ shop { name } }"), std::make_pair(qint64(1), qint64(1)));
        // Connection: 2 + first x (node 1).
        QCOMPARE(
            cost("{ orders(first: 10) { edges { cursor node { id } } pageInfo { hasNextPage } } }"),
            std::make_pair(qint64(12), qint64(12)));
        // Nested objects count per node: node 1 + MoneyBag 1 + MoneyV2 1 + customer 1 = 4.
        QCOMPARE(cost("{ orders(first: 2) { nodes { totalPriceSet { shopMoney { amount } } "
                      "customer { id } } } }"),
                 std::make_pair(
                     qint64(10), qint64(2 + 2 * 3 + [&] {
                         int withCustomer = 0;
                         const QJsonObject r =
                             m_http->gql("{ orders(first: 2) { nodes { customer { id } } } }");
                         for (const QJsonValue &n : at(r, {"data", "orders", "nodes"}).toArray())
                             withCustomer += !n[QLatin1String("customer")].isNull();
                         return withCustomer;
                     }())));
        // Nested connection: 2 + 5 x (1 + (2 + 3 x 1)); actual counts the variants returned.
        const QJsonObject r = m_http->gql(
            "{ products(first: 5) { nodes { id variants(first: 3) { nodes { id price } } } } }");
        qint64 actual = 2;
        for (const QJsonValue &p : at(r, {"data", "products", "nodes"}).toArray())
            actual += 1 + 2 + at(p, {"variants", "nodes"}).toArray().size();
        QCOMPARE(at(r, {"extensions", "cost", "requestedQueryCost"}).toInteger(), qint64(32));
        QCOMPARE(at(r, {"extensions", "cost", "actualQueryCost"}).toInteger(), actual);
        // Interfaces cost their most expensive implementation (RefundAgreement with refund).
        QCOMPARE(cost("{ order(id: \"gid://shopify/Order/1\") { agreements(first: 2) { nodes { id "
                      "... on RefundAgreement { refund { id } } } } } }")
                     .first,
                 qint64(1 + 2 + 2 * 2));
        QCOMPARE(cost("{ ordersCount { count } }"), std::make_pair(qint64(1), qint64(1)));
        QCOMPARE(cost("mutation { bulkOperationCancel(id: \"gid://shopify/BulkOperation/1\") { "
                      "userErrors { message } } }"),
                 std::make_pair(qint64(10), qint64(10)));
        // Over the single-query maximum: refused before running, and counted.
        const qint64 refusedBefore = sim().stats().costExceeded;
        const QJsonObject big = m_http->gql(
            "{ orders(first: 250) { nodes { lineItems(first: 250) { nodes { id } } } } }");
        QCOMPARE(at(big, {"extensions", "cost", "requestedQueryCost"}).toInteger(),
                 qint64(2 + 250 * (1 + 2 + 250)));
        QCOMPARE(big[QLatin1String("errors")][0][QLatin1String("extensions")][QLatin1String("code")]
                     .toString(),
                 QStringLiteral("MAX_COST_EXCEEDED"));
        QVERIFY(!big.contains(QLatin1String("data")));
        QVERIFY(at(big, {"extensions", "cost", "actualQueryCost"}).isNull());
        QCOMPARE(sim().stats().costExceeded, refusedBefore + 1);
        // Exactly 1000 is allowed: 2 + 4 x (1 + 2 + 246) + 1 + 1.
        const QJsonObject atTheLimit =
            m_http->gql("{ orders(first: 4) { nodes { lineItems(first: 246) { nodes { id } } } } "
                        "a: shop { id } b: shop { name } }");
        QCOMPARE(at(atTheLimit, {"extensions", "cost", "requestedQueryCost"}).toInteger(),
                 qint64(1000));
        QVERIFY(!atTheLimit.contains(QLatin1String("errors")));
        QCOMPARE(sim().stats().costExceeded, refusedBefore + 1);
    }

    void errorsAnswerLikeShopify()
    {
        auto code = [](const QJsonObject &r) {
            return r[QLatin1String("errors")][0][QLatin1String("extensions")][QLatin1String("code")]
                .toString();
        };
        const HttpResult unknown = m_http->graphql("{ shop { nmae } }");
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.json()[QLatin1String("errors")][0][QLatin1String("message")].toString(),
                 QStringLiteral("Field 'nmae' doesn't exist on type 'Shop'"));
        QCOMPARE(code(unknown.json()), QStringLiteral("undefinedField"));
        QVERIFY(unknown.json().contains(QLatin1String("extensions")));
        const QJsonObject badVar =
            m_http->gql("query($n: Int!) { orders(first: $n) { nodes { id } } }",
                        vars({{"n", QStringLiteral("ten")}}));
        QCOMPARE(code(badVar), QStringLiteral("INVALID_VARIABLE"));
        const QJsonObject missingVar =
            m_http->gql("query($n: Int!) { orders(first: $n) { nodes { id } } }");
        QCOMPARE(code(missingVar), QStringLiteral("INVALID_VARIABLE"));
        const QJsonObject badLiteral = m_http->gql("{ orders(first: \"x\") { nodes { id } } }");
        QCOMPARE(code(badLiteral), QStringLiteral("argumentLiteralsIncompatible"));
        const QJsonObject badArg = m_http->gql("{ orders(frist: 1) { nodes { id } } }");
        QCOMPARE(code(badArg), QStringLiteral("argumentNotAccepted"));
        const QJsonObject noSelection = m_http->gql("{ shop }");
        QCOMPARE(code(noSelection), QStringLiteral("selectionMismatch"));
        const QJsonObject noFirst = m_http->gql("{ orders { nodes { id } } }");
        QCOMPARE(noFirst[QLatin1String("errors")][0][QLatin1String("message")].toString(),
                 QStringLiteral("you must provide one of first or last"));
        const QJsonObject parse = m_http->gql("{ shop { name }");
        QVERIFY(parse[QLatin1String("errors")][0][QLatin1String("message")].toString().contains(
            QLatin1String("end of document")));
        const QJsonObject notDefined = m_http->gql("{ shop { ...Nope } }");
        QCOMPARE(code(notDefined), QStringLiteral("useAndDefineFragment"));
        const HttpResult noQuery =
            m_http->post(QStringLiteral("/admin/api/2026-10/graphql.json"), "{}",
                         "application/json", {{"X-Shopify-Access-Token", sim().accessToken()}});
        QCOMPARE(noQuery.status, 400);
    }

    void authAndScopes()
    {
        SimHttp bad(m_host->baseUrl(), "shpat_wrong");
        const HttpResult r = bad.graphql("{ shop { name } }");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray("{\"errors\":\"[API] Invalid API key or access token "
                                    "(unrecognized login or wrong password)\"}"));
        const HttpResult unknownPath =
            m_http->post(QStringLiteral("/admin/api/2026-10/nope.json"), "{}", "application/json");
        QCOMPARE(unknownPath.status, 404);
        QNetworkRequest other(
            m_host->baseUrl().resolved(QUrl(QStringLiteral("/admin/api/2026-10/graphql.json"))));
        const HttpResult otherShop =
            m_http->post(QStringLiteral("/admin/api/2026-10/graphql.json"),
                         "{\"query\":\"{ shop { name } }\"}", "application/json",
                         {{"X-Shopify-Access-Token", sim().accessToken()},
                          {"Host", "someone-else.myshopify.com"}});
        QCOMPARE(otherShop.status, 404);

        // A token revoked while running.
        sim().addToken("shpat_temporary");
        SimHttp temp(m_host->baseUrl(), "shpat_temporary");
        QCOMPARE(temp.graphql("{ shop { name } }").status, 200);
        sim().revokeToken("shpat_temporary");
        QCOMPARE(temp.graphql("{ shop { name } }").status, 401);

        // A missing scope: Shopify's ACCESS_DENIED, data null for a non-null root field.
        const QByteArrayList all = sim().scopes();
        QByteArrayList noCustomers = all;
        noCustomers.removeAll("read_customers");
        sim().setScopes(noCustomers);
        const QJsonObject denied =
            m_http->gql("{ shop { name } customers(first: 1) { nodes { id } } }");
        QVERIFY(denied[QLatin1String("data")].isNull());
        const QJsonObject e = denied[QLatin1String("errors")][0].toObject();
        QCOMPARE(at(e, {"extensions", "code"}).toString(), QStringLiteral("ACCESS_DENIED"));
        QCOMPARE(at(e, {"extensions", "requiredAccess"}).toString(),
                 QStringLiteral("`read_customers` access scope."));
        QCOMPARE(e[QLatin1String("path")][0].toString(), QStringLiteral("customers"));
        QCOMPARE(e[QLatin1String("message")].toString(),
                 QStringLiteral("Access denied for customers field. Required access: "
                                "`read_customers` access scope."));

        // Without read_all_orders only the last 60 days of orders are visible.
        QByteArrayList recent = all;
        recent.removeAll("read_all_orders");
        sim().setScopes(recent);
        const qint64 since = sim().nowMs() - 60 * Day;
        qint64 visible = 0;
        for (const SimOrder &o : sim().orders())
            visible += o.createdAtMs >= since;
        const QJsonObject count = m_http->gql("{ ordersCount(limit: null) { count } }");
        QVERIFY(visible > 0 && visible < sim().orderCount());
        QCOMPARE(at(count, {"data", "ordersCount", "count"}).toInteger(), visible);
        const SimOrder old = sim().orders().first();
        const QJsonObject hidden =
            m_http->gql(QStringLiteral("{ order(id: \"gid://shopify/Order/%1\") { id } }")
                            .arg(old.id)
                            .toUtf8());
        QVERIFY(at(hidden, {"data", "order"}).isNull());
        sim().setScopes(all);
        const QJsonObject shown =
            m_http->gql(QStringLiteral("{ order(id: \"gid://shopify/Order/%1\") { id } }")
                            .arg(old.id)
                            .toUtf8());
        QCOMPARE(gidNumber(at(shown, {"data", "order", "id"})), old.id);
    }

    void clientCredentialsGrant()
    {
        const SimClientApp app = sim().clientApp();
        const HttpResult granted =
            m_http->post(QStringLiteral("/admin/oauth/access_token"),
                         "grant_type=client_credentials&client_id=" + app.clientId +
                             "&client_secret=" + app.clientSecret,
                         "application/x-www-form-urlencoded");
        QCOMPARE(granted.status, 200);
        const QJsonObject g = granted.json();
        const QByteArray token = g[QLatin1String("access_token")].toString().toUtf8();
        QVERIFY(token.startsWith("shpat_"));
        QVERIFY(g[QLatin1String("scope")].toString().contains(QLatin1String("read_orders")));
        // 86399 simulated seconds, reported in real seconds at this time scale.
        QCOMPARE(g[QLatin1String("expires_in")].toInteger(), qint64(86399 / 20));
        SimHttp client(m_host->baseUrl(), token);
        QCOMPARE(client.graphql("{ shop { name } }").status, 200);

        const HttpResult json = m_http->post(
            QStringLiteral("/admin/oauth/access_token"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("client_id"), QString::fromUtf8(app.clientId)},
                            {QStringLiteral("client_secret"), QString::fromUtf8(app.clientSecret)}})
                .toJson(),
            "application/json");
        QCOMPARE(json.status, 200);

        const HttpResult wrong = m_http->post(
            QStringLiteral("/admin/oauth/access_token"),
            "grant_type=client_credentials&client_id=" + app.clientId + "&client_secret=nope",
            "application/x-www-form-urlencoded");
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json()[QLatin1String("error")].toString(), QStringLiteral("invalid_client"));
        QVERIFY(!wrong.body.contains(app.clientSecret));

        // Tokens expire (24 h of simulated time).
        sim().advanceTime(86400LL * 1000);
        QCOMPARE(client.graphql("{ shop { name } }").status, 401);
        QCOMPARE(m_http->graphql("{ shop { name } }").status, 200); // static tokens do not expire
    }

    void throttling()
    {
        // A frozen clock: the bucket restores only when the test moves time.
        ManualClock clock(DataEnd);
        ShopifySimConfig c;
        c.seed = 3;
        c.orders = 300;
        c.dataEndMs = DataEnd;
        c.clock = &clock;
        ShopifySimulatorHost host(c);
        QVERIFY(host.start());
        SimHttp http(host.baseUrl(), host.simulator().accessToken());
        const QByteArray q = "{ orders(first: 250) { nodes { id } } }"; // 252 requested and actual
        for (int i = 0; i < 7; ++i) {
            const QJsonObject r = http.gql(q);
            QVERIFY(!r.contains(QLatin1String("errors")));
            QCOMPARE(at(r, {"extensions", "cost", "actualQueryCost"}).toInteger(), qint64(252));
            QCOMPARE(
                at(r, {"extensions", "cost", "throttleStatus", "currentlyAvailable"}).toInteger(),
                qint64(2000 - 252 * (i + 1)));
        }
        const HttpResult throttled = http.graphql(q);
        QCOMPARE(throttled.status, 200);
        const QJsonObject t = throttled.json();
        QCOMPARE(t[QLatin1String("errors")][0][QLatin1String("extensions")][QLatin1String("code")]
                     .toString(),
                 QStringLiteral("THROTTLED"));
        QVERIFY(!t.contains(QLatin1String("data")));
        QVERIFY(at(t, {"extensions", "cost", "actualQueryCost"}).isNull());
        QCOMPARE(at(t, {"extensions", "cost", "throttleStatus", "currentlyAvailable"}).toInteger(),
                 qint64(236));
        QCOMPARE(at(t, {"extensions", "cost", "throttleStatus", "restoreRate"}).toInteger(),
                 qint64(100));
        QCOMPARE(at(t, {"extensions", "cost", "throttleStatus", "maximumAvailable"}).toInteger(),
                 qint64(2000));
        // One simulated second restores 100 points: enough again.
        clock.advance(1000);
        QVERIFY(!http.gql(q).contains(QLatin1String("errors")));
        const ShopifyApiStats s = host.simulator().stats();
        QCOMPARE(s.graphqlRequests, qint64(9));
        QCOMPARE(s.throttled, qint64(1));
        QCOMPARE(s.actualPoints, qint64(8 * 252));
        QCOMPARE(s.restoreRate, 100.0);

        // A client that paces itself by throttleStatus (waiting by moving the
        // frozen clock) uses nearly all of the restore rate and is never throttled.
        host.simulator().resetStats();
        clock.advance(30'000); // a full bucket
        qint64 available = 2000;
        for (int i = 0; i < 60; ++i) {
            if (available < 252)
                clock.advance((252 - available) * 1000 / 100 + 1);
            const QJsonObject r = http.gql(q);
            QVERIFY(!r.contains(QLatin1String("errors")));
            available =
                at(r, {"extensions", "cost", "throttleStatus", "currentlyAvailable"}).toInteger();
        }
        const ShopifyApiStats paced = host.simulator().stats();
        QCOMPARE(paced.throttled, qint64(0));
        QCOMPARE(paced.actualPoints, qint64(60 * 252));
        qInfo("utilization %.3f", paced.utilization());
        QVERIFY(paced.utilization() >= 0.9 && paced.utilization() <= 1.001);

        // The requested cost is taken before running; the difference to the
        // actual cost (the variants that exist, not the 50 asked for) comes back.
        clock.advance(30'000); // a full bucket
        const QJsonObject nested = http.gql(
            "{ products(first: 5) { nodes { id variants(first: 50) { nodes { id } } } } }");
        QCOMPARE(at(nested, {"extensions", "cost", "requestedQueryCost"}).toInteger(),
                 qint64(2 + 5 * (1 + 2 + 50)));
        qint64 actual = 2;
        for (const QJsonValue &p : at(nested, {"data", "products", "nodes"}).toArray())
            actual += 1 + 2 + at(p, {"variants", "nodes"}).toArray().size();
        QVERIFY(actual < 2 + 5 * (1 + 2 + 50));
        QCOMPARE(at(nested, {"extensions", "cost", "actualQueryCost"}).toInteger(), actual);
        QCOMPARE(
            at(nested, {"extensions", "cost", "throttleStatus", "currentlyAvailable"}).toInteger(),
            2000 - actual);
    }
};

QTEST_GUILESS_MAIN(TestShopifySimApi)
#include "tst_shopifysim_api.moc"
