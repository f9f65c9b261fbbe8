// The sync scheduler on an injected clock, with real syncs against
// simulated stores: intervals, sync now, pause and resume, backoff growth and
// reset, never two runs of one store, offline and catch-up, resuming after a
// network drop mid-sync, a store that needs its owner, the history, and what
// a bulk export stopped midway leaves of the customer figures.
#include "RollupRecompute.h"
#include "SyncFixture.h"
#include "storage/StoreRepository.h"
#include "sync/SyncScheduler.h"

#include <QElapsedTimer>

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {
sim::ShopifySimConfig config(int orders, quint64 seed)
{
    sim::ShopifySimConfig c;
    c.seed = seed;
    c.orders = orders;
    c.historyDays = 120;
    c.timeScale = 400;
    c.dataEndMs = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
    return c;
}

constexpr qint64 kMinute = 60'000;

qint64 runs(SyncFixture &f, const char *status = nullptr)
{
    Statement q = f.db().prepare(status ? "SELECT count(*) FROM sync_runs WHERE status = ?"
                                        : "SELECT count(*) FROM sync_runs WHERE status != ?");
    q.bind(1, status ? status : "none");
    q.step();
    return q.int64(0);
}
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;

    // Waits for `count` syncs to finish.
    static bool waitFinished(QSignalSpy &spy, int count, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (spy.count() < count && t.elapsed() < timeoutMs)
            spy.wait(200);
        return spy.count() >= count;
    }

    static SyncEngine::Options options()
    {
        SyncEngine::Options o;
        o.bulkThreshold = 1'000'000;
        o.retries.baseDelayMs = 10;
        o.retries.maxDelayMs = 100;
        o.retries.maxAttempts = 3;
        return o;
    }

private slots:
    void init()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        m_home = std::make_unique<TempHome>();
    }
    void cleanup() { m_home.reset(); }

    void intervalsSyncNowAndNoOverlap()
    {
        SyncFixture f(config(150, 31));
        // The workspace's vault holds the token the scheduler reads.
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token', sync_interval_s = 600");
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        SyncScheduler scheduler(f.workspace(), f.ingestor(), clock);
        scheduler.engineOptions = options();
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        QSignalSpy notified(&scheduler, &SyncScheduler::notify);
        scheduler.start(0);
        const qint64 store = f.store().id;
        QVERIFY(scheduler.isRunning(store)); // never synced: due at once
        scheduler.syncNow(store);            // while running: queued, not a second run
        QCOMPARE(scheduler.runningCount(), 1);
        QVERIFY(waitFinished(finished, 2)); // the first run, then the queued "sync now"
        QCOMPARE(runs(f, "ok"), qint64(2));
        QCOMPARE(notified.count(), 1); // "is ready" after the first sync only
        QCOMPARE(f.compareWithTruth(), QStringList());

        // Not due before the interval has passed.
        clock.advance(9 * kMinute);
        scheduler.tick();
        QVERIFY(!scheduler.isRunning(store));
        clock.advance(2 * kMinute);
        scheduler.tick();
        QVERIFY(scheduler.isRunning(store));
        QVERIFY(waitFinished(finished, 3));
        QCOMPARE(scheduler.state(store).nextDueMs, clock.nowMs() + 10 * kMinute);

        // History: triggers and counts.
        Statement q = f.db().prepare("SELECT trigger, status, counts FROM sync_runs ORDER BY id");
        QStringList triggers;
        while (q.step()) {
            triggers << q.text(0);
            QVERIFY(q.text(2).contains(QLatin1String("orders")) || triggers.size() > 1);
        }
        QCOMPARE(triggers, (QStringList{QStringLiteral("scheduled"), QStringLiteral("manual"),
                                        QStringLiteral("scheduled")}));
    }

    void pauseAndResume()
    {
        SyncFixture f(config(80, 32));
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token'");
        ManualClock clock;
        SyncScheduler scheduler(f.workspace(), f.ingestor(), clock);
        scheduler.engineOptions = options();
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        const qint64 store = f.store().id;
        scheduler.start(0);
        QVERIFY(waitFinished(finished, 1));
        scheduler.pause(store);
        QCOMPARE(f.store().status, QStringLiteral("paused")); // kept in the workspace
        clock.advance(60 * kMinute);
        scheduler.tick();
        QVERIFY(!scheduler.isRunning(store));
        scheduler.resume(store);
        QVERIFY(scheduler.isRunning(store));
        QVERIFY(waitFinished(finished, 2));
        // Pause the whole workspace.
        scheduler.pauseAll();
        clock.advance(60 * kMinute);
        scheduler.tick();
        QVERIFY(!scheduler.isRunning(store));
        scheduler.resumeAll();
        QVERIFY(scheduler.isRunning(store));
        QVERIFY(waitFinished(finished, 3));
    }

    void backoffGrowsAndResets()
    {
        SyncFixture f(config(60, 33));
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token', sync_interval_s = 600");
        sim::FaultRates broken;
        broken.serverError = 1.0; // every request fails
        f.sim().setFaultRates(broken);
        ManualClock clock;
        SyncScheduler scheduler(f.workspace(), f.ingestor(), clock);
        scheduler.engineOptions = options();
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        const qint64 store = f.store().id;
        scheduler.start(0);
        const qint64 interval = 10 * kMinute;
        qint64 expected = interval;
        for (int failure = 1; failure <= 4; ++failure) {
            QVERIFY(waitFinished(finished, failure));
            const SyncScheduler::StoreState s = scheduler.state(store);
            QCOMPARE(s.consecutiveFailures, failure);
            expected *= 2;
            QCOMPARE(s.nextDueMs - clock.nowMs(), expected); // 20, 40, 80, 160 minutes
            QVERIFY(!s.lastError.message.isEmpty());
            clock.advance(expected - 1);
            scheduler.tick();
            QVERIFY(!scheduler.isRunning(store));
            clock.advance(1);
            scheduler.tick();
        }
        // The store recovers: the next success resets the backoff.
        f.sim().setFaultRates({});
        QVERIFY(waitFinished(finished, 5));
        QCOMPARE(scheduler.state(store).consecutiveFailures, 0);
        QCOMPARE(scheduler.state(store).nextDueMs - clock.nowMs(), interval);
        QCOMPARE(runs(f, "failed"), qint64(4));
        // The cap: never more than six hours between attempts.
        SyncScheduler::StoreState s;
        s.intervalMs = interval;
        s.consecutiveFailures = 30;
        Q_UNUSED(s);
        QVERIFY(SyncScheduler::kMaxBackoffMs == 6 * 3'600'000);
    }

    void offlinePausesThenCatchesUpAndResumesMidSync()
    {
        SyncFixture f(config(900, 34));
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token'");
        ManualClock clock;
        SyncScheduler scheduler(f.workspace(), f.ingestor(), clock);
        scheduler.engineOptions = options();
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        QSignalSpy progress(&scheduler, &SyncScheduler::syncProgress);
        const qint64 store = f.store().id;
        scheduler.start(0);
        // The network drops in the middle of the first sync.
        QVERIFY(progress.wait(30000));
        while (progress.count() < 6 && progress.wait(30000)) {
        }
        scheduler.setOnline(false);
        QVERIFY(waitFinished(finished, 1));
        QCOMPARE(int(finished.first().at(1).value<SyncError>().kind),
                 int(SyncError::Kind::Cancelled));
        QVERIFY(f.db().scalar("SELECT count(*) FROM orders") < 900);
        // Offline: nothing starts, however long.
        clock.advance(120 * kMinute);
        scheduler.tick();
        QVERIFY(!scheduler.isRunning(store));
        // Back online: the sync resumes from its checkpoints by itself.
        scheduler.setOnline(true);
        QVERIFY(scheduler.isRunning(store));
        QVERIFY(waitFinished(finished, 2));
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(runs(f, "cancelled"), qint64(1));
        QCOMPARE(runs(f, "ok"), qint64(1));
    }

    void wakingUpCatchesUp()
    {
        SyncFixture f(config(40, 35));
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token', sync_interval_s = 3600");
        ManualClock clock;
        SyncScheduler scheduler(f.workspace(), f.ingestor(), clock);
        scheduler.engineOptions = options();
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        scheduler.start(0);
        QVERIFY(waitFinished(finished, 1));
        scheduler.stop();
        // Ticking every 5 s, then nothing for 10 minutes: the laptop slept.
        SyncScheduler ticking(f.workspace(), f.ingestor(), clock);
        ticking.engineOptions = options();
        QSignalSpy finished2(&ticking, &SyncScheduler::syncFinished);
        ticking.start(5'000);
        QVERIFY(!ticking.isRunning(f.store().id)); // next due in an hour
        clock.advance(10 * kMinute);
        ticking.tick();
        QVERIFY(ticking.isRunning(f.store().id));
        QVERIFY(waitFinished(finished2, 1));
        Statement q = f.db().prepare("SELECT trigger FROM sync_runs ORDER BY id DESC LIMIT 1");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("catch-up"));
    }

    void storeThatNeedsItsOwnerIsNotRetried()
    {
        SyncFixture f(config(30, 36));
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token'");
        f.sim().revokeToken(f.sim().accessToken());
        ManualClock clock;
        SyncScheduler scheduler(f.workspace(), f.ingestor(), clock);
        scheduler.engineOptions = options();
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        QSignalSpy notified(&scheduler, &SyncScheduler::notify);
        const qint64 store = f.store().id;
        scheduler.start(0);
        QVERIFY(waitFinished(finished, 1));
        QVERIFY(scheduler.state(store).needsAttention);
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.first().at(1).toString().contains(QLatin1String("Reconnect")));
        clock.advance(24 * 60 * kMinute);
        scheduler.tick();
        QVERIFY(!scheduler.isRunning(store));
        // The owner reconnects (a valid token again): syncing resumes.
        f.sim().addToken(f.sim().accessToken());
        scheduler.resume(store);
        QVERIFY(waitFinished(finished, 2));
        QVERIFY(!scheduler.state(store).needsAttention);
        QCOMPARE(f.compareWithTruth(), QStringList());
    }

    // A first sync's bulk export defers the customer figures to its end.
    // Paused midway, it counts them for the orders that came; stopped by
    // closing the workspace, it leaves them pending for the export to finish,
    // and a store that does not sync on reopening (paused meanwhile) has them
    // counted then.
    void pausingOrClosingDuringABulkExport_data()
    {
        QTest::addColumn<bool>("closing");
        QTest::newRow("pause") << false;
        QTest::newRow("close, reopen paused") << true;
    }
    void pausingOrClosingDuringABulkExport()
    {
        QFETCH(bool, closing);
        constexpr int kOrders = 20000;
        sim::ShopifySimConfig c = config(kOrders, 39);
        c.bulkObjectsPerSecond = 200'000;
        SyncFixture f(c);
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token'");
        const qint64 store = f.store().id;
        auto pendingMarks = [&f] {
            return f.db().scalar("SELECT count(*) FROM customer_rollups_deferred");
        };
        ManualClock clock;
        auto scheduler = std::make_unique<SyncScheduler>(f.workspace(), f.ingestor(), clock);
        scheduler->engineOptions = options();
        scheduler->engineOptions.bulkThreshold = 1;
        QSignalSpy finished(scheduler.get(), &SyncScheduler::syncFinished);
        QSignalSpy progress(scheduler.get(), &SyncScheduler::syncProgress);
        scheduler->start(0);
        // The export's polls count up to every order, then its download
        // counts the parsed ones: stop at its first batch.
        qint64 exported = 0;
        bool midway = false;
        while (!midway && progress.wait(30000)) {
            for (; !progress.isEmpty(); progress.removeFirst()) {
                const QList<QVariant> &p = progress.first();
                if (p.at(1).toString() != QLatin1String("orders"))
                    continue;
                const qint64 done = p.at(2).toLongLong();
                if (exported < kOrders)
                    exported = std::max(exported, done);
                else if (done > 0)
                    midway = true;
            }
        }
        QVERIFY(midway);
        if (closing) {
            scheduler.reset(); // what closing the workspace does
        } else {
            scheduler->pause(store);
            QVERIFY(waitFinished(finished, 1));
            QCOMPARE(int(finished.first().at(1).value<SyncError>().kind),
                     int(SyncError::Kind::Cancelled));
            // The run that stopped did not mark the store active again.
            QCOMPARE(f.store().status, QStringLiteral("paused"));
        }
        const qint64 orders = f.db().scalar("SELECT count(*) FROM orders");
        QVERIFY2(orders > 0 && orders < kOrders, qPrintable(QString::number(orders)));
        QCOMPARE(pendingMarks(), qint64(closing ? 1 : 0));

        if (closing) {
            // The owner paused the store meanwhile: it does not sync when the
            // workspace opens again, and its figures are counted instead.
            f.db().exec("UPDATE stores SET status = 'paused'");
            scheduler = std::make_unique<SyncScheduler>(f.workspace(), f.ingestor(), clock);
            scheduler->engineOptions = options();
            scheduler->engineOptions.bulkThreshold = 1;
            QSignalSpy settled(scheduler.get(), &SyncScheduler::customerFiguresSettled);
            scheduler->start(0);
            QVERIFY(!scheduler->isRunning(store));
            QVERIFY(settled.wait(30000));
            QCOMPARE(settled.first().at(0).toLongLong(), store);
            QCOMPARE(pendingMarks(), qint64(0));
        }
        QCOMPARE(rollupMismatch(f.db(), store), QString());
        QCOMPARE(f.db().scalar("SELECT count(*) FROM orders"), orders);

        // Resumed, the export ends exact.
        QSignalSpy resumed(scheduler.get(), &SyncScheduler::syncFinished);
        scheduler->resume(store);
        QVERIFY(waitFinished(resumed, 1));
        QVERIFY(!resumed.first().at(1).value<SyncError>().isError());
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(pendingMarks(), qint64(0));
        QCOMPARE(rollupMismatch(f.db(), store), QString());
    }

    void storesSyncConcurrently()
    {
        // Two stores in one workspace, each with its own simulated shop.
        SyncFixture a(config(300, 37), QStringLiteral("Two"));
        sim::ShopifySimConfig other = config(300, 38);
        other.shopHandle = "second-shop";
        sim::ShopifySimulatorHost second(other);
        QVERIFY(second.start());
        Store s;
        s.platform = QStringLiteral("shopify");
        s.domain = QStringLiteral("second-shop.myshopify.com");
        s.name = QStringLiteral("Second");
        s.apiBase = second.baseUrl().toString();
        s.authKind = QStringLiteral("token");
        s.credentialRef = QStringLiteral("vault:second");
        const qint64 secondId = StoreRepository(a.db()).insert(s);
        a.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    a.sim().accessToken().toStdString() + "')");
        a.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:second', '" +
                    second.simulator().accessToken().toStdString() + "')");
        a.db().exec("UPDATE stores SET credential_ref = 'vault:token' WHERE name = 'Acme'");
        ManualClock clock;
        SyncScheduler scheduler(a.workspace(), a.ingestor(), clock);
        scheduler.engineOptions = options();
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        scheduler.start(0);
        QCOMPARE(scheduler.runningCount(), 2);
        QVERIFY(waitFinished(finished, 2));
        QCOMPARE(a.db().scalar("SELECT count(*) FROM orders WHERE store_id = " +
                               std::to_string(secondId)),
                 qint64(second.simulator().orderCount()));
        QCOMPARE(
            a.db().scalar("SELECT count(DISTINCT store_id) FROM sync_runs WHERE status = 'ok'"),
            qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
