#pragma once

#include <QMetaObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>

namespace storelens::sim {

// Runs a simulator (ShopifySimulator, WooSimulator) on its own thread, for
// tests, benchmarks and the demo mode that drive it from another thread:
// start() returns once it listens, and the simulator's mutation, truth and
// control methods may be called directly (they are thread-safe). The
// destructor stops the server and the thread.
template <typename Simulator, typename Config>
class SimulatorHost
{
public:
    explicit SimulatorHost(Config config)
        : m_thread(std::make_unique<QThread>())
        , m_simulator(new Simulator(std::move(config)))
    {
        m_thread->setObjectName(QStringLiteral("simulator"));
        m_simulator->moveToThread(m_thread.get());
        QObject::connect(m_thread.get(), &QThread::finished, m_simulator, &QObject::deleteLater);
        m_thread->start();
    }
    ~SimulatorHost()
    {
        QMetaObject::invokeMethod(
            m_simulator, [s = m_simulator] { s->stop(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    SimulatorHost(const SimulatorHost &) = delete;
    SimulatorHost &operator=(const SimulatorHost &) = delete;

    bool start(QString *error = nullptr)
    {
        bool ok = false;
        QString message;
        QMetaObject::invokeMethod(
            m_simulator, [&] { ok = m_simulator->start(&message); }, Qt::BlockingQueuedConnection);
        if (error)
            *error = message;
        return ok;
    }
    Simulator &simulator() { return *m_simulator; }
    QUrl baseUrl() const { return m_simulator->baseUrl(); }

private:
    std::unique_ptr<QThread> m_thread;
    Simulator *m_simulator = nullptr;
};

} // namespace storelens::sim
