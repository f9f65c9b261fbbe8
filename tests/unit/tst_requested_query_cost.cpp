// The connector's own calculation of a query's requested cost
// (RequestedQueryCost) follows Shopify's documented rules, agrees with the
// simulator's (an independent implementation) for every document the
// connector sends, and the page sizes the connector chooses stay under
// Shopify's single-query maximum of 1000 points.
#include "SimHttp.h"
#include "connectors/shopify/GraphQlDocuments.h"
#include "connectors/shopify/RequestedQueryCost.h"
#include "connectors/shopify/ShopifyConnector.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {
qint64 costOf(const char *document, const QJsonObject &variables = {})
{
    return RequestedQueryCost(QString::fromUtf8(document)).cost(variables);
}

QJsonObject vars(std::initializer_list<std::pair<const char *, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &[k, v] : list)
        o.insert(QLatin1String(k), v);
    return o;
}
} // namespace

class TestRequestedQueryCost : public QObject
{
    Q_OBJECT
    std::unique_ptr<sim::ShopifySimulatorHost> m_host;
    std::unique_ptr<SimHttp> m_http;
    QString m_orderGid;

    // The simulator's requested cost of a document (also on MAX_COST_EXCEEDED).
    qint64 simulatorCost(const QString &document, const QJsonObject &variables, QString *code)
    {
        const QJsonObject r = m_http->gql(document.toUtf8(), variables);
        *code = r.value(QLatin1String("errors"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("extensions"))
                    .toObject()
                    .value(QLatin1String("code"))
                    .toString();
        return r.value(QLatin1String("extensions"))
            .toObject()
            .value(QLatin1String("cost"))
            .toObject()
            .value(QLatin1String("requestedQueryCost"))
            .toInteger(-1);
    }

    // Representative variables for each operation the connector sends.
    QList<QJsonObject> variablesFor(const QString &operation)
    {
        const QJsonValue null = QJsonValue::Null;
        if (operation == QLatin1String("Shop"))
            return {{}};
        if (operation == QLatin1String("LocationsPage"))
            return {vars({{"first", 1}, {"after", null}}), vars({{"first", 250}})};
        if (operation == QLatin1String("ProductsPage"))
            return {vars({{"first", 1}, {"variants", 1}}), vars({{"first", 12}, {"variants", 20}}),
                    vars({{"first", 20}, {"variants", 50}, {"query", QStringLiteral("x")}}),
                    vars({{"first", 250}, {"variants", 250}})};
        if (operation == QLatin1String("VariantsPage"))
            return {vars({{"first", 1}}), vars({{"first", 249}}), vars({{"first", 250}})};
        if (operation == QLatin1String("CustomersPage"))
            return {vars({{"first", 3}}), vars({{"first", 250}, {"after", null}})};
        if (operation == QLatin1String("CheckoutsPage"))
            return {vars({{"first", 9}}), vars({{"first", 250}})};
        if (operation == QLatin1String("InventoryPage"))
            return {vars({{"first", 1}, {"levels", 1}}), vars({{"first", 83}, {"levels", 3}}),
                    vars({{"first", 50}, {"levels", 50}}), vars({{"first", 250}, {"levels", 250}})};
        if (operation == QLatin1String("OrdersCount"))
            return {vars({{"query", null}}), vars({{"query", QStringLiteral("updated_at:>'x'")}})};
        if (operation == QLatin1String("OrdersPage"))
            return {
                vars({{"first", 1}, {"lineItems", 1}, {"agreements", 1}, {"sales", 1}}),
                vars({{"first", 4},
                      {"lineItems", 10},
                      {"agreements", 2},
                      {"sales", 5},
                      {"lineItemsAfter", null}}),
                vars({{"first", 10}, {"lineItems", 10}, {"agreements", 5}, {"sales", 10}}),
                vars({{"first", 250}, {"lineItems", 250}, {"agreements", 250}, {"sales", 250}})};
        if (operation == QLatin1String("OrderDetails"))
            return {
                vars({{"id", m_orderGid}, {"lineItems", 1}, {"agreements", 1}, {"sales", 1}}),
                vars({{"id", m_orderGid},
                      {"lineItems", 75},
                      {"agreements", 3},
                      {"sales", 11},
                      {"lineItemsAfter", null}}),
                vars({{"id", m_orderGid}, {"lineItems", 250}, {"agreements", 50}, {"sales", 250}})};
        if (operation == QLatin1String("BulkOperationStatus") ||
            operation == QLatin1String("BulkCancel"))
            return {vars({{"id", QStringLiteral("gid://shopify/BulkOperation/1")}})};
        if (operation == QLatin1String("BulkRunQuery"))
            return {vars({{"query", GraphQlDocuments::bulkOrdersQuery({})}})};
        return {};
    }

private slots:
    void initTestCase()
    {
        sim::ShopifySimConfig c;
        c.seed = 8;
        c.orders = 60;
        c.dataEndMs = 1'795'186'800'000; // 2026-11-20T15:00:00Z
        c.timeScale = 1000;              // the bucket refills between near-1000-point queries
        m_host = std::make_unique<sim::ShopifySimulatorHost>(c);
        QVERIFY(m_host->start());
        m_http = std::make_unique<SimHttp>(m_host->baseUrl(), m_host->simulator().accessToken());
        m_orderGid =
            QStringLiteral("gid://shopify/Order/%1").arg(m_host->simulator().orders().first().id);
    }
    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
    }

