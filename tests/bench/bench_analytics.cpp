// Dashboard queries on a workspace of 1,000,000 orders (OrderFactory, 3 line
// items each, two years of history, ingested through the Ingestor): each
// query of a 365-day dashboard timed cold (new connection, the file evicted
// from the OS page cache) and warm (median of repeated runs), against
// DESIGN.md's 30 ms budget, and the same questions answered from the raw
// orders for the ratio. Three ranges: the last 365 days of the data, 365
// days that cut through months at both ends, and 30 days in mid-history.
// Prints a table per range; asserts only that both ways agree.
//   STORELENS_BENCH_ORDERS=N   number of orders (default 1000000)
// The workspace is cached in the build tree (bench-data/) between runs.
#include "OrderFactory.h"
#include "TestEnvironment.h"
#include "analytics/CustomerAnalytics.h"
#include "analytics/InventoryAnalytics.h"
#include "analytics/OrderAnalytics.h"
#include "analytics/ProductAnalytics.h"
#include "analytics/SalesAnalytics.h"
#include "common/ShopCalendar.h"
#include "ingest/Ingestor.h"
#include "storage/Schema.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <map>
#include <unistd.h>

using namespace storelens;
using namespace storelens::test;

namespace {

// The passphrase createWorkspaceWithStore() gives test workspaces.
const QString kPassphrase = QStringLiteral("correct horse battery staple");
const qint64 kStart = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const int kDays = 730;
const int kProducts = 2000; // 6,000 variants, as bench_ingest
const QByteArray kZone = "America/New_York";

// Drops the workspace's pages from the OS cache, so the next read comes from disk.
void evict(const QString &path)
{
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd >= 0) {
            ::fdatasync(fd);
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A raw-rows version of the summary figures, written the way one would without
// rollups: the orders of the range with their lines, the refunds of the range,
// distinct customers from the orders.
PeriodFigures rawFigures(Database &db, qint64 storeId, const DateRange &r)
{
    PeriodFigures f;
    f.range = r;
    Statement q = db.prepare(
        "SELECT count(*), coalesce(sum(o.cancelled_at IS NOT NULL), 0), "
        "coalesce(sum(o.total_shipping), 0), coalesce(sum(o.total_tax), 0), "
        "coalesce(sum(l.gross), 0), coalesce(sum(l.discounts), 0), coalesce(sum(l.units), 0) "
        "FROM orders o LEFT JOIN (SELECT order_id, sum(quantity * original_unit_price) AS gross, "
        "sum(total_discount) AS discounts, sum(quantity) AS units FROM line_items "
        "GROUP BY order_id) l ON l.order_id = o.id "
        "WHERE o.store_id = ?1 AND o.day BETWEEN ?2 AND ?3 AND o.test = 0");
    q.bindAll(storeId, r.from, r.to);
    q.step();
    f.sales.orders = q.int64(0);
    f.sales.cancelledOrders = q.int64(1);
    f.sales.shippingCharged = q.int64(2);
    f.sales.taxesCharged = q.int64(3);
    f.sales.grossSales = q.int64(4);
    f.sales.discounts = q.int64(5);
    f.sales.unitsSold = q.int64(6);
    Statement refunds = db.prepare(
        "SELECT coalesce(sum(r.shipping), 0), coalesce(sum(x.subtotal), 0), "
        "coalesce(sum(x.tax), 0) + coalesce(sum(r.shipping_tax), 0), "
        "coalesce(sum(x.quantity), 0) FROM refunds r JOIN orders o ON o.id = r.order_id "
        "LEFT JOIN (SELECT refund_id, sum(subtotal) AS subtotal, sum(tax) AS tax, "
        "sum(quantity) AS quantity FROM refund_lines GROUP BY refund_id) x ON x.refund_id = r.id "
        "WHERE o.store_id = ?1 AND o.test = 0 AND r.day BETWEEN ?2 AND ?3");
    refunds.bindAll(storeId, r.from, r.to);
    refunds.step();
    f.sales.shippingReturned = refunds.int64(0);
    f.sales.returns = refunds.int64(1);
    f.sales.taxesReturned = refunds.int64(2);
    f.sales.unitsReturned = refunds.int64(3);
    Statement customers = db.prepare(
        "SELECT count(*), coalesce(sum(first_day BETWEEN ?2 AND ?3), 0), "
        "coalesce(sum(orders_by_end > 1), 0) FROM (SELECT min(day) AS first_day, "
        "sum(day <= ?3) AS orders_by_end, max(day BETWEEN ?2 AND ?3) AS ordered FROM orders "
        "WHERE store_id = ?1 AND test = 0 AND customer_id IS NOT NULL GROUP BY customer_id) "
        "WHERE ordered");
    customers.bindAll(storeId, r.from, r.to);
    customers.step();
    f.customers.customers = customers.int64(0);
    f.customers.newCustomers = customers.int64(1);
    f.customers.returningCustomers = customers.int64(2);
    Statement checkouts = db.prepare(
        "SELECT count(*), coalesce(sum(total_price), 0), coalesce(sum(completed_at IS NOT NULL), "
        "0), "
        "coalesce(sum(CASE WHEN completed_at IS NOT NULL THEN total_price END), 0) FROM checkouts "
        "WHERE store_id = ?1 AND day BETWEEN ?2 AND ?3");
    checkouts.bindAll(storeId, r.from, r.to);
    checkouts.step();
    f.checkouts = {checkouts.int64(0), checkouts.int64(1), checkouts.int64(2), checkouts.int64(3)};
    return f;
}

struct Row
{
    QString query;
    double cold = 0;
    double warm = 0;
    double raw = -1; // < 0: no raw counterpart
    QString note;
};

} // namespace

class BenchAnalytics : public QObject
{
    Q_OBJECT
    std::unique_ptr<Workspace> m_ws;
    qint64 m_storeId = 0;
    int m_orders = 0;

