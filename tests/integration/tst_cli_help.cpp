// Every storelens-cli command and sub-command answers --help with its own
// usage and options (exit 0), and refuses an unknown option with a usage
// error that names it (exit 2). The commands also run in-process, from the
// storelens_cli_commands library, against a platform a test registers.
#include "CliContext.h"
#include "StoreCommands.h"
#include "TestEnvironment.h"
#include "WorkspaceCommands.h"
#include "platform/PlatformRegistry.h"

#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace storelens;
using namespace storelens::cli;
using namespace storelens::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A platform of this test only: an address and a token, nothing to connect to.
class FakePlatform : public Platform
{
public:
    QString id() const override { return QStringLiteral("fakeshop"); }
    QString name() const override { return QStringLiteral("FakeShop"); }
    QString credentialsTitle() const override { return {}; }
    QString credentialsHint() const override { return {}; }
    QString reconnectHint(const Store &, bool) const override { return {}; }
    QList<CredentialField> addressFields() const override
    {
        CredentialField site;
        site.key = QStringLiteral("site");
        site.option = QStringLiteral("site");
        site.valueName = QStringLiteral("URL");
        site.accessibleName = QStringLiteral("Site address");
        return {site};
    }
    QList<CredentialScheme> schemes() const override
    {
        CredentialField token;
        token.key = QStringLiteral("token");
        token.option = QStringLiteral("fake-token-env");
        token.valueName = QStringLiteral("VAR");
        token.accessibleName = QStringLiteral("API token");
        token.secret = true;
        return {{QStringLiteral("token"), QStringLiteral("Token"), {token}}};
    }
    std::optional<Store> storeFor(const QMap<QString, QString> &values, const QString &authKind,
                                  QString *) const override
    {
        Store store;
        store.platform = id();
        store.domain = values.value(QStringLiteral("site"));
        store.name = store.domain;
        store.authKind = authKind;
        return store;
    }
    QStringList resources() const override { return {QStringLiteral("orders")}; }
    std::unique_ptr<PlatformConnector> connector(const StoreConnection &, QNetworkAccessManager &,
                                                 const ConnectorSettings &) const override
    {
        return nullptr; // only `store add --offline` here
    }
    bool deliversWebhooks() const override { return false; }
    bool verifyWebhook(const WebhookDelivery &, const QByteArray &) const override { return false; }
    bool mapWebhook(const WebhookDelivery &, const Store &, WebhookEvent *,
                    QString *) const override
    {
        return false;
    }
};
} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;

    static Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("STORELENS_CLI"), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            qFatal("storelens-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Every command with its options, as its usage promises them.
    static void commands()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("options");
        auto row = [](const QString &command, const QString &options) {
            QTest::newRow(qPrintable(command))
                << command.split(QLatin1Char(' ')) << options.split(QLatin1Char(' '));
        };
        row(QStringLiteral("workspace create"), QStringLiteral("--passphrase"));
        row(QStringLiteral("workspace list"), QStringLiteral("--json"));
        row(QStringLiteral("workspace rename"), QStringLiteral("OLD NEW"));
        row(QStringLiteral("workspace delete"), QStringLiteral("--yes"));
        row(QStringLiteral("store add"),
            QStringLiteral("--workspace --platform --name --offline --shop --token-env "
                           "--client-id --client-secret-env --api-base --url --consumer-key-env "
                           "--consumer-secret-env"));
        row(QStringLiteral("store list"), QStringLiteral("--workspace --json"));
        row(QStringLiteral("store remove"), QStringLiteral("--workspace STORE"));
        row(QStringLiteral("sync"), QStringLiteral("--workspace --store --full --json-progress"));
        row(QStringLiteral("import-bulk"), QStringLiteral("--workspace --store FILE.jsonl"));
        row(QStringLiteral("sync-log"), QStringLiteral("--workspace --store --limit --json"));
        row(QStringLiteral("daemon"), QStringLiteral("--workspace"));
        row(QStringLiteral("report"),
            QStringLiteral("--workspace --store --group --from --to --currency --series "
                           "--top-products --top-variants --top-customers --json --format"));
        row(QStringLiteral("group create"), QStringLiteral("--workspace NAME STORE"));
        row(QStringLiteral("group list"), QStringLiteral("--workspace --json"));
        row(QStringLiteral("group delete"), QStringLiteral("--workspace NAME"));
        row(QStringLiteral("rates list"), QStringLiteral("--workspace --json"));
        row(QStringLiteral("rates set"), QStringLiteral("--workspace BASE QUOTE RATE"));
        row(QStringLiteral("rates import"), QStringLiteral("--workspace FILE"));
        row(QStringLiteral("rates remove"), QStringLiteral("--workspace BASE QUOTE"));
        row(QStringLiteral("sim shopify"),
            QStringLiteral("--port --seed --orders --plan --faults --time-scale"));
        row(QStringLiteral("sim woocommerce"),
            QStringLiteral("--port --seed --orders --faults --latency-ms --max-concurrent "
                           "--time-scale --woo-version --plain-permalinks --behind-https"));
    }

