// storelens-cli sim shopify|woocommerce as a separate process: it prints where
// and how to connect, serves the API, and stops cleanly on SIGTERM.
#include "SimHttp.h"
#include "WooOAuth.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace storelens::test;

class TestSimCli : public QObject
{
    Q_OBJECT
private slots:
    void servesUntilSigterm()
    {
        QProcess p;
        p.start(qEnvironmentVariable("STORELENS_CLI"),
                {QStringLiteral("sim"), QStringLiteral("shopify"), QStringLiteral("--port"),
                 QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("5"),
                 QStringLiteral("--orders"), QStringLiteral("300"), QStringLiteral("--plan"),
                 QStringLiteral("advanced"), QStringLiteral("--time-scale"), QStringLiteral("20")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("Client secret:") && timer.elapsed() < 30000) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
        }
        const QRegularExpression urlRe(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
        const QRegularExpression tokenRe(QStringLiteral("Access token:\\s+(\\S+)"));
        const QString text = QString::fromUtf8(out);
        QVERIFY2(urlRe.match(text).hasMatch(), out.constData());
        QVERIFY(text.contains(QLatin1String("acme-outdoor.myshopify.com")));
        const QUrl base(urlRe.match(text).captured(1));
        SimHttp http(base, tokenRe.match(text).captured(1).toUtf8());
        const QJsonObject r =
            http.gql("{ shop { name plan { publicDisplayName } } ordersCount { count } }");
        QCOMPARE(r[QLatin1String("data")][QLatin1String("shop")][QLatin1String("name")].toString(),
                 QStringLiteral("Acme Outdoor"));
        QCOMPARE(r[QLatin1String("data")][QLatin1String("shop")][QLatin1String("plan")]
                  [QLatin1String("publicDisplayName")]
                      .toString(),
                 QStringLiteral("Advanced"));
        QCOMPARE(r[QLatin1String("data")][QLatin1String("ordersCount")][QLatin1String("count")]
                     .toInteger(),
                 qint64(300));
        // Advanced restores 200 points per simulated second; at 20x, 4000 per second.
        QCOMPARE(r[QLatin1String("extensions")][QLatin1String("cost")]
                  [QLatin1String("throttleStatus")][QLatin1String("restoreRate")]
                      .toInteger(),
                 qint64(4000));

        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Simulator stopped."));
    }

    void woocommerceServesUntilSigterm()
    {
        QProcess p;
        p.start(qEnvironmentVariable("STORELENS_CLI"),
                {QStringLiteral("sim"), QStringLiteral("woocommerce"), QStringLiteral("--port"),
                 QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("5"),
                 QStringLiteral("--orders"), QStringLiteral("200"), QStringLiteral("--latency-ms"),
                 QStringLiteral("5"), QStringLiteral("--max-concurrent"), QStringLiteral("4")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("Ctrl+C") && timer.elapsed() < 30000) {
            p.waitForReadyRead(500);
            out += p.readAllStandardOutput();
        }
        const QString text = QString::fromUtf8(out);
        const QRegularExpression siteRe(
            QStringLiteral("Site URL:\\s+(http://127\\.0\\.0\\.1:\\d+)"));
        const QRegularExpression keyRe(QStringLiteral("Consumer key:\\s+(ck_\\S+)"));
        const QRegularExpression secretRe(QStringLiteral("Consumer secret:\\s+(cs_\\S+)"));
        QVERIFY2(siteRe.match(text).hasMatch(), out.constData());
        QVERIFY(keyRe.match(text).hasMatch() && secretRe.match(text).hasMatch());
        QVERIFY(text.contains(QLatin1String("/wp-json/wc/v3")));
        const QString site = siteRe.match(text).captured(1);
        SimHttp http{QUrl(site), QByteArray()};
        const HttpResult index = http.get(QUrl(site + QStringLiteral("/wp-json/")));
        QCOMPARE(index.status, 200);
        QCOMPARE(index.json()[QLatin1String("name")].toString(), QStringLiteral("Acme Outdoor"));
        WooOAuthSigner signer{keyRe.match(text).captured(1).toLatin1(),
                              secretRe.match(text).captured(1).toLatin1()};
        const HttpResult orders =
            http.get(signer.sign(QUrl(site + QStringLiteral("/wp-json/wc/v3/orders?per_page=3"))));
        QCOMPARE(orders.status, 200);
        QVERIFY(orders.header("X-WP-Total").toInt() > 150);
        QCOMPARE(QJsonDocument::fromJson(orders.body).array().size(), 3);

        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("Simulator stopped."));
    }

    void badOptionsAreUsageErrors()
    {
        QProcess p;
        p.start(qEnvironmentVariable("STORELENS_CLI"),
                {QStringLiteral("sim"), QStringLiteral("shopify"), QStringLiteral("--plan"),
                 QStringLiteral("gold")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--plan"));
        p.start(qEnvironmentVariable("STORELENS_CLI"),
                {QStringLiteral("sim"), QStringLiteral("woocommerce"),
                 QStringLiteral("--max-concurrent"), QStringLiteral("-1")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--max-concurrent"));
        p.start(qEnvironmentVariable("STORELENS_CLI"), {QStringLiteral("help")});
        QVERIFY(p.waitForFinished(10000));
        const QByteArray help = p.readAllStandardOutput();
        QVERIFY(help.contains("sim shopify"));
        QVERIFY(help.contains("sim woocommerce"));
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
