// The platform seam: a third platform, written here and registered at run
// time, plugs into the sync engine, the scheduler, the Add Store wizard and
// the window with no change outside this file. Its connector serves records
// from memory: what is tested is everything above it.
#include "GuiTestSupport.h"
#include "HandCheckedStore.h"
#include "TestEnvironment.h"
#include "ingest/Ingestor.h"
#include "main/MainWindow.h"
#include "main/WorkspaceSidebar.h"
#include "platform/PlatformRegistry.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "storage/CredentialStore.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDirectory.h"
#include "sync/StoreCredentials.h"
#include "sync/SyncEngine.h"
#include "wizard/AddStoreWizard.h"
#include "wizard/ConnectPage.h"
#include "wizard/CredentialsPage.h"
#include "wizard/FirstSyncPage.h"
#include "wizard/PlatformPage.h"

#include <QAction>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <atomic>

using namespace storelens;
using namespace storelens::test;

namespace {

constexpr int kOrders = 37;
const QByteArray kKey = "fk_good_key";

// A platform's orders, in memory: order i on day i of March 2024, in CHF.
class FakeConnector final : public PlatformConnector
{
public:
    explicit FakeConnector(StoreConnection c)
        : m_connection(std::move(c))
    {}
    SyncError fetchShop(ShopInfo *out) override
    {
        ++m_stats.requests;
        if (m_connection.secret(QStringLiteral("api_key")) != kKey)
            return {SyncError::Kind::InvalidToken,
                    QStringLiteral("FakeShop refused the API key of %1.")
                        .arg(m_connection.store.domain),
                    {},
                    {}};
        out->name = QStringLiteral("Käseladen");
        out->currency = QStringLiteral("CHF");
        out->timezone = QStringLiteral("Europe/Zurich");
        out->plan = QStringLiteral("FakeShop Pro");
        return {};
    }
    QStringList resources() const override { return {QStringLiteral("orders")}; }
    SyncError sync(const QString &resource, const ConnectorContext &cx) override
    {
        if (resource != QLatin1String("orders"))
            return {};
        // The checkpoint is the last order id committed.
        const int after = cx.full ? 0 : cx.checkpoint(resource).toInt();
        IngestBatch batch;
        batch.storeId = cx.storeId;
        for (int i = after + 1; i <= kOrders; ++i) {
            if (m_cancelled)
                return {SyncError::Kind::Cancelled, QStringLiteral("cancelled"), {}, {}};
            Order o = handOrder(i, utcMs(2024, 3, 1 + i % 28, 10, 0), PlatformId(qint64(i % 5)),
                                {handLine(i * 10, 1, 1, 2, 1250, 0)}, 500, 0);
            o.currency = QStringLiteral("CHF");
            batch.orders.push_back(std::move(o));
        }
        ++m_stats.requests;
        batch.checkpoints.push_back({resource, QString::number(kOrders)});
        if (cx.progress)
            cx.progress(resource, kOrders, kOrders);
        if (!cx.sink(std::move(batch)))
            return {SyncError::Kind::Cancelled, QStringLiteral("cancelled"), {}, {}};
        return {};
    }
    void cancel() override { m_cancelled = true; }
    RequestStats stats() const override { return m_stats; }

private:
    StoreConnection m_connection;
    std::atomic<bool> m_cancelled{false};
    RequestStats m_stats;
};

class FakePlatform final : public Platform
{
public:
    QString id() const override { return QStringLiteral("fakeshop"); }
    QString name() const override { return QStringLiteral("FakeShop"); }
    QString credentialsTitle() const override { return QStringLiteral("FakeShop endpoint"); }
    QString credentialsHint() const override { return QStringLiteral("An endpoint and a key."); }
    QString reconnectHint(const Store &store, bool) const override
    {
        return QStringLiteral("FakeShop refused <b>%1</b>.").arg(store.name.toHtmlEscaped());
    }
    QList<CredentialField> addressFields() const override
    {
        CredentialField f;
        f.key = QStringLiteral("endpoint");
        f.option = QStringLiteral("endpoint");
        f.valueName = QStringLiteral("NAME");
        f.label = QStringLiteral("&Endpoint:");
        f.accessibleName = QStringLiteral("Endpoint");
        f.missing = QStringLiteral("Enter the endpoint.");
        return {f};
    }
    QList<CredentialScheme> schemes() const override
    {
        CredentialField key;
        key.key = QStringLiteral("api_key");
        key.option = QStringLiteral("api-key-env");
        key.valueName = QStringLiteral("VAR");
        key.label = QStringLiteral("API &key:");
        key.accessibleName = QStringLiteral("API key");
        key.missing = QStringLiteral("Enter the API key.");
        key.secret = true;
        return {{QStringLiteral("api_key"), QStringLiteral("API key"), {key}}};
    }
    std::optional<Store> storeFor(const QMap<QString, QString> &values, const QString &authKind,
                                  QString *error) const override
    {
        const QString endpoint = values.value(QStringLiteral("endpoint")).trimmed().toLower();
        if (endpoint.isEmpty() || endpoint.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("\"%1\" is not a FakeShop endpoint.").arg(endpoint);
            return std::nullopt;
        }
        Store s;
        s.platform = id();
        s.domain = endpoint + QStringLiteral(".fakeshop.test");
        s.name = s.domain;
        s.authKind = authKind;
        return s;
    }
    QStringList resources() const override { return {QStringLiteral("orders")}; }
    std::unique_ptr<PlatformConnector> connector(const StoreConnection &c, QNetworkAccessManager &,
                                                 const ConnectorSettings &) const override
    {
        return std::make_unique<FakeConnector>(c);
    }
    bool deliversWebhooks() const override { return false; }
    bool verifyWebhook(const WebhookDelivery &, const QByteArray &) const override { return false; }
    bool mapWebhook(const WebhookDelivery &, const Store &, WebhookEvent *,
                    QString *reason) const override
    {
        *reason = QStringLiteral("FakeShop sends no webhooks.");
        return false;
    }
};

const QString kPassphrase = QStringLiteral("a passphrase for tests");

} // namespace

