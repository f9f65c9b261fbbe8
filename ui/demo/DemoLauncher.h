#pragma once

#include "sim/ShopifySimulatorHost.h"
#include "sim/WooSimulatorHost.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace storelens {

class MainWindow;
class WorkspaceSession;

// `storelens --demo`: opens the demo workspace (creating it the first time)
// and fills it from two simulated shops on loopback, as a multi-channel
// seller or an agency has them: a Shopify shop in USD and a WooCommerce shop
// in EUR, with an exchange rate so "All stores" shows a converted rollup.
// They go through the real connectors, sync engine and ingestor, so a
// newcomer sees the whole product without credentials or a network. The
// shops are the same every launch (their seeds and the end of their history
// are kept in the settings); the simulators run while the app does, so "Sync
// now" works in the demo too.
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoLauncher(MainWindow &window, QObject *parent = nullptr);
    ~DemoLauncher() override;

    void start();
    bool isRunning() const { return m_host != nullptr; }
    QUrl simulatorUrl() const;
    sim::ShopifySimulatorHost *host() const { return m_host.get(); }
    // The WooCommerce shop; null when STORELENS_DEMO_WOOCOMMERCE_ORDERS is 0.
    sim::WooSimulatorHost *wooHost() const { return m_wooHost.get(); }

    static QString workspaceName();
    // Without a keychain the demo workspace uses this passphrase: it holds
    // simulated data only.
    static QString fallbackPassphrase();
    // The demo shop; STORELENS_DEMO_ORDERS sets its size (default 20,000).
    static sim::ShopifySimConfig shopConfig(qint64 dataEndMs);
    // The WooCommerce shop; STORELENS_DEMO_WOOCOMMERCE_ORDERS sets its size
    // (default a quarter of the Shopify shop's; 0 leaves it out).
    static sim::WooSimConfig wooConfig(qint64 dataEndMs);
    // The rate "All stores" converts the WooCommerce shop's EUR with.
    static constexpr const char *kDemoEurUsd = "1.0850";

signals:
    // The demo stores exist and their syncs have started; `storeId` is the
    // Shopify shop's.
    void ready(qint64 storeId);
    void failed(const QString &message);

private:
    void onSimulatorStarted(const QString &error);
    void onWorkspaceOpened(const QString &name);
    void prepareStore(WorkspaceSession *session);
    void prepareWooStore(WorkspaceSession *session, qint64 shopifyStoreId);

    MainWindow &m_window;
    std::unique_ptr<sim::ShopifySimulatorHost> m_host;
    std::unique_ptr<sim::WooSimulatorHost> m_wooHost;
    bool m_starting = false;
};

} // namespace storelens
