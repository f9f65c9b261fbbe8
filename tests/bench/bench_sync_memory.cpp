// A whole initial sync of a large Shopify store, as a user runs it:
// `storelens-cli sync` (its own process) against the simulator, through a
// bulk export. Prints the orders/s of the sync and the peak memory of the
// syncing process, against DESIGN.md's 250 MB budget for 1,000,000 orders.
//   STORELENS_BENCH_ORDERS=N   orders in the simulated store (default 200000)
#include "SyncFixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {
qint64 peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

class BenchSyncMemory : public QObject
{
    Q_OBJECT
private slots:
    void initialBulkSync()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        TempHome home;
        const int orders = qEnvironmentVariableIsSet("STORELENS_BENCH_ORDERS")
                               ? qEnvironmentVariableIntValue("STORELENS_BENCH_ORDERS")
                               : 200'000;
        sim::ShopifySimConfig c;
        c.seed = 5;
        c.orders = orders;
        c.historyDays = 730;
        c.timeScale = 1000; // the export itself is not what is measured
        c.bulkObjectsPerSecond = 2'000'000;
        c.plan = sim::ShopPlan::Plus;
        c.dataEndMs = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
        SyncFixture f(c, QStringLiteral("Big"));
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token'");

        QProcess sync;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STORELENS_HOME"), home.path());
        env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                   QStringLiteral("correct horse battery staple"));
        sync.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        sync.start(qEnvironmentVariable("STORELENS_CLI"),
                   {QStringLiteral("sync"), QStringLiteral("--workspace"), QStringLiteral("Big"),
                    QStringLiteral("--json-progress")});
        QVERIFY(sync.waitForStarted());
        const qint64 pid = sync.processId();
        qint64 peak = 0;
        while (!sync.waitForFinished(100))
            peak = std::max(peak, peakRssKb(pid));
        const double seconds = timer.nsecsElapsed() / 1e9;
        QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
        QCOMPARE(f.db().scalar("SELECT count(*) FROM orders"), qint64(orders));
        printf("bench_sync_memory: %d orders synced by storelens-cli in %.1f s = %.0f orders/s "
               "(export, "
               "download, parse and write; all resources)\n",
               orders, seconds, orders / seconds);
        printf("bench_sync_memory: peak RSS of the syncing process %.1f MiB (budget <= 250 MB at "
               "1,000,000 orders: %s)\n",
               peak / 1024.0, peak / 1024.0 * 1.048576 <= 250 ? "met" : "NOT met");
    }
};

QTEST_GUILESS_MAIN(BenchSyncMemory)
#include "bench_sync_memory.moc"
