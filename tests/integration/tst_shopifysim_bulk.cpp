// Bulk operations of the simulated Shopify Admin API: the connector's bulk
// query runs in the background and its JSONL equals the truth, Shopify's
// restrictions and concurrency limit are enforced, and failed, expired and
// cut-short downloads happen as they do on Shopify.
#include "SimHttp.h"
#include "TestEnvironment.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace storelens;
using namespace storelens::sim;
using namespace storelens::test;

namespace {
constexpr qint64 DataEnd = 1'795'186'800'000; // 2026-11-20T15:00:00Z
constexpr qint64 Day = 86'400'000;

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
} // namespace

class TestShopifySimBulk : public QObject
{
    Q_OBJECT
    std::unique_ptr<ShopifySimulatorHost> m_host;
    std::unique_ptr<SimHttp> m_http;

    ShopifySimulator &sim() { return m_host->simulator(); }

    // Starts a bulk query; returns the payload.
    QJsonObject run(const QByteArray &query)
    {
        const QJsonObject r =
            m_http->gql(connectorDocument(QStringLiteral("BulkRunQuery.graphql")),
                        QJsonObject{{QStringLiteral("query"), QString::fromUtf8(query)}});
        return at(r, {"data", "bulkOperationRunQuery"}).toObject();
    }
    QJsonObject status(const QJsonValue &id)
    {
        const QJsonObject r =
            m_http->gql(connectorDocument(QStringLiteral("BulkOperationStatus.graphql")),
                        QJsonObject{{QStringLiteral("id"), id}});
        return at(r, {"data", "bulkOperation"}).toObject();
    }
    QJsonObject waitFinished(const QJsonValue &id)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const QJsonObject s = status(id);
            const QString st = s[QLatin1String("status")].toString();
            if (st != QLatin1String("CREATED") && st != QLatin1String("RUNNING") &&
                st != QLatin1String("CANCELING"))
                return s;
            if (timer.elapsed() > 60000)
                return s;
            QThread::msleep(20);
        }
    }
    QByteArray bulkOrdersQuery(qint64 until)
    {
        QByteArray q = connectorDocument(QStringLiteral("BulkOrders.graphql"));
        return q.replace("QUERY_FILTER", QByteArray("updated_at:<='" + isoTime(until) + "'"));
    }

