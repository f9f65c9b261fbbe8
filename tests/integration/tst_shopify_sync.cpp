// Syncing a Shopify store end to end: the real connector, engine, ingestor
// and encrypted workspace against the store simulator over loopback HTTP —
// full, incremental, bulk, interrupted and resumed, under faults, with bad
// credentials — compared record for record with the simulator's truth.
#include "RollupRecompute.h"
#include "SyncFixture.h"
#include "TestEnvironment.h"
#include "connectors/shopify/ShopifyConnector.h"
#include "storage/StoreRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace storelens;
using namespace storelens::test;

namespace {
sim::ShopifySimConfig config(int orders, quint64 seed = 11)
{
    sim::ShopifySimConfig c;
    c.seed = seed;
    c.orders = orders;
    c.historyDays = 400;
    // A fixed end of history: two simulators with the same seed hold the same data.
    c.dataEndMs = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
    c.timeScale = 400; // restore, bulk progress and clocks run 400x faster
    c.bulkObjectsPerSecond = 200'000;
    return c;
}

// Backoff in milliseconds, not seconds: the simulator's faults are many.
SyncEngine::Options fastRetries()
{
    SyncEngine::Options o;
    o.retries.baseDelayMs = 20;
    o.retries.maxDelayMs = 500;
    o.retries.maxAttempts = 10;
    return o;
}

SyncEngine::Options paged()
{
    SyncEngine::Options o = fastRetries();
    o.bulkThreshold = 1'000'000'000;
    return o;
}

SyncEngine::Options bulk()
{
    SyncEngine::Options o = fastRetries();
    o.bulkThreshold = 1;
    return o;
}

// No request of the run was over Shopify's single-query maximum: neither the
// simulator (which answers MAX_COST_EXCEEDED on its own count) nor the client
// saw one.
QString overTheCostLimit(SyncFixture &f, const SyncEngine::Result &r)
{
    const qint64 answered = f.sim().stats().costExceeded;
    if (answered == 0 && r.requests.overCostLimit == 0)
        return {};
    return QStringLiteral("%1 MAX_COST_EXCEEDED answers (the client counted %2)")
        .arg(answered)
        .arg(r.requests.overCostLimit);
}

// Syncs through a bulk export: empty when the run ends without an error and
// the workspace equals the store, its customer figures counted and exact.
QString syncToTheEnd(SyncFixture &f)
{
    const SyncEngine::Result r = f.sync(bulk());
    if (r.error.isError())
        return r.error.message + QLatin1Char(' ') + r.error.detail;
    if (const QStringList diffs = f.compareWithTruth(); !diffs.isEmpty())
        return diffs.join(QStringLiteral("; "));
    if (f.db().scalar("SELECT count(*) FROM customer_rollups_deferred") != 0)
        return QStringLiteral("customer figures still pending");
    return rollupMismatch(f.db(), f.store().id);
}

// For SyncFixture::syncUntil: once a 6,000-order export's first batch was
// written. Its polls count up to 6,000 exported orders, then its download
// counts the parsed ones.
std::function<bool(const SyncEngine::Progress &)> exportHalfWritten()
{
    return [exported = qint64(0)](const SyncEngine::Progress &p) mutable {
        if (p.resource != QLatin1String("orders") || !p.message.isEmpty())
            return false;
        if (exported < 6000) {
            exported = std::max(exported, p.done);
            return false;
        }
        return p.done >= 2000;
    };
}
} // namespace

