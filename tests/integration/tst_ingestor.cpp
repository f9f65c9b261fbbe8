// The ingestor: idempotent upserts, exact rollups after any sequence of
// inserts, updates and deletions, checkpoints with their data, failures that
// leave nothing behind.
#include "OrderFactory.h"
#include "TestEnvironment.h"
#include "analytics/DateRange.h"
#include "ingest/BatchWriter.h"
#include "ingest/Ingestor.h"
#include "storage/DatabaseError.h"
#include "storage/Schema.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QTest>

#include <map>
#include <set>
#include <tuple>

using namespace storelens;
using namespace storelens::test;

namespace {

// Every row of every table, in a canonical order.
QString dump(Database &db)
{
    QString out;
    Statement tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite_%' ORDER BY name");
    while (tables.step()) {
        const QString table = tables.text(0);
        out += QStringLiteral("## ") + table + QLatin1Char('\n');
        const int columns =
            db.prepare(QString(QStringLiteral("SELECT * FROM ") + table).toStdString())
                .columnCount();
        QString order;
        for (int c = 1; c <= columns; ++c)
            order += (c > 1 ? QStringLiteral(", ") : QString()) + QString::number(c);
        Statement rows = db.prepare(
            QString(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") + order)
                .toStdString());
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c)
                out += (rows.isNull(c) ? QStringLiteral("NULL") : rows.text(c)) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

// Rows as "key/key|value|value...", rows whose values are all zero dropped.
QString rowsWithoutZeros(Statement &q, int keyColumns)
{
    QString out;
    while (q.step()) {
        QStringList keys;
        for (int c = 0; c < keyColumns; ++c)
            keys << q.text(c);
        QString row;
        bool allZero = true;
        for (int c = keyColumns; c < q.columnCount(); ++c) {
            allZero = allZero && q.int64(c) == 0;
            row += QLatin1Char('|') + QString::number(q.int64(c));
        }
        if (!allZero)
            out += keys.join(QLatin1Char('/')) + row + QLatin1Char('\n');
    }
    return out;
}

// The store-day rollup recomputed from the raw rows with plain SQL, in the
// same shape as rollup_store_day (zero rows dropped).
QString recomputedStoreDays(Database &db, qint64 storeId)
{
    const std::string sql = R"SQL(
        WITH facts AS (
            SELECT o.day AS day, 1 AS orders, o.cancelled_at IS NOT NULL AS cancelled,
                   (SELECT coalesce(sum(quantity * original_unit_price), 0) FROM line_items WHERE order_id = o.id) AS gross,
                   (SELECT coalesce(sum(total_discount), 0) FROM line_items WHERE order_id = o.id) AS discounts,
                   0 AS returns, o.total_shipping AS shipping, 0 AS shipping_returned,
                   o.total_tax AS taxes, 0 AS taxes_returned,
                   (SELECT coalesce(sum(quantity), 0) FROM line_items WHERE order_id = o.id) AS units,
                   0 AS units_returned, 0 AS new_customers,
                   o.customer_id IS NOT NULL AS customer_orders
            FROM orders o WHERE o.store_id = ?1 AND o.test = 0
            UNION ALL
            SELECT r.day, 0, 0, 0, 0,
                   (SELECT coalesce(sum(subtotal), 0) FROM refund_lines WHERE refund_id = r.id),
                   0, r.shipping, 0,
                   (SELECT coalesce(sum(tax), 0) FROM refund_lines WHERE refund_id = r.id), 0,
                   (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE refund_id = r.id), 0, 0
            FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.store_id = ?1 AND o.test = 0
            UNION ALL
            SELECT (SELECT day FROM orders f WHERE f.store_id = ?1 AND f.customer_id = c.customer_id
                    AND f.test = 0 ORDER BY f.processed_at, f.id LIMIT 1),
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
            FROM (SELECT DISTINCT customer_id FROM orders WHERE store_id = ?1 AND test = 0
                  AND customer_id IS NOT NULL) c
        )
        SELECT day, sum(orders), sum(cancelled), sum(gross), sum(discounts), sum(returns),
               sum(shipping), sum(shipping_returned), sum(taxes), sum(taxes_returned),
               sum(units), sum(units_returned), sum(new_customers), sum(customer_orders)
        FROM facts GROUP BY day ORDER BY day)SQL";
    Statement q = db.prepare(sql);
    q.bind(1, storeId);
    QString out;
    while (q.step()) {
        QString row;
        bool allZero = true;
        for (int c = 1; c < q.columnCount(); ++c) {
            allZero = allZero && q.int64(c) == 0;
            row += QLatin1Char('|') + QString::number(q.int64(c));
        }
        if (!allZero)
            out += QString::number(q.int64(0)) + row + QLatin1Char('\n');
    }
    return out;
}

QString rolledUpStoreDays(Database &db, qint64 storeId)
{
    Statement q = db.prepare(
        "SELECT day, orders, cancelled_orders, gross_sales, discounts, returns, shipping, "
        "shipping_returned, taxes, taxes_returned, units_sold, units_returned, new_customers, "
        "customer_orders FROM rollup_store_day WHERE store_id = ? ORDER BY day");
    q.bind(1, storeId);
    QString out;
    while (q.step()) {
        QString row;
        bool allZero = true;
        for (int c = 1; c < q.columnCount(); ++c) {
            allZero = allZero && q.int64(c) == 0;
            row += QLatin1Char('|') + QString::number(q.int64(c));
        }
        if (!allZero)
            out += QString::number(q.int64(0)) + row + QLatin1Char('\n');
    }
    return out;
}

// `perMonth`: the same per shop-local month, as rollup_product_month keeps it.
QString recomputedProductDays(Database &db, qint64 storeId, bool perMonth = false)
{
    // The period of a row: its day, or its month (yyyymm).
    const std::string orderPeriod = perMonth ? "o.day / 100" : "o.day";
    const std::string refundPeriod = perMonth ? "r.day / 100" : "r.day";
    const std::string sql = R"SQL(
        WITH facts AS (
            SELECT )SQL" + orderPeriod +
                            R"SQL( AS day, coalesce(l.product_id, 0) AS p,
                   coalesce(l.variant_id, 0) AS v,
                   l.quantity AS units, l.quantity * l.original_unit_price AS gross,
                   l.total_discount AS discounts, 0 AS units_returned, 0 AS returns
            FROM line_items l JOIN orders o ON o.id = l.order_id WHERE o.store_id = ?1 AND o.test = 0
            UNION ALL
            SELECT )SQL" + refundPeriod +
                            R"SQL(, coalesce(l.product_id, 0),
                   coalesce(l.variant_id, 0), 0, 0, 0, rl.quantity, rl.subtotal
            FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
            JOIN orders o ON o.id = r.order_id
            LEFT JOIN line_items l ON l.order_id = o.id AND l.platform_id = rl.line_item_id
            WHERE o.store_id = ?1 AND o.test = 0
        ),
        orders_per AS (
            SELECT )SQL" + orderPeriod +
                            R"SQL( AS day, coalesce(l.product_id, 0) AS p,
                   coalesce(l.variant_id, 0) AS v, count(DISTINCT o.id) AS orders
            FROM line_items l JOIN orders o ON o.id = l.order_id WHERE o.store_id = ?1 AND o.test = 0
            GROUP BY 1, 2, 3
        )
        SELECT g.day, g.p, g.v, coalesce(x.orders, 0), g.units, g.gross, g.discounts,
               g.units_returned, g.returns
        FROM (SELECT day, p, v, sum(units) AS units, sum(gross) AS gross,
                     sum(discounts) AS discounts, sum(units_returned) AS units_returned,
                     sum(returns) AS returns
              FROM facts GROUP BY day, p, v) g
        LEFT JOIN orders_per x ON x.day = g.day AND x.p = g.p AND x.v = g.v
        ORDER BY g.day, g.p, g.v)SQL";
    Statement q = db.prepare(sql);
    q.bind(1, storeId);
    QString out;
    while (q.step()) {
        QString row;
        bool allZero = true;
        for (int c = 3; c < q.columnCount(); ++c) {
            allZero = allZero && q.int64(c) == 0;
            row += QLatin1Char('|') + QString::number(q.int64(c));
        }
        if (!allZero)
            out += QStringLiteral("%1/%2/%3").arg(q.int64(0)).arg(q.int64(1)).arg(q.int64(2)) +
                   row + QLatin1Char('\n');
    }
    return out;
}

