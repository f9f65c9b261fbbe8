#include "ConnectivityMonitor.h"

#include <QNetworkInformation>
#include <QTcpSocket>

namespace storelens {

namespace {
constexpr int kProbeIntervalMs = 60'000;
constexpr int kProbeTimeoutMs = 5'000;
} // namespace

ConnectivityMonitor::ConnectivityMonitor(QObject *parent)
    : QObject(parent)
{
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        auto apply = [this](QNetworkInformation::Reachability r) {
            // Site (a LAN without internet) counts as offline; Unknown as online,
            // so that a backend that cannot tell never blocks syncing.
            setOnline(r == QNetworkInformation::Reachability::Online ||
                      r == QNetworkInformation::Reachability::Unknown);
        };
        connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
        m_backend = true;
        apply(info->reachability());
    } else {
        connect(&m_probeTimer, &QTimer::timeout, this, &ConnectivityMonitor::probeNow);
        m_probeTimer.start(kProbeIntervalMs);
    }
}

bool ConnectivityMonitor::isOnline() const
{
    return m_forced.value_or(m_online);
}

void ConnectivityMonitor::setProbeTarget(const QString &host, quint16 port)
{
    m_probeHost = host;
    m_probePort = port;
}

void ConnectivityMonitor::setForcedState(std::optional<bool> online)
{
    const bool before = isOnline();
    m_forced = online;
    if (isOnline() != before)
        emit onlineChanged(isOnline());
}

void ConnectivityMonitor::setOnline(bool online)
{
    const bool before = isOnline();
    m_online = online;
    if (isOnline() != before)
        emit onlineChanged(isOnline());
}

void ConnectivityMonitor::probeNow()
{
    if (m_backend || m_probeHost.isEmpty())
        return;
    auto *socket = new QTcpSocket(this);
    auto *timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        setOnline(true);
        socket->abort();
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) {
                // Refused means the network works and the host answered.
                setOnline(error == QAbstractSocket::ConnectionRefusedError);
                socket->deleteLater();
            });
    connect(timeout, &QTimer::timeout, this, [this, socket] {
        setOnline(false);
        socket->abort();
        socket->deleteLater();
    });
    timeout->start(kProbeTimeoutMs);
    socket->connectToHost(m_probeHost, m_probePort);
}

} // namespace storelens
