// AdaptiveConcurrencyLimiter against a scripted host on a manual clock: growth
// only while the limit is in use, a refused probe going back to the level that
// held and waiting before the next, a refusal at a level that held halving,
// Retry-After pausing, timeouts and slow answers.
#include "platform/AdaptiveConcurrencyLimiter.h"

#include <QTest>

using namespace storelens;

namespace {
using O = AdaptiveConcurrencyLimiter::Outcome;
constexpr qint64 kRoundTripMs = 150;

// A host that answers `capacity` requests at once after `latencyMs` and
// refuses the rest at once (429 with `retryAfterMs`), and a client that always
// has work: it fills every free slot, and sends the next request as soon as
// an answer comes.
struct ScriptedHost
{
    AdaptiveConcurrencyLimiter &limiter;
    ManualClock &clock;
    int capacity;
    qint64 latencyMs = kRoundTripMs;
    qint64 retryAfterMs = 0;
    int inFlight = 0;

    void fill()
    {
        while (limiter.tryAcquire())
            ++inFlight;
    }
    // One round trip; returns how many requests were refused.
    int roundTrip()
    {
        fill();
        const int refused = std::max(0, inFlight - capacity);
        for (int i = 0; i < refused; ++i)
            limiter.release(O::Throttled, 1, retryAfterMs);
        inFlight -= refused;
        clock.advance(latencyMs);
        const int answering = inFlight;
        inFlight = 0;
        for (int i = 0; i < answering; ++i) {
            limiter.release(O::Success, latencyMs);
            if (limiter.tryAcquire())
                ++inFlight;
        }
        return refused;
    }
    int roundTrips(int count)
    {
        int refused = 0;
        for (int i = 0; i < count; ++i)
            refused += roundTrip();
        return refused;
    }
    // The clock when a request is next refused (-1: not within `maxRounds`).
    qint64 nextRefusal(int maxRounds)
    {
        for (int i = 0; i < maxRounds; ++i)
            if (roundTrip() > 0)
                return clock.monotonicMs();
        return -1;
    }
};
} // namespace

class TstAdaptiveConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void growsOnlyWhileTheLimitIsInUse()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter limiter(AdaptiveConcurrencyLimiter::Config(), clock);
        QCOMPARE(limiter.limit(), 2);
        // One request at a time, however many succeed: nothing learnt about two or more.
        for (int i = 0; i < 50; ++i) {
            QVERIFY(limiter.tryAcquire());
            clock.advance(kRoundTripMs);
            limiter.release(O::Success, kRoundTripMs);
        }
        QCOMPARE(limiter.limit(), 2);
        // Full windows: one more after `limit` successes in a row.
        ScriptedHost host{limiter, clock, 100};
        host.roundTrip();
        QCOMPARE(limiter.limit(), 3);
        host.roundTrip();
        QCOMPARE(limiter.limit(), 4);
        QCOMPARE(limiter.stats().maxInFlight, 3);
    }

    void refusedProbeGoesBackAndWaits()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter::Config config;
        AdaptiveConcurrencyLimiter limiter(config, clock);
        ScriptedHost host{limiter, clock, 4};
        // The first probe, at 5, is refused; the next comes after the back-off,
        // the one after that twice as late; the limit stays at 4 in between.
        const qint64 first = host.nextRefusal(10);
        QVERIFY(first > 0);
        QCOMPARE(limiter.limit(), 4);
        const qint64 second = host.nextRefusal(1000);
        QVERIFY2(second - first >= config.probeBackoffMs &&
                     second - first <= config.probeBackoffMs + 2 * kRoundTripMs,
                 qPrintable(QString::number(second - first)));
        QCOMPARE(limiter.limit(), 4);
        const qint64 third = host.nextRefusal(2000);
        QVERIFY2(third - second >= 2 * config.probeBackoffMs &&
                     third - second <= 2 * config.probeBackoffMs + 2 * kRoundTripMs,
                 qPrintable(QString::number(third - second)));
        QCOMPARE(limiter.limit(), 4);
        QCOMPARE(limiter.stats().throttled, 3);
        QCOMPARE(limiter.stats().refusedProbes, 3);
        QCOMPARE(limiter.stats().highestLimit, 5);
    }

    void probesStayRareNextToTheirPause()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter::Config config;
        AdaptiveConcurrencyLimiter limiter(config, clock);
        ScriptedHost host{limiter, clock, 4};
        host.retryAfterMs = 2000; // every refusal stops everything for 2 s
        const qint64 first = host.nextRefusal(10);
        QVERIFY(first > 0);
        const qint64 second = host.nextRefusal(2000);
        QVERIFY2(second - first >= 50 * host.retryAfterMs &&
                     second - first <= 50 * host.retryAfterMs + 2 * kRoundTripMs,
                 qPrintable(QString::number(second - first)));
        QCOMPARE(limiter.limit(), 4);
    }

    void aProbeThatHoldsGrowsOn()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter::Config config;
        AdaptiveConcurrencyLimiter limiter(config, clock);
        ScriptedHost host{limiter, clock, 4};
        QCOMPARE(host.roundTrips(20), 1);
        QCOMPARE(limiter.limit(), 4);
        // The host has more room now: after the back-off the limit grows past 5
        // and stops below the next refusal.
        host.capacity = 8;
        host.roundTrips(int(config.probeBackoffMs / kRoundTripMs) + 20);
        QCOMPARE(limiter.limit(), 8);
    }

    void refusalAtALevelThatHeldHalves()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter limiter(AdaptiveConcurrencyLimiter::Config(), clock);
        ScriptedHost host{limiter, clock, 4};
        host.roundTrips(20);
        QCOMPARE(limiter.limit(), 4);
        // Someone else takes two of the host's four: refused at 4, which held.
        host.capacity = 2;
        QCOMPARE(host.roundTrip(), 2);
        QCOMPARE(limiter.limit(), 3); // halved, then one per answer up to below the refusal
        // Refused at 3 (halved again), then 3 tried once as a probe; 2 stays.
        QCOMPARE(host.roundTrips(100), 2);
        QCOMPARE(limiter.limit(), 2);
        QCOMPARE(limiter.stats().throttled, 5);
    }

    void regrowsQuicklyAfterARefusalThatPassed()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter limiter(AdaptiveConcurrencyLimiter::Config(), clock);
        ScriptedHost host{limiter, clock, 6};
        host.roundTrips(40);
        QCOMPARE(limiter.limit(), 6);
        // A moment of contention refuses two at 6: halved to 3, then one more
        // per answer back to 5, then 6 after a full window at 5.
        host.capacity = 4;
        QCOMPARE(host.roundTrip(), 2);
        QCOMPARE(limiter.limit(), 5);
        host.capacity = 6;
        host.roundTrip();
        QCOMPARE(limiter.limit(), 6);
        QCOMPARE(host.roundTrips(50), 0); // 7 was refused before: not tried yet
    }

    void retryAfterPausesEveryRequest()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter limiter(AdaptiveConcurrencyLimiter::Config(), clock);
        QVERIFY(limiter.tryAcquire());
        limiter.release(O::Throttled, 1, 2000);
        QCOMPARE(limiter.delayMs(), 2000);
        QVERIFY(!limiter.tryAcquire());
        clock.advance(1999);
        QVERIFY(!limiter.tryAcquire());
        clock.advance(1);
        QVERIFY(limiter.tryAcquire());
        QCOMPARE(limiter.stats().pausedMs, 2000);
    }

    void timeoutsHalveOncePerRoundTrip()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter limiter(AdaptiveConcurrencyLimiter::Config(), clock);
        ScriptedHost host{limiter, clock, 100};
        host.roundTrips(30);
        QCOMPARE(limiter.limit(), 16);
        host.fill();
        clock.advance(kRoundTripMs);
        for (int i = 0; i < host.inFlight; ++i)
            limiter.release(O::Timeout, 30'000);
        QCOMPARE(limiter.limit(), 8);
        QCOMPARE(limiter.stats().timeouts, 16);
    }

    void slowAnswersStopTheGrowth()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter limiter(AdaptiveConcurrencyLimiter::Config(), clock);
        ScriptedHost host{limiter, clock, 100};
        host.roundTrip();
        QCOMPARE(limiter.limit(), 3);
        host.latencyMs = 4 * kRoundTripMs; // queued at the host
        host.roundTrips(20);
        QCOMPARE(limiter.limit(), 3);
    }

    void anOccasionalSlowAnswerOnlyDelaysTheGrowth()
    {
        ManualClock clock;
        AdaptiveConcurrencyLimiter limiter(AdaptiveConcurrencyLimiter::Config(), clock);
        for (int i = 0; i < 2; ++i)
            QVERIFY(limiter.tryAcquire());
        // Every third answer waited on the client's side: growth is slower, not stopped.
        int answers = 0;
        for (int round = 0; round < 40 && limiter.limit() < 6; ++round) {
            const int inFlight = limiter.inFlight();
            clock.advance(kRoundTripMs);
            for (int i = 0; i < inFlight; ++i) {
                limiter.release(O::Success, ++answers % 3 == 0 ? 4 * kRoundTripMs : kRoundTripMs);
                QVERIFY(limiter.tryAcquire());
            }
            while (limiter.tryAcquire()) {
            }
        }
        QCOMPARE(limiter.limit(), 6);
    }
};

QTEST_GUILESS_MAIN(TstAdaptiveConcurrency)
#include "tst_adaptive_concurrency.moc"