    // Builds the workspace, or reopens the one a previous run left in the
    // build tree when it was made with the same parameters.
    void prepareWorkspace()
    {
        m_orders = qEnvironmentVariableIsSet("STORELENS_BENCH_ORDERS")
                       ? qEnvironmentVariableIntValue("STORELENS_BENCH_ORDERS")
                       : 1'000'000;
        // The build tree (CTest sets STORELENS_BINARY_DIR), else beside the binary.
        const QString buildDir =
            qEnvironmentVariable("STORELENS_BINARY_DIR", QCoreApplication::applicationDirPath());
        const QString dir = buildDir + QStringLiteral("/bench-data");
        const QString name = QStringLiteral("analytics-%1").arg(m_orders);
        const QString db = dir + QLatin1Char('/') + name + QStringLiteral(".storelens");
        const QString marker = dir + QLatin1Char('/') + name + QStringLiteral(".params");
        const QByteArray params =
            QJsonDocument(QJsonObject{{QStringLiteral("orders"), m_orders},
                                      {QStringLiteral("days"), kDays},
                                      {QStringLiteral("products"), kProducts},
                                      {QStringLiteral("schema"), Schema::latestVersion()},
                                      {QStringLiteral("generator"), 6}})
                .toJson(QJsonDocument::Compact);
        QFile markerFile(marker);
        if (markerFile.open(QIODevice::ReadOnly) && markerFile.readAll() == params) {
            m_ws = Workspace::open(db, db + QStringLiteral(".json"), kPassphrase);
            m_storeId = m_ws->db().scalar("SELECT min(id) FROM stores");
            printf("bench_analytics: reusing %s (%d orders)\n", qPrintable(db), m_orders);
            return;
        }
        markerFile.close();
        for (const QString &f :
             QStringList{db, db + QStringLiteral(".json"), db + QStringLiteral("-wal"),
                         db + QStringLiteral("-shm"), marker})
            QFile::remove(f);
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        m_ws = createWorkspaceWithStore(dir, name, kZone, &m_storeId);
        QElapsedTimer timer;
        timer.start();
        OrderFactory factory(2024);
        factory.productCount = kProducts;
        factory.customerCount = m_orders / 3 + 1;
        QRandomGenerator rng(7);
        {
            Ingestor ingestor(*m_ws);
            const int batchSize = 2000;
            for (int done = 0; done < m_orders; done += batchSize) {
                IngestBatch batch;
                batch.storeId = m_storeId;
                for (int i = done; i < std::min(m_orders, done + batchSize); ++i) {
                    batch.orders.push_back(
                        factory.make(i + 1, kStart, qint64(kDays) * 86'400'000, 3));
                    if (rng.bounded(4) == 0) {
                        // An abandoned checkout for every fourth order, a third recovered.
                        Checkout c;
                        c.id = PlatformId(qint64(i + 1));
                        c.createdAtMs = kStart + qint64(rng.bounded(quint64(kDays) * 86'400'000));
                        c.updatedAtMs = c.createdAtMs;
                        if (rng.bounded(3) == 0)
                            c.completedAtMs = c.createdAtMs + 3'600'000;
                        c.currency = QStringLiteral("USD");
                        c.totalPrice = 1000 + qint64(rng.bounded(40000));
                        batch.checkouts.push_back(c);
                    }
                }
                if (done == 0) {
                    // The catalogue and its stock at two locations.
                    batch.locations = {{PlatformId(qint64(1)), QStringLiteral("Warehouse"), true},
                                       {PlatformId(qint64(2)), QStringLiteral("Store"), true}};
                    for (qint64 p = 1; p < kProducts; ++p) {
                        Product product;
                        product.id = PlatformId(qint64(8'000'000'000'000) + p);
                        product.title = QStringLiteral("Product %1").arg(p);
                        batch.products.push_back(product);
                        for (qint64 v = 0; v < 3; ++v) {
                            Variant variant;
                            variant.id = PlatformId(qint64(9'000'000'000'000) + p * 3 + v);
                            variant.productId = product.id;
                            variant.sku = QStringLiteral("SKU-%1-%2").arg(p).arg(v);
                            variant.inventoryItemId = PlatformId(qint64(10'000'000) + p * 3 + v);
                            batch.variants.push_back(variant);
                            for (qint64 location : {1, 2})
                                batch.inventoryLevels.push_back(
                                    {variant.inventoryItemId, PlatformId(location),
                                     qint64(rng.bounded(200)), qint64(rng.bounded(220)), 1});
                        }
                    }
                }
                ingestor.waitForRoom(4);
                ingestor.submit(std::move(batch));
            }
            ingestor.waitForIdle();
        }
        m_ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        m_ws->db().exec("ANALYZE");
        const double seconds = msSince(timer) / 1000;
        printf("bench_analytics: built %s: %d orders in %.1f s (%.0f orders/s), %.1f MiB\n",
               qPrintable(db), m_orders, seconds, m_orders / seconds,
               QFileInfo(db).size() / 1048576.0);
        QVERIFY(markerFile.open(QIODevice::WriteOnly));
        markerFile.write(params);
    }

