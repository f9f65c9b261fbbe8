// The ingestor: idempotent upserts, exact rollups after any sequence of
// inserts, updates and deletions, checkpoints with their data, failures that
// leave nothing behind.
#include "OrderFactory.h"
#include "RollupRecompute.h"
#include "TestEnvironment.h"
#include "analytics/CustomerAnalytics.h"
#include "analytics/DateRange.h"
#include "analytics/ProductAnalytics.h"
#include "analytics/SalesAnalytics.h"
#include "ingest/BatchWriter.h"
#include "ingest/Ingestor.h"
#include "ingest/ProductDayPacker.h"
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

// Every rollup of a store equals its recomputation from the raw rows.
void verifyRollups(Database &db, qint64 storeId)
{
    QCOMPARE(rollupMismatch(db, storeId), QString());
    QVERIFY(db.scalar("SELECT count(*) FROM customer_activity WHERE amount_spent > 0") > 0);
}

// A Shopify store in `zone`, inserted directly (no workspace around `db`).
qint64 insertStore(Database &db, const QString &zone,
                   const QString &platform = QStringLiteral("shopify"))
{
    Store store;
    store.platform = platform;
    store.domain = QStringLiteral("m.myshopify.com");
    store.name = QStringLiteral("M");
    store.timezone = zone;
    store.authKind = QStringLiteral("token");
    store.credentialRef = QStringLiteral("none");
    return StoreRepository(db).insert(store);
}

const qint64 kStart = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kYear = qint64(366) * 86'400'000;

// The store's product figures over ranges that cut through months (read
// partly by day) and the whole history, by product and by variant, as text;
// days read from their packed form where they have one, or all from rows.
QString productAnswers(Database &db, qint64 storeId, bool packed)
{
    ProductAnalytics analytics(db);
    analytics.setPackedDays(packed);
    QString out;
    for (const DateRange &range : {DateRange{20240117, 20240403}, DateRange{20240301, 20240315},
                                   DateRange{20240210, 20241120}, DateRange{20240105, 20240105},
                                   DateRange{20240502, 20240510}, DateRange{20231201, 20250630}}) {
        for (const ProductGrouping grouping :
             {ProductGrouping::Product, ProductGrouping::Variant}) {
            const ProductReport report =
                analytics.products(AnalyticsScope::store(storeId), range, grouping);
            for (const ProductRow &r : report.rows)
                out += QStringLiteral("%1/%2 %3 %4 %5 %6 %7 %8\n")
                           .arg(r.productId.toString(), r.variantId.toString())
                           .arg(r.orders.value_or(-1))
                           .arg(r.unitsSold)
                           .arg(r.unitsReturned)
                           .arg(r.grossSales)
                           .arg(r.discounts)
                           .arg(r.returns);
        }
    }
    return out;
}

