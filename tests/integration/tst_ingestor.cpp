// The ingestor: idempotent upserts, exact rollups after any sequence of
// inserts, updates and deletions, checkpoints with their data, failures that
// leave nothing behind.
#include "OrderFactory.h"
#include "TestEnvironment.h"
#include "ingest/BatchWriter.h"
#include "ingest/Ingestor.h"
#include "storage/DatabaseError.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QTest>

#include <map>

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

QString recomputedProductDays(Database &db, qint64 storeId)
{
    const std::string sql = R"SQL(
        WITH facts AS (
            SELECT o.day AS day, coalesce(l.product_id, 0) AS p, coalesce(l.variant_id, 0) AS v,
                   l.quantity AS units, l.quantity * l.original_unit_price AS gross,
                   l.total_discount AS discounts, 0 AS units_returned, 0 AS returns
            FROM line_items l JOIN orders o ON o.id = l.order_id WHERE o.store_id = ?1 AND o.test = 0
            UNION ALL
            SELECT r.day, coalesce(l.product_id, 0), coalesce(l.variant_id, 0), 0, 0, 0,
                   rl.quantity, rl.subtotal
            FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
            JOIN orders o ON o.id = r.order_id
            LEFT JOIN line_items l ON l.order_id = o.id AND l.platform_id = rl.line_item_id
            WHERE o.store_id = ?1 AND o.test = 0
        ),
        orders_per AS (
            SELECT o.day AS day, coalesce(l.product_id, 0) AS p, coalesce(l.variant_id, 0) AS v,
                   count(DISTINCT o.id) AS orders
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

QString rolledUpProductDays(Database &db, qint64 storeId)
{
    Statement q = db.prepare("SELECT day, product_id, variant_id, orders, units_sold, gross_sales, "
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
        QCOMPARE(rolledUpStoreDays(db, storeId), expectedStore);
        QCOMPARE(rolledUpProductDays(db, storeId), recomputedProductDays(db, storeId));
        // Customer activity agrees with the orders.
        QCOMPARE(db.scalar("SELECT count(*) FROM customer_activity"),
                 db.scalar("SELECT count(DISTINCT customer_id) FROM orders WHERE test = 0 AND "
                           "customer_id IS NOT NULL"));
        QCOMPARE(db.scalar("SELECT count(*) FROM customer_activity a WHERE orders_count != "
                           "(SELECT count(*) FROM orders o WHERE o.customer_id = a.customer_id "
                           "AND o.test = 0)"),
                 qint64(0));
    }

    // A bulk export delivers orders in pieces (order, lines, refunds, refund
    // lines), split across batches; the result equals writing whole orders.
    void bulkPiecesEqualWholeOrders()
    {
        qint64 wholeStore = 0, piecesStore = 0;
        auto whole = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Whole"),
                                              "Europe/Berlin", &wholeStore);
        auto pieces = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Pieces"),
                                               "Europe/Berlin", &piecesStore);
        QCOMPARE(wholeStore, piecesStore);
        ManualClock clock;
        OrderFactory factory(99);
        factory.customerCount = 80;
        std::vector<Order> orders;
        for (int i = 1; i <= 400; ++i) {
            Order o = factory.make(i, kStart, kYear, 1 + i % 4);
            if (i % 3 == 0)
                factory.mutate(o); // more refunds and cancellations
            orders.push_back(o);
        }
        auto toPieces = [](const Order &o) {
            std::vector<OrderPiece> out;
            OrderPiece header;
            header.kind = OrderPiece::Kind::Header;
            header.orderId = o.id;
            header.header() = o;
            header.header().lines.clear();
            header.header().refunds.clear();
            out.push_back(header);
            for (const LineItem &l : o.lines) {
                OrderPiece p;
                p.kind = OrderPiece::Kind::Line;
                p.orderId = o.id;
                p.line() = l;
                out.push_back(p);
            }
            for (const Refund &r : o.refunds) {
                OrderPiece p;
                p.kind = OrderPiece::Kind::Refund;
                p.orderId = o.id;
                p.refundId = r.id;
                p.refund() = r;
                p.refund().lines.clear();
                p.refund().shipping = 0; // shipping arrives as its own sale
                p.refund().shippingTax = 0;
                out.push_back(p);
                for (const RefundLine &rl : r.lines) {
                    OrderPiece line;
                    line.kind = OrderPiece::Kind::RefundLine;
                    line.orderId = o.id;
                    line.refundId = r.id;
                    line.refundLine() = rl;
                    out.push_back(line);
                }
                if (r.shipping || r.shippingTax) {
                    OrderPiece ship;
                    ship.kind = OrderPiece::Kind::RefundShipping;
                    ship.orderId = o.id;
                    ship.refundId = r.id;
                    ship.refund().shipping = r.shipping;
                    ship.refund().shippingTax = r.shippingTax;
                    out.push_back(ship);
                }
            }
            return out;
        };
        // Whole orders, in batches of 50.
        BatchWriter wholeWriter(whole->db(), clock);
        for (size_t b = 0; b < orders.size(); b += 50) {
            IngestBatch batch;
            batch.storeId = wholeStore;
            batch.orders.assign(orders.begin() + qsizetype(b),
                                orders.begin() + qsizetype(std::min(orders.size(), b + 50)));
            wholeWriter.write(batch);
        }
        // Pieces, in batches of 97 pieces: orders are cut across batches.
        std::vector<OrderPiece> all;
        for (const Order &o : orders)
            for (OrderPiece &p : toPieces(o))
                all.push_back(std::move(p));
        BatchWriter pieceWriter(pieces->db(), clock);
        auto writePieces = [&](BatchWriter &writer) {
            for (size_t b = 0; b < all.size(); b += 97) {
                IngestBatch batch;
                batch.storeId = piecesStore;
                batch.orderPieces.assign(all.begin() + qsizetype(b),
                                         all.begin() + qsizetype(std::min(all.size(), b + 97)));
                const IngestReport report = writer.write(batch);
                QCOMPARE(report.rejected, qint64(0));
            }
        };
        writePieces(pieceWriter);
        auto tables = [](Database &db) {
            return canonicalOrderTables(db);
        };
        const QString expected = tables(whole->db());
        QVERIFY(expected.size() > 10000);
        QCOMPARE(tables(pieces->db()), expected);
        // A second bulk export of the same orders (a full re-sync) changes nothing.
        writePieces(pieceWriter);
        QCOMPARE(tables(pieces->db()), expected);
        QCOMPARE(rolledUpStoreDays(pieces->db(), piecesStore),
                 recomputedStoreDays(pieces->db(), piecesStore));
        // And a page-based sync after the bulk one rewrites nothing it need not.
        IngestBatch again;
        again.storeId = piecesStore;
        again.orders = orders;
        BatchWriter(pieces->db(), clock).write(again);
        QCOMPARE(tables(pieces->db()), expected);

        // A line that arrives without its order is kept aside, not lost silently.
        IngestBatch orphan;
        orphan.storeId = piecesStore;
        OrderPiece line;
        line.kind = OrderPiece::Kind::Line;
        line.orderId = PlatformId(qint64(123456789));
        line.line() = orders.front().lines.front();
        orphan.orderPieces.push_back(line);
        QCOMPARE(BatchWriter(pieces->db(), clock).write(orphan).rejected, qint64(1));
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