QString rolledUpProductDays(Database &db, qint64 storeId, bool perMonth = false)
{
    Statement q = db.prepare(
        perMonth ? "SELECT month, product_id, variant_id, orders, units_sold, gross_sales, "
                   "discounts, units_returned, returns FROM rollup_product_month "
                   "WHERE store_id = ? ORDER BY month, product_id, variant_id"
                 : "SELECT day, product_id, variant_id, orders, units_sold, gross_sales, "
                   "discounts, units_returned, returns FROM rollup_product_day "
                   "WHERE store_id = ? ORDER BY day, product_id, variant_id");
    q.bind(1, storeId);
    QString out;
    while (q.step()) {
        QString row;
        bool allZero = true;
        for (int c = 3; c < q.columnCount(); ++c) {
            allZero = allZero && q.int64(c) == 0;
            row += QLatin1Char('|') + QString::number(q.int64(c));
        }
        if (!allZero)
            out += QStringLiteral("%1/%2/%3").arg(q.int64(0)).arg(q.int64(1)).arg(q.int64(2)) +
                   row + QLatin1Char('\n');
    }
    return out;
}

// The channel rollup recomputed from the raw rows.
QString recomputedChannelDays(Database &db, qint64 storeId)
{
    const std::string sql = R"SQL(
        WITH facts AS (
            SELECT o.day AS day, coalesce(o.source_name, '') AS channel, 1 AS orders,
                   o.cancelled_at IS NOT NULL AS cancelled,
                   (SELECT coalesce(sum(quantity * original_unit_price), 0) FROM line_items WHERE order_id = o.id) AS gross,
                   (SELECT coalesce(sum(total_discount), 0) FROM line_items WHERE order_id = o.id) AS discounts,
                   0 AS returns, o.total_shipping AS shipping, 0 AS shipping_returned,
                   o.total_tax AS taxes, 0 AS taxes_returned,
                   (SELECT coalesce(sum(quantity), 0) FROM line_items WHERE order_id = o.id) AS units,
                   0 AS units_returned
            FROM orders o WHERE o.store_id = ?1 AND o.test = 0
            UNION ALL
            SELECT r.day, coalesce(o.source_name, ''), 0, 0, 0, 0,
                   (SELECT coalesce(sum(subtotal), 0) FROM refund_lines WHERE refund_id = r.id),
                   0, r.shipping, 0,
                   (SELECT coalesce(sum(tax), 0) FROM refund_lines WHERE refund_id = r.id), 0,
                   (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE refund_id = r.id)
            FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.store_id = ?1 AND o.test = 0
        )
        SELECT day, channel, sum(orders), sum(cancelled), sum(gross), sum(discounts), sum(returns),
               sum(shipping), sum(shipping_returned), sum(taxes), sum(taxes_returned), sum(units),
               sum(units_returned)
        FROM facts GROUP BY day, channel ORDER BY day, channel)SQL";
    Statement q = db.prepare(sql);
    q.bind(1, storeId);
    return rowsWithoutZeros(q, 2);
}