// An order as a bulk export delivers it: header, lines, refunds and their lines.
std::vector<OrderPiece> piecesOf(const Order &o)
{
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
}

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
        const qint64 storeId = insertStore(db, QStringLiteral("Europe/Berlin"));
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
        unpackProductDays(db);
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
            QCOMPARE(rolledUpProductRunning(v1, storeId), rolledUpProductRunning(db, storeId));
            verifyRollups(v1, storeId);
        }
    }

    // A workspace of schema 2 to 5 gets the rollups of the later versions
    // (running product totals, customers' spend lists, packed product days)
    // from its data, equal to what the ingestor keeps, and the ingestor keeps
    // them exact from there.
    void laterMigrationsFillNewRollups_data()
    {
        QTest::addColumn<int>("fromVersion");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("4") << 4;
        QTest::newRow("5") << 5;
    }
    void laterMigrationsFillNewRollups()
    {
        QFETCH(int, fromVersion);
        const QString current = m_home->path() + QStringLiteral("/current.db");
        const QString old = m_home->path() + QStringLiteral("/old.db");
        Database db(current, Database::OpenMode::Create);
        Schema::migrate(db);
        const qint64 storeId = insertStore(db, QStringLiteral("Asia/Kolkata"));
        BatchWriter writer(db);
        OrderFactory factory(5);
        factory.productCount = 30;
        factory.customerCount = 25; // around CustomerSpendList::kMaxOrders orders each
        std::vector<Order> orders;
        // Out of order: each batch reaches back over the whole year.
        for (int round = 0; round < 6; ++round) {
            IngestBatch batch;
            batch.storeId = storeId;
            for (int i = 0; i < 200; ++i) {
                orders.push_back(factory.make(qint64(orders.size()) + 1, kStart, kYear));
                batch.orders.push_back(orders.back());
            }
            for (int i = 0; i < 40; ++i) {
                Order &o = orders[size_t(i * 4 + round)];
                factory.mutate(o);
                batch.orders.push_back(o);
            }
            if (round == 3)
                batch.deletedOrders.push_back(orders[5].id);
            writer.write(batch);
        }
        verifyRollups(db, storeId);
        if (QTest::currentTestFailed())
            return;
        const QString running = rolledUpProductRunning(db, storeId);
        QVERIFY(running.count(QLatin1Char('\n')) > 12 * 30);
        const QString lists = storedSpendLists(db, storeId);
        QVERIFY(lists.contains(QLatin1String("|-\n"))); // a customer past the limit
        QVERIFY(lists.count(QLatin1Char(':')) > 100);   // and customers with lists

        unpackProductDays(db); // as the writer of an older schema kept them
        Database migrated(old, Database::OpenMode::Create);
        QCOMPARE(Schema::migrate(migrated, fromVersion), fromVersion);
        migrated.exec("ATTACH DATABASE '" + current.toStdString() + "' AS src");
        QStringList tables;
        Statement names = migrated.prepare("SELECT name FROM main.sqlite_master WHERE type = "
                                           "'table' AND name NOT LIKE 'sqlite_%'");
        while (names.step())
            tables << names.text(0);
        for (const QString &table : tables) {
            QStringList columns; // those of the old schema
            Statement info =
                migrated.prepare("PRAGMA main.table_info(" + table.toStdString() + ")");
            while (info.step())
                columns << info.text(1);
            const std::string list = columns.join(QStringLiteral(", ")).toStdString();
            migrated.exec("INSERT INTO main." + table.toStdString() + " (" + list + ") SELECT " +
                          list + " FROM src." + table.toStdString());
        }
        migrated.exec("DETACH DATABASE src");
        QCOMPARE(Schema::migrate(migrated), Schema::latestVersion() - fromVersion);
        QCOMPARE(rolledUpProductRunning(migrated, storeId), running);
        // Zero rows too: the same months and variants.
        QCOMPARE(migrated.scalar("SELECT count(*) FROM rollup_product_running"),
                 db.scalar("SELECT count(*) FROM rollup_product_running"));
        QCOMPARE(storedSpendLists(migrated, storeId), lists);
        verifyRollups(migrated, storeId);
        // Every day with product rows waits to be packed (the ingestor packs
        // them when idle), none is packed yet, and the days read the same.
        QCOMPARE(migrated.scalar("SELECT count(*) FROM product_days_to_pack"),
                 migrated.scalar("SELECT count(DISTINCT day) FROM rollup_product_day"));
        QVERIFY(migrated.scalar("SELECT count(*) FROM product_days_to_pack") > 300);
        QCOMPARE(migrated.scalar("SELECT count(*) FROM rollup_product_day_packed"), qint64(0));
        const QString unpacked = productAnswers(migrated, storeId, false);
        ProductDayPacker(migrated).packAll();
        QCOMPARE(rollupMismatch(migrated, storeId, Packing::All), QString());
        QCOMPARE(productAnswers(migrated, storeId, true), unpacked);

        // Writing on after the migration keeps them exact.
        BatchWriter after(migrated);
        IngestBatch batch;
        batch.storeId = storeId;
        for (int i = 0; i < 100; ++i) {
            orders.push_back(factory.make(qint64(orders.size()) + 1, kStart, kYear + kYear / 2));
            batch.orders.push_back(orders.back());
        }
        for (int i = 0; i < 30; ++i) {
            Order &o = orders[size_t(i * 9)];
            factory.mutate(o);
            batch.orders.push_back(o);
        }
        after.write(batch);
        verifyRollups(migrated, storeId);
        QVERIFY(migrated.scalar("SELECT count(*) FROM product_days_to_pack") > 50);
        QCOMPARE(productAnswers(migrated, storeId, true), productAnswers(migrated, storeId, false));
        ProductDayPacker(migrated).packAll();
        QCOMPARE(rollupMismatch(migrated, storeId, Packing::All), QString());
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
            for (OrderPiece &p : piecesOf(o))
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
        verifyRollups(pieces->db(), piecesStore);
        QCOMPARE(rolledUpChannelDays(pieces->db(), piecesStore),
                 rolledUpChannelDays(whole->db(), wholeStore));
        QCOMPARE(rolledUpProductDays(pieces->db(), piecesStore, true),
                 rolledUpProductDays(whole->db(), wholeStore, true));
        QCOMPARE(rolledUpCustomerRollups(pieces->db(), piecesStore),
                 rolledUpCustomerRollups(whole->db(), wholeStore));
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

    // A bulk export leaves the customer rollups to its last batch, which
    // recounts them from the orders: the result equals keeping them per order,
    // also over a store that had figures already, and a batch that changes
    // orders in between (an incremental sync after a killed export) recounts
    // them first.
    void deferredCustomerRollupsEqualPerOrderOnes()
    {
        qint64 perOrderStore = 0, deferredStore = 0;
        auto perOrder = createWorkspaceWithStore(
            m_home->workspacesDir(), QStringLiteral("PerOrder"), "Europe/Berlin", &perOrderStore);
        auto deferred = createWorkspaceWithStore(
            m_home->workspacesDir(), QStringLiteral("Deferred"), "Europe/Berlin", &deferredStore);
        QCOMPARE(perOrderStore, deferredStore);
        const qint64 storeId = perOrderStore;
        ManualClock clock;
        OrderFactory factory(31);
        factory.customerCount = 60;
        std::vector<Order> orders;
        for (int i = 1; i <= 500; ++i)
            orders.push_back(factory.make(i, kStart, kYear, 1 + i % 4));
        // Some customers with more orders than a spend list keeps.
        for (int i = 0; i < 120; ++i)
            orders[size_t(i * 4)].customerId = PlatformId(qint64(424242));
        orders[7].test = true;
        orders[8].customerId = PlatformId();

        using CustomerRollups = IngestBatch::CustomerRollups;
        auto write = [&](Workspace &ws, const std::vector<OrderPiece> &pieces,
                         CustomerRollups mode) {
            IngestBatch batch;
            batch.storeId = storeId;
            batch.orderPieces = pieces;
            batch.customerRollups = mode;
            const IngestReport report = BatchWriter(ws.db(), clock).write(batch);
            QCOMPARE(report.rejected, qint64(0));
        };
        auto deferredMarks = [&] {
            return deferred->db().scalar("SELECT count(*) FROM customer_rollups_deferred");
        };
        auto piecesOfRange = [&](size_t from, size_t to) {
            std::vector<OrderPiece> out;
            for (size_t i = from; i < to; ++i)
                for (OrderPiece &p : piecesOf(orders[i]))
                    out.push_back(std::move(p));
            return out;
        };

        // The store has per-order figures for its first 200 orders.
        for (Workspace *ws : {perOrder.get(), deferred.get()}) {
            IngestBatch batch;
            batch.storeId = storeId;
            batch.orders.assign(orders.begin(), orders.begin() + 200);
            BatchWriter(ws->db(), clock).write(batch);
        }
        // Then an export of all of them, some changed since: refunds, other
        // customers, later or earlier dates.
        for (size_t i = 0; i < orders.size(); i += 3)
            factory.mutate(orders[i]);
        for (size_t i = 1; i < 200; i += 10) {
            orders[i].customerId = orders[i + 1].customerId;
            orders[i].processedAtMs -= 40LL * 86'400'000;
        }
        for (size_t from = 0; from < 300; from += 100)
            write(*deferred, piecesOfRange(from, from + 100), CustomerRollups::Deferred);
        QCOMPARE(deferredMarks(), qint64(1));
        QVERIFY(!rollupMismatch(deferred->db(), storeId).isEmpty()); // stale until the rebuild

        // The process died; an incremental sync changes one order.
        Order edited = orders[250];
        edited.totalPrice += 1000;
        edited.updatedAtMs += 1;
        for (Workspace *ws : {perOrder.get(), deferred.get()}) {
            if (ws == perOrder.get()) // what the deferred store received so far
                for (size_t from = 0; from < 300; from += 100)
                    write(*ws, piecesOfRange(from, from + 100), CustomerRollups::PerOrder);
            IngestBatch batch;
            batch.storeId = storeId;
            batch.orders.push_back(edited);
            BatchWriter(ws->db(), clock).write(batch);
        }
        QCOMPARE(deferredMarks(), qint64(0));
        verifyRollups(deferred->db(), storeId);
        if (QTest::currentTestFailed())
            return;

        // Analytics meanwhile: sales as usual, customer counts pending, top
        // customers added up from the orders (customer_activity is stale).
        const DateRange all{20230101, 20251231};
        const AnalyticsScope scope = AnalyticsScope::store(storeId);
        CustomerAnalytics::RankingLimits bySpend;
        bySpend.fewOrders = 0;
        bySpend.directShare = 0;
        auto topOf = [&](Database &db) {
            CustomerAnalytics customers(db);
            customers.setRankingLimits(bySpend);
            QStringList out;
            for (const CustomerSpend &c : customers.topCustomers(scope, all, 10).customers)
                out << QStringLiteral("%1:%2:%3")
                           .arg(c.customerId.toString())
                           .arg(c.orders)
                           .arg(c.amountSpent);
            return out;
        };

        // The export runs again to its end, its last batch empty.
        for (size_t from = 0; from < orders.size(); from += 100) {
            write(*perOrder, piecesOfRange(from, from + 100), CustomerRollups::PerOrder);
            write(*deferred, piecesOfRange(from, from + 100), CustomerRollups::Deferred);
            QCOMPARE(deferredMarks(), qint64(1));
            if (from != 300)
                continue;
            const SummaryReport expected = SalesAnalytics(perOrder->db()).summary(scope, all);
            const SummaryReport pending = SalesAnalytics(deferred->db()).summary(scope, all);
            QVERIFY(!expected.current.customers.pending);
            QVERIFY(expected.customerFiguresPending.isEmpty());
            QVERIFY(expected.current.customers.customers > 0);
            QCOMPARE(pending.current.sales, expected.current.sales);
            QVERIFY(pending.current.customers.pending);
            QCOMPARE(pending.current.customers.customers, qint64(0));
            QCOMPARE(pending.current.customers.returningCustomers, qint64(0));
            QVERIFY(pending.previous.customers.pending);
            QCOMPARE(pending.customerFiguresPending.size(), qsizetype(1));
            const QStringList top = topOf(perOrder->db());
            QCOMPARE(top.size(), qsizetype(10));
            QCOMPARE(topOf(deferred->db()), top);
            const CohortReport cohorts = CustomerAnalytics(deferred->db()).cohorts(scope, all);
            QVERIFY(cohorts.rows.empty());
            QCOMPARE(cohorts.pendingStores, pending.customerFiguresPending);
        }
        write(*deferred, {}, CustomerRollups::Rebuild);
        QCOMPARE(deferredMarks(), qint64(0));
        {
            const SummaryReport expected = SalesAnalytics(perOrder->db()).summary(scope, all);
            const SummaryReport rebuilt = SalesAnalytics(deferred->db()).summary(scope, all);
            QVERIFY(!rebuilt.current.customers.pending);
            QVERIFY(rebuilt.customerFiguresPending.isEmpty());
            QCOMPARE(rebuilt.current.customers, expected.current.customers);
            QCOMPARE(topOf(deferred->db()), topOf(perOrder->db()));
            const CohortReport cohorts = CustomerAnalytics(deferred->db()).cohorts(scope, all);
            QVERIFY(!cohorts.rows.empty());
            QVERIFY(cohorts.pendingStores.isEmpty());
        }
        verifyRollups(perOrder->db(), storeId);
        verifyRollups(deferred->db(), storeId);
        if (QTest::currentTestFailed())
            return;
        auto customerTables = [&](Database &db) {
            QString out = rolledUpStoreDays(db, storeId) + rolledUpCustomerRollups(db, storeId) +
                          storedSpendLists(db, storeId);
            Statement q = db.prepare("SELECT customer_id, first_order_at, first_order_day, "
                                     "last_order_at, orders_count, amount_spent, spend_list IS "
                                     "NULL FROM customer_activity ORDER BY customer_id");
            while (q.step())
                for (int c = 0; c < q.columnCount(); ++c)
                    out += q.text(c) + QLatin1Char(c + 1 < q.columnCount() ? '|' : '\n');
            return out;
        };
        const QString expected = customerTables(perOrder->db());
        QVERIFY(expected.contains(QLatin1String("424242|")));
        QCOMPARE(customerTables(deferred->db()), expected);
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

    // The writer thread remembers a store's calendar between batches; a sync
    // that starts (resetStore) makes it read the store again, so a shop that
    // moved to another time zone has its new orders on the new zone's days.
    void resetStoreReadsTheStoreAgain()
    {
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("R"), "UTC", &storeId);
        const auto orderAt = [storeId](qint64 id) {
            Order o;
            o.id = PlatformId(id);
            o.currency = QStringLiteral("USD");
            // 05:00 UTC on March 1 is still February 29 in Los Angeles.
            o.processedAtMs =
                QDateTime(QDate(2024, 3, 1), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch();
            o.createdAtMs = o.updatedAtMs = o.processedAtMs;
            IngestBatch batch;
            batch.storeId = storeId;
            batch.orders.push_back(o);
            return batch;
        };
        Ingestor ingestor(*ws);
        QVERIFY(ingestor.submit(orderAt(1)).result().ok);

        StoreRepository stores(ws->db());
        Store store = *stores.byId(storeId);
        store.timezone = QStringLiteral("America/Los_Angeles");
        stores.update(store);
        QVERIFY(ingestor.submit(orderAt(2)).result().ok);
        ingestor.resetStore(storeId);
        QVERIFY(ingestor.submit(orderAt(3)).result().ok);
        ingestor.waitForIdle();

        Statement q = ws->db().prepare("SELECT platform_id, day FROM orders ORDER BY platform_id");
        QString days;
        while (q.step())
            days += q.text(0) + QLatin1Char(':') + q.text(1) + QLatin1Char(' ');
        // Order 2 came before the reset: the writer still used the zone it knew.
        QCOMPARE(days, QStringLiteral("1:20240301 2:20240301 3:20240229 "));
    }

    // Amazon identifies products by ASIN and SKU text: the product rollups key
    // them as text, apart from numeric ids with the same digits.
    void textProductIdsRollUpExactly()
    {
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("T"), "UTC", &storeId);
        BatchWriter writer(ws->db());
        const qint64 day = QDateTime(QDate(2024, 5, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        auto line = [](qint64 id, const PlatformId &product, const PlatformId &variant, int qty) {
            LineItem l;
            l.id = PlatformId(id);
            l.productId = product;
            l.variantId = variant;
            l.quantity = qty;
            l.originalUnitPrice = 1000;
            return l;
        };
        const PlatformId asin(QStringLiteral("B07XJ8C8F5"));
        const PlatformId sku(QStringLiteral("MUG-RED"));
        const PlatformId numericTwin(qint64(7)); // a numeric id in the same orders
        IngestBatch batch;
        batch.storeId = storeId;
        for (int i = 1; i <= 3; ++i) {
            Order o;
            o.id = PlatformId(QStringLiteral("902-0000000-000000%1").arg(i));
            o.currency = QStringLiteral("USD");
            o.processedAtMs = o.createdAtMs = o.updatedAtMs = day + i;
            o.lines.push_back(line(10 * i + 1, asin, sku, i));
            o.lines.push_back(line(10 * i + 2, numericTwin, numericTwin, 1));
            if (i == 3) // a second line of the same variant: the order counts once
                o.lines.push_back(line(10 * i + 3, asin, sku, 1));
            batch.orders.push_back(o);
        }
        writer.write(batch);
        Database &db = ws->db();
        QCOMPARE(rollupMismatch(db, storeId), QString());
        // A new day is kept packed alone, its text ids in SQLite's key order
        // (rollupMismatch checks it).
        QCOMPARE(db.scalar("SELECT count(*) FROM rollup_product_day"), qint64(0));
        QCOMPARE(db.scalar("SELECT count(*) FROM rollup_product_day_packed WHERE has_rows = 0"),
                 qint64(1));
        const QStringList dayRows =
            rolledUpProductDays(db, storeId).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(dayRows.size(), 2);
        QVERIFY2(dayRows.filter(QStringLiteral("20240502/B07XJ8C8F5/MUG-RED|3|7|")).size() == 1,
                 qPrintable(dayRows.join(QLatin1Char(' '))));
        QCOMPARE(db.scalar("SELECT units_sold FROM rollup_product_month WHERE product_id = 7"),
                 qint64(3));
        // Packed with their text ids, and read back the same (May 2 by day:
        // a later order makes May a partial month).
        IngestBatch later;
        later.storeId = storeId;
        Order o;
        o.id = PlatformId(QStringLiteral("902-0000000-0000009"));
        o.currency = QStringLiteral("USD");
        o.processedAtMs = o.createdAtMs = o.updatedAtMs = day + 18 * qint64(86'400'000);
        o.lines.push_back(line(91, asin, sku, 4));
        later.orders.push_back(o);
        writer.write(later);
        const QString unpacked = productAnswers(db, storeId, false);
        QVERIFY(unpacked.contains(QLatin1String("B07XJ8C8F5/MUG-RED 3 7")));
        ProductDayPacker(db).packAll();
        QCOMPARE(rollupMismatch(db, storeId, Packing::All), QString());
        QCOMPARE(productAnswers(db, storeId, true), unpacked);
    }

    // A WooCommerce store rolls up by WooCommerce Analytics' definitions:
    // only processing, completed, on-hold and refunded orders count, gross
    // sales are the exact line subtotals, returns are refund amounts less
    // their tax and shipping (amount-only refunds whole), refunds leave
    // shipping and taxes alone, and the average order value is net sales per
    // order. Status changes and deletions keep the rollups exact.
    void wooCommerceRollsUpByAnalyticsDefinitions()
    {
        Database db(m_home->path() + QStringLiteral("/woo.db"), Database::OpenMode::Create);
        Schema::migrate(db);
        const qint64 storeId =
            insertStore(db, QStringLiteral("Europe/Berlin"), QStringLiteral("woocommerce"));
        const auto utc = [](int month, int day, int hour, int minute = 0) {
            return QDateTime(QDate(2024, month, day), QTime(hour, minute), Qt::UTC)
                .toMSecsSinceEpoch();
        };
        struct Line
        {
            qint64 id, quantity, subtotal, total, tax;
        };
        const auto order = [](qint64 id, const char *status, const PlatformId &customer,
                              qint64 createdAt, const std::vector<Line> &lines, qint64 shipping,
                              qint64 shippingTax) {
            Order o;
            o.id = PlatformId(id);
            o.currency = QStringLiteral("EUR");
            o.financialStatus = QLatin1String(status);
            o.countsInSales =
                QByteArrayList{"processing", "completed", "on-hold", "refunded"}.contains(
                    QByteArray(status));
            o.customerId = customer;
            o.createdAtMs = o.processedAtMs = o.updatedAtMs = createdAt;
            o.totalShipping = shipping;
            o.totalTax = shippingTax;
            for (const Line &l : lines) {
                LineItem line;
                line.id = PlatformId(l.id);
                line.productId = line.variantId = PlatformId(l.id * 100);
                line.quantity = l.quantity;
                line.originalUnitPrice = (l.subtotal + l.quantity / 2) / l.quantity;
                line.subtotal = l.subtotal;
                line.totalDiscount = l.subtotal - l.total;
                line.tax = l.tax;
                o.lines.push_back(line);
                o.subtotal += l.subtotal;
                o.totalTax += l.tax;
                o.totalPrice += l.total + l.tax;
            }
            o.totalPrice += shipping + shippingTax;
            return o;
        };
        const PlatformId registered(qint64(7));
        const PlatformId ann(QStringLiteral("ann@example.org"));
        // A subtotal that 3 does not divide: gross sales stay 1000, not 333 x 3.
        Order o1 =
            order(1, "processing", registered, utc(3, 10, 10), {{11, 3, 1000, 900, 90}}, 500, 50);
        Order o2 = order(2, "pending", registered, utc(3, 5, 10), {{21, 1, 2000, 2000, 200}}, 0, 0);
        // 23:30 UTC on March 30 is 00:30 on March 31 in Berlin, the night the
        // clocks go forward.
        Order o3 =
            order(3, "completed", ann, utc(3, 30, 23, 30), {{31, 2, 1000, 1000, 100}}, 300, 30);
        Refund items; // a unit and the shipping: 500 + 50 tax + 300 + 30 tax
        items.id = PlatformId(qint64(301));
        items.createdAtMs = utc(4, 2, 9);
        items.total = 880;
        items.shipping = 300;
        items.shippingTax = 30;
        items.lines.push_back({PlatformId(qint64(31)), 1, 500, 50});
        Refund amount; // amount only
        amount.id = PlatformId(qint64(302));
        amount.createdAtMs = utc(4, 2, 12);
        amount.total = 200;
        o3.refunds = {items, amount};
        Order o4 = order(4, "cancelled", ann, utc(3, 20, 8), {{41, 1, 700, 700, 70}}, 0, 0);

        BatchWriter writer(db);
        const auto write = [&](std::vector<Order> orders, std::vector<PlatformId> deleted = {}) {
            IngestBatch batch;
            batch.storeId = storeId;
            batch.orders = std::move(orders);
            batch.deletedOrders = std::move(deleted);
            const IngestReport report = writer.write(batch);
            QCOMPARE(report.rejected, 0);
        };
        const auto day = [&](int yyyymmdd) {
            Statement q = db.prepare(
                "SELECT orders, gross_sales, discounts, returns, shipping, shipping_returned, "
                "taxes, taxes_returned, units_sold, units_returned, new_customers, "
                "customer_orders FROM rollup_store_day WHERE store_id = ? AND day = ?");
            q.bindAll(storeId, yyyymmdd);
            QStringList values;
            if (q.step()) {
                for (int c = 0; c < q.columnCount(); ++c)
                    values << q.text(c);
            }
            return values.join(QLatin1Char(' '));
        };
        write({o1, o2, o3, o4});
        verifyRollups(db, storeId);
        // orders gross discounts returns shipping shipping_returned taxes
        // taxes_returned units units_returned new_customers customer_orders
        QCOMPARE(day(20240305), QString()); // pending: nothing
        QCOMPARE(day(20240310), QStringLiteral("1 1000 100 0 500 0 140 0 3 0 1 1"));
        QCOMPARE(day(20240331), QStringLiteral("1 1000 0 0 300 0 130 0 2 0 1 1"));
        QCOMPARE(day(20240320), QString()); // cancelled: nothing
        QCOMPARE(day(20240402), QStringLiteral("0 0 0 700 0 0 0 0 0 1 0 0"));

        SalesAnalytics analytics(db);
        PeriodFigures f =
            analytics.summary(AnalyticsScope::store(storeId), {20240301, 20240430}).current;
        QCOMPARE(f.sales.grossSales, 2000);
        QCOMPARE(f.sales.discounts, 100);
        QCOMPARE(f.sales.returns, 700);
        QCOMPARE(f.sales.netSales(), 1200);
        QCOMPARE(f.sales.shipping(), 800);
        QCOMPARE(f.sales.taxes(), 270);
        QCOMPARE(f.sales.totalSales(), 2270);
        QCOMPARE(f.sales.orders, 2);
        QCOMPARE(f.sales.averageOrderValue().scaled(0), std::optional<qint64>(600)); // 1200 / 2
        QCOMPARE(f.customers.customers, 2);
        QCOMPARE(f.customers.newCustomers, 2);

        // The pending order is paid: it counts from now on, and is the
        // registered customer's first counted order.
        o2.financialStatus = QStringLiteral("processing");
        o2.countsInSales = true;
        write({o2});
        verifyRollups(db, storeId);
        QCOMPARE(day(20240305), QStringLiteral("1 2000 0 0 0 0 200 0 1 0 1 1"));
        QCOMPARE(day(20240310), QStringLiteral("1 1000 100 0 500 0 140 0 3 0 0 1"));

        // Cancelled after all; then the refunded order goes to the trash.
        o1.financialStatus = QStringLiteral("cancelled");
        o1.countsInSales = false;
        write({o1});
        verifyRollups(db, storeId);
        QCOMPARE(day(20240310), QStringLiteral("0 0 0 0 0 0 0 0 0 0 0 0"));
        write({}, {o3.id});
        verifyRollups(db, storeId);
        QCOMPARE(day(20240331), QStringLiteral("0 0 0 0 0 0 0 0 0 0 0 0"));
        QCOMPARE(day(20240402), QStringLiteral("0 0 0 0 0 0 0 0 0 0 0 0"));
        f = analytics.summary(AnalyticsScope::store(storeId), {20240301, 20240430}).current;
        QCOMPARE(f.sales.orders, 1);
        QCOMPARE(f.sales.grossSales, 2000);
        QCOMPARE(f.customers.customers, 1);
    }

    // A guest's customer record comes with each of their orders, in whatever
    // order they arrive: it keeps the earliest creation time.
    void customersKeepTheirEarliestCreationTime()
    {
        Database db(m_home->path() + QStringLiteral("/guests.db"), Database::OpenMode::Create);
        Schema::migrate(db);
        const qint64 storeId =
            insertStore(db, QStringLiteral("Europe/Berlin"), QStringLiteral("woocommerce"));
        BatchWriter writer(db);
        const auto write = [&](qint64 createdAt, const QString &lastName) {
            Customer c;
            c.id = PlatformId(QStringLiteral("ann@example.org"));
            c.email = c.id.text();
            c.lastName = lastName;
            c.createdAtMs = createdAt;
            c.updatedAtMs = createdAt;
            IngestBatch batch;
            batch.storeId = storeId;
            batch.customers.push_back(c);
            writer.write(batch);
        };
        const auto stored = [&] {
            return db.scalar("SELECT created_at FROM customers");
        };
        write(3000, QStringLiteral("A"));
        write(2000, QStringLiteral("B")); // an older order arrives later
        QCOMPARE(stored(), qint64(2000));
        write(5000, QStringLiteral("C"));
        QCOMPARE(stored(), qint64(2000));
        write(0, QStringLiteral("D")); // unknown: no change
        QCOMPARE(stored(), qint64(2000));
        // The rest of the record follows the latest write.
        Statement q = db.prepare("SELECT last_name, updated_at FROM customers");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("D"));
    }

    // Schema 10: a workspace of schema 9 keeps its Shopify figures exactly
    // (test orders now `excluded`); a WooCommerce store's orders and their
    // rollups, made by Shopify's definitions, go and are read again at the
    // next sync, its figures marked incomplete until then.
    void migrationToVersion10RereadsWooCommerceOrders()
    {
        const QString current = m_home->path() + QStringLiteral("/current.db");
        const QString old = m_home->path() + QStringLiteral("/old.db");
        Database db(current, Database::OpenMode::Create);
        Schema::migrate(db);
        const qint64 shopify = insertStore(db, QStringLiteral("Asia/Kolkata"));
        const qint64 woo =
            insertStore(db, QStringLiteral("Europe/Berlin"), QStringLiteral("woocommerce"));
        const qint64 unsynced = [&] {
            Store s;
            s.platform = QStringLiteral("woocommerce");
            s.domain = QStringLiteral("new.example");
            s.name = QStringLiteral("New");
            s.timezone = QStringLiteral("UTC");
            s.authKind = QStringLiteral("token");
            s.credentialRef = QStringLiteral("none");
            return StoreRepository(db).insert(s);
        }();
        BatchWriter writer(db);
        OrderFactory factory(17);
        factory.customerCount = 40;
        for (const qint64 store : {shopify, woo}) {
            IngestBatch batch;
            batch.storeId = store;
            for (int i = 1; i <= 300; ++i)
                batch.orders.push_back(factory.make(i, kStart, kYear));
            batch.checkpoints.push_back({QStringLiteral("orders"), QStringLiteral("c")});
            writer.write(batch);
        }
        QVERIFY(db.scalar("SELECT count(*) FROM orders WHERE test = 1") > 0);
        verifyRollups(db, shopify);
        verifyRollups(db, woo);
        unpackProductDays(db);

        Database migrated(old, Database::OpenMode::Create);
        QCOMPARE(Schema::migrate(migrated, 9), 9);
        migrated.exec("ATTACH DATABASE '" + current.toStdString() + "' AS src");
        QStringList tables;
        Statement names = migrated.prepare("SELECT name FROM main.sqlite_master WHERE type = "
                                           "'table' AND name NOT LIKE 'sqlite_%'");
        while (names.step())
            tables << names.text(0);
        for (const QString &table : tables) {
            QStringList columns; // those of schema 9
            Statement info =
                migrated.prepare("PRAGMA main.table_info(" + table.toStdString() + ")");
            while (info.step())
                columns << info.text(1);
            const std::string list = columns.join(QStringLiteral(", ")).toStdString();
            migrated.exec("INSERT INTO main." + table.toStdString() + " (" + list + ") SELECT " +
                          list + " FROM src." + table.toStdString());
        }
        migrated.exec("DETACH DATABASE src");
        QCOMPARE(Schema::migrate(migrated), 1);
        QCOMPARE(migrated.scalar("PRAGMA user_version"), qint64(10));

        // Shopify: the same figures, test orders excluded.
        QCOMPARE(migrated.scalar("SELECT count(*) FROM orders WHERE excluded != test"), qint64(0));
        QCOMPARE(rolledUpStoreDays(migrated, shopify), rolledUpStoreDays(db, shopify));
        QCOMPARE(rolledUpProductDays(migrated, shopify, true),
                 rolledUpProductDays(db, shopify, true));
        QCOMPARE(rolledUpCustomerRollups(migrated, shopify), rolledUpCustomerRollups(db, shopify));
        verifyRollups(migrated, shopify);
        QCOMPARE(migrated.scalar("SELECT count(*) FROM sync_rereads WHERE store_id = " +
                                 std::to_string(shopify)),
                 qint64(0));

        // WooCommerce: nothing of its orders is left, and they are read again.
        for (const char *table :
             {"orders", "customer_activity", "rollup_store_day", "rollup_product_day",
              "rollup_product_month", "rollup_product_running", "rollup_channel_day",
              "rollup_customer_return", "rollup_cohort"})
            QCOMPARE(migrated.scalar(std::string("SELECT count(*) FROM ") + table +
                                     " WHERE store_id = " + std::to_string(woo)),
                     qint64(0));
        for (const char *table : {"line_items", "refunds"})
            QCOMPARE(migrated.scalar(std::string("SELECT count(*) FROM ") + table),
                     db.scalar(std::string("SELECT count(*) FROM ") + table +
                               " c JOIN orders o ON o.id = c.order_id WHERE o.store_id = " +
                               std::to_string(shopify)));
        QCOMPARE(migrated.scalar("SELECT count(*) FROM refund_lines"),
                 db.scalar("SELECT count(*) FROM refund_lines l JOIN refunds r ON r.id = "
                           "l.refund_id JOIN orders o ON o.id = r.order_id WHERE o.store_id = " +
                           std::to_string(shopify)));
        Statement reread = migrated.prepare("SELECT store_id, resource, reason FROM sync_rereads");
        QVERIFY(reread.step());
        QCOMPARE(reread.int64(0), woo);
        QCOMPARE(reread.text(1), QStringLiteral("orders"));
        QCOMPARE(reread.text(2), QStringLiteral("sales-definitions"));
        QVERIFY(!reread.step()); // a store that never synced has nothing to read again
        Q_UNUSED(unsynced);

        // Read again, the store's rollups are exact by its own definitions.
        BatchWriter after(migrated);
        IngestBatch batch;
        batch.storeId = woo;
        OrderFactory again(17);
        again.customerCount = 40;
        for (int i = 1; i <= 300; ++i)
            batch.orders.push_back(again.make(i, kStart, kYear));
        after.write(batch);
        verifyRollups(migrated, woo);
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

    // The writer keeps a transaction open while a store's batches keep coming
    // and answers them at the commit: a batch that fails takes back every
    // batch of its transaction, and each batch is then wholly in the
    // workspace (answered ok) or wholly not (answered with the error).
    void aFailedBatchTakesBackItsWholeTransaction()
    {
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("T"), "UTC", &storeId);
        // Order 4321 cannot be stored, as if the disk failed right there.
        ws->db().exec("CREATE TRIGGER refuse_order BEFORE INSERT ON orders "
                      "WHEN NEW.platform_id = 4321 BEGIN SELECT RAISE(ABORT, 'refused here'); END");
        OrderFactory factory(17);
        constexpr int kBatches = 12, kPerBatch = 400; // order 4321 is in batch 10
        std::vector<QFuture<IngestReport>> futures;
        {
            Ingestor ingestor(*ws);
            for (int b = 0; b < kBatches; ++b) {
                IngestBatch batch;
                batch.storeId = storeId;
                for (int i = 1; i <= kPerBatch; ++i)
                    batch.orders.push_back(factory.make(b * kPerBatch + i, kStart, kYear));
                batch.checkpoints.push_back({QStringLiteral("orders"), QString::number(b)});
                futures.push_back(ingestor.submit(std::move(batch)));
            }
            ingestor.waitForIdle();
        }
        Database &db = ws->db();
        int ok = 0;
        for (int b = 0; b < kBatches; ++b) {
            const IngestReport report = futures[size_t(b)].result();
            Statement q =
                db.prepare("SELECT count(*) FROM orders WHERE platform_id BETWEEN ? AND ?");
            q.bindAll(b * kPerBatch + 1, (b + 1) * kPerBatch);
            QVERIFY(q.step());
            QCOMPARE(q.int64(0), report.ok ? qint64(kPerBatch) : qint64(0));
            if (report.ok) {
                QCOMPARE(ok, b); // the ones that landed come first
                ++ok;
            }
        }
        QVERIFY(ok < 10);
        QVERIFY2(futures[10].result().error.contains(QLatin1String("refused here")),
                 qPrintable(futures[10].result().error));
        QVERIFY(!futures[11].result().ok);
        // The checkpoint is the last landed batch's, and the rollups are exact.
        if (ok > 0) {
            Statement q =
                db.prepare("SELECT cursor FROM sync_checkpoints WHERE resource = 'orders'");
            QVERIFY(q.step());
            QCOMPARE(q.text(0), QString::number(ok - 1));
        }
        QCOMPARE(rollupMismatch(db, storeId), QString());
    }

    // Another connection (another process) holds the write lock longer than
    // the writer waits: the batch fails with that reason, its store's later
    // batches are refused until resetStore(), then all is written.
    void aLockedWorkspaceFailsTheStoreUntilReset()
    {
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("L"), "UTC", &storeId);
        OrderFactory factory(23);
        const auto batchOf = [&](int first) {
            IngestBatch batch;
            batch.storeId = storeId;
            for (int i = first; i < first + 10; ++i)
                batch.orders.push_back(factory.make(i, kStart, kYear));
            return batch;
        };
        Ingestor ingestor(*ws);
        auto other = ws->openConnection();
        other->exec("BEGIN IMMEDIATE");
        const IngestReport locked = ingestor.submit(batchOf(1)).result(); // after the busy wait
        QVERIFY(!locked.ok);
        QVERIFY2(locked.error.contains(QLatin1String("locked")), qPrintable(locked.error));
        other->exec("ROLLBACK");
        const IngestReport refused = ingestor.submit(batchOf(11)).result();
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QLatin1String("earlier batch")));
        ingestor.resetStore(storeId);
        QVERIFY(ingestor.submit(batchOf(1)).result().ok);
        QVERIFY(ingestor.submit(batchOf(11)).result().ok);
        ingestor.waitForIdle();
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM orders"), qint64(20));
        QCOMPARE(rollupMismatch(ws->db(), storeId), QString());
    }

    // Packed days through the writer thread: exact after every idle, also
    // when batches change packed days again; and a packing transaction that
    // dies midway (as in a killed process) leaves the days to their rows, with
    // the same answers, until they are packed.
    void packedDaysStayExactWhenChangedOrInterrupted()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("P"),
                                           "Europe/Berlin", &storeId);
        Database &db = ws->db();
        OrderFactory factory(21);
        factory.productCount = 30;
        std::vector<Order> orders;
        auto nextBatch = [&](int round) {
            IngestBatch batch;
            batch.storeId = storeId;
            for (int i = 0; i < 300; ++i) {
                orders.push_back(factory.make(qint64(orders.size()) + 1, kStart, kYear));
                batch.orders.push_back(orders.back());
            }
            for (int i = 0; i < 60 && round > 0; ++i) {
                Order &o = orders[size_t(i * 7 + round) % orders.size()];
                factory.mutate(o); // refunds land on packed days too
                batch.orders.push_back(o);
            }
            return batch;
        };
        {
            Ingestor ingestor(*ws);
            for (int round = 0; round < 4; ++round) {
                ingestor.submit(nextBatch(round));
                if (round % 2 == 0)
                    ingestor.submit(nextBatch(round)); // two batches before idle
                ingestor.waitForIdle();
                QCOMPARE(rollupMismatch(db, storeId, Packing::All), QString());
                // Days are kept packed alone, changed ones too.
                QVERIFY(db.scalar("SELECT count(*) FROM rollup_product_day_packed WHERE "
                                  "has_rows = 0") > 200);
                QCOMPARE(db.scalar("SELECT count(*) FROM rollup_product_day"), qint64(0));
            }
        }
        // From here on, days kept in rows as well, as a workspace of schema 7
        // or older has them: a change waits to be packed again.
        unpackProductDays(db);
        QCOMPARE(rollupMismatch(db, storeId, Packing::All), QString());
        const qint64 packedDays = db.scalar("SELECT count(*) FROM rollup_product_day_packed");
        QVERIFY(packedDays > 300);
        const QString expected = productAnswers(db, storeId, false);
        QVERIFY(expected.count(QLatin1Char('\n')) > 500);
        QCOMPARE(productAnswers(db, storeId, true), expected);

        // A batch changes many packed days: they wait, read from their rows.
        BatchWriter writer(db);
        writer.write(nextBatch(5));
        const qint64 waiting = db.scalar("SELECT count(*) FROM product_days_to_pack");
        const qint64 stillPacked = db.scalar("SELECT count(*) FROM rollup_product_day_packed");
        const qint64 days =
            db.scalar("SELECT count(*) FROM (SELECT day FROM rollup_product_day UNION SELECT day "
                      "FROM rollup_product_day_packed WHERE has_rows = 0)");
        QVERIFY(waiting > 100);
        QCOMPARE(stillPacked + waiting, days); // a day waits or is packed, not both
        const QString changed = productAnswers(db, storeId, false);
        QVERIFY(changed != expected);
        QCOMPARE(productAnswers(db, storeId, true), changed);

        // Packing dies at its tenth day: the days it packed before go with it.
        const qint64 tenth =
            db.scalar("SELECT day FROM product_days_to_pack ORDER BY day DESC LIMIT 1 OFFSET 9");
        db.exec("CREATE TEMP TRIGGER die AFTER INSERT ON main.rollup_product_day_packed WHEN "
                "NEW.day = " +
                std::to_string(tenth) + " BEGIN SELECT RAISE(ABORT, 'killed'); END");
        try {
            ProductDayPacker(db).packSome();
            QFAIL("packing should have died");
        } catch (const DatabaseError &e) {
            QVERIFY2(e.message().contains(QLatin1String("killed")), qPrintable(e.message()));
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM product_days_to_pack"), waiting);
        QCOMPARE(db.scalar("SELECT count(*) FROM rollup_product_day_packed"), stillPacked);
        QCOMPARE(rollupMismatch(db, storeId), QString());
        QCOMPARE(productAnswers(db, storeId, true), changed);

        // Packing again picks up where it was, to the same answers.
        db.exec("DROP TRIGGER die");
        QCOMPARE(ProductDayPacker(db).packSome(5), 5);
        QCOMPARE(productAnswers(db, storeId, true), changed);
        {
            Ingestor ingestor(*ws); // packs what a previous run left
            ingestor.waitForIdle();
        }
        QCOMPARE(rollupMismatch(db, storeId, Packing::All), QString());
        QCOMPARE(db.scalar("SELECT count(*) FROM rollup_product_day_packed"), days);
        QCOMPARE(productAnswers(db, storeId, true), changed);

        // A packed form that does not decode is passed over for the rows.
        db.exec("UPDATE rollup_product_day_packed SET entries = x'0102' WHERE day = (SELECT "
                "min(day) FROM rollup_product_day_packed WHERE day >= 20240301 AND has_rows = 1)");
        QCOMPARE(productAnswers(db, storeId, true), changed);
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
            // Idle means packed too.
            QCOMPARE(rollupMismatch(ws->db(), storeId, Packing::All), QString());

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
