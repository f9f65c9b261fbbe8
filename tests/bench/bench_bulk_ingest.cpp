// Bulk ingest of a Shopify bulk-operation JSONL (orders with ~3.5 line items,
// their sales agreements and refunds) into an encrypted workspace, rollups
// included: the pipeline StoreLens uses (parse on this thread, write on the
// ingestor's) against the baseline DESIGN.md names — parse every line with
// QJsonDocument and raw-insert one row per line, single-threaded.
//   STORELENS_BENCH_ORDERS=N   number of orders (default 200000)
//   STORELENS_BENCH_RANDOM_ORDER=1   orders scattered over the year (default: by date)
#include "BulkJsonl.h"
#include "OrderFactory.h"
#include "RollupRecompute.h"
#include "TestEnvironment.h"
#include "connectors/shopify/BulkOrderParser.h"
#include "ingest/Ingestor.h"
#include "ingest/ProductDayPacker.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/resource.h>

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

// User and system CPU time of this process so far.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return t.tv_sec + t.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// CPU time of the calling thread alone.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
} // namespace

class BenchBulkIngest : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QString m_file;
    int m_orders = 0;
    qint64 m_lines = 0;
    double m_baselineRate = 0;

private slots:
    void initTestCase()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        m_home = std::make_unique<TempHome>();
        m_orders = qEnvironmentVariableIsSet("STORELENS_BENCH_ORDERS")
                       ? qEnvironmentVariableIntValue("STORELENS_BENCH_ORDERS")
                       : 200'000;
        OrderFactory factory(2026);
        factory.productCount = 2000;
        factory.customerCount = m_orders / 3 + 1;
        const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        m_file = m_home->path() + QStringLiteral("/orders.jsonl");
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator rng(7);
        // A bulk export lists orders by id, i.e. in the order they were
        // placed: each order falls in its own slice of the year.
        // STORELENS_BENCH_RANDOM_ORDER=1 scatters them over the year instead.
        const bool scattered = qEnvironmentVariableIntValue("STORELENS_BENCH_RANDOM_ORDER") == 1;
        const qint64 year = qint64(365) * 86'400'000;
        for (int i = 1; i <= m_orders; ++i) {
            const qint64 slice = year / m_orders;
            const qint64 from = scattered ? start : start + (i - 1) * slice;
            // ~3.5 line items on average: 2 to 5.
            const QByteArray text = BulkJsonl::order(factory.make(
                i, from, scattered ? year : std::max<qint64>(1, slice), 2 + int(rng.bounded(4))));
            m_lines += text.count('\n');
            file.write(text);
        }
        printf("bench_bulk_ingest: %d orders (%s), %lld JSONL lines, %.1f MiB\n", m_orders,
               scattered ? "scattered over the year" : "in the order they were placed", m_lines,
               file.size() / 1048576.0);
    }

    void baselineParseAndRawInsert()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Raw"), "UTC",
                                           &storeId);
        Database &db = ws->db();
        db.exec("CREATE TABLE raw (line INTEGER PRIMARY KEY, id TEXT)");
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        Transaction tx(db);
        Statement &insert = db.cached("INSERT INTO raw (line, id) VALUES (?, ?)");
        qint64 n = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            insert.bindAll(++n, o.value(QLatin1String("id")).toString()).exec();
        }
        tx.commit();
        const double seconds = timer.nsecsElapsed() / 1e9;
        QCOMPARE(n, m_lines);
        m_baselineRate = m_orders / seconds;
        printf("bench_bulk_ingest: baseline (QJsonDocument + one raw row per line, one thread): "
               "%.2f s = %.0f orders/s\n",
               seconds, m_baselineRate);
    }

    void pipelinedIngest()
    {
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Bulk"),
                                           "America/New_York", &storeId);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(), parserCpuBefore = threadCpuSeconds();
        BulkOrderParser parser(QStringLiteral("USD"));
        IngestReport total;
        {
            Ingestor ingestor(*ws);
            std::vector<QFuture<IngestReport>> futures;
            IngestBatch batch;
            batch.storeId = storeId;
            int batchOrders = 0;
            while (!file.atEnd()) {
                QByteArray line = file.readLine();
                line.chop(1);
                if (parser.parseLine(line, batch) && ++batchOrders >= 2000) {
                    ingestor.waitForRoom(4);
                    batch.customerRollups = IngestBatch::CustomerRollups::Deferred;
                    futures.push_back(ingestor.submit(std::move(batch)));
                    batch = IngestBatch();
                    batch.storeId = storeId;
                    batchOrders = 0;
                }
            }
            batch.customerRollups = IngestBatch::CustomerRollups::Rebuild;
            futures.push_back(ingestor.submit(std::move(batch)));
            ingestor.waitForIdle();
            for (auto &f : futures)
                total += f.result();
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double parserCpu = threadCpuSeconds() - parserCpuBefore;
        const double writerCpu = cpuSeconds() - cpuBefore - parserCpu;
        QVERIFY(total.ok);
        QCOMPARE(total.ordersInserted, qint64(m_orders));
        QCOMPARE(total.rejected, qint64(0));
        const double rate = m_orders / seconds;
        printf("bench_bulk_ingest: StoreLens pipeline (parse + pieces + rollups, writer thread): "
               "%.2f s = %.0f orders/s (budget >= 50000: %s; %s the baseline)\n",
               seconds, rate, rate >= 50000 ? "met" : "NOT met",
               m_baselineRate > 0
                   ? qPrintable(QString::number(rate / m_baselineRate, 'f', 2) + u'x')
                   : "baseline not run: n/a");
        // Which thread bounds the pipeline: the one whose CPU time is nearest
        // the elapsed time.
        printf("bench_bulk_ingest: CPU seconds: parser thread %.2f, writer (and the rest) %.2f, "
               "of %.2f s elapsed\n",
               parserCpu, writerCpu, seconds);
        printf("bench_bulk_ingest: peak RSS %.1f MiB; workspace %.1f MiB\n", peakRssKb() / 1024.0,
               QFileInfo(ws->filePath()).size() / 1048576.0);
        // Fast and exact: every rollup equals its recomputation from the rows.
        QCOMPARE(rollupMismatch(ws->db(), storeId), QString());
    }
    // The two halves of the pipeline alone, to see which one bounds it.
    void stagesAlone()
    {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        BulkOrderParser parser(QStringLiteral("USD"));
        std::vector<IngestBatch> batches;
        IngestBatch batch;
        int batchOrders = 0;
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            line.chop(1);
            if (parser.parseLine(line, batch) && ++batchOrders >= 2000) {
                batch.customerRollups = IngestBatch::CustomerRollups::Deferred;
                batches.push_back(std::move(batch));
                batch = IngestBatch();
                batchOrders = 0;
            }
        }
        batch.customerRollups = IngestBatch::CustomerRollups::Rebuild;
        batches.push_back(std::move(batch));
        const double parseSeconds = timer.nsecsElapsed() / 1e9;
        qint64 storeId = 0;
        auto ws = createWorkspaceWithStore(m_home->workspacesDir(), QStringLiteral("Stages"),
                                           "America/New_York", &storeId);
        for (IngestBatch &b : batches)
            b.storeId = storeId;
        timer.restart();
        const double cpuBefore = cpuSeconds();
        {
            Ingestor ingestor(*ws);
            for (IngestBatch &b : batches)
                ingestor.submit(std::move(b));
            ingestor.waitForIdle();
        }
        const double writeSeconds = timer.nsecsElapsed() / 1e9;
        // The writer's CPU time (this thread only waits): a figure that holds
        // when other work shares the machine.
        const double writeCpu = cpuSeconds() - cpuBefore;
        printf("bench_bulk_ingest: parse alone %.0f orders/s; write alone %.0f orders/s "
               "(%.0f orders per CPU second of the writer)\n",
               m_orders / parseSeconds, m_orders / writeSeconds, m_orders / writeCpu);

        // The write above keeps every product day packed alone. A workspace of
        // schema 7 or older has its days in rows, packed by the ingestor when
        // idle: that packing, alone, on the same days.
        Database &db = ws->db();
        const qint64 alone =
            db.scalar("SELECT count(*) FROM rollup_product_day_packed WHERE has_rows = 0");
        unpackProductDays(db);
        db.exec("DELETE FROM rollup_product_day_packed");
        db.exec("INSERT INTO product_days_to_pack (store_id, day) SELECT DISTINCT store_id, day "
                "FROM rollup_product_day");
        const qint64 days = db.scalar("SELECT count(*) FROM product_days_to_pack");
        timer.restart();
        ProductDayPacker(db).packAll();
        const double packSeconds = timer.nsecsElapsed() / 1e9;
        printf("bench_bulk_ingest: %lld product days kept packed alone; packing them from rows "
               "(older workspaces): %lld days (%lld rows) in %.2f s, %.2f ms a day\n",
               alone, days, db.scalar("SELECT count(*) FROM rollup_product_day"), packSeconds,
               packSeconds * 1000 / double(std::max<qint64>(1, days)));
    }
};

QTEST_GUILESS_MAIN(BenchBulkIngest)
#include "bench_bulk_ingest.moc"