private slots:
    void initTestCase()
    {
        // Nothing here may reach a real workspace or keychain.
        m_home = std::make_unique<TempHome>();
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        qputenv("STORELENS_PASSPHRASE", "correct horse battery staple");
    }
    void cleanupTestCase() { m_home.reset(); }

    void commandHelp_data() { commands(); }
    void commandHelp()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, options);
        for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run r = cli(command + QStringList{help});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            // The usage line, then the lists of options and arguments.
            const qsizetype blank = r.out.indexOf(QLatin1String("\n\n"));
            QVERIFY2(blank > 0, qPrintable(r.out));
            const QString usage = r.out.left(blank);
            const QString lists = r.out.mid(blank);
            QVERIFY2(usage.startsWith(QStringLiteral("Usage: storelens-cli ") +
                                      command.join(QLatin1Char(' ')) + QLatin1Char(' ')),
                     qPrintable(r.out));
            for (const QString &option : options) {
                QVERIFY2(usage.contains(option), qPrintable(option + QLatin1Char('\n') + r.out));
                static const QRegularExpression listed(QStringLiteral("\n  (-h, )?(\\S+)"));
                QStringList names;
                for (auto it = listed.globalMatch(lists); it.hasNext();)
                    names << it.next().captured(2);
                QVERIFY2(names.contains(option), qPrintable(option + QLatin1Char('\n') + r.out));
            }
            QVERIFY(lists.contains(QLatin1String("--help")));
        }
    }

    void unknownOptionIsAUsageError_data() { commands(); }
    void unknownOptionIsAUsageError()
    {
        QFETCH(QStringList, command);
        const Run r = cli(command + QStringList{QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString name = command.join(QLatin1Char(' '));
        QVERIFY2(r.err.startsWith(QStringLiteral("storelens-cli %1: unknown option "
                                                 "--no-such-option\n")
                                      .arg(name)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("storelens-cli %1 --help").arg(name)),
                 qPrintable(r.err));
    }

    void missingValueIsAUsageError()
    {
        const Run r =
            cli({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--workspace")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("storelens-cli store list: --workspace needs a "
                                                "value.")),
                 qPrintable(r.err));
        const Run twice = cli({QStringLiteral("sync-log"), QStringLiteral("--workspace"),
                               QStringLiteral("A"), QStringLiteral("--workspace=B")});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(QLatin1String("--workspace is given more than once")),
                 qPrintable(twice.err));
    }

    // The example: it used to be "unknown option --help".
    void reportHelp()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Usage: storelens-cli report --workspace W")));
        QVERIFY(r.out.contains(QLatin1String("--top-customers <N>")));
        QVERIFY(!r.out.contains(QLatin1String("unknown option")));
        QVERIFY(r.err.isEmpty());
    }

    void groupHelp_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("commands");
        QTest::newRow("workspace")
            << QStringLiteral("workspace")
            << QStringList{QStringLiteral("create"), QStringLiteral("list"),
                           QStringLiteral("rename"), QStringLiteral("delete")};
        QTest::newRow("store") << QStringLiteral("store")
                               << QStringList{QStringLiteral("add"), QStringLiteral("list"),
                                              QStringLiteral("remove")};
        QTest::newRow("group") << QStringLiteral("group")
                               << QStringList{QStringLiteral("create"), QStringLiteral("list"),
                                              QStringLiteral("delete")};
        QTest::newRow("rates") << QStringLiteral("rates")
                               << QStringList{QStringLiteral("list"), QStringLiteral("set"),
                                              QStringLiteral("import"), QStringLiteral("remove")};
        QTest::newRow("sim") << QStringLiteral("sim")
                             << QStringList{QStringLiteral("shopify"),
                                            QStringLiteral("woocommerce")};
    }
    void groupHelp()
    {
        QFETCH(QString, group);
        QFETCH(QStringList, commands);
        const Run r = cli({group, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: storelens-cli %1 COMMAND").arg(group)),
                 qPrintable(r.out));
        for (const QString &command : commands)
            QVERIFY2(r.out.contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')),
                     qPrintable(command + QLatin1Char('\n') + r.out));
        // Without a sub-command, or with one that is none: usage errors.
        const Run none = cli({group});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("storelens-cli %1 --help").arg(group)),
                 qPrintable(none.err));
        QCOMPARE(cli({group, QStringLiteral("frobnicate")}).exitCode, 2);
    }

    // As before the commands had parsers of their own.
    void subCommandAfterSwitches()
    {
        const Run r =
            cli({QStringLiteral("workspace"), QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("[\n]"));
        const Run help =
            cli({QStringLiteral("store"), QStringLiteral("--help"), QStringLiteral("list")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QLatin1String("Usage: storelens-cli store list ")));
    }

    void overviewPointsToCommandHelp()
    {
        const Run r = cli({QStringLiteral("help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Every command answers --help")));
        QCOMPARE(cli({QStringLiteral("--help")}).out, r.out);
    }

    void storeAddInProcessWithARegisteredPlatform()
    {
        qputenv("FAKE_TOKEN", "fake-secret-123");
        PlatformRegistry::instance().add(std::make_unique<FakePlatform>());
        auto unregister =
            qScopeGuard([] { PlatformRegistry::instance().remove(QStringLiteral("fakeshop")); });

        QString out, err;
        CliContext cx(&out, &err);
        QCOMPARE(WorkspaceCommands(cx).run({QStringLiteral("create"), QStringLiteral("W")}), Ok);

        // Its options are part of `store add` as soon as it is registered.
        out.clear();
        QCOMPARE(StoreCommands(cx).run({QStringLiteral("add"), QStringLiteral("--help")}), Ok);
        QVERIFY2(out.contains(QLatin1String("--platform fakeshop --site URL --fake-token-env VAR")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("--fake-token-env <VAR>")), qPrintable(out));

        const QStringList add{QStringLiteral("add"),        QStringLiteral("--workspace"),
                              QStringLiteral("W"),          QStringLiteral("--platform"),
                              QStringLiteral("fakeshop"),   QStringLiteral("--site"),
                              QStringLiteral("shop.test"),  QStringLiteral("--fake-token-env"),
                              QStringLiteral("FAKE_TOKEN"), QStringLiteral("--offline")};
        err.clear();
        QCOMPARE(
            StoreCommands(cx).run(add + QStringList{QStringLiteral("--shop"), QStringLiteral("x")}),
            Usage);
        QVERIFY2(err.contains(QLatin1String("--shop is not an option of FakeShop")),
                 qPrintable(err));

        out.clear();
        QCOMPARE(StoreCommands(cx).run(add), Ok);
        QVERIFY2(out.contains(QLatin1String("Added store \"shop.test\"")), qPrintable(out));
        out.clear();
        QCOMPARE(StoreCommands(cx).run(
                     {QStringLiteral("list"), QStringLiteral("--workspace"), QStringLiteral("W")}),
                 Ok);
        QVERIFY2(out.contains(QLatin1String("shop.test\tfakeshop\tshop.test")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("fake-secret-123")));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
