// Discounts of a Shopify store to the cent: codes, automatic line and order
// discounts, free shipping and late refunds, through pages and bulk exports,
// in `storelens-cli report --json` and the product rollups, against figures
// computed from the simulator's own records; and the re-read that repairs
// workspaces synced while line discounts left order-level ones out.
#include "RollupRecompute.h"
#include "SimSalesTruth.h"
#include "SyncFixture.h"
#include "TestEnvironment.h"
#include "model/Money.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {
constexpr qint64 kDayMs = 86'400'000;
const QByteArray kZone = "America/New_York";

sim::ShopifySimConfig config(int orders, quint64 seed)
{
    sim::ShopifySimConfig c;
    c.seed = seed;
    c.orders = orders;
    c.historyDays = 120;
    c.dataEndMs = QDateTime(QDate(2026, 6, 1), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
    c.timeScale = 400;
    c.bulkObjectsPerSecond = 200'000;
    return c;
}

SyncEngine::Options options(bool bulk)
{
    SyncEngine::Options o;
    o.retries.baseDelayMs = 20;
    o.retries.maxDelayMs = 500;
    o.bulkThreshold = bulk ? 1 : 1'000'000'000;
    return o;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run cli(const QProcessEnvironment &env, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("STORELENS_CLI"), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000))
        qFatal("storelens-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString isoDay(int day)
{
    return DateRange::toDate(day).toString(Qt::ISODate);
}

Run report(const QProcessEnvironment &env, const DateRange &range, const QStringList &more = {})
{
    return cli(env,
               QStringList{QStringLiteral("report"), QStringLiteral("--workspace"),
                           QStringLiteral("Sync"), QStringLiteral("--from"), isoDay(range.from),
                           QStringLiteral("--to"), isoDay(range.to), QStringLiteral("--json")} +
                   more);
}

QString usd(qint64 minor)
{
    return Money::toDecimalString(minor, QStringLiteral("USD"));
}

// The sales keys of a report period against figures computed elsewhere.
QStringList salesDifferences(const QJsonObject &o, const SalesFigures &s)
{
    QStringList diffs;
    auto check = [&](const char *key, const QString &expected) {
        const QString got = o.value(QLatin1String(key)).toString();
        if (got != expected)
            diffs << QStringLiteral("%1: %2, expected %3").arg(QLatin1String(key), got, expected);
    };
    check("gross_sales", usd(s.grossSales));
    check("discounts", usd(s.discounts));
    check("returns", usd(s.returns));
    check("net_sales", usd(s.netSales()));
    check("shipping", usd(s.shipping()));
    check("taxes", usd(s.taxes()));
    check("total_sales", usd(s.totalSales()));
    if (o.value(QLatin1String("orders")).toInteger() != s.orders)
        diffs << QStringLiteral("orders: %1, expected %2")
                     .arg(o.value(QLatin1String("orders")).toInteger())
                     .arg(s.orders);
    if (const auto aov = s.averageOrderValue().scaled(0))
        check("average_order_value", usd(*aov));
    return diffs;
}

// The report's top variants against the truth's product rows of the range.
QStringList productDifferences(const QJsonArray &rows, const SalesOracle &truth,
                               const DateRange &range)
{
    QStringList diffs;
    const auto expected = truth.products(range, ProductGrouping::Variant);
    int matched = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        const auto it = expected.find(
            {PlatformId::fromDecimal(r.value(QLatin1String("product_id")).toString()),
             PlatformId::fromDecimal(r.value(QLatin1String("variant_id")).toString())});
        if (it == expected.end()) {
            diffs << QStringLiteral("unexpected variant %1")
                         .arg(r.value(QLatin1String("variant_id")).toString());
            continue;
        }
        ++matched;
        const ProductRow &e = it->second;
        for (const auto &[key, amount] :
             {std::pair{"gross_sales", e.grossSales}, std::pair{"discounts", e.discounts},
              std::pair{"returns", e.returns}, std::pair{"net_sales", e.netSales()}}) {
            if (r.value(QLatin1String(key)).toString() != usd(amount))
                diffs << QStringLiteral("variant %1 %2: %3, expected %4")
                             .arg(r.value(QLatin1String("variant_id")).toString(),
                                  QLatin1String(key), r.value(QLatin1String(key)).toString(),
                                  usd(amount));
        }
    }
    if (matched != int(expected.size()))
        diffs << QStringLiteral("%1 variants in the report, %2 in the truth")
                     .arg(matched)
                     .arg(expected.size());
    return diffs;
}
} // namespace