QString rolledUpChannelDays(Database &db, qint64 storeId)
{
    Statement q = db.prepare("SELECT day, channel, orders, cancelled_orders, gross_sales, "
                             "discounts, returns, shipping, shipping_returned, taxes, "
                             "taxes_returned, units_sold, units_returned "
                             "FROM rollup_channel_day WHERE store_id = ? ORDER BY day, channel");
    q.bind(1, storeId);
    return rowsWithoutZeros(q, 2);
}

// The customer rollups recomputed in C++ from each customer's orders, sorted by
// (processed_at, id): consecutive order pairs and cohort months.
QString recomputedCustomerRollups(Database &db, qint64 storeId)
{
    Statement q = db.prepare("SELECT customer_id, day FROM orders WHERE store_id = ? AND test = 0 "
                             "AND customer_id IS NOT NULL ORDER BY customer_id, processed_at, id");
    q.bind(1, storeId);
    std::map<std::tuple<int, int, int>, std::pair<qint64, qint64>> pairs;
    std::map<std::pair<int, int>, qint64> cohorts;
    std::map<PlatformId, std::vector<int>> days;
    while (q.step())
        days[q.platformId(0)].push_back(q.int32(1));
    for (const auto &[customer, list] : days) {
        std::set<int> months;
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0) {
                // rollup_customer_return's grains: day/day, day/month,
                // month/day, month/month, days apart (up to 31).
                const int prev = list[i - 1], day = list[i];
                const int gap = int(DateRange::toDate(prev).daysTo(DateRange::toDate(day)));
                std::vector<std::tuple<int, int, int>> keys{{0, prev, day},
                                                            {1, prev, day / 100},
                                                            {2, prev / 100, day},
                                                            {3, prev / 100, day / 100}};
                if (gap <= 31)
                    keys.emplace_back(4, gap, prev);
                for (const auto &key : keys) {
                    auto &p = pairs[key];
                    ++p.first;
                    p.second += i == 1 ? 1 : 0;
                }
            }
            if (months.insert(list[i] / 100).second)
                ++cohorts[{list.front() / 100, list[i] / 100}];
        }
    }
    QString out;
    for (const auto &[key, n] : pairs)
        out += QStringLiteral("R%1/%2/%3|%4|%5\n")
                   .arg(std::get<0>(key))
                   .arg(std::get<1>(key))
                   .arg(std::get<2>(key))
                   .arg(n.first)
                   .arg(n.second);
    for (const auto &[key, n] : cohorts)
        out += QStringLiteral("C%1/%2|%3\n").arg(key.first).arg(key.second).arg(n);
    return out;
}

