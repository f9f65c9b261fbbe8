#pragma once

#include "SimConfig.h"

#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace storelens::sim {

class ShopifySimulator;

// Runs a ShopifySimulator on its own thread, for tests and the demo mode that
// drive it from another thread: start() returns once it listens, and the
// simulator's mutation, truth and control methods may be called directly
// (they are thread-safe). The destructor stops the server and the thread.
class ShopifySimulatorHost
{
public:
    explicit ShopifySimulatorHost(ShopifySimConfig config);
    ~ShopifySimulatorHost();
    ShopifySimulatorHost(const ShopifySimulatorHost &) = delete;
    ShopifySimulatorHost &operator=(const ShopifySimulatorHost &) = delete;

    bool start(QString *error = nullptr);
    ShopifySimulator &simulator() { return *m_simulator; }
    QUrl baseUrl() const;

private:
    std::unique_ptr<QThread> m_thread;
    ShopifySimulator *m_simulator = nullptr;
};

} // namespace storelens::sim