    void followsTheDocumentedRules()
    {
        // Scalars and enums 0, objects 1.
        QCOMPARE(costOf("{ shop { name currencyCode } }"), qint64(1));
        QCOMPARE(costOf("query Q { shop { name plan { displayName } } }"), qint64(2));
        // Connections: 2 + first x the node; edges' cursor and pageInfo are free.
        QCOMPARE(costOf("query($n: Int!) { orders(first: $n) { edges { cursor node { id } } "
                        "pageInfo { hasNextPage } } }",
                        vars({{"n", 10}})),
                 qint64(12));
        QCOMPARE(costOf("{ orders(last: 3) { nodes { id customer { id } } } }"), qint64(2 + 3 * 2));
        // Nested connections multiply.
        QCOMPARE(costOf("{ products(first: 5) { nodes { id variants(first: 3) { nodes { id price "
                        "} } } } }"),
                 qint64(2 + 5 * (1 + 2 + 3)));
        // A list of objects costs one object.
        QCOMPARE(costOf("{ order(id: \"gid://shopify/Order/1\") { taxLines { priceSet { "
                        "shopMoney { amount } } } } }"),
                 qint64(1 + 3));
        // Interfaces: the most expensive implementation.
        QCOMPARE(costOf("{ order(id: \"x\") { agreements(first: 2) { nodes { id ... on "
                        "RefundAgreement { refund { id totalRefundedSet { shopMoney { amount } } "
                        "} } ... on OrderEditAgreement { app { id } } } } } }"),
                 qint64(1 + 2 + 2 * (1 + 3)));
        // Fragments are spread, also inside fragments, with their inline fragments.
        QCOMPARE(costOf("query($s: Int!) { order(id: \"x\") { ...O } }\n"
                        "fragment O on Order { id agreements(first: 4) { nodes { ...A sales(first: "
                        "$s) { nodes { ...S } } } } }\n"
                        "fragment A on SalesAgreement { id ... on RefundAgreement { refund { id } "
                        "} }\n"
                        "fragment S on Sale { id totalAmount { shopMoney { amount } } ... on "
                        "ProductSale { lineItem { id } } }",
                        vars({{"s", 6}})),
                 qint64(1 + 2 + 4 * (1 + 1 + 2 + 6 * (1 + 2 + 1))));
        // Fields with the same response key merge; aliases do not.
        QCOMPARE(costOf("{ shop { name } shop { id plan { displayName } } }"), qint64(2));
        QCOMPARE(costOf("{ a: shop { name } b: shop { id } }"), qint64(2));
        // Mutations: 10 per field, whatever they select.
        QCOMPARE(costOf("mutation M($id: ID!) { bulkOperationCancel(id: $id) { bulkOperation { "
                        "id } userErrors { message } } }"),
                 qint64(10));
        QCOMPARE(costOf("mutation { a: bulkOperationCancel(id: \"1\") { userErrors { message } } "
                        "b: bulkOperationCancel(id: \"2\") { userErrors { message } } }"),
                 qint64(20));
        // Sizes: missing or null count 0, defaults apply, @include and @skip are honoured.
        const char *sized = "query($n: Int = 7, $with: Boolean!) { orders(first: $n) { nodes { id "
                            "customer @include(if: $with) { id } } } }";
        QCOMPARE(costOf(sized, vars({{"with", true}})), qint64(2 + 7 * 2));
        QCOMPARE(costOf(sized, vars({{"n", QJsonValue::Null}, {"with", true}})), qint64(2));
        QCOMPARE(costOf(sized, vars({{"n", 3}, {"with", false}})), qint64(2 + 3));
        QCOMPARE(costOf("{ shop @skip(if: true) { name } locations(first: 2) { nodes { id } } }"),
                 qint64(4));
        // Strings, block strings, comments and commas are read as GraphQL reads them.
        QCOMPARE(costOf("# a { comment\n{ orders(first: 2, query: \"a } { \\\" b\") { nodes { "
                        "id } } x: orders(first: 1, query: \"\"\"a { } \\\"\"\" b\"\"\") { nodes { "
                        "id } } }"),
                 qint64(4 + 3));
    }