class TestShopifySync : public QObject
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

    void fullSyncWithPagesEqualsTheStore()
    {
        SyncFixture f(config(400));
        const SyncEngine::Result r = f.sync(paged());
        QVERIFY2(!r.error.isError(),
                 qPrintable(r.error.message + QLatin1Char(' ') + r.error.detail));
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        const Store s = f.store();
        QCOMPARE(s.currency, QStringLiteral("USD"));
        QCOMPARE(s.timezone, QStringLiteral("America/New_York"));
        // The run is in the history, with its counts.
        QCOMPARE(f.db().scalar("SELECT count(*) FROM sync_runs WHERE status = 'ok'"), qint64(1));
        QVERIFY(r.counts.value(QStringLiteral("orders")) >= 400);
        QCOMPARE(f.db().scalar("SELECT count(*) FROM events WHERE detail LIKE '%paginated%'"),
                 qint64(1));
        // Every page asked for as much as one query may cost, never more.
        QCOMPARE(overTheCostLimit(f, r), QString());
        QVERIFY(r.requests.requests > 0);
    }

    void fullSyncWithABulkExportEqualsTheStore()
    {
        SyncFixture f(config(2500, 12));
        const SyncEngine::Result r = f.sync(bulk());
        QVERIFY2(!r.error.isError(),
                 qPrintable(r.error.message + QLatin1Char(' ') + r.error.detail));
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        // The customer rollups the export deferred were rebuilt at its end.
        QCOMPARE(f.db().scalar("SELECT count(*) FROM customer_rollups_deferred"), qint64(0));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM events WHERE detail LIKE '%bulk export%'") >=
                     1,
                 true);
        // The encrypted spool is gone once read.
        QVERIFY(QDir(SyncEngine::spoolDir()).entryList(QDir::Files).isEmpty());
        QCOMPARE(overTheCostLimit(f, r), QString());
    }

    // Orders with more agreements or refunded lines than an orders page
    // holds are read alone, with nested sizes that fit the cost limit.
    void ordersLargerThanAPageAreCompletedWithinTheCostLimit()
    {
        SyncFixture f(config(300, 24));
        QList<sim::SimOrder> plain;
        for (const sim::SimOrder &o : f.sim().orders()) {
            if (o.refunds.isEmpty() && !o.cancelledAtMs && !o.test)
                plain << o;
        }
        // Many refunds: one unit of each line refunded on its own.
        auto many = std::find_if(plain.begin(), plain.end(),
                                 [](const sim::SimOrder &o) { return o.lines.size() >= 4; });
        QVERIFY(many != plain.end());
        QString error;
        for (const sim::SimLineItem &line : many->lines)
            QVERIFY2(
                f.sim().addRefund(many->id, {{line.id, 1}}, false, QStringLiteral("one"), &error),
                qPrintable(error));
        // A refund with more returned lines than a page holds sales.
        auto wide = std::find_if(plain.begin(), plain.end(), [&](const sim::SimOrder &o) {
            return o.id != many->id && o.lines.size() >= ShopifyConnector::kPageSales + 1;
        });
        QVERIFY(wide != plain.end());
        QVERIFY2(f.sim().refundInFull(wide->id, true, &error), qPrintable(error));
        QVERIFY(f.sim().order(many->id)->refunds.size() > ShopifyConnector::kPageAgreements);

        const SyncEngine::Result r = f.sync(paged());
        QVERIFY2(!r.error.isError(),
                 qPrintable(r.error.message + QLatin1Char(' ') + r.error.detail));
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(f.db().scalar("SELECT count(*) FROM rejected_records"), qint64(0));
        QCOMPARE(overTheCostLimit(f, r), QString());
    }

    void incrementalSyncAfterChanges_data()
    {
        QTest::addColumn<bool>("bulkFirst");
        QTest::newRow("after pages") << false;
        QTest::newRow("after a bulk export") << true;
    }
    void incrementalSyncAfterChanges()
    {
        QFETCH(bool, bulkFirst);
        SyncFixture f(config(600, 13));
        QVERIFY(!f.sync(bulkFirst ? bulk() : paged()).error.isError());
        QCOMPARE(f.compareWithTruth(), QStringList());
        const QList<sim::SimOrder> before = f.sim().orders();

        // Changes on the store: new orders, refunds, a cancellation, an edit,
        // customer, catalogue, inventory and checkout updates.
        f.sim().advanceTime(3'600'000);
        f.sim().addOrders(25);
        // Orders that can take each change: untouched, not cancelled, not test.
        QList<sim::SimOrder> plain;
        for (const sim::SimOrder &o : before) {
            if (o.refunds.isEmpty() && !o.cancelledAtMs && !o.test && !o.lines.isEmpty())
                plain << o;
        }
        QVERIFY(plain.size() > 10);
        QString error;
        QVERIFY2(f.sim().addRefund(plain[0].id, {{plain[0].lines.first().id, 1}}, true,
                                   QStringLiteral("damaged"), &error),
                 qPrintable(error));
        QVERIFY2(f.sim().refundInFull(plain[1].id, false, &error), qPrintable(error));
        QVERIFY2(f.sim().cancelOrder(plain[2].id, &error), qPrintable(error));
        QVERIFY2(f.sim().setLineItemQuantity(plain[3].lines.first().id,
                                             plain[3].lines.first().quantity + 2, &error),
                 qPrintable(error));
        const sim::SimCustomer customer = f.sim().customers().first();
        QVERIFY(f.sim().updateCustomer(customer.id, QStringLiteral("Renamed"), std::nullopt,
                                       std::nullopt));
        const sim::SimVariant variant = f.sim().variants().first();
        QVERIFY(f.sim().updateVariant(variant.id, variant.price + 100, variant.unitCost + 7));
        const sim::SimInventoryLevel level = f.sim().inventoryLevels().first();
        QVERIFY(f.sim().setInventoryLevel(level.inventoryItemId, level.locationId, 3, 5));
        for (const sim::SimCheckout &c : f.sim().checkouts()) {
            if (!c.completedAtMs) {
                QVERIFY(f.sim().completeCheckout(c.id));
                break;
            }
        }
        f.sim().advanceTime(60'000);

        const qint64 requestsBefore = f.sim().stats().graphqlRequests;
        const SyncEngine::Result r = f.sync(paged());
        QVERIFY2(!r.error.isError(),
                 qPrintable(r.error.message + QLatin1Char(' ') + r.error.detail));
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        // Incremental: far fewer requests than reading the store again.
        QVERIFY(f.sim().stats().graphqlRequests - requestsBefore < 150);
        QCOMPARE(f.db().scalar("SELECT count(*) FROM sync_runs"), qint64(2));
    }

    void interruptedSyncsResumeToTheSameData_data()
    {
        QTest::addColumn<bool>("useBulk");
        QTest::addColumn<int>("cancelAfter");
        for (int n : {1, 2, 4, 7, 12, 20, 35})
            QTest::newRow(qPrintable(QStringLiteral("pages, cancel at event %1").arg(n)))
                << false << n;
        for (int n : {1, 3, 5, 8, 11, 15})
            QTest::newRow(qPrintable(QStringLiteral("bulk, cancel at event %1").arg(n)))
                << true << n;
    }
    void interruptedSyncsResumeToTheSameData()
    {
        QFETCH(bool, useBulk);
        QFETCH(int, cancelAfter);
        SyncFixture reference(config(1200, 14), QStringLiteral("Reference"));
        int events = 0;
        QVERIFY(!reference
                     .syncUntil(useBulk ? bulk() : paged(),
                                [&](const SyncEngine::Progress &) {
                                    ++events;
                                    return false;
                                })
                     .error.isError());
        // The cancel point lies within the run.
        QVERIFY2(cancelAfter < events, qPrintable(QStringLiteral("%1 events").arg(events)));

        SyncFixture f(config(1200, 14), QStringLiteral("Interrupted"));
        const SyncEngine::Result stopped = f.sync(useBulk ? bulk() : paged(), cancelAfter);
        QCOMPARE(int(stopped.error.kind), int(SyncError::Kind::Cancelled));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM sync_runs WHERE status = 'cancelled'"),
                 qint64(1));
        const SyncEngine::Result resumed = f.sync(useBulk ? bulk() : paged());
        QVERIFY2(!resumed.error.isError(),
                 qPrintable(resumed.error.message + QLatin1Char(' ') + resumed.error.detail));
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(canonicalOrderTables(f.db()), canonicalOrderTables(reference.db()));
    }

    void killedProcessResumes()
    {
        // A real kill: storelens-cli syncing against the simulator, killed
        // mid-run several times, then synced to the end.
        SyncFixture reference(config(3000, 15), QStringLiteral("Reference"));
        QVERIFY(!reference.sync(bulk()).error.isError());
        SyncFixture f(config(3000, 15), QStringLiteral("Killed"));
        const QProcessEnvironment env = f.cliEnvironment();
        const QStringList args{QStringLiteral("sync"),   QStringLiteral("--workspace"),
                               QStringLiteral("Killed"), QStringLiteral("--bulk-threshold"),
                               QStringLiteral("1"),      QStringLiteral("--json-progress")};
        int kills = 0;
        for (int delayMs : {300, 700, 1200, 1800}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("STORELENS_CLI"), args);
            QVERIFY(p.waitForStarted());
            if (!p.waitForFinished(delayMs)) {
                p.kill(); // SIGKILL: no chance to clean up
                p.waitForFinished();
                ++kills;
            }
        }
        QVERIFY(kills >= 1);
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(qEnvironmentVariable("STORELENS_CLI"), args);
        QVERIFY(last.waitForFinished(180000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        QCOMPARE(f.compareWithTruth(), QStringList());
        QCOMPARE(canonicalOrderTables(f.db()), canonicalOrderTables(reference.db()));
        // Packed days equal their rows, whenever the kills came; an idle
        // ingestor packs what the killed runs left.
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        f.ingestor().waitForIdle();
        QCOMPARE(rollupMismatch(f.db(), f.store().id, Packing::All), QString());
    }

    // Ctrl+C while storelens-cli reads a bulk export: it stops within a
    // batch or two rather than after the whole export, and the customers of
    // the orders it kept are counted.
    void ctrlCStopsABulkExportPromptly()
    {
        constexpr int kOrders = 20000;
        SyncFixture f(config(kOrders, 23), QStringLiteral("Interrupted"));
        QProcess p;
        p.setProcessEnvironment(f.cliEnvironment());
        p.start(qEnvironmentVariable("STORELENS_CLI"),
                {QStringLiteral("sync"), QStringLiteral("--workspace"),
                 QStringLiteral("Interrupted"), QStringLiteral("--bulk-threshold"),
                 QStringLiteral("1"), QStringLiteral("--json-progress")});
        QVERIFY(p.waitForStarted());
        // The export's polls count up to every order; then its download
        // counts the orders parsed, from the first batch on.
        bool exported = false, downloading = false;
        QElapsedTimer waited;
        waited.start();
        while (!downloading && waited.elapsed() < 120000 && p.state() == QProcess::Running) {
            if (!p.canReadLine() && !p.waitForReadyRead(1000))
                continue;
            while (p.canReadLine() && !downloading) {
                const QJsonObject line = QJsonDocument::fromJson(p.readLine()).object();
                if (line.value(QLatin1String("resource")).toString() != QLatin1String("orders"))
                    continue;
                const qint64 done = line.value(QLatin1String("done")).toInteger();
                if (done >= kOrders)
                    exported = true;
                else if (exported && done > 0)
                    downloading = true;
            }
        }
        QVERIFY(downloading);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const qint64 orders = f.db().scalar("SELECT count(*) FROM orders");
        QVERIFY2(orders > 0 && orders <= kOrders / 2, qPrintable(QString::number(orders)));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM customer_rollups_deferred"), qint64(0));
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        QCOMPARE(syncToTheEnd(f), QString());
    }

    void completesExactlyUnderTwentyPercentFaults()
    {
        sim::ShopifySimConfig c = config(800, 16);
        c.faults = sim::FaultRates::uniform(0.2);
        c.faults.slowDelayMs = 200;
        SyncFixture f(c);
        const SyncEngine::Result pages = f.sync(paged());
        QVERIFY2(!pages.error.isError(),
                 qPrintable(pages.error.message + QLatin1Char(' ') + pages.error.detail));
        QVERIFY(pages.requests.retries > 5);
        QCOMPARE(f.compareWithTruth(), QStringList());

        SyncFixture b(c, QStringLiteral("BulkFaults"));
        const SyncEngine::Result bulkRun = b.sync(bulk());
        QVERIFY2(!bulkRun.error.isError(),
                 qPrintable(bulkRun.error.message + QLatin1Char(' ') + bulkRun.error.detail));
        QCOMPARE(b.compareWithTruth(), QStringList());
    }

    void failedBulkExportIsRestarted()
    {
        SyncFixture f(config(2000, 17));
        f.sim().failNextBulkOperation(500);
        const SyncEngine::Result r = f.sync(bulk());
        QVERIFY2(!r.error.isError(),
                 qPrintable(r.error.message + QLatin1Char(' ') + r.error.detail));
        QCOMPARE(f.compareWithTruth(), QStringList());
        QVERIFY(f.db().scalar(
                    "SELECT count(*) FROM events WHERE detail LIKE '%ended as FAILED%'") >= 1);
    }

    // A bulk export cancelled after some of its batches (the user paused the
    // store, or the network went): the customer figures are counted for the
    // orders that came rather than left pending until the export resumes.
    void aCancelledExportSettlesTheCustomerFigures()
    {
        SyncFixture f(config(6000, 22));
        const SyncEngine::Result cancelled = f.syncUntil(bulk(), exportHalfWritten());
        QCOMPARE(int(cancelled.error.kind), int(SyncError::Kind::Cancelled));
        const qint64 orders = f.db().scalar("SELECT count(*) FROM orders");
        QVERIFY2(orders > 0 && orders < 6000, qPrintable(QString::number(orders)));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM customer_rollups_deferred"), qint64(0));
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        // Every customer of the (real, not test) orders that came is counted.
        QCOMPARE(f.db().scalar("SELECT count(*) FROM customer_activity"),
                 f.db().scalar("SELECT count(DISTINCT customer_id) FROM orders WHERE test = 0 AND "
                               "customer_id IS NOT NULL"));

        // The export resumes, defers again, and ends exact.
        QCOMPARE(syncToTheEnd(f), QString());
    }

    // A bulk export stopped by closing the workspace keeps its figures
    // pending for the export to finish; a sync that then stops for good
    // (the token was revoked) counts them for the orders that came, rather
    // than leave them pending until a reconnect.
    void aSyncThatStopsSettlesTheCustomerFigures()
    {
        SyncFixture f(config(6000, 21));
        const SyncEngine::Result cancelled =
            f.syncUntil(bulk(), exportHalfWritten(), SyncEngine::Deferral::Keep);
        QCOMPARE(int(cancelled.error.kind), int(SyncError::Kind::Cancelled));
        const qint64 orders = f.db().scalar("SELECT count(*) FROM orders");
        QVERIFY2(orders > 0 && orders < 6000, qPrintable(QString::number(orders)));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM customer_rollups_deferred"), qint64(1));

        f.sim().revokeToken(f.sim().accessToken());
        const SyncEngine::Result stopped = f.sync(bulk());
        QCOMPARE(int(stopped.error.kind), int(SyncError::Kind::InvalidToken));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM orders"), orders);
        QCOMPARE(f.db().scalar("SELECT count(*) FROM customer_rollups_deferred"), qint64(0));
        QCOMPARE(rollupMismatch(f.db(), f.store().id), QString());
        QVERIFY(f.db().scalar("SELECT count(*) FROM customer_activity") > 0);

        f.sim().addToken(f.sim().accessToken());
        QCOMPARE(syncToTheEnd(f), QString());
    }

    void revokedTokenStopsAndKeepsData()
    {
        SyncFixture f(config(300, 18));
        QVERIFY(!f.sync(paged()).error.isError());
        const QString before = canonicalOrderTables(f.db());
        f.sim().revokeToken(f.sim().accessToken());
        f.sim().addOrders(5);
        const SyncEngine::Result r = f.sync(paged());
        QCOMPARE(int(r.error.kind), int(SyncError::Kind::InvalidToken));
        QVERIFY(r.error.message.contains(QLatin1String("Acme")));
        QVERIFY(r.error.message.contains(QLatin1String("Reconnect")));
        QVERIFY(!r.error.message.contains(QString::fromLatin1(f.sim().accessToken())));
        QCOMPARE(canonicalOrderTables(f.db()), before);
        const Store s = f.store();
        QCOMPARE(s.status, QStringLiteral("needs_attention"));
        QCOMPARE(f.db().scalar("SELECT count(*) FROM sync_runs WHERE error_kind = 'invalid_token'"),
                 qint64(1));
    }

    void missingScopeIsNamed()
    {
        sim::ShopifySimConfig c = config(100, 19);
        c.scopes.removeAll("read_customers");
        SyncFixture f(c);
        const SyncEngine::Result r = f.sync(paged());
        QCOMPARE(int(r.error.kind), int(SyncError::Kind::MissingScopes));
        QCOMPARE(r.error.missingScopes, QStringList{QStringLiteral("read_customers")});
        QVERIFY(r.error.message.contains(QLatin1String("read_customers")));
    }

    void clientCredentialsTokenIsRenewed()
    {
        SyncFixture f(config(200, 20), QStringLiteral("Client"), true);
        QVERIFY(!f.sync(paged()).error.isError());
        // A day later the first token has expired; the next sync asks for a new one.
        f.sim().advanceTime(qint64(25) * 3'600'000);
        f.sim().addOrders(3);
        const SyncEngine::Result r = f.sync(paged());
        QVERIFY2(!r.error.isError(),
                 qPrintable(r.error.message + QLatin1Char(' ') + r.error.detail));
        QCOMPARE(f.compareWithTruth(), QStringList());
    }

    void storeAddTestsTheConnection()
    {
        sim::ShopifySimConfig c = config(50, 22);
        c.scopes.removeAll("read_inventory");
        sim::ShopifySimulatorHost host(c);
        QVERIFY(host.start());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STORELENS_HOME"), m_home->path());
        env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                   QStringLiteral("correct horse battery staple"));
        env.insert(QStringLiteral("GOOD_TOKEN"),
                   QString::fromLatin1(host.simulator().accessToken()));
        env.insert(QStringLiteral("BAD_TOKEN"), QStringLiteral("shpat_not_a_real_token_000000000"));
        auto cli = [&](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("STORELENS_CLI"), args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() +
                                                                  p.readAllStandardError()));
        };
        QCOMPARE(
            cli({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("W")}).first,
            0);
        const QStringList add{
            QStringLiteral("store"),       QStringLiteral("add"),
            QStringLiteral("--workspace"), QStringLiteral("W"),
            QStringLiteral("--platform"),  QStringLiteral("shopify"),
            QStringLiteral("--shop"),      QString::fromLatin1(host.simulator().shopDomain()),
            QStringLiteral("--api-base"),  host.baseUrl().toString()};
        // A bad token: the precise verdict, nothing stored.
        auto r = cli(add + QStringList{QStringLiteral("--token-env"), QStringLiteral("BAD_TOKEN")});
        QCOMPARE(r.first, 1);
        QVERIFY2(r.second.contains(QLatin1String("refused the credentials")), qPrintable(r.second));
        QVERIFY(!r.second.contains(QLatin1String("shpat_not_a_real")));
        // A missing scope is named.
        r = cli(add + QStringList{QStringLiteral("--token-env"), QStringLiteral("GOOD_TOKEN")});
        QCOMPARE(r.first, 1);
        QVERIFY2(r.second.contains(QLatin1String("read_inventory")), qPrintable(r.second));
        // With every scope the store is added with the shop's currency and zone.
        host.simulator().setScopes(sim::ShopifySimConfig::defaultScopes());
        r = cli(add + QStringList{QStringLiteral("--token-env"), QStringLiteral("GOOD_TOKEN")});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        QVERIFY(
            r.second.contains(QLatin1String("Connected to Acme Outdoor (USD, America/New_York")));
        r = cli({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("W")});
        QVERIFY2(r.second.contains(QLatin1String("Acme Outdoor\tshopify")), qPrintable(r.second));
        // And the CLI syncs it, with JSON progress for scripts.
        r = cli({QStringLiteral("sync"), QStringLiteral("--workspace"), QStringLiteral("W"),
                 QStringLiteral("--json-progress")});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        QVERIFY(r.second.contains(QLatin1String("\"event\":\"done\"")));
        QVERIFY(r.second.contains(QLatin1String("\"orders\":50")));
        QVERIFY2(r.second.contains(QLatin1String("\"cost_exceeded\":0")), qPrintable(r.second));
        // Its summary counts the answers over the cost limit beside THROTTLED.
        r = cli({QStringLiteral("sync"), QStringLiteral("--workspace"), QStringLiteral("W"),
                 QStringLiteral("--full")});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        static const QRegularExpression summary(QStringLiteral(
            R"(\(\d+ requests, \d+ throttled, 0 over the cost limit, \d+ retried\))"));
        QVERIFY2(summary.match(r.second).hasMatch(), qPrintable(r.second));
        QCOMPARE(host.simulator().stats().costExceeded, qint64(0));
    }

    void usesTheRestoreRateWithoutBeingThrottled()
    {
        sim::ShopifySimConfig c = config(700, 21);
        c.timeScale = 20;
        SyncFixture f(c);
        f.sim().resetStats();
        const SyncEngine::Result r = f.sync(paged());
        QVERIFY(!r.error.isError());
        const sim::ShopifyApiStats stats = f.sim().stats();
        qInfo("requests %lld, throttled %lld, utilization %.2f", stats.graphqlRequests,
              stats.throttled, stats.utilization());
        QVERIFY2(stats.utilization() >= 0.9, qPrintable(QString::number(stats.utilization())));
        QVERIFY(stats.throttled * 100 <= stats.graphqlRequests); // at most 1%
        QCOMPARE(overTheCostLimit(f, r), QString());
    }
};

QTEST_GUILESS_MAIN(TestShopifySync)
#include "tst_shopify_sync.moc"
