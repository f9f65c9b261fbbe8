// A paginated sync (no bulk export) of a large store on Shopify's Standard
// plan, against the simulator's cost bucket (time-scaled): how much of the
// restore rate the sync uses, how often it is answered THROTTLED, and how
// often MAX_COST_EXCEEDED (a query over the single-query maximum; target 0).
// Prints figures; asserts only that the sync finished and stored every order.
//   STORELENS_BENCH_ORDERS=N      orders in the store (default 100000)
//   STORELENS_BENCH_TIME_SCALE=X  simulated seconds per real second (default 100)
#include "SyncFixture.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

class BenchThrottle : public QObject
{
    Q_OBJECT

private slots:
    void pagedSyncOnTheStandardPlan()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        TempHome home;
        const int orders = qEnvironmentVariableIsSet("STORELENS_BENCH_ORDERS")
                               ? qEnvironmentVariableIntValue("STORELENS_BENCH_ORDERS")
                               : 100'000;
        const int scale = qEnvironmentVariableIsSet("STORELENS_BENCH_TIME_SCALE")
                              ? qEnvironmentVariableIntValue("STORELENS_BENCH_TIME_SCALE")
                              : 100;
        sim::ShopifySimConfig c;
        c.seed = 5;
        c.orders = orders;
        c.historyDays = 730;
        c.dataEndMs = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
        c.plan = sim::ShopPlan::Standard;
        c.timeScale = scale;
        SyncFixture f(c);
        f.sim().resetStats();
        SyncEngine::Options paged;
        paged.bulkThreshold = 1'000'000'000; // never a bulk export
        QElapsedTimer timer;
        timer.start();
        const SyncEngine::Result r = f.sync(paged);
        const double seconds = timer.nsecsElapsed() / 1e9;
        QVERIFY2(!r.error.isError(),
                 qPrintable(r.error.message + QLatin1Char(' ') + r.error.detail));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM orders"), qint64(orders));
        const sim::ShopifyApiStats s = f.sim().stats();
        const double simulated = double(s.lastRequestMs - s.firstRequestMs) / 1000.0;
        printf("bench_throttle: paginated sync of %d orders, Standard plan (restore %.0f points/s, "
               "bucket %.0f), time scale %dx\n",
               orders, s.restoreRate, s.bucketSize, scale);
        printf("bench_throttle: %lld GraphQL requests, %lld THROTTLED (%.2f%%), %lld "
               "MAX_COST_EXCEEDED (target 0), %lld points charged over %.0f simulated s (%.1f "
               "real s)\n",
               s.graphqlRequests, s.throttled,
               s.graphqlRequests ? 100.0 * double(s.throttled) / double(s.graphqlRequests) : 0.0,
               s.costExceeded, s.actualPoints, simulated, seconds);
        printf("bench_throttle: the client counted %lld requests, %lld THROTTLED, %lld "
               "MAX_COST_EXCEEDED, %lld retried\n",
               r.requests.requests, r.requests.throttled, r.requests.overCostLimit,
               r.requests.retries);
        printf("bench_throttle: restore-rate utilization %.1f%%\n", 100.0 * s.utilization());
    }
};

QTEST_GUILESS_MAIN(BenchThrottle)
#include "bench_throttle.moc"
