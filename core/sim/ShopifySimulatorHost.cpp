#include "ShopifySimulatorHost.h"

#include "ShopifySimulator.h"

#include <QThread>

namespace storelens::sim {

ShopifySimulatorHost::ShopifySimulatorHost(ShopifySimConfig config)
    : m_thread(std::make_unique<QThread>())
    , m_simulator(new ShopifySimulator(std::move(config)))
{
    m_thread->setObjectName(QStringLiteral("shopify-sim"));
    m_simulator->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_simulator, &QObject::deleteLater);
    m_thread->start();
}

ShopifySimulatorHost::~ShopifySimulatorHost()
{
    QMetaObject::invokeMethod(
        m_simulator, [s = m_simulator] { s->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool ShopifySimulatorHost::start(QString *error)
{
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_simulator, [&] { ok = m_simulator->start(&message); }, Qt::BlockingQueuedConnection);
    if (error)
        *error = message;
    return ok;
}

QUrl ShopifySimulatorHost::baseUrl() const
{
    return m_simulator->baseUrl();
}

} // namespace storelens::sim
