#pragma once

#include "SyncNotifier.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace storelens {

class WorkspaceSession;

// Shows SyncNotifier's decisions as desktop notifications through the system
// tray, where there is one (none: nothing is shown). The user can turn them
// off; the choice is kept in the settings ("notifications/desktop").
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QWidget *window);

    void setSession(WorkspaceSession *session);
    bool isEnabled() const { return m_notifier.isEnabled(); }
    void setEnabled(bool enabled); // and keeps the choice

    static bool enabledInSettings();

signals:
    // Something was worth a notification (shown in the tray if there is one).
    void notified(const storelens::SyncNotification &notification);
    // The user clicked the last notification.
    void activated(qint64 storeId);

private:
    void show(const SyncNotification &notification);

    QWidget *m_window;
    QPointer<WorkspaceSession> m_session;
    SyncNotifier m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastStore = 0;
};

} // namespace storelens
