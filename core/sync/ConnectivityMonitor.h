#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace storelens {

// Online or offline, for the scheduler and the status bar. Uses the
// platform's network information (NetworkManager, GLib) where a backend
// exists; otherwise probes a TCP connection to a known host now and then.
// Tests and the daemon's --offline switch can force a state.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityMonitor(QObject *parent = nullptr);

    bool isOnline() const;
    // Where the fallback probe connects (a store's host, port 443).
    void setProbeTarget(const QString &host, quint16 port = 443);
    void setForcedState(std::optional<bool> online);
    bool hasBackend() const { return m_backend; }
    void probeNow();

signals:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);
    bool m_backend = false;
    bool m_online = true;
    std::optional<bool> m_forced;
    QString m_probeHost;
    quint16 m_probePort = 443;
    QTimer m_probeTimer;
};

} // namespace storelens
