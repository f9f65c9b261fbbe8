#pragma once

#include "WooSimConfig.h"

#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace storelens::sim {

class WooSimulator;

// Runs a WooSimulator on its own thread, for tests, benchmarks and the demo
// mode that drive it from another thread: start() returns once it listens,
// and the simulator's mutation, truth and control methods may be called
// directly (they are thread-safe). The destructor stops the server and the
// thread.
class WooSimulatorHost
{
public:
    explicit WooSimulatorHost(WooSimConfig config);
    ~WooSimulatorHost();
    WooSimulatorHost(const WooSimulatorHost &) = delete;
    WooSimulatorHost &operator=(const WooSimulatorHost &) = delete;

    bool start(QString *error = nullptr);
    WooSimulator &simulator() { return *m_simulator; }
    QUrl baseUrl() const;

private:
    std::unique_ptr<QThread> m_thread;
    WooSimulator *m_simulator = nullptr;
};

} // namespace storelens::sim
