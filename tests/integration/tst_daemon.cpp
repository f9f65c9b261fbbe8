// storelens-cli daemon: the scheduler headless. SIGTERM during a sync commits
// what was synced and exits within seconds; the next run resumes and ends
// with the store's exact data; sync-log shows both runs.
#include "SyncFixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace storelens;
using namespace storelens::test;

class TestDaemon : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("STORELENS_HOME"), m_home->path());
        e.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                 QStringLiteral("correct horse battery staple"));
        return e;
    }

    // Reads the daemon's output until `text` appears.
    static bool waitForOutput(QProcess &p, QByteArray &seen, const QByteArray &text, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!seen.contains(text) && t.elapsed() < timeoutMs) {
            p.waitForReadyRead(100);
            seen += p.readAllStandardOutput();
        }
        return seen.contains(text);
    }

private slots:
    void init()
    {
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        m_home = std::make_unique<TempHome>();
    }
    void cleanup() { m_home.reset(); }

    void sigtermCommitsAndTheNextRunResumes()
    {
        sim::ShopifySimConfig c;
        c.seed = 41;
        c.orders = 60000;
        c.historyDays = 300;
        c.timeScale = 200;
        c.dataEndMs = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
        SyncFixture f(c, QStringLiteral("Office"));
        f.db().exec("INSERT INTO secrets (ref, value) VALUES ('vault:token', '" +
                    f.sim().accessToken().toStdString() + "')");
        f.db().exec("UPDATE stores SET credential_ref = 'vault:token'");

        QProcess daemon;
        daemon.setProcessEnvironment(env());
        daemon.start(qEnvironmentVariable("STORELENS_CLI"),
                     {QStringLiteral("daemon"), QStringLiteral("--workspace"),
                      QStringLiteral("Office"), QStringLiteral("--tick-ms"),
                      QStringLiteral("200")});
        QByteArray out;
        QVERIFY2(waitForOutput(daemon, out, "sync of Acme started", 30000), out.constData());
        // Wait until orders are being written, then stop it in the middle.
        QElapsedTimer waiting;
        waiting.start();
        while (f.db().scalar("SELECT count(*) FROM orders") == 0 && waiting.elapsed() < 60000)
            QTest::qWait(50);
        QElapsedTimer stopping;
        stopping.start();
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(15000));
        const qint64 stopMs = stopping.elapsed();
        qInfo("the daemon stopped %lld ms after SIGTERM, with %lld orders", stopMs,
              f.db().scalar("SELECT count(*) FROM orders"));
        QVERIFY(stopMs < 10000);
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        out += daemon.readAllStandardOutput();
        QVERIFY2(out.contains("Stopping"), out.constData());
        const qint64 partial = f.db().scalar("SELECT count(*) FROM orders");
        QVERIFY(partial < 60000);
        QCOMPARE(f.db().scalar("SELECT count(*) FROM sync_runs WHERE status = 'cancelled'"),
                 qint64(1));

        // Again: it resumes and finishes.
        QProcess again;
        again.setProcessEnvironment(env());
        again.start(qEnvironmentVariable("STORELENS_CLI"),
                    {QStringLiteral("daemon"), QStringLiteral("--workspace"),
                     QStringLiteral("Office"), QStringLiteral("--tick-ms"), QStringLiteral("200")});
        QByteArray out2;
        QVERIFY2(waitForOutput(again, out2, "sync of Acme done", 180000), out2.constData());
        ::kill(pid_t(again.processId()), SIGTERM);
        QVERIFY(again.waitForFinished(15000));
        QCOMPARE(again.exitCode(), 0);
        QVERIFY(f.db().scalar("SELECT count(*) FROM orders") >= partial);
        QCOMPARE(f.compareWithTruth(), QStringList());

        // The history, as scripts read it.
        QProcess log;
        log.setProcessEnvironment(env());
        log.start(qEnvironmentVariable("STORELENS_CLI"),
                  {QStringLiteral("sync-log"), QStringLiteral("--workspace"),
                   QStringLiteral("Office"), QStringLiteral("--json")});
        QVERIFY(log.waitForFinished(30000));
        const QJsonArray runs = QJsonDocument::fromJson(log.readAllStandardOutput()).array();
        QVERIFY(runs.size() >= 2);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(runs.first().toObject().value(QStringLiteral("store")).toString(),
                 QStringLiteral("Acme"));
        QVERIFY(runs.first()
                    .toObject()
                    .value(QStringLiteral("counts"))
                    .toObject()
                    .value(QStringLiteral("orders"))
                    .toInteger() > 0);
        QCOMPARE(runs.last().toObject().value(QStringLiteral("trigger")).toString(),
                 QStringLiteral("scheduled"));
        QVERIFY(runs.last().toObject().contains(QStringLiteral("finished_at")));
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