QString rolledUpCustomerRollups(Database &db, qint64 storeId)
{
    QString out;
    Statement r = db.prepare("SELECT grain, k1, k2, orders, second_orders FROM "
                             "rollup_customer_return WHERE store_id = ? AND (orders != 0 OR "
                             "second_orders != 0) ORDER BY grain, k1, k2");
    r.bind(1, storeId);
    while (r.step())
        out += QStringLiteral("R%1/%2/%3|%4|%5\n")
                   .arg(r.int64(0))
                   .arg(r.int64(1))
                   .arg(r.int64(2))
                   .arg(r.int64(3))
                   .arg(r.int64(4));
    Statement c = db.prepare("SELECT first_month, month, customers FROM rollup_cohort WHERE "
                             "store_id = ? AND customers != 0 ORDER BY first_month, month");
    c.bind(1, storeId);
    while (c.step())
        out += QStringLiteral("C%1/%2|%3\n").arg(c.int64(0)).arg(c.int64(1)).arg(c.int64(2));
    return out;
}

// Every rollup of a store equals its recomputation from the raw rows.
void verifyRollups(Database &db, qint64 storeId)
{
    QCOMPARE(rolledUpStoreDays(db, storeId), recomputedStoreDays(db, storeId));
    QCOMPARE(rolledUpProductDays(db, storeId), recomputedProductDays(db, storeId));
    QCOMPARE(rolledUpProductDays(db, storeId, true), recomputedProductDays(db, storeId, true));
    QCOMPARE(rolledUpChannelDays(db, storeId), recomputedChannelDays(db, storeId));
    QCOMPARE(rolledUpCustomerRollups(db, storeId), recomputedCustomerRollups(db, storeId));
    QCOMPARE(db.scalar("SELECT count(*) FROM orders o WHERE total_refunded != "
                       "(SELECT coalesce(sum(total), 0) FROM refunds WHERE order_id = o.id)"),
             qint64(0));
    QCOMPARE(
        db.scalar("SELECT count(*) FROM customer_activity a WHERE amount_spent != "
                  "(SELECT coalesce(sum(max(total_price - total_refunded, 0)), 0) FROM orders o "
                  "WHERE o.store_id = a.store_id AND o.customer_id = a.customer_id AND "
                  "o.test = 0)"),
        qint64(0));
    QVERIFY(db.scalar("SELECT count(*) FROM customer_activity WHERE amount_spent > 0") > 0);
}

