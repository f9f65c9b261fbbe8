// The cost-bucket limiter and the retry policy, on an injected clock.
#include "platform/CostBucketLimiter.h"
#include "platform/RetryPolicy.h"

#include <QTest>

using namespace storelens;

class TestSyncPolicies : public QObject
{
    Q_OBJECT
private slots:
    void limiterWaitsOnlyAsLongAsNeeded()
    {
        ManualClock clock;
        CostBucketLimiter limiter(clock);
        QCOMPARE(limiter.delayFor(500), qint64(0)); // nothing known yet
        limiter.reserve(500);
        limiter.update({2000, 100, 100}, 80); // 100 left, 100 points/s
        // 500 requested (+1 safety): 401 missing at 100/s = 4.01 s.
        QCOMPARE(limiter.delayFor(500), qint64(4010));
        clock.advance(4010);
        QCOMPARE(limiter.delayFor(500), qint64(0));
        limiter.reserve(500);
        // The reservation is counted until the server answers.
        QVERIFY(limiter.delayFor(10) > 0);
        clock.advance(100'000);
        // Never more than the bucket holds.
        QCOMPARE(limiter.estimate().currentlyAvailable, 2000.0);
        QCOMPARE(limiter.delayFor(5000), qint64(0));
    }

    void throttledResetsTheEstimate()
    {
        ManualClock clock;
        CostBucketLimiter limiter(clock);
        limiter.update({1000, 1000, 50}, 10);
        limiter.throttled({1000, 20, 50});
        QCOMPARE(limiter.stats().throttled, qint64(1));
        QCOMPARE(limiter.delayFor(120), qint64(2020)); // (120 + 1 - 20) / 50 s
    }

    void costExceededIsCountedApart()
    {
        ManualClock clock;
        CostBucketLimiter limiter(clock);
        limiter.update({2000, 2000, 100}, 10);
        limiter.reserve(1500);
        // Refused before running: nothing charged, the server's bucket holds.
        limiter.costExceeded({2000, 2000, 100});
        const CostBucketLimiter::Stats s = limiter.stats();
        QCOMPARE(s.costExceeded, qint64(1));
        QCOMPARE(s.throttled, qint64(0));
        QCOMPARE(s.actualPoints, 10.0);
        QCOMPARE(limiter.estimate().currentlyAvailable, 2000.0);
    }

    void sustainedUseMatchesTheRestoreRate()
    {
        // A client that asks for 300 and uses 100 per request, sending as soon as
        // allowed, consumes the restore rate: 100 points/s.
        ManualClock clock;
        CostBucketLimiter limiter(clock);
        double serverAvailable = 1000;
        const double rate = 100;
        qint64 lastMs = clock.monotonicMs();
        double used = 0;
        const qint64 start = clock.monotonicMs();
        for (int i = 0; i < 500; ++i) {
            const qint64 wait = limiter.delayFor(300);
            clock.advance(wait + 20); // + 20 ms latency
            serverAvailable = std::min(
                1000.0, serverAvailable + rate * double(clock.monotonicMs() - lastMs) / 1000.0);
            lastMs = clock.monotonicMs();
            QVERIFY2(serverAvailable >= 300, "the server would have throttled");
            limiter.reserve(300);
            serverAvailable -= 100;
            used += 100;
            limiter.update({1000, serverAvailable, rate}, 100);
        }
        const double seconds = double(clock.monotonicMs() - start) / 1000.0;
        const double utilisation = (used - 1000 + serverAvailable) / (seconds * rate);
        QVERIFY2(utilisation > 0.9, qPrintable(QString::number(utilisation)));
    }

    void retryBackoffGrowsWithJitterAndHonoursRetryAfter()
    {
        RetryPolicy policy({8, 500, 60'000}, 42);
        qint64 previousCeiling = 0;
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const qint64 ceiling = std::min<qint64>(60'000, qint64(500) << (attempt - 1));
            for (int i = 0; i < 50; ++i) {
                const qint64 d = policy.delayMs(attempt);
                QVERIFY(d >= ceiling / 2 && d <= ceiling);
            }
            QVERIFY(ceiling >= previousCeiling);
            previousCeiling = ceiling;
        }
        QCOMPARE(policy.delayMs(1, 30'000), qint64(30'000));
        QVERIFY(policy.canRetry(7));
        QVERIFY(!policy.canRetry(8));
    }
};

QTEST_GUILESS_MAIN(TestSyncPolicies)
#include "tst_sync_policies.moc"
