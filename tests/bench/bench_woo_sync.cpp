// A full sync of the orders of a large WooCommerce store on a modest host
// (every answer waits 150 ms after the simulator built it; a fifth request in
// flight is refused with 429 and Retry-After), through the connector and the
// real ingestor into an encrypted workspace. Prints orders/s against the host's ceiling (4 requests
// of 100 orders per 150 ms), the requests and the 429s, against the budget of
// >= 80% of the ceiling with <= 1% of the requests refused. Asserts only that
// the sync finished and stored every order the store lists (the generated
// ones but for trash, checkout drafts and deleted ones).
//   STORELENS_BENCH_ORDERS=N   orders generated in the store (default 100000)
//   STORELENS_BENCH_LATENCY_MS=MS, STORELENS_BENCH_MAX_CONCURRENT=N   another host
//   (default 150 and 4; 0 and 0 show what the two cores manage without a host limit)
#include "TestEnvironment.h"
#include "connectors/woocommerce/WooConnector.h"
#include "ingest/Ingestor.h"
#include "model/Store.h"
#include "sim/WooSimulator.h"
#include "sim/WooSimulatorHost.h"
#include "storage/Database.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTest>

#include <atomic>
#include <chrono>
#include <deque>
#include <thread>

#include <unistd.h>

using namespace storelens;
using namespace storelens::test;

