// The analytics layer against the raw records: every figure of every answer
// equals what SalesOracle computes from the in-memory orders that were
// ingested, over many random ranges in several time zones (DST changes, ranges
// that cut a UTC day but not a local one), after updates and deletions, for
// single stores and converted "All stores" answers; plus hand-checked
// fixtures whose expected figures are written out below.
#include "HandCheckedStore.h"
#include "OrderFactory.h"
#include "RollupRecompute.h"
#include "SalesOracle.h"
#include "TestEnvironment.h"
#include "analytics/AnalyticsError.h"
#include "analytics/AnalyticsWorker.h"
#include "analytics/CustomerAnalytics.h"
#include "analytics/InventoryAnalytics.h"
#include "analytics/OrderAnalytics.h"
#include "analytics/ProductAnalytics.h"
#include "analytics/SalesAnalytics.h"
#include "analytics/SkuAnalytics.h"
#include "ingest/BatchWriter.h"
#include "ingest/ProductDayPacker.h"
#include "model/CustomerSpendList.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/StoreGroupRepository.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QTest>
#include <QThread>

#include <map>

using namespace storelens;
using namespace storelens::test;

namespace {

const qint64 kStart = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kTwoYears = qint64(731) * 86'400'000;

QString describe(const SalesFigures &s)
{
    return QStringLiteral("orders %1 cancelled %2 gross %3 disc %4 returns %5 ship %6-%7 tax %8-%9 "
                          "units %10-%11")
        .arg(s.orders)
        .arg(s.cancelledOrders)
        .arg(s.grossSales)
        .arg(s.discounts)
        .arg(s.returns)
        .arg(s.shippingCharged)
        .arg(s.shippingReturned)
        .arg(s.taxesCharged)
        .arg(s.taxesReturned)
        .arg(s.unitsSold)
        .arg(s.unitsReturned);
}

QString describe(const PeriodFigures &f)
{
    return QStringLiteral("%1..%2: %3; customers %4 new %5 returning %6; checkouts %7/%8 "
                          "recovered %9/%10")
        .arg(f.range.from)
        .arg(f.range.to)
        .arg(describe(f.sales))
        .arg(f.customers.customers)
        .arg(f.customers.newCustomers)
        .arg(f.customers.returningCustomers)
        .arg(f.checkouts.abandoned)
        .arg(f.checkouts.abandonedValue)
        .arg(f.checkouts.recovered)
        .arg(f.checkouts.recoveredValue);
}

bool same(const PeriodFigures &a, const PeriodFigures &b)
{
    return a.range == b.range && a.sales == b.sales && a.customers == b.customers &&
           a.checkouts == b.checkouts;
}

#define COMPARE_FIGURES(actual, expected)                                                          \
    QVERIFY2(same(actual, expected),                                                               \
             qPrintable(QStringLiteral("\n  actual:   ") + describe(actual) +                      \
                        QStringLiteral("\n  expected: ") + describe(expected)))

// Converts every amount of an oracle's figures the way an answer must.
PeriodFigures converted(const PeriodFigures &f, const ExchangeRate &rate, const QString &from,
                        const QString &to)
{
    PeriodFigures out;
    out.range = f.range;
    out.add(f, [&](qint64 minor) { return *rate.convert(minor, from, to); });
    return out;
}

// A store with a random history: orders inserted, updated (refunds,
// cancellations, edits, customers and dates corrected) and deleted over many
// batches, checkouts created and recovered; part of the product days packed,
// some of them before later batches changed them again. Returns the oracle of
// what the platform holds at the end.
SalesOracle ingestHistory(Database &db, qint64 storeId, const QByteArray &zone, quint32 seed,
                          const QString &currency = QStringLiteral("USD"), int rounds = 30,
                          int customers = 250)
{
    SalesOracle oracle(zone);
    BatchWriter writer(db);
    OrderFactory factory(seed, currency);
    factory.customerCount = customers;
    factory.productCount = 40;
    QRandomGenerator rng(seed * 31 + 7);
    std::map<qint64, Order> truth;
    std::map<qint64, Checkout> checkouts;
    qint64 nextId = 1;
    static const QStringList channels{QStringLiteral("web"), QStringLiteral("pos"),
                                      QStringLiteral("shopify_draft_order"), QString()};
    for (int round = 0; round < rounds; ++round) {
        IngestBatch batch;
        batch.storeId = storeId;
        const int inserts = 30 + int(rng.bounded(60));
        for (int i = 0; i < inserts; ++i) {
            Order o = factory.make(nextId++, kStart, kTwoYears, 1 + int(rng.bounded(4)));
            o.sourceName = channels[int(rng.bounded(int(channels.size())))];
            truth[o.id.number()] = o;
            batch.orders.push_back(o);
        }
        for (int i = 0; i < 15 && !truth.empty(); ++i) {
            auto it = truth.begin();
            std::advance(it, rng.bounded(int(truth.size())));
            factory.mutate(it->second);
            batch.orders.push_back(it->second);
        }
        if (rng.bounded(2) == 0 && !truth.empty()) {
            auto it = truth.begin();
            std::advance(it, rng.bounded(int(truth.size())));
            batch.deletedOrders.push_back(it->second.id);
            truth.erase(it);
        }
        for (int i = 0; i < 10; ++i) {
            Checkout c;
            c.id = PlatformId(qint64(50'000 + round * 100 + i));
            c.createdAtMs = kStart + qint64(rng.bounded(quint64(kTwoYears)));
            c.updatedAtMs = c.createdAtMs + 1000;
            c.currency = currency;
            c.totalPrice = 500 + qint64(rng.bounded(50000));
            if (rng.bounded(3) == 0)
                c.completedAtMs = c.createdAtMs + 3'600'000;
            checkouts[c.id.number()] = c;
            batch.checkouts.push_back(c);
        }
        // A checkout recovered later, or its value changed.
        if (!checkouts.empty()) {
            auto it = checkouts.begin();
            std::advance(it, rng.bounded(int(checkouts.size())));
            it->second.completedAtMs = it->second.createdAtMs + 86'400'000;
            it->second.totalPrice += 100;
            batch.checkouts.push_back(it->second);
        }
        writer.write(batch);
        if (round % 4 == 3)
            ProductDayPacker(db).packSome(25);
    }
    ProductDayPacker(db).packSome(40);
    for (const auto &[id, o] : truth)
        oracle.orders.push_back(o);
    for (const auto &[id, c] : checkouts)
        oracle.checkouts.push_back(c);
    return oracle;
}

// A random range: mostly inside the data, sometimes reaching before or after
// it (zero-order days), from one day to over a year.
DateRange randomRange(QRandomGenerator &rng)
{
    const int start = ShopCalendar::addDays(20221115, int(rng.bounded(830)));
    const int lengths[] = {1, 2, 7, 28, 30, 31, 90, 365, 400};
    const int length = rng.bounded(4) == 0 ? 1 + int(rng.bounded(500))
                                           : lengths[rng.bounded(int(std::size(lengths)))];
    return {start, ShopCalendar::addDays(start, length - 1)};
}

} // namespace

class TestAnalytics : public QObject
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

    void handCheckedFigures()
    {
        qint64 storeId = 0;
        auto ws = createHandCheckedStore(m_home->workspacesDir(), &storeId);
        SalesAnalytics sales(ws->db());
        const SummaryReport r = sales.summary(AnalyticsScope::store(storeId), {20240401, 20240402});
        QCOMPARE(r.currency.code, QStringLiteral("EUR"));
        QVERIFY(!r.currency.isConverted());
        const SalesFigures &s = r.current.sales;
        QCOMPARE(s.orders, qint64(3));          // B, C (April 1), E (April 2); not the test order
        QCOMPARE(s.cancelledOrders, qint64(1)); // C
        QCOMPARE(s.grossSales, qint64(18499));  // 40.00 + 3 × 15.00 + 99.99
        QCOMPARE(s.discounts, qint64(999));     // E's 9.99
        QCOMPARE(s.returns, qint64(4000));      // B's refund on April 2; C's is on April 3
        QCOMPARE(s.netSales(), qint64(13500));  // 184.99 − 9.99 − 40.00
        QCOMPARE(s.shipping(), qint64(490));    // C's 4.90
        QCOMPARE(s.taxes(), qint64(2565));      // 7.60 + 8.55 + 17.10 − 7.60 refunded
        QCOMPARE(s.totalSales(), qint64(16555));
        QCOMPARE(s.averageOrderValue().scaled(0), std::optional<qint64>(5833)); // 175.00 / 3
        QCOMPARE(s.unitsSold, qint64(5));
        QCOMPARE(s.unitsReturned, qint64(1));
        const CustomerFigures &c = r.current.customers;
        QCOMPARE(c.customers, qint64(2));          // C1 and C2; E is a guest
        QCOMPARE(c.newCustomers, qint64(1));       // C2; C1 first ordered on March 30
        QCOMPARE(c.returningCustomers, qint64(1)); // C1, with two orders by April 2
        QCOMPARE(c.returningCustomerRate().toDecimalString(4), QStringLiteral("0.5000"));
        const CheckoutFigures &k = r.current.checkouts;
        QCOMPARE(k.abandoned, qint64(2));
        QCOMPARE(k.abandonedValue, qint64(9550));
        QCOMPARE(k.recovered, qint64(1));
        QCOMPARE(k.recoveredValue, qint64(6000));
        QCOMPARE(k.recoveryRate().toDecimalString(4), QStringLiteral("0.5000"));

        // The previous period, March 30-31: order A alone.
        QCOMPARE(r.previous.range, (DateRange{20240330, 20240331}));
        QCOMPARE(r.previous.sales.orders, qint64(1));
        QCOMPARE(r.previous.sales.grossSales, qint64(6000));
        QCOMPARE(r.previous.sales.netSales(), qint64(5500));
        QCOMPARE(r.previous.sales.totalSales(), qint64(6788)); // 55.00 + 4.90 + 7.98
        QCOMPARE(r.previous.customers.newCustomers, qint64(1));
        QCOMPARE(r.previous.customers.returningCustomers, qint64(0));

        // April 3: only C's cancellation, a return of 45.00 with its tax and shipping.
        const SummaryReport april3 =
            sales.summary(AnalyticsScope::store(storeId), {20240403, 20240403});
        QCOMPARE(april3.current.sales.orders, qint64(0));
        QCOMPARE(april3.current.sales.netSales(), qint64(-4500));
        QCOMPARE(april3.current.sales.totalSales(), qint64(-5845));
        QVERIFY(!april3.current.sales.averageOrderValue().isDefined());
        QCOMPARE(april3.current.customers.customers, qint64(0));
        QVERIFY(!april3.current.customers.returningCustomerRate().isDefined());

        // Products: the socks (A's 2, B's 1, B's return) and custom items.
        const ProductReport products = ProductAnalytics(ws->db()).products(
            AnalyticsScope::store(storeId), {20240330, 20240402}, ProductGrouping::Variant);
        QCOMPARE(products.rows.size(), size_t(2));
        const ProductRow &custom = products.rows[0]; // net 10.00 + 45.00 + 90.00
        QCOMPARE(custom.title, QStringLiteral("Custom items"));
        QCOMPARE(custom.netSales(), qint64(14500));
        const ProductRow &socks = products.rows[1];
        QCOMPARE(socks.title, QStringLiteral("Wool socks"));
        QCOMPARE(socks.variantTitle, QStringLiteral("Grey / M"));
        QCOMPARE(socks.sku, QStringLiteral("SOCK-GM"));
        QCOMPARE(socks.orders, std::optional<qint64>(2));
        QCOMPARE(socks.unitsSold, qint64(3));
        QCOMPARE(socks.unitsReturned, qint64(1));
        QCOMPARE(socks.grossSales, qint64(9000));
        QCOMPARE(socks.discounts, qint64(500));
        QCOMPARE(socks.returns, qint64(4000));
        QCOMPARE(socks.netSales(), qint64(4500));

        // Top customers: Anna (A 60.00 − 5.00 + 4.90 + 7.98 = 67.88; B refunded in
        // full) and C2 (cancelled, refunded in full).
        const TopCustomers top = CustomerAnalytics(ws->db()).topCustomers(
            AnalyticsScope::store(storeId), {20240330, 20240402}, 10);
        QCOMPARE(top.customers.size(), size_t(2));
        QCOMPARE(top.customers[0].name, QStringLiteral("Anna Berg"));
        QCOMPARE(top.customers[0].orders, qint64(2));
        QCOMPARE(top.customers[0].amountSpent, qint64(6788));
        QCOMPARE(top.customers[1].email, QStringLiteral("c2@example.com"));
        QCOMPARE(top.customers[1].amountSpent, qint64(0));

        // Daily series with the previous period (March 27-30) alongside.
        const TimeSeries series =
            sales.series(AnalyticsScope::store(storeId), {20240331, 20240403}, Granularity::Day);
        QCOMPARE(series.points.size(), size_t(4));
        QCOMPARE(series.points[0].current.sales.orders, qint64(0)); // March 31: nothing
        QCOMPARE(series.points[0].previous.range, (DateRange{20240327, 20240327}));
        QCOMPARE(series.points[3].previous.range, (DateRange{20240330, 20240330}));
        QCOMPARE(series.points[3].previous.sales.orders, qint64(1)); // A
        QCOMPARE(series.points[1].current.sales.orders, qint64(2));  // B, C
        QCOMPARE(series.points[2].current.sales.returns, qint64(4000));
        QCOMPARE(series.points[3].current.sales.returns, qint64(4500));
    }

    void figuresMatchRawOrders_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("new york") << QByteArray("America/New_York") << 11u;
        QTest::newRow("berlin") << QByteArray("Europe/Berlin") << 12u;
        QTest::newRow("sydney") << QByteArray("Australia/Sydney") << 13u;
        QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << 14u;
        QTest::newRow("utc") << QByteArray("UTC") << 15u;
    }
    void figuresMatchRawOrders()
    {
        QFETCH(QByteArray, zone);
        QFETCH(quint32, seed);
        qint64 storeId = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("R"), zone, &storeId);
        const SalesOracle oracle = ingestHistory(ws->db(), storeId, zone, seed);
        QVERIFY(oracle.orders.size() > 1500);
        const AnalyticsScope scope = AnalyticsScope::store(storeId);
        SalesAnalytics sales(ws->db());
        ProductAnalytics products(ws->db());
        OrderAnalytics orders(ws->db());
        CustomerAnalytics customers(ws->db());
        QRandomGenerator rng(seed);
        // Whole months, quarters and years (read at month grain), then random ranges.
        const std::vector<DateRange> aligned{
            {20230101, 20230131}, {20230201, 20230228}, {20230101, 20230331}, {20230401, 20240331},
            {20230101, 20231231}, {20230115, 20230331}, {20230101, 20230315}, {20231201, 20240131}};
        // Every day is kept packed alone; the days of a workspace of schema 7
        // have rows too, packed or waiting to be. A third of the days of each.
        Database &db = ws->db();
        QCOMPARE(db.scalar("SELECT count(*) FROM rollup_product_day"), qint64(0));
        QVERIFY(db.scalar("SELECT count(*) FROM rollup_product_day_packed") > 150);
        unpackProductDays(db);
        db.exec("DELETE FROM rollup_product_day WHERE day % 3 = 1");
        db.exec("UPDATE rollup_product_day_packed SET has_rows = 0 WHERE day % 3 = 1");
        db.exec("INSERT INTO product_days_to_pack (store_id, day) SELECT store_id, day FROM "
                "rollup_product_day_packed WHERE day % 3 = 0");
        db.exec("DELETE FROM rollup_product_day_packed WHERE day % 3 = 0");
        QVERIFY(db.scalar("SELECT count(*) FROM rollup_product_day_packed WHERE has_rows = 0") >
                50);
        QVERIFY(db.scalar("SELECT count(*) FROM rollup_product_day_packed WHERE has_rows = 1") >
                50);
        QVERIFY(db.scalar("SELECT count(*) FROM product_days_to_pack") > 50);
        QCOMPARE(rollupMismatch(ws->db(), storeId), QString());
        for (int i = 0; i < 150 + int(aligned.size()); ++i) {
            // The first half with some days packed, the second with all.
            if (i == 75)
                ProductDayPacker(ws->db()).packAll();
            const DateRange range = i < int(aligned.size()) ? aligned[size_t(i)] : randomRange(rng);
            const SummaryReport summary = sales.summary(scope, range);
            COMPARE_FIGURES(summary.current, oracle.figures(range));
            COMPARE_FIGURES(summary.previous, oracle.figures(range.previous()));

            if (i % 5 == 0) {
                const Granularity g = Granularity(rng.bounded(3));
                const Qt::DayOfWeek firstDay = Qt::DayOfWeek(1 + rng.bounded(7));
                const TimeSeries series = sales.series(scope, range, g, firstDay);
                QCOMPARE(series.points.front().current.range.from, range.from);
                QCOMPARE(series.points.back().current.range.to, range.to);
                int expectedFrom = range.from;
                for (const SeriesPoint &p : series.points) {
                    QCOMPARE(p.current.range.from, expectedFrom);
                    expectedFrom = ShopCalendar::addDays(p.current.range.to, 1);
                    if (g == Granularity::Week && p.current.range.from != range.from)
                        QCOMPARE(DateRange::dayOfWeek(p.current.range.from), firstDay);
                    if (g == Granularity::Month && p.current.range.from != range.from)
                        QCOMPARE(p.current.range.from % 100, 1);
                    QCOMPARE(p.previous.range, p.current.range.shifted(-range.dayCount()));
                    COMPARE_FIGURES(p.current, oracle.figures(p.current.range));
                    COMPARE_FIGURES(p.previous, oracle.figures(p.previous.range));
                }
            }
            if (i % 3 == 0) {
                const ProductGrouping grouping = ProductGrouping(rng.bounded(2));
                auto expected = oracle.products(range, grouping);
                for (auto it = expected.begin(); it != expected.end();) {
                    const ProductRow &r = it->second;
                    const bool zero = r.unitsSold == 0 && r.unitsReturned == 0 &&
                                      r.grossSales == 0 && r.discounts == 0 && r.returns == 0;
                    it = zero ? expected.erase(it) : std::next(it);
                }
                // Whole months from the month rollup, or from running totals;
                // days from their packed form or their rows.
                for (const auto &[running, packed] :
                     {std::pair(true, true), {true, false}, {false, true}, {false, false}}) {
                    products.setRunningTotals(running);
                    products.setPackedDays(packed);
                    const ProductReport report = products.products(scope, range, grouping);
                    QCOMPARE(report.rows.size(), expected.size());
                    for (size_t k = 0; k < report.rows.size(); ++k) {
                        const ProductRow &a = report.rows[k];
                        if (k > 0)
                            QVERIFY(report.rows[k - 1].netSales() >= a.netSales());
                        const auto it = expected.find({a.productId, a.variantId});
                        QVERIFY2(it != expected.end(), qPrintable(a.productId.toString()));
                        const ProductRow &e = it->second;
                        QCOMPARE(a.orders, e.orders);
                        QCOMPARE(a.unitsSold, e.unitsSold);
                        QCOMPARE(a.unitsReturned, e.unitsReturned);
                        QCOMPARE(a.grossSales, e.grossSales);
                        QCOMPARE(a.discounts, e.discounts);
                        QCOMPARE(a.returns, e.returns);
                    }
                }
            }
            if (i % 4 == 0) {
                const ChannelReport report = orders.channels(scope, range);
                const auto expected = oracle.channels(range);
                QCOMPARE(report.rows.size(), expected.size());
                for (const ChannelRow &row : report.rows) {
                    QVERIFY(expected.count(row.channel));
                    QVERIFY2(row.sales == expected.at(row.channel),
                             qPrintable(describe(row.sales) + QStringLiteral(" vs ") +
                                        describe(expected.at(row.channel))));
                }
            }
            if (i % 6 == 0) {
                // Each way of ranking: the range's orders (directly, and after
                // too many candidates), and customers by lifetime spend with
                // and without their spend lists.
                const std::vector<CustomerSpend> expected = oracle.customerSpend(range);
                for (const CustomerAnalytics::RankingLimits limits :
                     {CustomerAnalytics::RankingLimits{},
                      CustomerAnalytics::RankingLimits{0, 1 << 30, true, 0},
                      CustomerAnalytics::RankingLimits{0, 1 << 30, false, 0},
                      CustomerAnalytics::RankingLimits{0, 5, true, 0}}) {
                    customers.setRankingLimits(limits);
                    const int limit = 1 + int(rng.bounded(12));
                    const TopCustomers top = customers.topCustomers(scope, range, limit);
                    QCOMPARE(top.customers.size(),
                             std::min<size_t>(size_t(limit), expected.size()));
                    for (size_t k = 0; k < top.customers.size(); ++k) {
                        QCOMPARE(top.customers[k].customerId, expected[k].customerId);
                        QCOMPARE(top.customers[k].orders, expected[k].orders);
                        QCOMPARE(top.customers[k].amountSpent, expected[k].amountSpent);
                        QVERIFY(top.customers[k].email.startsWith(QLatin1String("customer")));
                    }
                }
            }
        }

