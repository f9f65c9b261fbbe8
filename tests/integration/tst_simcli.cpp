// storelens-cli sim shopify as a separate process: it prints where and how to
// connect, serves the GraphQL API, and stops cleanly on SIGTERM.
#include "SimHttp.h"

#include <QElapsedTimer>
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

    void badOptionsAreUsageErrors()
    {
        QProcess p;
        p.start(qEnvironmentVariable("STORELENS_CLI"),
                {QStringLiteral("sim"), QStringLiteral("shopify"), QStringLiteral("--plan"),
                 QStringLiteral("gold")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--plan"));
        p.start(qEnvironmentVariable("STORELENS_CLI"), {QStringLiteral("help")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.readAllStandardOutput().contains("sim shopify"));
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
