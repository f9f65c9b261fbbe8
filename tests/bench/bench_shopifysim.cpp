// The Shopify simulator at scale: generation time and memory per order, and
// the throughput of a bulk export of the connector's BulkOrders query,
// downloaded over HTTP as a client streams it.
//   STORELENS_BENCH_ORDERS=N   number of orders (default 1000000)
#include "SimHttp.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>
#include <QThread>

using namespace storelens;
using namespace storelens::sim;
using namespace storelens::test;

namespace {
qint64 rssKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

class BenchShopifySim : public QObject
{
    Q_OBJECT
private slots:
    void generateAndExport()
    {
        const int total = qEnvironmentVariableIsSet("STORELENS_BENCH_ORDERS")
                              ? qEnvironmentVariableIntValue("STORELENS_BENCH_ORDERS")
                              : 1'000'000;
        ShopifySimConfig c;
        c.orders = total;
        c.seed = 2026;
        c.plan = ShopPlan::Plus;
        c.bulkObjectsPerSecond = 1e12; // as fast as it can write
        const qint64 rssBefore = rssKb("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        ShopifySimulatorHost host(c);
        const qint64 generateMs = timer.elapsed();
        QVERIFY(host.start());
        const qint64 rssAfter = rssKb("VmRSS:");
        ShopifySimulator &sim = host.simulator();
        qInfo("generated %d orders in %.2f s (%.0f orders/s)", total, generateMs / 1000.0,
              total / (generateMs / 1000.0 + 1e-9));
        qInfo("memory: %lld bytes/order in records, %lld bytes/order resident",
              sim.dataMemoryBytes() / total, (rssAfter - rssBefore) * 1024 / total);

        SimHttp http(host.baseUrl(), sim.accessToken());
        QByteArray query = connectorDocument(QStringLiteral("BulkOrders.graphql"));
        query.replace("QUERY_FILTER", QByteArray("updated_at:<='" + isoTime(sim.nowMs()) + "'"));
        timer.restart();
        const QJsonObject run =
            http.gql(connectorDocument(QStringLiteral("BulkRunQuery.graphql")),
                     QJsonObject{{QStringLiteral("query"), QString::fromUtf8(query)}});
        const QJsonValue id = run[QLatin1String("data")][QLatin1String("bulkOperationRunQuery")]
                                 [QLatin1String("bulkOperation")][QLatin1String("id")];
        QJsonObject status;
        for (;;) {
            status =
                http.gql(connectorDocument(QStringLiteral("BulkOperationStatus.graphql")),
                         QJsonObject{{QStringLiteral("id"),
                                      id}})[QLatin1String("data")][QLatin1String("bulkOperation")]
                    .toObject();
            if (status[QLatin1String("status")].toString() != QLatin1String("RUNNING") &&
                status[QLatin1String("status")].toString() != QLatin1String("CREATED"))
                break;
            QThread::msleep(200);
        }
        QCOMPARE(status[QLatin1String("status")].toString(), QStringLiteral("COMPLETED"));
        const qint64 exportMs = timer.elapsed();
        const qint64 objects = status[QLatin1String("objectCount")].toString().toLongLong();
        const qint64 bytes = status[QLatin1String("fileSize")].toString().toLongLong();
        qInfo("bulk export: %lld objects, %.1f MB in %.2f s (%.0f objects/s, %.0f orders/s)",
              objects, bytes / 1e6, exportMs / 1000.0, objects / (exportMs / 1000.0),
              total / (exportMs / 1000.0));

        // Download, streamed and discarded as it arrives.
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        timer.restart();
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(status[QLatin1String("url")].toString())));
        reply->setReadBufferSize(1 << 20); // stream, as a client writing to disk would
        qint64 received = 0;
        QObject::connect(reply, &QNetworkReply::readyRead,
                         [&] { received += reply->readAll().size(); });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        received += reply->readAll().size();
        QCOMPARE(received, bytes);
        qInfo("download: %.1f MB in %.2f s (%.0f MB/s); peak resident %lld MB", received / 1e6,
              timer.elapsed() / 1000.0, received / 1e6 / (timer.elapsed() / 1000.0 + 1e-9),
              rssKb("VmHWM:") / 1024);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(BenchShopifySim)
#include "bench_shopifysim.moc"
