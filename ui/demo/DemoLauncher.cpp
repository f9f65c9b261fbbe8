#include "DemoLauncher.h"

#include "main/MainWindow.h"
#include "platform/PlatformRegistry.h"
#include "session/BackgroundTask.h"
#include "session/DbWorker.h"
#include "session/SyncController.h"
#include "session/ThreadPriority.h"
#include "session/WorkspaceSession.h"
#include "session/WorkspaceThread.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/KeyStore.h"
#include "storage/StoreRepository.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"
#include "sync/StoreCredentials.h"
#include "workspace/WorkspaceOpener.h"

#include <QDateTime>
#include <QSettings>

namespace storelens {

namespace {
const char *const kEndKey = "demo/dataEndMs";
} // namespace

DemoLauncher::DemoLauncher(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    connect(&m_window, &MainWindow::workspaceOpened, this, &DemoLauncher::onWorkspaceOpened);
}

DemoLauncher::~DemoLauncher()
{
    // The window's session syncs against the simulator: close it first.
    if (m_window.session() && m_window.session()->name() == workspaceName())
        m_window.closeWorkspace();
}

QString DemoLauncher::workspaceName()
{
    return QStringLiteral("Demo");
}

QString DemoLauncher::fallbackPassphrase()
{
    return QStringLiteral("storelens-demo-workspace");
}

QUrl DemoLauncher::simulatorUrl() const
{
    return m_host ? m_host->baseUrl() : QUrl();
}

sim::ShopifySimConfig DemoLauncher::shopConfig(qint64 dataEndMs)
{
    sim::ShopifySimConfig c;
    c.seed = 2024;
    c.orders = qEnvironmentVariableIsSet("STORELENS_DEMO_ORDERS")
                   ? qEnvironmentVariableIntValue("STORELENS_DEMO_ORDERS")
                   : 20'000;
    c.historyDays = 730;
    c.dataEndMs = dataEndMs;
    c.shopName = QStringLiteral("Acme Outdoor");
    c.shopHandle = "acme-outdoor";
    c.currency = "USD";
    c.timeZone = "America/New_York";
    // A Plus shop with simulated time running faster: the first sync takes
    // seconds, not minutes, and still goes through throttling and bulk exports.
    c.plan = sim::ShopPlan::Plus;
    c.timeScale = 10.0;
    c.bulkObjectsPerSecond = 50'000;
    return c;
}

sim::WooSimConfig DemoLauncher::wooConfig(qint64 dataEndMs)
{
    sim::WooSimConfig c;
    c.seed = 2025;
    c.orders = qEnvironmentVariableIsSet("STORELENS_DEMO_WOOCOMMERCE_ORDERS")
                   ? qEnvironmentVariableIntValue("STORELENS_DEMO_WOOCOMMERCE_ORDERS")
                   : shopConfig(dataEndMs).orders / 4;
    c.historyDays = 730;
    c.dataEndMs = dataEndMs;
    c.siteName = QStringLiteral("Fjord Ceramics");
    c.siteDescription = QStringLiteral("Stoneware from the west coast");
    c.currency = "EUR";
    c.timeZone = "Europe/Berlin";
    // The same articles as the Shopify shop's first ones (their first
    // variant's SKU): the products by SKU view matches them across stores.
    for (int p = 0; p < 12; ++p)
        c.sharedSkus << QStringLiteral("ACM-%1-1").arg(p, 4, 10, QLatin1Char('0')).toLatin1();
    return c;
}

void DemoLauncher::start()
{
    if (m_starting || m_host)
        return;
    m_starting = true;
    QSettings settings;
    const bool exists = WorkspaceDirectory().exists(workspaceName());
    qint64 end = settings.value(QLatin1String(kEndKey)).toLongLong();
    if (!exists || end <= 0) {
        end = QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000;
        settings.setValue(QLatin1String(kEndKey), end);
    }
    m_host = std::make_unique<sim::ShopifySimulatorHost>(shopConfig(end));
    sim::ShopifySimulatorHost *host = m_host.get();
    const sim::WooSimConfig woo = wooConfig(end);
    if (woo.orders > 0)
        m_wooHost = std::make_unique<sim::WooSimulatorHost>(woo);
    sim::WooSimulatorHost *wooHost = m_wooHost.get();
    // The simulated shops stand in for remote servers: they must not take the
    // GUI thread's CPU.
    QMetaObject::invokeMethod(&host->simulator(), [] { ThreadPriority::lowerCurrentThread(); });
    if (wooHost)
        QMetaObject::invokeMethod(&wooHost->simulator(),
                                  [] { ThreadPriority::lowerCurrentThread(); });
    // Generating the shops takes a moment: not on the GUI thread.
    BackgroundTask::run(
        this,
        [host, wooHost] {
            QString error;
            if (host->start(&error) && wooHost)
                wooHost->start(&error);
            return error;
        },
        [this](const QString &error) { onSimulatorStarted(error); });
}

void DemoLauncher::onSimulatorStarted(const QString &error)
{
    m_starting = false;
    if (!error.isEmpty()) {
        m_host.reset();
        m_wooHost.reset();
        emit failed(tr("The demo shop could not start: %1").arg(error));
        return;
    }
    const QString name = workspaceName();
    if (m_window.session() && m_window.session()->name() == name) {
        onWorkspaceOpened(name);
        return;
    }
    if (WorkspaceDirectory().exists(name)) {
        m_window.openWorkspace(name);
        return;
    }
    // A new demo workspace: keychain key where there is one, else the demo's
    // own passphrase (its data is simulated).
    WorkspaceThread::instance().post(
        this,
        [name]() -> std::pair<std::unique_ptr<Workspace>, QString> {
            try {
                const std::optional<QString> passphrase =
                    KeyStore::isAvailable()
                        ? std::nullopt
                        : std::optional<QString>(WorkspaceOpener::environmentPassphrase().value_or(
                              fallbackPassphrase()));
                return {WorkspaceDirectory().create(name, passphrase), QString()};
            } catch (const WorkspaceError &e) {
                return {nullptr, e.message()};
            }
        },
        [this](std::pair<std::unique_ptr<Workspace>, QString> result) {
            if (!result.first) {
                emit failed(result.second);
                return;
            }
            m_window.adoptWorkspace(std::move(result.first));
        });
}

void DemoLauncher::onWorkspaceOpened(const QString &name)
{
    if (name != workspaceName() || !m_host || m_starting)
        return;
    prepareStore(m_window.session());
}

void DemoLauncher::prepareStore(WorkspaceSession *session)
{
    sim::ShopifySimulator &simulator = m_host->simulator();
    const QString domain = QString::fromUtf8(simulator.shopDomain());
    const QString base = simulator.baseUrl().toString(QUrl::StripTrailingSlash);
    const QByteArray token = simulator.accessToken();
    for (const Store &s : session->stores()) {
        if (s.domain != domain)
            continue;
        // The simulator listens on a new port each launch: point the store at it.
        Store moved = s;
        moved.apiBase = base;
        session->control().post(
            this,
            [moved](Database &db) {
                StoreRepository(db).update(moved);
                return moved.id;
            },
            [this, session](DbResult<qint64> result) {
                if (!result.ok()) {
                    emit failed(result.error);
                    return;
                }
                session->reloadStores();
                session->sync().syncStore(*result);
                prepareWooStore(session, *result);
            });
        return;
    }
    Store store;
    store.platform = QStringLiteral("shopify");
    store.domain = domain;
    store.name = simulator.config().shopName;
    store.currency = QString::fromUtf8(simulator.config().currency);
    store.timezone = QString::fromUtf8(simulator.config().timeZone);
    store.apiBase = base;
    store.authKind = QStringLiteral("token");
    store.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    session->addStore(store, token, [this, session](DbResult<Store> result) {
        if (!result.ok()) {
            emit failed(result.error);
            return;
        }
        session->sync().syncStore(result->id);
        prepareWooStore(session, result->id);
    });
}

void DemoLauncher::prepareWooStore(WorkspaceSession *session, qint64 shopifyStoreId)
{
    if (!m_wooHost) {
        emit ready(shopifyStoreId);
        return;
    }
    sim::WooSimulator &simulator = m_wooHost->simulator();
    const Platform *platform = PlatformRegistry::instance().find(QStringLiteral("woocommerce"));
    QString error;
    const auto made = platform->storeFor(
        {{QStringLiteral("url"), simulator.baseUrl().toString(QUrl::StripTrailingSlash)}},
        QStringLiteral("consumer_key"), &error);
    if (!made) {
        emit failed(error);
        return;
    }
    for (const Store &s : session->stores()) {
        if (s.platform != made->platform || s.name != simulator.config().siteName)
            continue;
        // A new port each launch: point the store at it.
        Store moved = s;
        moved.domain = made->domain;
        moved.apiBase = made->apiBase;
        session->control().post(
            this,
            [moved](Database &db) {
                StoreRepository(db).update(moved);
                return moved.id;
            },
            [this, session, shopifyStoreId](DbResult<qint64> result) {
                if (!result.ok()) {
                    emit failed(result.error);
                    return;
                }
                session->reloadStores();
                session->sync().syncStore(*result);
                emit ready(shopifyStoreId);
            });
        return;
    }
    Store store = *made;
    store.name = simulator.config().siteName;
    store.currency = QString::fromUtf8(simulator.config().currency);
    store.timezone = QString::fromUtf8(simulator.config().timeZone);
    store.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    const sim::WooApiKey key = simulator.apiKey();
    const QByteArray secrets =
        StoreCredentials::pack(store,
                               {{QStringLiteral("consumer_key"), key.consumerKey},
                                {QStringLiteral("consumer_secret"), key.consumerSecret}},
                               nullptr)
            .value_or(QByteArray());
    // "All stores" adds the EUR shop to the USD one at a stated rate.
    const QString quote = QString::fromUtf8(m_host->simulator().config().currency);
    session->control().post(
        this,
        [base = store.currency, quote](Database &db) {
            ExchangeRateRepository rates(db);
            if (!rates.find(base, quote)) {
                StoredRate rate;
                rate.base = base;
                rate.quote = quote;
                rate.rate = *ExchangeRate::parse(QString::fromLatin1(kDemoEurUsd));
                rate.source = QStringLiteral("StoreLens demo");
                rate.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
                rates.set(rate);
            }
            return true;
        },
        [](DbResult<bool>) {});
    session->addStore(store, secrets, [this, session, shopifyStoreId](DbResult<Store> result) {
        if (!result.ok()) {
            emit failed(result.error);
            return;
        }
        session->sync().syncStore(result->id);
        emit ready(shopifyStoreId);
    });
}

} // namespace storelens