class TestShopifyDiscounts : public QObject
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

    void theShopHasEveryKindOfDiscount()
    {
        // The simulator follows the schema: totalDiscountSet is the line-level
        // part only, the allocations carry everything, and the generated shop
        // has codes, automatic line and order discounts, both, and free shipping.
        SyncFixture f(config(3000, 5));
        int codeOnly = 0, lineOnly = 0, both = 0, automaticOrder = 0, freeShipping = 0;
        for (const sim::SimOrder &o : f.sim().orders()) {
            qint64 lineLevel = 0, all = 0;
            for (const sim::SimLineItem &l : o.lines) {
                QVERIFY(l.lineLevelDiscount <= l.discount);
                lineLevel += l.lineLevelDiscount;
                all += l.discount;
            }
            QCOMPARE(o.discounts, all + o.shippingDiscount);
            const bool code = o.discountCodes.contains(QStringLiteral("SAVE10")) ||
                              o.discountCodes.contains(QStringLiteral("SAVE15")) ||
                              o.discountCodes.contains(QStringLiteral("SAVE20")) ||
                              o.discountCodes.contains(QStringLiteral("SAVE25"));
            codeOnly += code && lineLevel == 0;
            lineOnly += !code && lineLevel > 0 && all == lineLevel;
            both += code && lineLevel > 0;
            automaticOrder += !code && all > lineLevel;
            freeShipping += o.shippingDiscount > 0;
        }
        QVERIFY2(codeOnly > 100 && lineOnly > 50 && both > 20 && automaticOrder > 10 &&
                     freeShipping > 20,
                 qPrintable(QStringLiteral("%1 %2 %3 %4 %5")
                                .arg(codeOnly)
                                .arg(lineOnly)
                                .arg(both)
                                .arg(automaticOrder)
                                .arg(freeShipping)));
    }

    void aCodeOverThreeLinesReconcilesToTheCent_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("pages") << false;
        QTest::newRow("bulk export") << true;
    }
    void aCodeOverThreeLinesReconcilesToTheCent()
    {
        QFETCH(bool, bulk);
        SyncFixture f(config(300, 3));
        QVERIFY(!f.sync(options(bulk)).error.isError());

        // Two days after the history: a day of its own.
        f.sim().advanceTime(2 * kDayMs);
        const QList<sim::SimVariant> variants = f.sim().variants();
        QVERIFY(variants.size() >= 3);
        sim::SimOrderRequest request;
        request.lines = {{variants[0].id, 1}, {variants[1].id, 2}, {variants[2].id, 1}};
        request.codePercent = 10;
        request.shipping = 599;
        request.taxRatePpm = 88'750;
        QString error;
        const auto orderId = f.sim().addOrder(request, &error);
        QVERIFY2(orderId, qPrintable(error));
        QVERIFY(!f.sync(options(bulk)).error.isError());

        // A day later, one of the two units of the second line comes back.
        f.sim().advanceTime(kDayMs);
        const sim::SimOrder placed = *f.sim().order(*orderId);
        QVERIFY(f.sim().addRefund(*orderId, {{placed.lines[1].id, 1}}, false, {}, &error));
        QVERIFY(!f.sync(options(bulk)).error.isError());
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());

        // By hand: 10% of each line's price, nothing at line level.
        const sim::SimOrder truth = *f.sim().order(*orderId);
        qint64 gross = 0, discounts = 0;
        for (int i = 0; i < 3; ++i) {
            const qint64 lineGross = variants[i].price * request.lines[i].quantity;
            gross += lineGross;
            discounts += lineGross / 10;
            QCOMPARE(truth.lines[i].lineLevelDiscount, qint64(0));
            QCOMPARE(truth.lines[i].discount, lineGross / 10);
        }
        QVERIFY(discounts > 0);
        const qint64 secondNet = 2 * variants[1].price - 2 * variants[1].price / 10;
        QCOMPARE(truth.refunds.size(), 1);
        QCOMPARE(truth.refunds[0].lines[0].subtotal, secondNet / 2);

        const SalesOracle oracle = oracleFromSimTruth(f.sim().orders(), kZone);
        const int orderDay = oracle.dayOf(truth.processedAtMs);
        const int refundDay = oracle.dayOf(truth.refunds[0].createdAtMs);
        QVERIFY(refundDay > orderDay);
        const QProcessEnvironment env = f.cliEnvironment();

        const Run sale = report(env, {orderDay, orderDay},
                                {QStringLiteral("--top-variants"), QStringLiteral("10")});
        QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        const QJsonObject day = sale.json();
        QCOMPARE(day.value(QLatin1String("gross_sales")).toString(), usd(gross));
        QCOMPARE(day.value(QLatin1String("discounts")).toString(), usd(discounts));
        QCOMPARE(day.value(QLatin1String("net_sales")).toString(), usd(gross - discounts));
        QCOMPARE(day.value(QLatin1String("average_order_value")).toString(),
                 usd(gross - discounts));
        QCOMPARE(day.value(QLatin1String("shipping")).toString(), usd(599));
        QCOMPARE(salesDifferences(day, oracle.figures({orderDay, orderDay}).sales), QStringList());
        QCOMPARE(productDifferences(day.value(QLatin1String("top_products")).toArray(), oracle,
                                    {orderDay, orderDay}),
                 QStringList());

        const Run back = report(env, {refundDay, refundDay},
                                {QStringLiteral("--top-variants"), QStringLiteral("10")});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        const QJsonObject returned = back.json();
        QCOMPARE(returned.value(QLatin1String("returns")).toString(), usd(secondNet / 2));
        QCOMPARE(returned.value(QLatin1String("net_sales")).toString(), usd(-(secondNet / 2)));
        QCOMPARE(productDifferences(returned.value(QLatin1String("top_products")).toArray(), oracle,
                                    {refundDay, refundDay}),
                 QStringList());

        const Run both = report(env, {orderDay, refundDay});
        QCOMPARE(both.json().value(QLatin1String("net_sales")).toString(),
                 usd(gross - discounts - secondNet / 2));
    }

    // The whole store, every day: report --json equals the figures of the
    // simulator's own records, before and after late refunds of discounted
    // orders.
    void theWholeStoreReconciles_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("pages") << false;
        QTest::newRow("bulk export") << true;
    }
    void theWholeStoreReconciles()
    {
        QFETCH(bool, bulk);
        SyncFixture f(config(1500, 9));
        QVERIFY(!f.sync(options(bulk)).error.isError());
        const QProcessEnvironment env = f.cliEnvironment();
        SalesOracle oracle = oracleFromSimTruth(f.sim().orders(), kZone);
        const int last = oracle.dayOf(f.sim().nowMs() + kDayMs);
        const DateRange all{oracle.dayOf(config(1500, 9).dataEndMs - 130 * kDayMs), last};

        auto compareMonths = [&](const SalesOracle &truth) {
            const Run r = report(env, all, {QStringLiteral("--series"), QStringLiteral("month")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject o = r.json();
            QCOMPARE(salesDifferences(o, truth.figures(all).sales), QStringList());
            const QJsonArray buckets = o.value(QLatin1String("series"))
                                           .toObject()
                                           .value(QLatin1String("buckets"))
                                           .toArray();
            QVERIFY(buckets.size() >= 4);
            for (const QJsonValue &b : buckets) {
                const QJsonObject bucket = b.toObject();
                const DateRange month{
                    DateRange::fromDate(QDate::fromString(
                        bucket.value(QLatin1String("from")).toString(), Qt::ISODate)),
                    DateRange::fromDate(QDate::fromString(
                        bucket.value(QLatin1String("to")).toString(), Qt::ISODate))};
                QCOMPARE(salesDifferences(bucket, truth.figures(month).sales), QStringList());
            }
        };
        compareMonths(oracle);
        if (QTest::currentTestFailed())
            return;

        // Late refunds of discounted orders, dated today.
        f.sim().advanceTime(kDayMs);
        int refunded = 0;
        for (const sim::SimOrder &o : f.sim().orders()) {
            if (o.discounts == 0 || !o.refunds.isEmpty() || o.cancelledAtMs || refunded == 40)
                continue;
            QString error;
            QVERIFY2(
                f.sim().addRefund(o.id, {{o.lines.front().id, 1}}, refunded % 3 == 0, {}, &error),
                qPrintable(error));
            ++refunded;
        }
        QCOMPARE(refunded, 40);
        QVERIFY(!f.sync(options(bulk)).error.isError());
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        compareMonths(oracleFromSimTruth(f.sim().orders(), kZone));
    }

    // A workspace synced before line discounts were read from their
    // allocations: the migration marks its orders to be read again, the CLI
    // says why while it re-reads, reports say the figures are not exact until
    // it has, and afterwards they equal the store.
    void anOlderWorkspaceReadsItsOrdersAgain()
    {
        SyncFixture f(config(1200, 4));
        QVERIFY(!f.sync(options(false)).error.isError());
        // What the older connector stored: line discounts without the
        // order-level ones, shipping before its discounts.
        IngestBatch old;
        old.storeId = f.store().id;
        for (const sim::SimOrder &t : f.sim().orders()) {
            Order o = orderFromSimTruth(t);
            for (size_t i = 0; i < o.lines.size(); ++i)
                o.lines[i].totalDiscount = t.lines[qsizetype(i)].lineLevelDiscount;
            o.totalShipping = t.shipping;
            old.orders.push_back(o);
        }
        QVERIFY(f.ingestor().submit(std::move(old)).result().ok);
        f.ingestor().waitForIdle();
        QVERIFY(!f.compareWithTruth().isEmpty());
        f.db().exec("DROP TABLE sync_rereads");
        removeSchema10Columns(f.db());
        f.db().exec("PRAGMA user_version = 8");

        const QProcessEnvironment env = f.cliEnvironment();
        const SalesOracle oracle = oracleFromSimTruth(f.sim().orders(), kZone);
        const DateRange all{oracle.dayOf(f.sim().nowMs() - 130 * kDayMs),
                            oracle.dayOf(f.sim().nowMs())};
        // Opening migrates: the figures say they are not exact, and why.
        const Run before = report(env, all);
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QCOMPARE(f.db().scalar("PRAGMA user_version"), qint64(Schema::latestVersion()));
        const QJsonArray incomplete =
            before.json().value(QLatin1String("figures_incomplete")).toArray();
        QCOMPARE(incomplete.size(), 1);
        QCOMPARE(incomplete[0].toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("Discounts of earlier syncs were incomplete: re-reading orders"));
        QVERIFY(!salesDifferences(before.json(), oracle.figures(all).sales).isEmpty());
        const Run text = cli(env, {QStringLiteral("report"), QStringLiteral("--workspace"),
                                   QStringLiteral("Sync"), QStringLiteral("--from"),
                                   isoDay(all.from), QStringLiteral("--to"), isoDay(all.to)});
        QVERIFY(text.out.contains(QLatin1String("Figures are not exact until it has finished")));

        const Run sync =
            cli(env, {QStringLiteral("sync"), QStringLiteral("--workspace"), QStringLiteral("Sync"),
                      QStringLiteral("--bulk-threshold"), QStringLiteral("1")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QLatin1String(
                     "Discounts of earlier syncs were incomplete: re-reading orders")),
                 qPrintable(sync.out));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM sync_rereads"), qint64(0));
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        const Run after = report(env, all);
        QCOMPARE(after.json().value(QLatin1String("figures_incomplete")).toArray().size(), 0);
        QCOMPARE(salesDifferences(after.json(), oracle.figures(all).sales), QStringList());

        // A second sync reads incrementally again, with nothing to say.
        const Run again = cli(
            env, {QStringLiteral("sync"), QStringLiteral("--workspace"), QStringLiteral("Sync")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(!again.out.contains(QLatin1String("re-reading")));
    }
};

QTEST_GUILESS_MAIN(TestShopifyDiscounts)
#include "tst_shopify_discounts.moc"
