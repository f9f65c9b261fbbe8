// Injected faults of the simulated store: each kind happens at roughly its
// configured rate, deterministically from the seed, and looks on the wire the
// way a failing server or network looks to a client.
#include "SimHttp.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace storelens;
using namespace storelens::sim;
using namespace storelens::test;

namespace {
struct RawExchange
{
    QByteArray received;
    bool closed = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
};

// One request on a raw socket, reading until the server closes or answers in full.
RawExchange rawRequest(quint16 port, const QByteArray &token)
{
    const QByteArray body = "{\"query\":\"{ shop { name } }\"}";
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    s.waitForConnected(5000);
    s.write("POST /admin/api/2026-10/graphql.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nX-Shopify-Access-Token: " +
            token + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    RawExchange r;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (!s.waitForReadyRead(200) && s.state() != QAbstractSocket::ConnectedState)
            break;
        r.received += s.readAll();
        const qsizetype end = r.received.indexOf("\r\n\r\n");
        if (end > 0) {
            const qsizetype cl = r.received.indexOf("Content-Length: ");
            const qint64 length =
                r.received.mid(cl + 16, r.received.indexOf("\r\n", cl) - cl - 16).toLongLong();
            if (r.received.size() >= end + 4 + length)
                return r; // complete answer
        }
    }
    r.received += s.readAll();
    r.closed = s.state() != QAbstractSocket::ConnectedState;
    r.error = s.error();
    return r;
}

qint64 declaredLength(const QByteArray &response)
{
    const qsizetype cl = response.indexOf("Content-Length: ");
    return cl < 0 ? -1 : response.mid(cl + 16, response.indexOf("\r\n", cl) - cl - 16).toLongLong();
}
qint64 bodyLength(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? -1 : response.size() - end - 4;
}
} // namespace

class TestShopifySimFaults : public QObject
{
    Q_OBJECT
    std::unique_ptr<ShopifySimulatorHost> m_host;

    ShopifySimulator &sim() { return m_host->simulator(); }

private slots:
    void initTestCase()
    {
        ShopifySimConfig c;
        c.seed = 9;
        c.orders = 100;
        c.dataEndMs = 1'795'186'800'000;
        c.plan = ShopPlan::Enterprise;
        c.timeScale = 10;
        c.faultSeed = 1234;
        m_host = std::make_unique<ShopifySimulatorHost>(c);
        QVERIFY(m_host->start());
    }

    void ratesRoughlyAsConfigured()
    {
        FaultRates rates = FaultRates::uniform(0.6); // 10% of each kind
        rates.slowDelayMs = 20;
        sim().setFaultRates(rates);
        sim().resetStats();
        int ok = 0, serverErrors = 0, tooMany = 0, network = 0;
        const int n = 300;
        for (int i = 0; i < n; ++i) {
            // A fresh client each time, so that no connection is reused or retried.
            SimHttp http(m_host->baseUrl(), sim().accessToken());
            const HttpResult r = http.graphql("{ shop { name } }");
            // A body cut short by a clean close arrives without a network error in
            // QNetworkAccessManager: only its length (or its JSON) shows it.
            const bool cut = r.status == 200 && QJsonDocument::fromJson(r.body).isNull();
            if (r.status == 200 && r.error == QNetworkReply::NoError && !cut) {
                QCOMPARE(
                    r.json()[QLatin1String("data")][QLatin1String("shop")][QLatin1String("name")]
                        .toString(),
                    QStringLiteral("Acme Outdoor"));
                ++ok;
            } else if (r.status >= 500) {
                QVERIFY(r.status == 500 || r.status == 502 || r.status == 503 || r.status == 504);
                ++serverErrors;
            } else if (r.status == 429) {
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
                ++tooMany;
            } else {
                QVERIFY(r.error != QNetworkReply::NoError || cut);
                ++network;
            }
        }
        const ShopifyApiStats s = sim().stats();
        for (int kind = FaultInjector::ServerError; kind < FaultInjector::KindCount; ++kind)
            QVERIFY2(
                s.faults[size_t(kind)] >= 15 && s.faults[size_t(kind)] <= 45,
                qPrintable(QStringLiteral("kind %1: %2").arg(kind).arg(s.faults[size_t(kind)])));
        QCOMPARE(serverErrors, int(s.faults[FaultInjector::ServerError]));
        QCOMPARE(tooMany, int(s.faults[FaultInjector::TooManyRequests]));
        // QNetworkAccessManager resends a request whose connection was reset before
        // any answer, so the client sees fewer network failures than were injected.
        const qint64 injected = s.faults[FaultInjector::ResetBeforeResponse] +
                                s.faults[FaultInjector::ResetMidResponse] +
                                s.faults[FaultInjector::TruncatedBody];
        QVERIFY(network > 0 && network <= injected);
        QCOMPARE(ok + serverErrors + tooMany + network, n);
        sim().setFaultRates(FaultRates());
        SimHttp http(m_host->baseUrl(), sim().accessToken());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(http.graphql("{ shop { name } }").status, 200);
    }

    void eachKindOnTheWire()
    {
        const quint16 port = quint16(m_host->baseUrl().port());
        FaultRates f;
        f.resetBeforeResponse = 1.0;
        sim().setFaultRates(f);
        RawExchange r = rawRequest(port, sim().accessToken());
        QVERIFY(r.closed);
        QVERIFY(r.received.isEmpty());

        f = FaultRates();
        f.resetMidResponse = 1.0;
        sim().setFaultRates(f);
        r = rawRequest(port, sim().accessToken());
        QVERIFY(r.closed);
        QVERIFY(r.received.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(bodyLength(r.received) < declaredLength(r.received));

        f = FaultRates();
        f.truncatedBody = 1.0;
        sim().setFaultRates(f);
        r = rawRequest(port, sim().accessToken());
        QVERIFY(r.closed);
        QCOMPARE(r.error, QAbstractSocket::RemoteHostClosedError);
        QVERIFY(bodyLength(r.received) > 0 && bodyLength(r.received) < declaredLength(r.received));

        f = FaultRates();
        f.serverError = 1.0;
        sim().setFaultRates(f);
        r = rawRequest(port, sim().accessToken());
        QVERIFY(r.received.startsWith("HTTP/1.1 50"));

        f = FaultRates();
        f.slowResponse = 1.0;
        f.slowDelayMs = 100;
        sim().setFaultRates(f);
        sim().resetStats();
        r = rawRequest(port, sim().accessToken());
        QVERIFY(r.received.startsWith("HTTP/1.1 200 OK"));
        QCOMPARE(bodyLength(r.received), declaredLength(r.received));
        QCOMPARE(sim().stats().faults[FaultInjector::SlowResponse], qint64(1));
        sim().setFaultRates(FaultRates());
    }

    void sameSeedSameFaults()
    {
        auto pattern = [](quint64 seed) {
            FaultInjector f(FaultRates::uniform(0.5), seed);
            QByteArray p;
            for (int i = 0; i < 200; ++i)
                p += char('0' + f.next(false));
            return p;
        };
        QCOMPARE(pattern(5), pattern(5));
        QVERIFY(pattern(5) != pattern(6));
    }
};

QTEST_GUILESS_MAIN(TestShopifySimFaults)
#include "tst_shopifysim_faults.moc"