    void unreadableDocumentsSayWhy()
    {
        for (const char *bad :
             {"{ shop { name }", "query { shop { ...Missing } }", "{ shop(id: ) { id } }",
              "fragment F on Shop { name }", "{ a } { b }",
              "query { shop { ...A } }\nfragment A on Shop { ...A }"}) {
            const RequestedQueryCost c{QString::fromUtf8(bad)};
            QVERIFY2(!c.isValid(), bad);
            QVERIFY(!c.error().isEmpty());
            QCOMPARE(c.cost({}), qint64(-1));
            QCOMPARE(c.largestFitting({}, QStringLiteral("first"), 1000), 0);
        }
    }

    void largestFittingPageSize()
    {
        const RequestedQueryCost c(QStringLiteral(
            "query($first: Int!, $lines: Int!) { orders(first: $first) { nodes { id lineItems("
            "first: $lines) { nodes { id } } } } }"));
        QVERIFY2(c.isValid(), qPrintable(c.error()));
        // 2 + first x (1 + 2 + lines)
        QCOMPARE(c.largestFitting(vars({{"lines", 10}}), QStringLiteral("first"), 1000), 76);
        QCOMPARE(c.cost(vars({{"first", 76}, {"lines", 10}})), qint64(990));
        QCOMPARE(c.largestFitting(vars({{"lines", 0}}), QStringLiteral("first"), 1000), 250);
        QCOMPARE(c.largestFitting(vars({{"lines", 0}}), QStringLiteral("first"), 1000, 40), 40);
        QCOMPARE(c.largestFitting(vars({{"first", 4}}), QStringLiteral("lines"), 1000), 246);
        QCOMPARE(c.largestFitting(vars({{"lines", 250}}), QStringLiteral("first"), 1000), 3);
        QCOMPARE(c.largestFitting(vars({{"lines", 250}}), QStringLiteral("first"), 200), 0);
        // Sizes far beyond the limit saturate rather than overflow.
        const RequestedQueryCost deep(QStringLiteral(
            "query($n: Int!) { a(first: $n) { nodes { b(first: $n) { nodes { c(first: $n) { nodes "
            "{ d(first: $n) { nodes { e(first: $n) { nodes { f(first: $n) { nodes { id } } } } } "
            "} } } } } } } }"));
        QVERIFY(deep.cost(vars({{"n", 250}})) > 1'000'000'000);
        QCOMPARE(deep.largestFitting({}, QStringLiteral("n"), 1000), 2);
    }

    // Every document the connector sends: our calculation equals the
    // simulator's requested cost, within the limit and over it.
    void agreesWithTheSimulatorForEveryDocument()
    {
        const QStringList operations = GraphQlDocuments::operations();
        QVERIFY(operations.contains(QStringLiteral("OrdersPage")));
        QVERIFY(!operations.contains(QStringLiteral("BulkOrders"))); // sent as a string
        int compared = 0;
        for (const QString &operation : operations) {
            const QList<QJsonObject> variableSets = variablesFor(operation);
            QVERIFY2(!variableSets.isEmpty(),
                     qPrintable(QStringLiteral("no variables for %1").arg(operation)));
            const QString document = GraphQlDocuments::document(operation);
            const auto cost = RequestedQueryCost::of(document);
            QVERIFY2(cost->isValid(), qPrintable(operation + QLatin1Char(' ') + cost->error()));
            for (const QJsonObject &v : variableSets) {
                QString code;
                const qint64 simulated = simulatorCost(document, v, &code);
                QVERIFY2(code.isEmpty() || code == QLatin1String("MAX_COST_EXCEEDED"),
                         qPrintable(operation + QLatin1Char(' ') + code));
                QCOMPARE(code == QLatin1String("MAX_COST_EXCEEDED"), simulated > 1000);
                const qint64 ours = cost->cost(v);
                if (ours != simulated)
                    qWarning("%s %s", qPrintable(operation),
                             QJsonDocument(v).toJson(QJsonDocument::Compact).constData());
                QCOMPARE(ours, simulated);
                ++compared;
            }
        }
        QVERIFY(compared >= 25);
    }

    // The page sizes the connector chooses: the largest that fit under 1000
    // points with its nested sizes, and the simulator agrees they fit.
    void chosenPageSizesStayUnderTheMaximum()
    {
        struct Page
        {
            const char *operation;
            QJsonObject nested;
        };
        const QList<Page> pages{
            {"LocationsPage", {}},
            {"ProductsPage", vars({{"variants", ShopifyConnector::kPageVariants}})},
            {"VariantsPage", {}},
            {"CustomersPage", {}},
            {"CheckoutsPage", {}},
            {"InventoryPage", vars({{"levels", 3}})},
            {"InventoryPage", vars({{"levels", 250}})},
            {"OrdersPage", vars({{"lineItems", ShopifyConnector::kPageLineItems},
                                 {"agreements", ShopifyConnector::kPageAgreements},
                                 {"sales", ShopifyConnector::kPageSales}})},
        };
        const double limit = RequestedQueryCost::kMaxQueryCost;
        for (const Page &p : pages) {
            const QString document = GraphQlDocuments::document(QString::fromLatin1(p.operation));
            const auto cost = RequestedQueryCost::of(document);
            QJsonObject v = p.nested;
            const int first = cost->largestFitting(v, QStringLiteral("first"), limit);
            QVERIFY2(first >= 1 && first <= 250, p.operation);
            v.insert(QStringLiteral("first"), first);
            QVERIFY(cost->cost(v) <= 1000);
            if (first < 250) {
                QJsonObject more = v;
                more.insert(QStringLiteral("first"), first + 1);
                QVERIFY2(cost->cost(more) > 1000, p.operation); // the largest that fits
            }
            QString code;
            const qint64 simulated = simulatorCost(document, v, &code);
            QVERIFY2(code.isEmpty(),
                     qPrintable(QLatin1String(p.operation) + QLatin1Char(' ') + code));
            QVERIFY(simulated <= 1000);
            qInfo("%s: %d a page, %lld points", p.operation, first, simulated);
        }
        // One order alone: its refunds with room for lines, the lines filling the rest.
        const QString details = GraphQlDocuments::document(QStringLiteral("OrderDetails"));
        const auto cost = RequestedQueryCost::of(details);
        for (const auto &[agreements, sales] :
             std::initializer_list<std::pair<int, int>>{{1, 1}, {3, 11}, {10, 12}, {2, 60}}) {
            const QJsonObject v = vars({{"id", m_orderGid},
                                        {"agreements", agreements},
                                        {"sales", sales},
                                        {"lineItemsAfter", QJsonValue::Null}});
            const int lines = cost->largestFitting(v, QStringLiteral("lineItems"), limit);
            QVERIFY(lines >= 1);
            QJsonObject sized = v;
            sized.insert(QStringLiteral("lineItems"), lines);
            QString code;
            QVERIFY(simulatorCost(details, sized, &code) <= 1000);
            QVERIFY(code.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestedQueryCost)
#include "tst_requested_query_cost.moc"
