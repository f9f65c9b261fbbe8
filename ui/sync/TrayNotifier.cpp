#include "TrayNotifier.h"

#include "session/SyncController.h"
#include "session/WorkspaceSession.h"

#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace storelens {

namespace {
const QString kSetting = QStringLiteral("notifications/desktop");
}

TrayNotifier::TrayNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_notifier.setEnabled(enabledInSettings());
}

bool TrayNotifier::enabledInSettings()
{
    return QSettings().value(kSetting, true).toBool();
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_notifier.setEnabled(enabled);
    QSettings().setValue(kSetting, enabled);
}

void TrayNotifier::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(&m_session->sync(), nullptr, this, nullptr);
    m_session = session;
    // Another workspace: its stores' present states are the new baseline.
    m_notifier.reset();
    if (!session)
        return;
    connect(&session->sync(), &SyncController::schedulerStatesChanged, this,
            [this](const QList<SyncScheduler::StoreState> &states) {
                for (const SyncNotification &n : m_notifier.update(states))
                    show(n);
            });
    m_notifier.update(session->sync().schedulerStates());
}

void TrayNotifier::show(const SyncNotification &notification)
{
    emit notified(notification);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(tr("StoreLens"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            emit activated(m_lastStore);
        });
        m_tray->show();
    }
    m_lastStore = notification.storeId;
    m_tray->showMessage(notification.title, notification.body,
                        notification.kind == SyncNotification::Kind::NeedsAttention
                            ? QSystemTrayIcon::Warning
                            : QSystemTrayIcon::Information);
}

} // namespace storelens
