#include "WooSimulatorHost.h"

#include "WooSimulator.h"

#include <QThread>

namespace storelens::sim {

WooSimulatorHost::WooSimulatorHost(WooSimConfig config)
    : m_thread(std::make_unique<QThread>())
    , m_simulator(new WooSimulator(std::move(config)))
{
    m_thread->setObjectName(QStringLiteral("woo-sim"));
    m_simulator->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_simulator, &QObject::deleteLater);
    m_thread->start();
}

WooSimulatorHost::~WooSimulatorHost()
{
    QMetaObject::invokeMethod(
        m_simulator, [s = m_simulator] { s->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool WooSimulatorHost::start(QString *error)
{
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_simulator, [&] { ok = m_simulator->start(&message); }, Qt::BlockingQueuedConnection);
    if (error)
        *error = message;
    return ok;
}

QUrl WooSimulatorHost::baseUrl() const
{
    return m_simulator->baseUrl();
}

} // namespace storelens::sim
