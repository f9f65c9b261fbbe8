#pragma once

#include <QObject>

class QTimer;

namespace storelens {

// Online or offline, from QNetworkInformation's reachability where a backend
// loads (NetworkManager on Linux), otherwise from the network interfaces:
// any interface that is up, running, not loopback and has an address.
// STORELENS_OFFLINE=1 forces offline (tests, demos on a train).
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityMonitor(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // "networkmanager", or "interfaces" for the fallback.
    QString source() const { return m_source; }

signals:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);
    void pollInterfaces();
    bool m_online = true;
    QString m_source;
    QTimer *m_poll = nullptr;
};

} // namespace storelens