namespace {
int envInt(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

// CPU seconds of each thread of this process by name (Linux), to tell whether
// the host's latency, the simulator's JSON, the parsing or the writer limits.
QMap<QString, double> threadCpuSeconds()
{
    QMap<QString, double> out;
    const double tick = double(sysconf(_SC_CLK_TCK));
    for (const QString &task :
         QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        // Threads started with std::thread keep the process's name: the sync
        // runs on the main thread, whose id is the process's.
        QString name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        if (task.toLongLong() == qint64(getpid()))
            name = QStringLiteral("sync");
        // After the name: state is field 3 of stat(5); utime and stime are 14 and 15.
        out[name] += (fields[11].toDouble() + fields[12].toDouble()) / tick;
    }
    return out;
}

double percent(double part, double whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}
} // namespace

class BenchWooSync : public QObject
{
    Q_OBJECT

private slots:
    void fullOrderSyncOnASmallHost()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        TempHome home;
        const int orders = envInt("STORELENS_BENCH_ORDERS", 100'000);
        const int latencyMs = envInt("STORELENS_BENCH_LATENCY_MS", 150);
        const int maxConcurrent = envInt("STORELENS_BENCH_MAX_CONCURRENT", 4);
        sim::WooSimConfig c;
        c.seed = 5;
        c.orders = orders;
        c.historyDays = 730;
        c.dataEndMs = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
        c.isSsl = true; // behind HTTPS, as a real store: Basic authentication
        c.latencyMs = latencyMs;
        c.maxConcurrent = maxConcurrent;
        QElapsedTimer generation;
        generation.start();
        sim::WooSimulatorHost host(c);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        const double generationSeconds = generation.nsecsElapsed() / 1e9;
        sim::WooSimulator &site = host.simulator();

        // What the listing holds: trash, checkout drafts and deleted orders are not listed.
        qint64 listed = 0;
        qint64 withRefunds = 0, refundCount = 0;
        for (const sim::WooOrder &o : site.orders()) {
            if (o.status == "trash" || o.status == "checkout-draft")
                continue;
            ++listed;
            withRefunds += o.refunds.isEmpty() ? 0 : 1;
            refundCount += o.refunds.size();
        }

        const QString dir = home.workspacesDir();
        QDir().mkpath(dir);
        std::unique_ptr<Workspace> workspace = Workspace::create(
            dir + QStringLiteral("/Woo.storelens"), dir + QStringLiteral("/Woo.storelens.json"),
            QStringLiteral("Woo"), QStringLiteral("correct horse battery staple"));

        QNetworkAccessManager network;
        WooConnection connection;
        connection.siteUrl = site.baseUrl();
        connection.consumerKey = site.apiKey().consumerKey;
        connection.consumerSecret = site.apiKey().consumerSecret;
        connection.auth = WooConnection::Auth::BasicHeader;
        auto limiter = std::make_shared<AdaptiveConcurrencyLimiter>();
        WooClient client(connection, network, limiter);
        WooConnector connector(client);
        ShopInfo shop;
        SyncError e = connector.fetchShop(&shop);
        QVERIFY2(!e.isError(), qPrintable(e.message + QLatin1Char(' ') + e.detail));

        Store store;
        store.platform = QStringLiteral("woocommerce");
        store.domain = shop.domain + QLatin1Char(':') + QString::number(site.port());
        store.name = shop.name;
        store.currency = shop.currency;
        store.timezone = shop.timezone;
        store.plan = shop.plan;
        store.apiBase = site.baseUrl().toString();
        store.authKind = QStringLiteral("token");
        store.credentialRef = QStringLiteral("unused");
        store.createdAtMs = 1;
        const qint64 storeId = StoreRepository(workspace->db()).insert(store);

        // Counted from here: the sync alone. The connection test before it sent
        // one request at a time, which leaves the limiter where it starts.
        site.resetStats();
        const RequestStats before = client.stats();
        const AdaptiveConcurrencyLimiter::Stats limiterBefore = limiter->stats();
        Ingestor ingestor(*workspace);
        ingestor.resetStore(storeId);
        std::deque<QFuture<IngestReport>> written;
        IngestReport failed;
        auto collect = [&](bool wait) {
            while (!written.empty() && (wait || written.front().isFinished())) {
                const IngestReport r = written.front().result();
                if (!r.ok && failed.ok)
                    failed = r;
                written.pop_front();
            }
            return failed.ok;
        };
        Database &db = workspace->db();
        ConnectorContext cx;
        cx.storeId = storeId;
        cx.nowMs = QDateTime::currentMSecsSinceEpoch();
        cx.checkpoint = [&](const QString &resource) {
            Statement &q = db.cached(
                "SELECT cursor FROM sync_checkpoints WHERE store_id = ? AND resource = ?");
            q.bindAll(storeId, resource);
            const QString cursor = q.step() ? q.text(0) : QString();
            q.reset();
            return cursor;
        };
        cx.sink = [&](IngestBatch &&batch) {
            if (!collect(false))
                return false;
            ingestor.waitForRoom(4); // as the sync engine: never far ahead of the writer
            written.push_back(ingestor.submit(std::move(batch)));
            return true;
        };

        // How busy the client keeps the host: requests in flight, sampled.
        std::atomic<bool> sampling{true};
        qint64 samples = 0, inFlightSum = 0, pausedSamples = 0;
        std::thread sampler([&] {
            while (sampling) {
                ++samples;
                inFlightSum += limiter->inFlight();
                pausedSamples += limiter->delayMs() > 0 ? 1 : 0;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        const QMap<QString, double> cpuBefore = threadCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        e = connector.sync(QStringLiteral("orders"), cx);
        collect(true);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const QMap<QString, double> cpuAfter = threadCpuSeconds();
        sampling = false;
        sampler.join();
        QVERIFY2(!e.isError(), qPrintable(e.message + QLatin1Char(' ') + e.detail));
        QVERIFY2(failed.ok, qPrintable(failed.error));
        ingestor.waitForIdle();
        const qint64 stored = db.scalar("SELECT count(*) FROM orders");
        QCOMPARE(stored, listed);

        const RequestStats after = client.stats();
        const AdaptiveConcurrencyLimiter::Stats l = limiter->stats();
        const sim::WooApiStats s = site.stats();
        const qint64 requests = after.requests - before.requests;
        const qint64 throttled = after.throttled - before.throttled;
        const qint64 retries = after.retries - before.retries;
        const bool limited = latencyMs > 0 && maxConcurrent > 0;
        const double ceiling =
            limited ? maxConcurrent * double(WooConnector::kPerPage) * 1000.0 / latencyMs : 0.0;
        const double rate = double(stored) / seconds;
        const double ofCeiling = percent(rate, ceiling);
        const double refused = percent(double(throttled), double(requests));
        const qint64 pages = (listed + WooConnector::kPerPage - 1) / WooConnector::kPerPage;
        printf("bench_woo_sync: %d orders generated in %.1f s (seed %llu), %lld listed, %lld "
               "with refunds; host: %d ms per answer, 429 above %d in flight, Retry-After %d s\n",
               orders, generationSeconds, static_cast<unsigned long long>(c.seed), listed,
               withRefunds, latencyMs, maxConcurrent, c.retryAfterSeconds);
        printf("bench_woo_sync: %lld orders synced into the workspace in %.1f s = %.0f orders/s\n",
               stored, seconds, rate);
        if (limited)
            printf("bench_woo_sync: host ceiling %d x %d orders per %d ms = %.0f orders/s; "
                   "reached %.1f%%\n",
                   maxConcurrent, WooConnector::kPerPage, latencyMs, ceiling, ofCeiling);
        else
            printf("bench_woo_sync: no host ceiling (no latency or no concurrency limit)\n");
        // The least a sync can ask: every page, the refunds 100 at a time (one
        // request per refunded order before WooCommerce 9.0).
        const qint64 refundLists =
            (refundCount + WooConnector::kPerPage - 1) / WooConnector::kPerPage;
        printf("bench_woo_sync: %lld requests (at least %lld order pages and %lld refund lists "
               "for %lld refunds), %lld answered 429 (%.2f%% refused), %lld retried\n",
               requests, pages, refundLists, refundCount, throttled, refused, retries);
        printf("bench_woo_sync: the host saw %lld requests, refused %lld busy, at most %d in "
               "flight\n",
               s.requests, s.rejectedBusy, s.maxInFlight);
        printf("bench_woo_sync: limiter: limit %d now, highest %d, at most %d in flight, %lld "
               "throttled, %lld timeouts, paused %.1f s by Retry-After\n",
               l.limit, l.highestLimit, l.maxInFlight, l.throttled - limiterBefore.throttled,
               l.timeouts - limiterBefore.timeouts, (l.pausedMs - limiterBefore.pausedMs) / 1000.0);
        QStringList cpu;
        for (auto it = cpuAfter.cbegin(); it != cpuAfter.cend(); ++it)
            if (it.value() - cpuBefore.value(it.key()) >= 0.05)
                cpu << QStringLiteral("%1 %2 s").arg(it.key()).arg(
                    it.value() - cpuBefore.value(it.key()), 0, 'f', 1);
        printf("bench_woo_sync: CPU during the sync by thread: %s (2 cores shared; the "
               "writer is named like the process)\n",
               qPrintable(cpu.join(QStringLiteral(", "))));
        const double paused = samples ? double(pausedSamples) / double(samples) : 0.0;
        printf("bench_woo_sync: %.2f requests in flight on average (%.2f outside Retry-After "
               "pauses, which took %.0f%% of the time)\n",
               samples ? double(inFlightSum) / double(samples) : 0.0,
               samples > pausedSamples ? double(inFlightSum) / double(samples - pausedSamples)
                                       : 0.0,
               100.0 * paused);
        if (limited)
            printf("bench_woo_sync: budget >= 80%% of the ceiling, <= 1%% refused: %s (%.1f%%, "
                   "%.2f%%)\n",
                   ofCeiling >= 80.0 && refused <= 1.0 ? "met" : "NOT met", ofCeiling, refused);
    }
};

QTEST_GUILESS_MAIN(BenchWooSync)
#include "bench_woo_sync.moc"
