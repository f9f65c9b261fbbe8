// Ingest throughput: generated normalized orders (3 line items each) through
// the Ingestor's writer thread into an encrypted workspace, rollups included.
// Prints orders/s and peak memory; compare with DESIGN.md's budget.
//   STORELENS_BENCH_ORDERS=N   number of orders (default 200000)
//   STORELENS_BENCH_DATE_ORDER=1   orders by date, as a sync sends them (default: random)
#include "OrderFactory.h"
#include "TestEnvironment.h"
#include "ingest/Ingestor.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace storelens;
using namespace storelens::test;

namespace {
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

class BenchIngest : public QObject
{
    Q_OBJECT
private slots:
    void ingest()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        TempHome home;
        const int total = qEnvironmentVariableIsSet("STORELENS_BENCH_ORDERS")
                              ? qEnvironmentVariableIntValue("STORELENS_BENCH_ORDERS")
                              : 200'000;
        const int batchSize = 2000;
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(home.workspacesDir(), QStringLiteral("Bench"),
                                           "America/New_York", &storeId);
        OrderFactory factory(2024);
        factory.productCount = 2000;
        factory.customerCount = total / 3 + 1;
        const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 span = qint64(365) * 86'400'000;

        // Generate first, so that only the ingest is timed. Orders come in random
        // order (every batch touches every day of the year);
        // STORELENS_BENCH_DATE_ORDER=1 sends them by date, as a sync does.
        const bool shuffled = qEnvironmentVariableIntValue("STORELENS_BENCH_DATE_ORDER") != 1;
        std::vector<Order> orders;
        orders.reserve(size_t(total));
        for (int i = 0; i < total; ++i)
            orders.push_back(factory.make(i + 1, start, span, 3));
        if (!shuffled)
            std::stable_sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) {
                return a.processedAtMs < b.processedAtMs;
            });
        std::vector<IngestBatch> batches;
        for (int done = 0; done < total; done += batchSize) {
            IngestBatch batch;
            batch.storeId = storeId;
            for (int i = done; i < std::min(total, done + batchSize); ++i)
                batch.orders.push_back(std::move(orders[size_t(i)]));
            batch.checkpoints.push_back({QStringLiteral("orders"), QString::number(done)});
            batches.push_back(std::move(batch));
        }
        orders.clear();
        const qint64 rssAfterGeneration = peakRssKb();

        QElapsedTimer timer;
        timer.start();
        IngestReport sum;
        {
            Ingestor ingestor(*ws);
            std::vector<QFuture<IngestReport>> futures;
            for (IngestBatch &b : batches) {
                ingestor.waitForRoom(4);
                futures.push_back(ingestor.submit(std::move(b)));
            }
            ingestor.waitForIdle();
            for (auto &f : futures)
                sum += f.result();
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        QVERIFY(sum.ok);
        QCOMPARE(sum.ordersInserted, qint64(total));
        QCOMPARE(ws->db().scalar("SELECT sum(orders) FROM rollup_store_day") +
                     ws->db().scalar("SELECT count(*) FROM orders WHERE test = 1"),
                 qint64(total));
        const double rate = total / seconds;
        printf("bench_ingest: %d orders (3 line items each, %s) in %.2f s = %.0f orders/s "
               "(budget >= 50000 orders/s: %s)\n",
               total, shuffled ? "random order" : "date order", seconds, rate,
               rate >= 50000 ? "met" : "NOT met");
        printf("bench_ingest: peak RSS %.1f MiB (%.1f MiB after generating the input)\n",
               peakRssKb() / 1024.0, rssAfterGeneration / 1024.0);
        printf("bench_ingest: workspace file %.1f MiB\n",
               QFileInfo(ws->filePath()).size() / 1048576.0);
    }
};

QTEST_GUILESS_MAIN(BenchIngest)
#include "bench_ingest.moc"
