#include "ConnectivityMonitor.h"

#include <QNetworkInformation>
#include <QNetworkInterface>
#include <QTimer>

namespace storelens {

ConnectivityMonitor::ConnectivityMonitor(QObject *parent)
    : QObject(parent)
{
    if (qEnvironmentVariableIntValue("STORELENS_OFFLINE") == 1) {
        m_source = QStringLiteral("forced");
        m_online = false;
        return;
    }
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        const auto reachable = [](QNetworkInformation::Reachability r) {
            // Unknown counts as online: better to try than to claim offline.
            return r == QNetworkInformation::Reachability::Online ||
                   r == QNetworkInformation::Reachability::Unknown;
        };
        m_source = info->backendName();
        m_online = reachable(info->reachability());
        connect(
            info, &QNetworkInformation::reachabilityChanged, this,
            [this, reachable](QNetworkInformation::Reachability r) { setOnline(reachable(r)); });
        return;
    }
    m_source = QStringLiteral("interfaces");
    m_poll = new QTimer(this);
    m_poll->setInterval(10'000);
    connect(m_poll, &QTimer::timeout, this, &ConnectivityMonitor::pollInterfaces);
    m_poll->start();
    pollInterfaces();
}

void ConnectivityMonitor::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void ConnectivityMonitor::pollInterfaces()
{
    bool any = false;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        if (flags.testFlag(QNetworkInterface::IsUp) &&
            flags.testFlag(QNetworkInterface::IsRunning) &&
            !flags.testFlag(QNetworkInterface::IsLoopBack) && !i.addressEntries().isEmpty()) {
            any = true;
            break;
        }
    }
    setOnline(any);
}

} // namespace storelens
