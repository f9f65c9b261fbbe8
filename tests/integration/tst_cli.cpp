// storelens-cli end to end, as a script or an agency's automation would run
// it: real processes, the real keychain (with-keyring.sh) and the passphrase path.
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace storelens;
using namespace storelens::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QProcessEnvironment m_env;

    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(qEnvironmentVariable("STORELENS_CLI"), args);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("storelens-cli did not finish");
        Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
              QString::fromUtf8(p.readAllStandardError())};
        // No secret ever reaches the output.
        for (const QString &s : {QStringLiteral("shpat_0123abcd"), QStringLiteral("cs_topsecret"),
                                 QStringLiteral("a very long passphrase")})
            if (r.out.contains(s) || r.err.contains(s))
                qFatal("secret printed: %s", qPrintable(s));
        return r;
    }

private slots:
    void init()
    {
        m_home = std::make_unique<TempHome>();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("STORELENS_HOME"), m_home->path());
        m_env.insert(QStringLiteral("SHOP_TOKEN"), QStringLiteral("shpat_0123abcd"));
        m_env.insert(QStringLiteral("CLIENT_SECRET"), QStringLiteral("cs_topsecret"));
        m_env.remove(QStringLiteral("STORELENS_PASSPHRASE"));
    }

    void fullLifecycleWithKeychain()
    {
        Run r = cli(
            {QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Client A")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("keychain")), qPrintable(r.out));
        r = cli({QStringLiteral("workspace"), QStringLiteral("list")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("Client A"));

        r = cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--workspace"),
                 QStringLiteral("Client A"), QStringLiteral("--platform"),
                 QStringLiteral("shopify"), QStringLiteral("--shop"),
                 QStringLiteral("acme-outdoor"), QStringLiteral("--token-env"),
                 QStringLiteral("SHOP_TOKEN"), QStringLiteral("--name"),
                 QStringLiteral("Acme Outdoor"), QStringLiteral("--offline")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--workspace"),
                 QStringLiteral("Client A"), QStringLiteral("--platform"),
                 QStringLiteral("shopify"), QStringLiteral("--shop"),
                 QStringLiteral("beta.myshopify.com"), QStringLiteral("--client-id"),
                 QStringLiteral("abc123"), QStringLiteral("--client-secret-env"),
                 QStringLiteral("CLIENT_SECRET"), QStringLiteral("--api-base"),
                 QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--offline")});
        QCOMPARE(r.exitCode, 0);

        r = cli({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Client A"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray stores = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(stores.size(), 2);
        QCOMPARE(stores[0].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("Acme Outdoor"));
        QCOMPARE(stores[0].toObject()[QStringLiteral("domain")].toString(),
                 QStringLiteral("acme-outdoor.myshopify.com"));
        QCOMPARE(stores[0].toObject()[QStringLiteral("auth")].toString(), QStringLiteral("token"));
        QCOMPARE(stores[1].toObject()[QStringLiteral("auth")].toString(),
                 QStringLiteral("client_credentials"));
        QCOMPARE(stores[1].toObject()[QStringLiteral("api_base")].toString(),
                 QStringLiteral("http://127.0.0.1:9"));

        // Remove by name, then by domain.
        r = cli({QStringLiteral("store"), QStringLiteral("remove"), QStringLiteral("--workspace"),
                 QStringLiteral("Client A"), QStringLiteral("Acme Outdoor"),
                 QStringLiteral("--offline")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("store"), QStringLiteral("remove"), QStringLiteral("--workspace"),
                 QStringLiteral("Client A"), QStringLiteral("beta.myshopify.com")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Client A"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        // Delete asks first; without a terminal and without --yes it refuses.
        r = cli(
            {QStringLiteral("workspace"), QStringLiteral("delete"), QStringLiteral("Client A")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--yes")));
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("list")}).out.trimmed(),
                 QStringLiteral("Client A"));
        r = cli({QStringLiteral("workspace"), QStringLiteral("delete"), QStringLiteral("Client A"),
                 QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(cli({QStringLiteral("workspace"), QStringLiteral("list")})
                    .out.contains(QLatin1String("No workspaces")));
    }

    void passphraseWorkspace()
    {
        m_env.insert(QStringLiteral("STORELENS_NO_KEYCHAIN"), QStringLiteral("1"));
        // No keychain and no passphrase: a clear refusal, nothing created.
        Run r = cli({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Srv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("STORELENS_PASSPHRASE")));
        QVERIFY(!cli({QStringLiteral("workspace"), QStringLiteral("list")})
                     .out.contains(QLatin1String("Srv")));

        m_env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                     QStringLiteral("a very long passphrase"));
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("Srv")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--workspace"),
                      QStringLiteral("Srv"), QStringLiteral("--platform"),
                      QStringLiteral("shopify"), QStringLiteral("--shop"),
                      QStringLiteral("srv-shop"), QStringLiteral("--token-env"),
                      QStringLiteral("SHOP_TOKEN"), QStringLiteral("--offline")})
                     .exitCode,
                 0);
        m_env.insert(QStringLiteral("STORELENS_PASSPHRASE"), QStringLiteral("not the passphrase"));
        r = cli({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Srv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("Wrong passphrase for workspace \"Srv\"")));
    }

    void badInputIsAClearError()
    {
        m_env.insert(QStringLiteral("STORELENS_NO_KEYCHAIN"), QStringLiteral("1"));
        m_env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
                     QStringLiteral("a very long passphrase"));
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("X")})
                     .exitCode,
                 0);
        const QStringList base{QStringLiteral("store"),       QStringLiteral("add"),
                               QStringLiteral("--workspace"), QStringLiteral("X"),
                               QStringLiteral("--platform"),  QStringLiteral("shopify")};
        Run r =
            cli(base + QStringList{QStringLiteral("--shop"), QStringLiteral("bad shop"),
                                   QStringLiteral("--token-env"), QStringLiteral("SHOP_TOKEN")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not a shop domain")));
        r = cli(base + QStringList{QStringLiteral("--shop"), QStringLiteral("ok"),
                                   QStringLiteral("--token-env"),
                                   QStringLiteral("UNSET_VARIABLE_X")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("UNSET_VARIABLE_X")));
        r = cli(base + QStringList{QStringLiteral("--shop"), QStringLiteral("ok"),
                                   QStringLiteral("--token-env"), QStringLiteral("SHOP_TOKEN"),
                                   QStringLiteral("--api-base"),
                                   QStringLiteral("http://example.com")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("HTTPS")));
        r = cli({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("--workspace"),
                 QStringLiteral("X")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no workspace named \"Nope\"")));
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