    // Times every dashboard query over `range`, and with `withRaw` the same
    // questions answered from the raw orders; prints the table.
    void measureDashboard(const DateRange &year, const QString &title, bool withRaw)
    {
        const AnalyticsScope scope = AnalyticsScope::store(m_storeId);
        std::vector<Row> rows;

        // Times one query: cold on a new connection after evicting the file,
        // then warm, the median of runs for up to a second.
        auto measure = [&](const QString &name, const std::function<void(Database &)> &query,
                           const std::function<void(Database &)> &raw, const QString &note = {}) {
            Row row{name, 0, 0, -1, note};
            evict(m_ws->filePath());
            {
                auto db = m_ws->openConnection(Database::OpenMode::ReadOnly);
                QElapsedTimer t;
                t.start();
                query(*db);
                row.cold = msSince(t);
            }
            auto db = m_ws->openConnection(Database::OpenMode::ReadOnly);
            query(*db);
            std::vector<double> runs;
            QElapsedTimer total;
            total.start();
            while (runs.size() < 5 || (runs.size() < 50 && total.elapsed() < 1000)) {
                QElapsedTimer t;
                t.start();
                query(*db);
                runs.push_back(msSince(t));
            }
            std::sort(runs.begin(), runs.end());
            row.warm = runs[runs.size() / 2];
            if (raw && withRaw) {
                raw(*db); // warm its pages too: compare warm with warm
                QElapsedTimer t;
                t.start();
                raw(*db);
                row.raw = msSince(t);
            }
            rows.push_back(row);
            printf("bench_analytics: %s done\n", qPrintable(name));
            fflush(stdout);
        };

        measure(
            QStringLiteral("KPI summary + previous period"),
            [&](Database &db) { SalesAnalytics(db).summary(scope, year); },
            [&](Database &db) {
                rawFigures(db, m_storeId, year);
                rawFigures(db, m_storeId, year.previous());
            });
        measure(
            QStringLiteral("Daily series (365 + 365 days)"),
            [&](Database &db) { SalesAnalytics(db).series(scope, year, Granularity::Day); },
            [&](Database &db) {
                // Sales by day only; customers per day would need 730 scans.
                for (const DateRange &r : {year, year.previous()}) {
                    Statement q = db.prepare(
                        "SELECT o.day, count(*), sum(o.total_shipping), sum(o.total_tax), "
                        "sum(l.gross), sum(l.discounts) FROM orders o JOIN (SELECT order_id, "
                        "sum(quantity * original_unit_price) AS gross, sum(total_discount) AS "
                        "discounts FROM line_items GROUP BY order_id) l ON l.order_id = o.id "
                        "WHERE o.store_id = ?1 AND o.day BETWEEN ?2 AND ?3 AND o.test = 0 "
                        "GROUP BY o.day");
                    q.bindAll(m_storeId, r.from, r.to);
                    while (q.step()) {
                    }
                }
            },
            QStringLiteral("raw: sales only"));
        measure(QStringLiteral("Weekly series"),
                [&](Database &db) {
                    SalesAnalytics(db).series(scope, year, Granularity::Week, Qt::Monday);
                },
                {});
        measure(QStringLiteral("Monthly series"),
                [&](Database &db) { SalesAnalytics(db).series(scope, year, Granularity::Month); },
                {});
        measure(
            QStringLiteral("Top 10 products"),
            [&](Database &db) {
                ProductAnalytics(db).products(scope, year, ProductGrouping::Product,
                                              ProductOrder::NetSales, 10);
            },
            [&](Database &db) {
                Statement q = db.prepare(
                    "SELECT coalesce(l.product_id, 0) AS p, sum(l.quantity * l.original_unit_price "
                    "- l.total_discount) AS net FROM line_items l JOIN orders o ON o.id = "
                    "l.order_id WHERE o.store_id = ?1 AND o.day BETWEEN ?2 AND ?3 AND o.test = 0 "
                    "GROUP BY p ORDER BY net DESC LIMIT 10");
                q.bindAll(m_storeId, year.from, year.to);
                while (q.step()) {
                }
            },
            QStringLiteral("raw: returns left out"));
        measure(QStringLiteral("All 6,000 variants"),
                [&](Database &db) {
                    ProductAnalytics(db).products(scope, year, ProductGrouping::Variant);
                },
                {});
        measure(
            QStringLiteral("Sales by channel"),
            [&](Database &db) { OrderAnalytics(db).channels(scope, year); },
            [&](Database &db) {
                Statement q = db.prepare(
                    "SELECT o.source_name, count(*), sum(l.gross) FROM orders o JOIN (SELECT "
                    "order_id, sum(quantity * original_unit_price) AS gross FROM line_items GROUP "
                    "BY order_id) l ON l.order_id = o.id WHERE o.store_id = ?1 AND o.day BETWEEN "
                    "?2 AND ?3 AND o.test = 0 GROUP BY o.source_name");
                q.bindAll(m_storeId, year.from, year.to);
                while (q.step()) {
                }
            },
            QStringLiteral("raw: returns left out"));
        measure(
            QStringLiteral("Cohorts (12 months)"),
            [&](Database &db) { CustomerAnalytics(db).cohorts(scope, year); },
            [&](Database &db) {
                Statement q = db.prepare(
                    "WITH firsts AS (SELECT customer_id, min(day) / 100 AS fm FROM orders WHERE "
                    "store_id = ?1 AND test = 0 AND customer_id IS NOT NULL GROUP BY customer_id), "
                    "months AS (SELECT DISTINCT customer_id, day / 100 AS m FROM orders WHERE "
                    "store_id = ?1 AND test = 0 AND customer_id IS NOT NULL) "
                    "SELECT fm, m, count(*) FROM months JOIN firsts USING (customer_id) "
                    "WHERE fm BETWEEN ?2 AND ?3 GROUP BY fm, m");
                q.bindAll(m_storeId, year.from / 100, year.to / 100);
                while (q.step()) {
                }
            });
        measure(
            QStringLiteral("Recent 20 orders"),
            [&](Database &db) { OrderAnalytics(db).recentOrders(scope, year, 20); }, {},
            QStringLiteral("orders_day index"));
        measure(QStringLiteral("Inventory, low stock, cover"),
                [&](Database &db) {
                    InventoryOptions options;
                    options.asOfDay = year.to;
                    InventoryAnalytics(db).inventory(scope, options);
                },
                {});
        measure(
            QStringLiteral("Top 10 customers"),
            [&](Database &db) { CustomerAnalytics(db).topCustomers(scope, year, 10); }, {},
            QStringLiteral("exact: the orders of a short range, else lifetime spend bounds it"));

        printf("\nbench_analytics: %d orders (3 line items each) over %d days, %d variants; "
               "%s: %s to %s\n",
               m_orders, kDays, kProducts * 3, qPrintable(title),
               qPrintable(DateRange::toDate(year.from).toString(Qt::ISODate)),
               qPrintable(DateRange::toDate(year.to).toString(Qt::ISODate)));
        printf("%-32s %10s %10s %12s %10s  %-8s %s\n", "query", "cold ms", "warm ms", "raw ms",
               "raw/warm", "<=30 ms", "note");
        for (const Row &r : rows) {
            const QString raw = r.raw < 0 ? QStringLiteral("-") : QString::number(r.raw, 'f', 1);
            const QString ratio =
                r.raw < 0 ? QStringLiteral("-") : QString::number(r.raw / r.warm, 'f', 0) + u'x';
            printf("%-32s %10.1f %10.2f %12s %10s  %-8s %s\n", qPrintable(r.query), r.cold, r.warm,
                   qPrintable(raw), qPrintable(ratio),
                   r.warm <= 30 ? (r.cold <= 30 ? "met" : "warm") : "NOT met", qPrintable(r.note));
        }
        fflush(stdout);
    }

private slots:
    void initTestCase()
    {
        prepareWorkspace();
        QVERIFY(m_ws);
    }