        // Cohorts over the whole history.
        const CohortReport cohorts = customers.cohorts(scope, {20221101, 20250131});
        const auto expected = oracle.cohorts();
        QCOMPARE(cohorts.rows.size(), expected.size());
        for (const CohortRow &row : cohorts.rows) {
            const auto &months = expected.at(row.firstMonth);
            QCOMPARE(row.customers, months.at(row.firstMonth));
            for (size_t k = 0; k < row.active.size(); ++k) {
                int month = row.firstMonth + int(k);
                month = (month / 100 + (month % 100 - 1) / 12) * 100 + (month % 100 - 1) % 12 + 1;
                QCOMPARE(row.active[k], months.count(month) ? months.at(month) : qint64(0));
            }
        }
    }

    // Customers with more orders than a spend list keeps (and some with
    // fewer): the ranking reads the orders of those without one.
    void topCustomersWithLongHistories()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("L"),
                                           "Europe/Berlin", &storeId);
        const SalesOracle oracle =
            ingestHistory(ws->db(), storeId, "Europe/Berlin", 31, QStringLiteral("EUR"), 30, 36);
        Database &db = ws->db();
        const qint64 listed =
            db.scalar("SELECT count(*) FROM customer_activity WHERE spend_list IS NOT NULL");
        QVERIFY(listed > 0);
        QVERIFY(db.scalar("SELECT count(*) FROM customer_activity WHERE spend_list IS NULL") > 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM customer_activity WHERE (spend_list IS NULL) != "
                           "(orders_count > " +
                           std::to_string(CustomerSpendList::kMaxOrders) + ")"),
                 qint64(0));
        CustomerAnalytics customers(db);
        customers.setRankingLimits({0, 1 << 30, true, 0});
        QRandomGenerator rng(31);
        for (int i = 0; i < 40; ++i) {
            const DateRange range = randomRange(rng);
            const std::vector<CustomerSpend> expected = oracle.customerSpend(range);
            const int limit = 1 + int(rng.bounded(12));
            const TopCustomers top =
                customers.topCustomers(AnalyticsScope::store(storeId), range, limit);
            QCOMPARE(top.customers.size(), std::min<size_t>(size_t(limit), expected.size()));
            for (size_t k = 0; k < top.customers.size(); ++k) {
                QCOMPARE(top.customers[k].customerId, expected[k].customerId);
                QCOMPARE(top.customers[k].orders, expected[k].orders);
                QCOMPARE(top.customers[k].amountSpent, expected[k].amountSpent);
            }
        }
    }

    // Ranges that cut through a UTC day but not a local one, and the days of a
    // DST change, in New York: orders one millisecond either side of local
    // midnight land on the right local days.
    void localDaysAtMidnightAndDst()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("N"),
                                           "America/New_York", &storeId);
        SalesOracle oracle("America/New_York");
        // Local midnights around the spring change (2024-03-10, 23-hour day)
        // and the autumn change (2024-11-03, 25-hour day).
        const ShopCalendar calendar("America/New_York");
        IngestBatch batch;
        batch.storeId = storeId;
        qint64 id = 1;
        for (int day : {20240309, 20240310, 20240311, 20241102, 20241103, 20241104}) {
            const qint64 midnight = calendar.startOfDayUtcMs(day);
            for (qint64 at : {midnight - 1, midnight, midnight + 1}) {
                Order o = handOrder(id, at, PlatformId(id % 3 + 1),
                                    {handLine(id * 10, 7, 8, 1, 1000)}, 0, 0);
                o.currency = QStringLiteral("USD");
                ++id;
                batch.orders.push_back(o);
                oracle.orders.push_back(o);
            }
        }
        BatchWriter(ws->db()).write(batch);
        SalesAnalytics sales(ws->db());
        // The 23-hour day holds the order at its midnight and the one just after;
        // the one a millisecond before midnight belongs to the day before.
        QCOMPARE(sales.summary(AnalyticsScope::store(storeId), {20240310, 20240310})
                     .current.sales.orders,
                 qint64(3));
        QCOMPARE(sales.summary(AnalyticsScope::store(storeId), {20241103, 20241103})
                     .current.sales.orders,
                 qint64(3));
        for (int from = 20240308; from <= 20240312; ++from) {
            for (int to = from; to <= 20240312; ++to) {
                COMPARE_FIGURES(sales.summary(AnalyticsScope::store(storeId), {from, to}).current,
                                oracle.figures({from, to}));
            }
        }
        for (int from = 20241101; from <= 20241105; ++from) {
            COMPARE_FIGURES(sales.summary(AnalyticsScope::store(storeId), {from, 20241105}).current,
                            oracle.figures({from, 20241105}));
        }
    }

    // Stores in different currencies: "All stores" converts each store's
    // figures with the workspace's rate and says so; a group reports its own.
    void multiCurrencyAllStores()
    {
        qint64 usdStore = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Multi"),
                                           "America/New_York", &usdStore);
        Store berlin;
        berlin.platform = QStringLiteral("shopify");
        berlin.domain = QStringLiteral("berlin.myshopify.com");
        berlin.name = QStringLiteral("Berlin");
        berlin.currency = QStringLiteral("EUR");
        berlin.timezone = QStringLiteral("Europe/Berlin");
        berlin.authKind = QStringLiteral("token");
        berlin.credentialRef = QStringLiteral("none");
        const qint64 eurStore = StoreRepository(ws->db()).insert(berlin);
        Store tokyo = berlin;
        tokyo.domain = QStringLiteral("tokyo.myshopify.com");
        tokyo.name = QStringLiteral("Tokyo");
        tokyo.currency = QStringLiteral("JPY");
        tokyo.timezone = QStringLiteral("Asia/Tokyo");
        const qint64 jpyStore = StoreRepository(ws->db()).insert(tokyo);
        const SalesOracle usd =
            ingestHistory(ws->db(), usdStore, "America/New_York", 21, QStringLiteral("USD"), 10);
        const SalesOracle eur =
            ingestHistory(ws->db(), eurStore, "Europe/Berlin", 22, QStringLiteral("EUR"), 10);
        const SalesOracle jpy =
            ingestHistory(ws->db(), jpyStore, "Asia/Tokyo", 23, QStringLiteral("JPY"), 10);

        SalesAnalytics sales(ws->db());
        const DateRange range{20230301, 20240229};
        // Without a report currency or a rate, a clear refusal.
        try {
            sales.summary(AnalyticsScope::allStores(), range);
            QFAIL("expected a refusal");
        } catch (const AnalyticsError &e) {
            QVERIFY2(e.message().contains(QLatin1String("EUR, JPY, USD")), qPrintable(e.message()));
        }
        try {
            sales.summary(AnalyticsScope::allStores().inCurrency(QStringLiteral("USD")), range);
            QFAIL("expected a refusal");
        } catch (const AnalyticsError &e) {
            QVERIFY2(e.message().contains(QLatin1String("from EUR to USD")),
                     qPrintable(e.message()));
        }
        ExchangeRateRepository rates(ws->db());
        const ExchangeRate eurUsd = *ExchangeRate::parse(u"1.0834");
        const ExchangeRate jpyUsd = *ExchangeRate::parse(u"0.006712");
        rates.set({QStringLiteral("EUR"), QStringLiteral("USD"), eurUsd, QStringLiteral("manual"),
                   1'700'000'000'000});
        rates.set({QStringLiteral("JPY"), QStringLiteral("USD"), jpyUsd,
                   QStringLiteral("rates.csv"), 1'700'000'000'000});

        QRandomGenerator rng(5);
        for (int i = 0; i < 40; ++i) {
            const DateRange r = i == 0 ? range : randomRange(rng);
            const SummaryReport all =
                sales.summary(AnalyticsScope::allStores().inCurrency(QStringLiteral("USD")), r);
            QCOMPARE(all.currency.code, QStringLiteral("USD"));
            QVERIFY(all.currency.isConverted());
            PeriodFigures expected = usd.figures(r);
            expected.add(
                converted(eur.figures(r), eurUsd, QStringLiteral("EUR"), QStringLiteral("USD")),
                [](qint64 v) { return v; });
            expected.add(
                converted(jpy.figures(r), jpyUsd, QStringLiteral("JPY"), QStringLiteral("USD")),
                [](qint64 v) { return v; });
            COMPARE_FIGURES(all.current, expected);
        }
        const SummaryReport all =
            sales.summary(AnalyticsScope::allStores().inCurrency(QStringLiteral("USD")), range);
        QCOMPARE(all.currency.conversions.size(), size_t(2));
        QCOMPARE(all.currency.conversions[0].from, QStringLiteral("EUR"));
        QCOMPARE(all.currency.conversions[0].rate, QStringLiteral("1.0834"));
        QCOMPARE(all.currency.conversions[0].stores, QStringList{QStringLiteral("Berlin")});
        QCOMPARE(all.currency.conversions[1].source, QStringLiteral("rates.csv"));
        QVERIFY(all.currency.converts(eurStore));
        QVERIFY(all.currency.converts(jpyStore));
        QVERIFY(!all.currency.converts(usdStore));

        // A group of the EUR store alone reports in EUR, unconverted.
        const qint64 group =
            StoreGroupRepository(ws->db()).create(QStringLiteral("EU"), {eurStore}, 1);
        const SummaryReport eu = sales.summary(AnalyticsScope::group(group), range);
        QCOMPARE(eu.currency.code, QStringLiteral("EUR"));
        QVERIFY(!eu.currency.isConverted());
        COMPARE_FIGURES(eu.current, eur.figures(range));

        // Product rows of every store, converted per row.
        const ProductReport products = ProductAnalytics(ws->db()).products(
            AnalyticsScope::allStores().inCurrency(QStringLiteral("USD")), range,
            ProductGrouping::Product);
        qint64 gross = 0;
        for (const ProductRow &row : products.rows)
            gross += row.grossSales;
        qint64 expectedGross = usd.figures(range).sales.grossSales;
        for (const auto &[key, row] : eur.products(range, ProductGrouping::Product))
            expectedGross += *eurUsd.convert(row.grossSales, u"EUR", u"USD");
        for (const auto &[key, row] : jpy.products(range, ProductGrouping::Product))
            expectedGross += *jpyUsd.convert(row.grossSales, u"JPY", u"USD");
        QCOMPARE(gross, expectedGross);
    }

    // The cross-channel view: one row per SKU over every store and platform,
    // matched with spaces and case ignored, amounts converted per store.
    void skusAcrossStoresAndPlatforms()
    {
        qint64 usd = 0;
        auto ws =
            createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Sku"), "UTC", &usd);
        Store woo;
        woo.platform = QStringLiteral("woocommerce");
        woo.domain = QStringLiteral("fjord.example.com");
        woo.name = QStringLiteral("Fjord");
        woo.currency = QStringLiteral("EUR");
        woo.timezone = QStringLiteral("UTC");
        woo.authKind = QStringLiteral("consumer_key");
        woo.credentialRef = QStringLiteral("none");
        const qint64 eur = StoreRepository(ws->db()).insert(woo);
        ExchangeRateRepository(ws->db()).set({QStringLiteral("EUR"), QStringLiteral("USD"),
                                              *ExchangeRate::parse(u"1.1"),
                                              QStringLiteral("manual"), 1});

        auto catalogue = [](IngestBatch &b, qint64 product, qint64 variant, const QString &sku,
                            std::optional<qint64> available) {
            Product p;
            p.id = PlatformId(product);
            p.title = QStringLiteral("Product %1").arg(product);
            b.products.push_back(p);
            Variant v;
            v.id = PlatformId(variant);
            v.productId = p.id;
            v.sku = sku;
            v.inventoryItemId = PlatformId(variant * 10);
            b.variants.push_back(v);
            if (available)
                b.inventoryLevels.push_back(
                    {v.inventoryItemId, PlatformId(qint64(1)), *available, *available, 1});
        };
        IngestBatch a;
        a.storeId = usd;
        a.locations = {{PlatformId(qint64(1)), QStringLiteral("Warehouse"), true}};
        catalogue(a, 1, 10, QStringLiteral("AB-1"), 7);
        catalogue(a, 2, 20, QStringLiteral("CD-2"), 3);
        a.orders.push_back(
            handOrder(1, utcMs(2024, 3, 5, 12, 0), PlatformId(),
                      {handLine(11, 1, 10, 2, 1500, 0), handLine(12, 2, 20, 1, 2000, 200),
                       handLine(13, 0, 0, 1, 500, 0)},
                      0, 0));
        a.orders.back().currency = QStringLiteral("USD");
        BatchWriter(ws->db()).write(a);
        IngestBatch b;
        b.storeId = eur;
        b.locations = {{PlatformId(qint64(1)), QStringLiteral("Lager"), true}};
        catalogue(b, 3, 30, QStringLiteral(" ab-1 "), 4);
        catalogue(b, 4, 40, QStringLiteral("EF-3"), std::nullopt);
        b.orders.push_back(
            handOrder(2, utcMs(2024, 3, 6, 12, 0), PlatformId(),
                      {handLine(21, 3, 30, 3, 1000, 0), handLine(22, 4, 40, 1, 800, 0)}, 0, 0));
        b.orders.back().financialStatus = QStringLiteral("completed");
        BatchWriter(ws->db()).write(b);

        const SkuReport report = SkuAnalytics(ws->db()).bySku(
            AnalyticsScope::allStores().inCurrency(QStringLiteral("USD")),
            DateRange{20240301, 20240331});
        QCOMPARE(report.currency.code, QStringLiteral("USD"));
        QVERIFY(report.currency.converts(eur));
        QCOMPARE(report.rows.size(), size_t(3));
        const SkuRow &ab = report.rows[0];
        QCOMPARE(ab.sku, QStringLiteral("AB-1"));
        QVERIFY(ab.matched());
        QCOMPARE(ab.stores.size(), size_t(2));
        QCOMPARE(ab.stores[0].storeId, usd);
        QCOMPARE(ab.stores[0].netUnits(), qint64(2));
        QCOMPARE(ab.stores[0].netSales, qint64(3000));
        QCOMPARE(ab.stores[0].available, std::optional<qint64>(7));
        QCOMPARE(ab.stores[1].storeId, eur);
        QCOMPARE(ab.stores[1].netUnits(), qint64(3));
        QCOMPARE(ab.stores[1].netSales, qint64(3300)); // 30.00 EUR at 1.1
        QCOMPARE(ab.stores[1].available, std::optional<qint64>(4));
        QCOMPARE(ab.netSales(), qint64(6300));
        QCOMPARE(ab.available(), std::optional<qint64>(11));
        const SkuRow &cd = report.rows[1];
        QCOMPARE(cd.sku, QStringLiteral("CD-2"));
        QVERIFY(!cd.matched());
        QCOMPARE(cd.netSales(), qint64(1800));
        const SkuRow &ef = report.rows[2];
        QCOMPARE(ef.sku, QStringLiteral("EF-3"));
        QCOMPARE(ef.netSales(), qint64(880));
        QCOMPARE(ef.available(), std::optional<qint64>()); // no stock reported
        QCOMPARE(report.unitsWithoutSku, qint64(1));
        QCOMPARE(report.netSalesWithoutSku, qint64(500));
        // One store alone: its own currency, nothing matched.
        const SkuReport one =
            SkuAnalytics(ws->db()).bySku(AnalyticsScope::store(eur), DateRange{20240301, 20240331});
        QCOMPARE(one.currency.code, QStringLiteral("EUR"));
        QCOMPARE(one.rows.size(), size_t(2));
        QCOMPARE(one.rows[0].netSales(), qint64(3000));
        QVERIFY(!one.rows[0].matched());
        // A limit keeps the best.
        QCOMPARE(SkuAnalytics(ws->db())
                     .bySku(AnalyticsScope::allStores().inCurrency(QStringLiteral("USD")),
                            DateRange{20240301, 20240331}, 1)
                     .rows.size(),
                 size_t(1));
    }

    void inventoryCoverAndLowStock()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Inv"), "UTC",
                                           &storeId);
        IngestBatch batch;
        batch.storeId = storeId;
        for (qint64 p : {1, 2, 3}) {
            Product product;
            product.id = PlatformId(p);
            product.title = QStringLiteral("Product %1").arg(p);
            batch.products.push_back(product);
            Variant v;
            v.id = PlatformId(p * 10);
            v.productId = product.id;
            v.sku = QStringLiteral("SKU-%1").arg(p);
            v.inventoryItemId = PlatformId(p * 100);
            batch.variants.push_back(v);
        }
        batch.locations = {{PlatformId(qint64(1)), QStringLiteral("Warehouse"), true},
                           {PlatformId(qint64(2)), QStringLiteral("Shop"), true}};
        // Variant 10: 40 + 20 available; variant 20: 3; variant 30: 500 (no sales).
        batch.inventoryLevels = {{PlatformId(qint64(100)), PlatformId(qint64(1)), 40, 45, 1},
                                 {PlatformId(qint64(100)), PlatformId(qint64(2)), 20, 20, 1},
                                 {PlatformId(qint64(200)), PlatformId(qint64(1)), 3, 3, 1},
                                 {PlatformId(qint64(300)), PlatformId(qint64(1)), 500, 500, 1}};
        // In the 30 days to 2024-06-30: 90 units of variant 10 (3 a day), 1 of variant 20,
        // and 50 of variant 10 before the window.
        qint64 id = 1;
        for (int i = 0; i < 30; ++i) {
            Order o = handOrder(id, utcMs(2024, 6, 1 + i, 12, 0), PlatformId(),
                                {handLine(id * 10, 1, 10, 3, 500)}, 0, 0);
            ++id;
            batch.orders.push_back(o);
        }
        batch.orders.push_back(handOrder(id++, utcMs(2024, 6, 15, 9, 0), PlatformId(),
                                         {handLine(9001, 2, 20, 1, 500)}, 0, 0));
        batch.orders.push_back(handOrder(id++, utcMs(2024, 5, 31, 23, 0), PlatformId(),
                                         {handLine(9002, 1, 10, 50, 500)}, 0, 0));
        BatchWriter(ws->db()).write(batch);

        InventoryOptions options;
        options.asOfDay = 20240630;
        const InventoryReport report =
            InventoryAnalytics(ws->db()).inventory(AnalyticsScope::store(storeId), options);
        QCOMPARE(report.levels.size(), size_t(4));
        QCOMPARE(report.levels.front().locationName, QStringLiteral("Warehouse"));
        QCOMPARE(report.levels.front().sku, QStringLiteral("SKU-1"));
        QCOMPARE(report.levels.front().title, QStringLiteral("Product 1"));
        QCOMPARE(report.levels.back().locationName, QStringLiteral("Shop"));
        QCOMPARE(report.stock.size(), size_t(3));
        // Fewest days of cover first. Variant 10: 60 available / (90 units / 30
        // days) = 20 days of cover.
        const StockRow &v10 = report.stock[0];
        QCOMPARE(v10.sku, QStringLiteral("SKU-1"));
        QCOMPARE(v10.available, qint64(60));
        QCOMPARE(v10.onHand, qint64(65));
        QCOMPARE(v10.unitsSold, qint64(90));
        QCOMPARE(v10.daysOfCover.scaled(1), std::optional<qint64>(200));
        QVERIFY(!v10.lowStock);
        // Variant 20: 3 available, 1 sold in 30 days: 90 days of cover, but 3 units is low.
        const StockRow &v20 = report.stock[1];
        QCOMPARE(v20.sku, QStringLiteral("SKU-2"));
        QCOMPARE(v20.daysOfCover.scaled(0), std::optional<qint64>(90));
        QVERIFY(v20.lowStock);
        // Variant 30 does not sell: no days of cover, listed last, not low.
        QCOMPARE(report.stock[2].sku, QStringLiteral("SKU-3"));
        QVERIFY(!report.stock[2].daysOfCover.isDefined());
        QVERIFY(!report.stock[2].lowStock);
        QCOMPARE(report.lowStock().size(), size_t(1));
        // The same velocity from the packed days, over a window that ends
        // mid-month (June less its last five days): 25 × 3 units in June and
        // the 50 of May 31.
        InventoryOptions midMonth = options;
        midMonth.asOfDay = 20240625;
        auto unitsSold = [&] {
            std::map<QString, qint64> units;
            for (const StockRow &s : InventoryAnalytics(ws->db())
                                         .inventory(AnalyticsScope::store(storeId), midMonth)
                                         .stock)
                units[s.sku] = s.unitsSold;
            return units;
        };
        const std::map<QString, qint64> fromRows = unitsSold();
        QCOMPARE(fromRows.at(QStringLiteral("SKU-1")), qint64(125));
        QCOMPARE(fromRows.at(QStringLiteral("SKU-2")), qint64(1));
        ProductDayPacker(ws->db()).packAll();
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM rollup_product_day_packed"), qint64(31));
        QCOMPARE(unitsSold(), fromRows);

        // An item with a text id and no variant stands for itself; levels stay
        // in id order (null product first, as PlatformId orders it).
        IngestBatch more;
        more.storeId = storeId;
        more.inventoryLevels = {
            {PlatformId(QStringLiteral("AMZ-1")), PlatformId(qint64(2)), 900, 900, 1}};
        BatchWriter(ws->db()).write(more);
        const InventoryReport withText =
            InventoryAnalytics(ws->db()).inventory(AnalyticsScope::store(storeId), options);
        QCOMPARE(withText.levels.size(), size_t(5));
        QStringList order;
        for (const InventoryLevelRow &l : withText.levels)
            order << l.locationName + QLatin1Char(':') + l.inventoryItemId.toString();
        QCOMPARE(order.join(QLatin1Char(' ')),
                 QStringLiteral("Warehouse:100 Warehouse:200 Warehouse:300 Shop:AMZ-1 Shop:100"));
        QCOMPARE(withText.stock.size(), size_t(4));
        QVERIFY(withText.stock[3].variantId.isNull());
        QCOMPARE(withText.stock[3].available, qint64(900));
    }

    void recentOrdersNewestFirst()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Recent"),
                                           "Europe/Berlin", &storeId, QStringLiteral("EUR"));
        const SalesOracle oracle =
            ingestHistory(ws->db(), storeId, "Europe/Berlin", 3, QStringLiteral("EUR"), 5);
        const DateRange range{20230601, 20230630};
        const RecentOrders recent =
            OrderAnalytics(ws->db()).recentOrders(AnalyticsScope::store(storeId), range, 25);
        std::vector<const Order *> expected;
        for (const Order &o : oracle.orders) {
            if (!o.test && range.contains(oracle.dayOf(o.processedAtMs)))
                expected.push_back(&o);
        }
        std::sort(expected.begin(), expected.end(),
                  [](auto *a, auto *b) { return a->processedAtMs > b->processedAtMs; });
        QCOMPARE(recent.orders.size(), std::min<size_t>(25, expected.size()));
        for (size_t i = 0; i < recent.orders.size(); ++i) {
            QCOMPARE(recent.orders[i].orderId, expected[i]->id);
            QCOMPARE(recent.orders[i].totalPrice, expected[i]->totalPrice);
            QCOMPARE(recent.orders[i].currency, QStringLiteral("EUR"));
        }
    }

    void clearErrors()
    {
        qint64 storeId = 0;
        auto ws = createHandCheckedStore(m_home->workspacesDir(), &storeId);
        SalesAnalytics sales(ws->db());
        QVERIFY_THROWS_EXCEPTION(
            AnalyticsError, sales.summary(AnalyticsScope::store(storeId), {20240402, 20240401}));
        QVERIFY_THROWS_EXCEPTION(
            AnalyticsError, sales.summary(AnalyticsScope::store(storeId), {20240230, 20240301}));
        QVERIFY_THROWS_EXCEPTION(AnalyticsError,
                                 sales.summary(AnalyticsScope::store(999), {20240401, 20240401}));
        QVERIFY_THROWS_EXCEPTION(AnalyticsError,
                                 sales.summary(AnalyticsScope::group(5), {20240401, 20240401}));
        // A store reported in another currency needs a rate.
        QVERIFY_THROWS_EXCEPTION(
            AnalyticsError,
            sales.summary(AnalyticsScope::store(storeId).inCurrency(QStringLiteral("CHF")),
                          {20240401, 20240401}));
    }

    // The GUI's path: queries on a worker thread with its own read-only
    // connection, errors as messages.
    void workerAnswersOffTheCallingThread()
    {
        qint64 storeId = 0;
        auto ws = createHandCheckedStore(m_home->workspacesDir(), &storeId);
        const SummaryReport direct =
            SalesAnalytics(ws->db()).summary(AnalyticsScope::store(storeId), {20240401, 20240402});
        AnalyticsWorker worker(*ws);
        QThread *caller = QThread::currentThread();
        QThread *ranOn = nullptr;
        auto future = worker.run([&](Database &db) {
            ranOn = QThread::currentThread();
            return SalesAnalytics(db).summary(AnalyticsScope::store(storeId), {20240401, 20240402});
        });
        const AnalyticsAnswer<SummaryReport> answer = future.result();
        QVERIFY(answer.ok());
        QVERIFY(ranOn && ranOn != caller);
        COMPARE_FIGURES(answer.value->current, direct.current);
        auto failing = worker.run([](Database &db) {
            return SalesAnalytics(db).summary(AnalyticsScope::store(42), {20240401, 20240401});
        });
        QVERIFY(!failing.result().ok());
        QVERIFY(failing.result().error.contains(QLatin1String("42")));
        // The connection is read-only: a query cannot write.
        auto writing = worker.run([](Database &db) {
            db.exec("DELETE FROM orders");
            return 0;
        });
        QVERIFY(!writing.result().ok());
        QVERIFY(ws->db().scalar("SELECT count(*) FROM orders") > 0);
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