class TestGuiPlatformSeam : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempHome> m_home;
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncError>();
        qputenv("STORELENS_NO_KEYCHAIN", "1");
        qputenv("STORELENS_PASSPHRASE", kPassphrase.toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        useLightPalette();
        m_home = std::make_unique<TempHome>();
        PlatformRegistry::instance().add(std::make_unique<FakePlatform>());
    }

    void cleanupTestCase() { PlatformRegistry::instance().remove(QStringLiteral("fakeshop")); }

    void theSyncEngineRunsItsConnector()
    {
        auto ws = WorkspaceDirectory().create(QStringLiteral("Engine"), kPassphrase);
        const Platform *fake = PlatformRegistry::instance().find(QStringLiteral("fakeshop"));
        QVERIFY(fake);
        QString error;
        auto store = fake->storeFor({{QStringLiteral("endpoint"), QStringLiteral("Zurich")}},
                                    QStringLiteral("api_key"), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->domain, QStringLiteral("zurich.fakeshop.test"));
        store->createdAtMs = 1;
        store->credentialRef = QStringLiteral("pending");
        StoreRepository stores(ws->db());
        store->id = stores.insert(*store);
        store->credentialRef = CredentialStore(*ws).newRef(store->id, QStringLiteral("api_key"));
        stores.update(*store);
        const auto packed =
            StoreCredentials::pack(*store, {{QStringLiteral("api_key"), kKey}}, &error);
        QVERIFY2(packed, qPrintable(error));
        CredentialStore(*ws).put(store->credentialRef, *packed);

        const auto connection = StoreCredentials::connectionFor(*ws, *store, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->secret(QStringLiteral("api_key")), kKey);
        Ingestor ingestor(*ws);
        SyncEngine engine(*ws, ingestor);
        SyncEngine::Result r = engine.run(*connection, {});
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.counts.value(QStringLiteral("orders")), qint64(kOrders));
        QCOMPARE(r.requests.requests, qint64(2));
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM orders"), qint64(kOrders));
        // The shop's facts came through the seam.
        const Store synced = *stores.byId(store->id);
        QCOMPARE(synced.currency, QStringLiteral("CHF"));
        QCOMPARE(synced.timezone, QStringLiteral("Europe/Zurich"));
        // The checkpoint was committed with the data: nothing new next time.
        r = engine.run(*connection, {});
        QVERIFY(!r.error.isError());
        QCOMPARE(r.counts.value(QStringLiteral("orders")), qint64(0));
        QCOMPARE(ws->db().scalar("SELECT count(*) FROM sync_runs WHERE status = 'ok'"), qint64(2));

        // A refused key is the connector's own message, and the store needs the user.
        StoreConnection wrong = *connection;
        wrong.secrets[QStringLiteral("api_key")] = "fk_revoked";
        r = engine.run(wrong, {});
        QCOMPARE(r.error.kind, SyncError::Kind::InvalidToken);
        QVERIFY(r.error.message.contains(QLatin1String("FakeShop refused")));
        QCOMPARE(stores.byId(store->id)->status, QStringLiteral("needs_attention"));

        // A store of a platform this build does not know says so.
        Store unknown = *store;
        unknown.platform = QStringLiteral("nosuchplatform");
        QVERIFY(!StoreCredentials::connectionFor(*ws, unknown, &error));
        QVERIFY2(error.contains(QLatin1String("nosuchplatform")), qPrintable(error));
    }

    void theWizardAndTheSchedulerTakeIt()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.adoptWorkspace(WorkspaceDirectory().create(QStringLiteral("Window"), kPassphrase));
        QVERIFY(opened.wait(10000));

        window.action(QStringLiteral("addStore"))->trigger();
        AddStoreWizard *wizard = window.addStoreWizard();
        QVERIFY(wizard);
        auto *choice =
            wizard->platformPage()->findChild<QRadioButton *>(QStringLiteral("fakeshop"));
        QVERIFY(choice);
        QCOMPARE(choice->text(), QStringLiteral("&FakeShop"));
        choice->setChecked(true);
        wizard->next();
        CredentialsPage *page = wizard->credentialsPage();
        QCOMPARE(page->title(), QStringLiteral("FakeShop endpoint"));
        QVERIFY(!page->field(QStringLiteral("shop")));
        QLineEdit *endpoint = page->field(QStringLiteral("endpoint"));
        QLineEdit *key = page->field(QStringLiteral("api_key"));
        QVERIFY(endpoint && key);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(page->problem(), QStringLiteral("Enter the endpoint."));
        endpoint->setText(QStringLiteral("two words"));
        QVERIFY(page->problem().contains(QLatin1String("not a FakeShop endpoint")));
        endpoint->setText(QStringLiteral("Basel"));
        QCOMPARE(page->problem(), QStringLiteral("Enter the API key."));
        key->setText(QStringLiteral("fk_wrong"));
        QVERIFY(page->isComplete());
        wizard->next();
        QSignalSpy tested(wizard->connectPage(), &ConnectPage::tested);
        QVERIFY(tested.wait(30000));
        QCOMPARE(wizard->connectPage()->verdict().error.kind, SyncError::Kind::InvalidToken);
        wizard->back();
        key->setText(QString::fromLatin1(kKey));
        tested.clear();
        wizard->next();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().first().toBool(),
                 qPrintable(wizard->connectPage()->verdict().error.message));
        FirstSyncPage *first = wizard->firstSyncPage();
        QSignalSpy saved(first, &FirstSyncPage::storeSaved);
        QSignalSpy finished(&window.session()->sync(), &SyncController::finished);
        wizard->next();
        QVERIFY(saved.wait(10000));
        QVERIFY(first->bar(QStringLiteral("orders"))->isVisible());
        QVERIFY(!first->bar(QStringLiteral("products"))->isVisible());
        // The scheduler runs the first sync through the platform's connector.
        QVERIFY(waitUntil([&] { return finished.count() > 0; }, 60000));
        QVERIFY2(!finished.first().at(1).value<SyncError>().isError(),
                 qPrintable(finished.first().at(1).value<SyncError>().message));
        wizard->accept();
        const Store store = window.session()->stores().first();
        QCOMPARE(store.platform, QStringLiteral("fakeshop"));
        QCOMPARE(store.name, QStringLiteral("Käseladen"));
        QCOMPARE(store.currency, QStringLiteral("CHF"));
        auto check = WorkspaceDirectory().open(QStringLiteral("Window"), kPassphrase);
        QCOMPARE(check->db().scalar("SELECT count(*) FROM orders"), qint64(kOrders));
        // The sidebar names the platform.
        bool named = false;
        for (QTreeWidgetItemIterator it(window.sidebar()); *it; ++it)
            named = named || (*it)->text(0).contains(QLatin1String("FakeShop"));
        QVERIFY(named);
        saveScreenshot(&window, QStringLiteral("platform-seam-fakeshop-light"));
    }
};

QTEST_MAIN(TestGuiPlatformSeam)
#include "tst_gui_platform_seam.moc"