    // The last 365 days of the data, as "last 365 days" reads on the day after.
    void yearToDataEnd()
    {
        const int lastDay = int(m_ws->db().scalar("SELECT max(day) FROM orders"));
        const DateRange year{ShopCalendar::addDays(lastDay, -364), lastDay};
        const AnalyticsScope scope = AnalyticsScope::store(m_storeId);
        // Both ways agree before anything is timed.
        {
            Database &db = m_ws->db();
            const SummaryReport s = SalesAnalytics(db).summary(scope, year);
            for (const PeriodFigures *f : {&s.current, &s.previous}) {
                const PeriodFigures raw = rawFigures(db, m_storeId, f->range);
                QCOMPARE(f->sales, raw.sales);
                QCOMPARE(f->customers, raw.customers);
                QCOMPARE(f->checkouts, raw.checkouts);
            }
            QVERIFY(s.current.sales.orders > m_orders / 3);
        }

        measureDashboard(year, QStringLiteral("365 days to the data's end"), true);
    }

    // 365 days that cut through a month at both ends, with data on either
    // side: the product rollups read partial months there.
    void yearMidMonth()
    {
        const DateRange year{DateRange::fromDate(QDate(2023, 6, 17)),
                             DateRange::fromDate(QDate(2024, 6, 15))};
        measureDashboard(year, QStringLiteral("365 days through mid-month"), false);
    }

    // A month-long range in the middle of the history, across two months.
    void monthMidHistory()
    {
        const DateRange month{DateRange::fromDate(QDate(2024, 3, 10)),
                              DateRange::fromDate(QDate(2024, 4, 8))};
        measureDashboard(month, QStringLiteral("30 days in mid-history"), false);
    }
};

int main(int argc, char *argv[])
{
    // Building the workspace the first time takes minutes: more than Qt Test's
    // default watchdog allows a test function.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    BenchAnalytics bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_analytics.moc"
