#pragma once

#include "sim/ShopifySimulatorHost.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace storelens {

class MainWindow;
class WorkspaceSession;

// `storelens --demo`: opens the demo workspace (creating it the first time)
// and fills its store from a simulated Shopify shop on loopback, through the
// real connector, sync engine and ingestor, so a newcomer sees the whole
// product without credentials or a network. The shop is the same every
// launch (its seed and the end of its history are kept in the settings); the
// simulator runs while the app does, so "Sync now" works in the demo too.
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

    static QString workspaceName();
    // Without a keychain the demo workspace uses this passphrase: it holds
    // simulated data only.
    static QString fallbackPassphrase();
    // The demo shop; STORELENS_DEMO_ORDERS sets its size (default 20,000).
    static sim::ShopifySimConfig shopConfig(qint64 dataEndMs);

signals:
    // The demo store exists and its sync has been started.
    void ready(qint64 storeId);
    void failed(const QString &message);

private:
    void onSimulatorStarted(const QString &error);
    void onWorkspaceOpened(const QString &name);
    void prepareStore(WorkspaceSession *session);

    MainWindow &m_window;
    std::unique_ptr<sim::ShopifySimulatorHost> m_host;
    bool m_starting = false;
};

} // namespace storelens