const qint64 kStart = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kYear = qint64(366) * 86'400'000;

} // namespace

class TestIngestor : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;

private slots:
    void init()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        m_home = std::make_unique<TempHome>();
    }
    void cleanup() { m_home.reset(); }

    void sameBatchTwiceIsANoOp()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("I"),
                                           "America/New_York", &storeId);
        ManualClock clock;
        BatchWriter writer(ws->db(), clock);
        OrderFactory factory(7);
        IngestBatch batch;
        batch.storeId = storeId;
        for (int i = 1; i <= 500; ++i)
            batch.orders.push_back(factory.make(i, kStart, kYear));
        Customer c;
        c.id = PlatformId(qint64(7'000'000'000'001));
        c.email = QStringLiteral("c@example.com");
        batch.customers.push_back(c);
        Checkout co;
        co.id = PlatformId(qint64(42));
        co.createdAtMs = co.updatedAtMs = kStart + 5;
        co.currency = QStringLiteral("USD");
        co.totalPrice = 1234;
        batch.checkouts.push_back(co);
        batch.checkpoints.push_back({QStringLiteral("orders"), QStringLiteral("cursor-1")});

        const IngestReport first = writer.write(batch);
        QCOMPARE(first.ordersInserted, qint64(500));
        const QString after = dump(ws->db());
        const IngestReport second = writer.write(batch);
        QCOMPARE(second.ordersInserted, qint64(0));
        QCOMPARE(second.ordersUnchanged, qint64(500));
        QCOMPARE(dump(ws->db()), after);
        QCOMPARE(recomputedStoreDays(ws->db(), storeId), rolledUpStoreDays(ws->db(), storeId));
        QCOMPARE(ws->db().scalar("SELECT checkouts FROM rollup_store_day WHERE checkouts > 0"),
                 qint64(1));
    }

    void rollupsMatchRawRowsAfterRandomHistory_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("new york") << QByteArray("America/New_York") << 1u;
        QTest::newRow("berlin") << QByteArray("Europe/Berlin") << 2u;
        QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << 3u;
        QTest::newRow("utc") << QByteArray("UTC") << 4u;
    }
    void rollupsMatchRawRowsAfterRandomHistory()
    {
        QFETCH(QByteArray, zone);
        QFETCH(quint32, seed);
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("R"), zone, &storeId);
        ManualClock clock;
        BatchWriter writer(ws->db(), clock);
        OrderFactory factory(seed);
        factory.customerCount = 300; // many repeat customers
        QRandomGenerator rng(seed * 7919);
        std::map<qint64, Order> truth; // what the platform holds now
        qint64 nextId = 1;
        for (int round = 0; round < 40; ++round) {
            IngestBatch batch;
            batch.storeId = storeId;
            const int inserts = int(rng.bounded(60));
            for (int i = 0; i < inserts; ++i) {
                Order o = factory.make(nextId++, kStart, kYear, 1 + int(rng.bounded(5)));
                truth[o.id.number()] = o;
                batch.orders.push_back(o);
            }
            // Updates of earlier orders, sometimes the same order twice in a batch.
            const int updates = truth.empty() ? 0 : int(rng.bounded(25));
            for (int i = 0; i < updates; ++i) {
                auto it = truth.begin();
                std::advance(it, rng.bounded(int(truth.size())));
                factory.mutate(it->second);
                batch.orders.push_back(it->second);
            }
            if (!truth.empty() && rng.bounded(3) == 0) {
                auto it = truth.begin();
                std::advance(it, rng.bounded(int(truth.size())));
                batch.deletedOrders.push_back(it->second.id);
                truth.erase(it);
            }
            // An occasional stale re-delivery of an order's current state.
            if (!truth.empty() && rng.bounded(2) == 0)
                batch.orders.push_back(truth.begin()->second);
            writer.write(batch);
        }
        Database &db = ws->db();
        QCOMPARE(db.scalar("SELECT count(*) FROM orders"), qint64(truth.size()));
        qint64 expectedTotal = 0;
        for (const auto &[id, o] : truth)
            expectedTotal += o.totalPrice;
        QCOMPARE(db.scalar("SELECT coalesce(sum(total_price), 0) FROM orders"), expectedTotal);
        const QString expectedStore = recomputedStoreDays(db, storeId);
        QVERIFY(expectedStore.count(QLatin1Char('\n')) > 100);
        QVERIFY(recomputedCustomerRollups(db, storeId).count(QLatin1Char('\n')) > 100);
        verifyRollups(db, storeId);
        if (QTest::currentTestFailed())
            return;
        // Customer activity agrees with the orders.
        QCOMPARE(db.scalar("SELECT count(*) FROM customer_activity"),
                 db.scalar("SELECT count(DISTINCT customer_id) FROM orders WHERE test = 0 AND "
                           "customer_id IS NOT NULL"));
        QCOMPARE(db.scalar("SELECT count(*) FROM customer_activity a WHERE orders_count != "
                           "(SELECT count(*) FROM orders o WHERE o.customer_id = a.customer_id "
                           "AND o.test = 0)"),
                 qint64(0));
    }

    // A workspace of schema 1 with data gets the version 2 rollups from its
    // existing rows, equal to what the ingestor keeps.
    void migrationToVersion2RollsUpExistingData()
    {
        const QString current = m_home->path() + QStringLiteral("/current.db");
        const QString old = m_home->path() + QStringLiteral("/old.db");
        Database db(current, Database::OpenMode::Create);
        Schema::migrate(db);
        Store store;
        store.platform = QStringLiteral("shopify");
        store.domain = QStringLiteral("m.myshopify.com");
        store.name = QStringLiteral("M");
        store.timezone = QStringLiteral("Europe/Berlin");
        store.authKind = QStringLiteral("token");
        store.credentialRef = QStringLiteral("none");
        const qint64 storeId = StoreRepository(db).insert(store);
        BatchWriter writer(db);
        OrderFactory factory(99);
        factory.customerCount = 200;
        std::vector<Order> orders;
        for (int round = 0; round < 5; ++round) {
            IngestBatch batch;
            batch.storeId = storeId;
            for (int i = 0; i < 300; ++i) {
                orders.push_back(factory.make(qint64(orders.size()) + 1, kStart, kYear));
                batch.orders.push_back(orders.back());
            }
            for (int i = 0; i < 50; ++i) {
                Order &o = orders[size_t(i * 5 + round)];
                factory.mutate(o);
                batch.orders.push_back(o);
            }
            writer.write(batch);
        }
        verifyRollups(db, storeId);
        if (QTest::currentTestFailed())
            return;

        // The same rows in a schema 1 file, then migrated.
        {
            Database v1(old, Database::OpenMode::Create);
            QCOMPARE(Schema::migrate(v1, 1), 1);
            v1.exec("ATTACH DATABASE '" + current.toStdString() + "' AS src");
            for (const char *table :
                 {"stores", "orders", "line_items", "refunds", "refund_lines", "customer_activity",
                  "rollup_product_day", "rollup_store_day"}) {
                // The columns schema 1 has.
                QStringList columns;
                Statement info = v1.prepare(std::string("PRAGMA main.table_info(") + table + ")");
                while (info.step())
                    columns << info.text(1);
                const std::string list = columns.join(QStringLiteral(", ")).toStdString();
                v1.exec(std::string("INSERT INTO main.") + table + " (" + list + ") SELECT " +
                        list + " FROM src." + table);
            }
            v1.exec("DETACH DATABASE src");
            QCOMPARE(Schema::migrate(v1), Schema::latestVersion() - 1);
            QCOMPARE(v1.scalar("PRAGMA user_version"), qint64(Schema::latestVersion()));
            QCOMPARE(rolledUpStoreDays(v1, storeId), rolledUpStoreDays(db, storeId));
            QCOMPARE(rolledUpProductDays(v1, storeId, true),
                     rolledUpProductDays(db, storeId, true));
            QCOMPARE(rolledUpChannelDays(v1, storeId), rolledUpChannelDays(db, storeId));
            QCOMPARE(rolledUpCustomerRollups(v1, storeId), rolledUpCustomerRollups(db, storeId));
            verifyRollups(v1, storeId);
        }
    }

    void orderDaysFollowShopTimeZone()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Z"),
                                           "America/Los_Angeles", &storeId);
        BatchWriter writer(ws->db());
        IngestBatch batch;
        batch.storeId = storeId;
        Order o;
        o.id = PlatformId(qint64(1));
        o.currency = QStringLiteral("USD");
        // 2024-03-01 05:00 UTC is still February 29 in Los Angeles.
        o.processedAtMs = QDateTime(QDate(2024, 3, 1), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch();
        o.createdAtMs = o.updatedAtMs = o.processedAtMs;
        LineItem l;
        l.id = PlatformId(qint64(10));
        l.quantity = 2;
        l.originalUnitPrice = 1500;
        o.lines.push_back(l);
        Refund r;
        r.id = PlatformId(qint64(20));
        r.createdAtMs = QDateTime(QDate(2024, 3, 10), QTime(7, 30), Qt::UTC).toMSecsSinceEpoch();
        r.lines.push_back({l.id, 1, 1500, 0});
        o.refunds.push_back(r);
        batch.orders.push_back(o);
        writer.write(batch);
        QCOMPARE(ws->db().scalar("SELECT day FROM orders"), qint64(20240229));
        QCOMPARE(ws->db().scalar("SELECT gross_sales FROM rollup_store_day WHERE day = 20240229"),
                 qint64(3000));
        // 07:30 UTC on March 10 is 23:30 on March 9 (PST, before the DST switch at 10:00 UTC).
        QCOMPARE(ws->db().scalar("SELECT returns FROM rollup_store_day WHERE day = 20240309"),
                 qint64(1500));
    }

    void invalidRecordsAreKeptAside()
    {
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("B"), "UTC", &storeId);
        BatchWriter writer(ws->db());
        OrderFactory factory(3);
        IngestBatch batch;
        batch.storeId = storeId;
        batch.orders.push_back(factory.make(1, kStart, kYear));
        Order bad = factory.make(2, kStart, kYear);
        bad.currency.clear();
        batch.orders.push_back(bad);
        batch.rejected.push_back({QStringLiteral("customers"), QStringLiteral("99"),
                                  QStringLiteral("malformed JSON"), QStringLiteral("{oops")});
        const IngestReport report = writer.write(batch);
        QCOMPARE(report.ordersInserted, qint64(1));
        QCOMPARE(report.rejected, qint64(2));
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM rejected_records WHERE resource = 'orders' "
                                 "AND platform_id = '2' AND reason LIKE '%currency%'"),
                 qint64(1));
    }

    void diskFullLosesNothing()
    {
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("D"), "UTC", &storeId);
        OrderFactory factory(11);
        {
            IngestBatch batch;
            batch.storeId = storeId;
            for (int i = 1; i <= 50; ++i)
                batch.orders.push_back(factory.make(i, kStart, kYear));
            batch.checkpoints.push_back({QStringLiteral("orders"), QStringLiteral("after-50")});
            BatchWriter(ws->db()).write(batch);
        }
        const QString before = dump(ws->db());
        // The file may not grow: the next big batch hits SQLITE_FULL.
        ws->db().exec("PRAGMA max_page_count = " +
                      std::to_string(ws->db().scalar("PRAGMA page_count")));
        IngestBatch big;
        big.storeId = storeId;
        for (int i = 51; i <= 3000; ++i)
            big.orders.push_back(factory.make(i, kStart, kYear));
        big.checkpoints.push_back({QStringLiteral("orders"), QStringLiteral("after-3000")});
        try {
            BatchWriter(ws->db()).write(big);
            QFAIL("expected a full disk");
        } catch (const DatabaseError &e) {
            QVERIFY(e.isDiskFull());
        }
        QCOMPARE(dump(ws->db()), before);
        ws->db().exec("PRAGMA max_page_count = 1073741823");
        BatchWriter(ws->db()).write(big);
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM orders"), qint64(3000));
    }

    void writerThreadOrdersAndFailures()
    {
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("W"), "UTC", &storeId);
        OrderFactory factory(5);
        std::vector<QFuture<IngestReport>> futures;
        {
            Ingestor ingestor(*ws);
            for (int b = 0; b < 20; ++b) {
                IngestBatch batch;
                batch.storeId = storeId;
                for (int i = 0; i < 100; ++i)
                    batch.orders.push_back(factory.make(b * 100 + i + 1, kStart, kYear));
                batch.checkpoints.push_back({QStringLiteral("orders"), QString::number(b)});
                futures.push_back(ingestor.submit(std::move(batch)));
            }
            ingestor.waitForIdle();
            for (auto &f : futures)
                QCOMPARE(f.result().ordersInserted, qint64(100));

            // A batch for a store that does not exist fails; that store's later
            // batches are refused until reset; other stores are not affected.
            IngestBatch orphan;
            orphan.storeId = 999;
            orphan.orders.push_back(factory.make(99999, kStart, kYear));
            auto failed = ingestor.submit(orphan);
            IngestBatch other;
            other.storeId = storeId;
            other.orders.push_back(factory.make(5000, kStart, kYear));
            auto fine = ingestor.submit(other);
            ingestor.waitForIdle();
            QVERIFY(!failed.result().ok);
            QVERIFY(failed.result().error.contains(QLatin1String("999")));
            QVERIFY(fine.result().ok);
            QCOMPARE(fine.result().ordersInserted, qint64(1));
            auto blocked = ingestor.submit(orphan);
            ingestor.waitForIdle();
            QVERIFY(!blocked.result().ok);
            QVERIFY(blocked.result().error.contains(QLatin1String("earlier batch")));
            ingestor.resetStore(999);
            auto retried = ingestor.submit(orphan);
            ingestor.waitForIdle();
            QVERIFY(retried.result().error.contains(QLatin1String("999")));
        }
        // The reader sees the last checkpoint together with all its orders.
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM orders"), qint64(2001));
        Statement q =
            ws->db().prepare("SELECT cursor FROM sync_checkpoints WHERE resource = 'orders'");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("19"));
    }
};

QTEST_GUILESS_MAIN(TestIngestor)
#include "tst_ingestor.moc"