private slots:
    void initTestCase()
    {
        ShopifySimConfig c;
        c.seed = 77;
        c.orders = 400;
        c.dataEndMs = DataEnd;
        c.plan = ShopPlan::Plus;
        c.timeScale = 50;
        m_host = std::make_unique<ShopifySimulatorHost>(c);
        QVERIFY(m_host->start());
        m_http = std::make_unique<SimHttp>(m_host->baseUrl(), sim().accessToken());
    }

    void bulkOrdersJsonlMatchesTruth()
    {
        const qint64 until = sim().nowMs();
        const QJsonObject payload = run(bulkOrdersQuery(until));
        QVERIFY(payload[QLatin1String("userErrors")].toArray().isEmpty());
        const QJsonValue id = at(payload, {"bulkOperation", "id"});
        QCOMPARE(at(payload, {"bulkOperation", "status"}).toString(), QStringLiteral("CREATED"));
        QVERIFY(gidNumber(id) > 0);
        const QJsonObject done = waitFinished(id);
        QCOMPARE(done[QLatin1String("status")].toString(), QStringLiteral("COMPLETED"));
        QVERIFY(done[QLatin1String("errorCode")].isNull());
        QVERIFY(done[QLatin1String("partialDataUrl")].isNull());
        QVERIFY(isoMs(done[QLatin1String("completedAt")]) >=
                isoMs(done[QLatin1String("createdAt")]));
        const HttpResult file = m_http->get(QUrl(done[QLatin1String("url")].toString()));
        QCOMPARE(file.status, 200);
        QCOMPARE(QString::number(file.body.size()), done[QLatin1String("fileSize")].toString());

        // Shopify's JSONL: one object per line, children with __parentId.
        QHash<qint64, QJsonObject> roots;
        QHash<qint64, QList<QJsonObject>> children; // by parent id
        QHash<qint64, qint64> parentOf;
        const QList<QByteArray> lines = file.body.split('\n');
        QVERIFY(lines.last().isEmpty());
        int objects = 0;
        for (int i = 0; i + 1 < lines.size(); ++i) {
            QJsonParseError e;
            const QJsonObject o = QJsonDocument::fromJson(lines[i], &e).object();
            QCOMPARE(e.error, QJsonParseError::NoError);
            ++objects;
            const qint64 id1 = gidNumber(o[QLatin1String("id")]);
            if (!o.contains(QLatin1String("__parentId"))) {
                QVERIFY(
                    !o.contains(QLatin1String("lineItems"))); // connections are lines of their own
                roots.insert(id1, o);
            } else {
                const qint64 parent = gidNumber(o[QLatin1String("__parentId")]);
                QVERIFY(roots.contains(parent) || parentOf.contains(parent)); // parents come first
                children[parent].append(o);
                parentOf.insert(id1, parent);
            }
        }
        QCOMPARE(QString::number(objects), done[QLatin1String("objectCount")].toString());
        QCOMPARE(QString::number(roots.size()), done[QLatin1String("rootObjectCount")].toString());

        int expectedRoots = 0;
        for (const SimOrder &t : sim().orders()) {
            if (t.updatedAtMs > until)
                continue;
            ++expectedRoots;
            QVERIFY(roots.contains(t.id));
            const QJsonObject o = roots.value(t.id);
            QCOMPARE(isoMs(o[QLatin1String("updatedAt")]), t.updatedAtMs);
            QCOMPARE(shopAmount(o[QLatin1String("totalPriceSet")]), t.total);
            QCOMPARE(minorUnits(at(o, {"totalPriceSet", "presentmentMoney", "amount"})),
                     t.presentmentTotal);
            QCOMPARE(o[QLatin1String("displayFinancialStatus")].toString().toUtf8(),
                     t.financialStatus);
            QList<QJsonObject> lineItems, agreements;
            for (const QJsonObject &c : children.value(t.id))
                (c.contains(QLatin1String("__typename")) ? agreements : lineItems).append(c);
            QCOMPARE(lineItems.size(), t.lines.size());
            for (int i = 0; i < lineItems.size(); ++i) {
                QCOMPARE(gidNumber(lineItems[i][QLatin1String("id")]), t.lines[i].id);
                QCOMPARE(lineItems[i][QLatin1String("quantity")].toInteger(),
                         qint64(t.lines[i].quantity));
                QCOMPARE(shopAmount(lineItems[i][QLatin1String("originalUnitPriceSet")]),
                         t.lines[i].unitPrice);
            }
            QCOMPARE(agreements.size(), 1 + t.refunds.size());
            QCOMPARE(agreements[0][QLatin1String("__typename")].toString(),
                     QStringLiteral("OrderAgreement"));
            qint64 orderSales = 0;
            for (const QJsonObject &s :
                 children.value(gidNumber(agreements[0][QLatin1String("id")])))
                orderSales += shopAmount(s[QLatin1String("totalAmount")]);
            QCOMPARE(orderSales, t.total);
            for (int r = 0; r < t.refunds.size(); ++r) {
                const QJsonObject a = agreements[r + 1];
                QCOMPARE(a[QLatin1String("__typename")].toString(),
                         QStringLiteral("RefundAgreement"));
                QCOMPARE(gidNumber(at(a, {"refund", "id"})), t.refunds[r].id);
                QCOMPARE(shopAmount(at(a, {"refund", "totalRefundedSet"})), t.refunds[r].total);
                qint64 returned = 0;
                int productSales = 0;
                for (const QJsonObject &s : children.value(gidNumber(a[QLatin1String("id")]))) {
                    QCOMPARE(s[QLatin1String("actionType")].toString(), QStringLiteral("RETURN"));
                    returned += shopAmount(s[QLatin1String("totalAmount")]);
                    if (s[QLatin1String("__typename")].toString() == QLatin1String("ProductSale")) {
                        const SimRefundLine &rl = t.refunds[r].lines[productSales++];
                        QCOMPARE(gidNumber(at(s, {"lineItem", "id"})), rl.lineItemId);
                        QCOMPARE(s[QLatin1String("quantity")].toInteger(), qint64(-rl.quantity));
                    }
                }
                QCOMPARE(returned, -t.refunds[r].total);
                QCOMPARE(productSales, t.refunds[r].lines.size());
            }
        }
        QCOMPARE(roots.size(), expectedRoots);

        // Range requests, as a resuming download sends them.
        const QUrl url(done[QLatin1String("url")].toString());
        const HttpResult part = m_http->get(url, {{"Range", "bytes=10-109"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, file.body.mid(10, 100));
        QCOMPARE(part.header("Content-Range"),
                 "bytes 10-109/" + QByteArray::number(file.body.size()));
        const HttpResult tail = m_http->get(url, {{"Range", "bytes=-50"}});
        QCOMPARE(tail.body, file.body.right(50));
        QCOMPARE(m_http->get(url, {{"Range", "bytes=999999999-"}}).status, 416);
    }

    void restrictionsAnswerWithShopifysErrors()
    {
        struct Case
        {
            QByteArray query;
            QString message;
        };
        const QList<Case> cases = {
            {"{ orders { edges { node { id a: lineItems { edges { node { id } } } b: lineItems { "
             "edges { node { id } } } c: lineItems { edges { node { id } } } agreements { edges { "
             "node { id sales { edges { node { id } } } } } } } } } }",
             QStringLiteral("Bulk queries cannot contain more than 5 connections.")},
            {"{ orders { edges { node { id lineItems { edges { node { id product { id variants { "
             "edges { node { id inventoryItem { inventoryLevels { edges { node { id } } } } } } } "
             "} "
             "} } } } } } }",
             QStringLiteral(
                 "Bulk queries cannot contain connections with a nesting depth greater than 2.")},
            {"{ node(id: \"gid://shopify/Order/1\") { id } }",
             QStringLiteral("Bulk queries cannot contain a top level `node` field.")},
            {"{ orders { edges { node { id refunds { id refundLineItems { edges { node { id } } } "
             "} } } } }",
             QStringLiteral("Queries that contain a connection field within a list field are not "
                            "currently supported.")},
            {"{ orders { edges { node { name lineItems { edges { node { id } } } } } } }",
             QStringLiteral("The parent 'node' field for a nested connection must select the 'id' "
                            "field without an alias and must be of 'ID' return type. Connection "
                            "fields without 'id': lineItems.")},
            {"{ shop { name } }",
             QStringLiteral("Bulk queries must contain at least one connection.")},
            {"mutation { bulkOperationCancel(id: \"x\") { userErrors { message } } }",
             QStringLiteral("Invalid operation type. Only `query` operations are supported.")},
        };
        for (const Case &k : cases) {
            const QJsonObject payload = run(k.query);
            QVERIFY(payload[QLatin1String("bulkOperation")].isNull());
            const QJsonObject e = payload[QLatin1String("userErrors")][0].toObject();
            QCOMPARE(e[QLatin1String("message")].toString(), k.message);
            QCOMPARE(e[QLatin1String("code")].toString(), QStringLiteral("INVALID"));
            QCOMPARE(e[QLatin1String("field")][0].toString(), QStringLiteral("query"));
        }
        const QJsonObject syntax = run("{ orders { edges { node { id } }");
        QVERIFY(
            syntax[QLatin1String("userErrors")][0][QLatin1String("message")].toString().startsWith(
                QLatin1String("Invalid bulk query: ")));
    }

    void concurrencyLimitOfTheApiVersion()
    {
        sim().setBulkObjectsPerSecond(0.5); // keeps them running
        const QByteArray q = "{ orders { edges { node { id } } } }";
        QJsonArray ids;
        for (int i = 0; i < 5; ++i) {
            const QJsonObject p = run(q);
            QVERIFY2(p[QLatin1String("userErrors")].toArray().isEmpty(),
                     QJsonDocument(p).toJson().constData());
            ids.append(at(p, {"bulkOperation", "id"}));
        }
        QCOMPARE(sim().runningBulkOperations(), 5);
        const QJsonObject sixth = run(q);
        QVERIFY(sixth[QLatin1String("bulkOperation")].isNull());
        QCOMPARE(sixth[QLatin1String("userErrors")][0][QLatin1String("code")].toString(),
                 QStringLiteral("LIMIT_REACHED"));
        // Before 2026-01, one bulk query at a time.
        m_http->setApiVersion("2025-10");
        const QJsonObject old = run(q);
        QCOMPARE(old[QLatin1String("userErrors")][0][QLatin1String("code")].toString(),
                 QStringLiteral("OPERATION_IN_PROGRESS"));
        QVERIFY(old[QLatin1String("userErrors")][0][QLatin1String("message")].toString().startsWith(
            QLatin1String("A bulk query operation for this app and shop is already in progress: "
                          "gid://shopify/BulkOperation/")));
        m_http->setApiVersion("2026-10");
        const QByteArray cancel = connectorDocument(QStringLiteral("BulkCancel.graphql"));
        for (const QJsonValue &id : ids) {
            const QJsonObject r = m_http->gql(cancel, QJsonObject{{QStringLiteral("id"), id}});
            QCOMPARE(at(r, {"data", "bulkOperationCancel", "bulkOperation", "status"}).toString(),
                     QStringLiteral("CANCELING"));
            QVERIFY(at(r, {"data", "bulkOperationCancel", "userErrors"}).toArray().isEmpty());
        }
        for (const QJsonValue &id : ids)
            QCOMPARE(waitFinished(id)[QLatin1String("status")].toString(),
                     QStringLiteral("CANCELED"));
        QCOMPARE(sim().runningBulkOperations(), 0);
        sim().setBulkObjectsPerSecond(20000);
    }

    void failedOperationKeepsPartialData()
    {
        sim().failNextBulkOperation(100);
        const QJsonObject p = run(bulkOrdersQuery(sim().nowMs()));
        const QJsonObject s = waitFinished(at(p, {"bulkOperation", "id"}));
        QCOMPARE(s[QLatin1String("status")].toString(), QStringLiteral("FAILED"));
        QCOMPARE(s[QLatin1String("errorCode")].toString(), QStringLiteral("INTERNAL_SERVER_ERROR"));
        QVERIFY(s[QLatin1String("url")].isNull());
        const HttpResult partial = m_http->get(QUrl(s[QLatin1String("partialDataUrl")].toString()));
        QCOMPARE(partial.status, 200);
        int roots = 0;
        for (const QByteArray &line : partial.body.split('\n'))
            roots += !line.isEmpty() && !line.contains("__parentId");
        QVERIFY(roots >= 100 && roots < int(sim().orderCount()));
    }

    void missingScopeFailsTheOperation()
    {
        const QByteArrayList all = sim().scopes();
        sim().setScopes({"read_products"});
        const QJsonObject p = run("{ orders { edges { node { id } } } }");
        const QJsonObject s = waitFinished(at(p, {"bulkOperation", "id"}));
        QCOMPARE(s[QLatin1String("status")].toString(), QStringLiteral("FAILED"));
        QCOMPARE(s[QLatin1String("errorCode")].toString(), QStringLiteral("ACCESS_DENIED"));
        sim().setScopes(all);
    }

    void downloadCutShortResumesWithRange()
    {
        const QJsonObject p = run(
            "{ products { edges { node { id title variants { edges { node { id sku } } } } } } }");
        const QJsonObject s = waitFinished(at(p, {"bulkOperation", "id"}));
        QCOMPARE(s[QLatin1String("status")].toString(), QStringLiteral("COMPLETED"));
        const QUrl url(s[QLatin1String("url")].toString());
        const HttpResult whole = m_http->get(url);
        QVERIFY(whole.body.size() > 1000);
        FaultRates cut;
        cut.truncatedBody = 1.0;
        sim().setFaultRates(cut);
        const HttpResult first = m_http->get(url);
        // Cut short: fewer bytes than announced (QNetworkAccessManager may not flag it).
        QVERIFY(first.body.size() < whole.body.size());
        QCOMPARE(first.header("Content-Length"), QByteArray::number(whole.body.size()));
        sim().setFaultRates(FaultRates());
        const HttpResult rest =
            m_http->get(url, {{"Range", "bytes=" + QByteArray::number(first.body.size()) + "-"}});
        QCOMPARE(rest.status, 206);
        QCOMPARE(first.body + rest.body, whole.body);
    }

    void resultsExpireAfterSevenDays()
    {
        const QJsonObject p = run("{ orders { edges { node { id } } } }");
        const QJsonValue id = at(p, {"bulkOperation", "id"});
        const QJsonObject done = waitFinished(id);
        QCOMPARE(done[QLatin1String("status")].toString(), QStringLiteral("COMPLETED"));
        const QUrl url(done[QLatin1String("url")].toString());
        QCOMPARE(m_http->get(url).status, 200);
        sim().advanceTime(7 * Day + 1000);
        const QJsonObject expired = status(id);
        QCOMPARE(expired[QLatin1String("status")].toString(), QStringLiteral("EXPIRED"));
        QVERIFY(expired[QLatin1String("url")].isNull());
        const HttpResult gone = m_http->get(url);
        QCOMPARE(gone.status, 403);
        QVERIFY(gone.body.contains("ExpiredToken"));
    }
};

QTEST_GUILESS_MAIN(TestShopifySimBulk)
#include "tst_shopifysim_bulk.moc"
