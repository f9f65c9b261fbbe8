#pragma once

#include "sync/SyncScheduler.h"

#include <QHash>
#include <QMap>
#include <QObject>

namespace storelens {

class WorkspaceSession;

// The GUI's side of the workspace's SyncScheduler, which lives on the
// workspace thread (it reads the keychain and the workspace's own connection
// before each sync) and decides when each store syncs: on its interval, on
// "sync now", after pause and resume, with backoff, not while offline. This
// class forwards the user's requests there and keeps, on the GUI thread, what
// the views show: each store's state and its progress per resource.
class SyncController : public QObject
{
    Q_OBJECT
public:
    struct ResourceProgress
    {
        qint64 done = 0;
        qint64 total = -1; // unknown
        bool finished = false;
    };
    struct StoreState
    {
        bool known = false;  // the scheduler has reported this store
        bool queued = false; // asked for, not started yet
        bool running = false;
        bool paused = false;
        bool needsAttention = false;
        int consecutiveFailures = 0; // backing off while > 0
        qint64 nextDueMs = 0;
        qint64 intervalMs = SyncScheduler::kDefaultIntervalMs;
        SyncError lastError;
        QString resource; // the one being synced
        QMap<QString, ResourceProgress> resources;
    };

    explicit SyncController(WorkspaceSession &session, QObject *parent = nullptr);
    ~SyncController() override; // stops the scheduler: running syncs are cancelled

    // Syncs the store now (resuming it when paused).
    void syncStore(qint64 storeId);
    void syncAll();
    // Stops a store's sync and pauses it; syncStore() resumes from the
    // checkpoints it reached.
    void cancel(qint64 storeId);
    void cancelAll();
    void setOnline(bool online);
    // Pause and resume a store (kept in the workspace) or the whole workspace.
    void pauseStore(qint64 storeId);
    void resumeStore(qint64 storeId);
    void pauseAll();
    void resumeAll();
    bool allPaused() const { return m_allPaused; }
    // How often the store syncs by itself (kept in the workspace).
    void setInterval(qint64 storeId, qint64 intervalMs);
    // New credentials are stored: the store leaves "needs attention" and syncs.
    void reconnected(qint64 storeId);
    // The scheduler's view of every store, as last reported.
    const QList<SyncScheduler::StoreState> &schedulerStates() const { return m_schedulerStates; }
    // The scheduler reads the stores again (one was added or removed).
    void reloadStores();

    bool isBusy() const;
    QList<qint64> runningStores() const;
    qint64 runningStore() const; // the first, or 0
    StoreState state(qint64 storeId) const { return m_states.value(storeId); }
    // Last successful sync per store (UTC ms).
    std::optional<qint64> lastSyncMs(qint64 storeId) const;
    // Why the store's data is being read again in full, or empty (its figures
    // are not exact until then).
    QString rereadReason(qint64 storeId) const { return m_rereads.value(storeId); }

    // The resources of a sync, in order, and their names for people.
    // Every platform's, for the sync history; one platform's.
    static QStringList resources();
    static QStringList resources(const QString &platform);
    static QString resourceTitle(const QString &resource);
    // How often views may refresh while records arrive.
    static constexpr int kDataIntervalMs = 2000;

signals:
    void queueChanged();
    void started(qint64 storeId);
    void progressed(qint64 storeId, const QString &resource);
    void finished(qint64 storeId, const storelens::SyncError &error);
    void historyChanged();
    // Records were written: views may refresh (at most every kDataIntervalMs
    // while a sync runs, and once at its end).
    void dataWritten(qint64 storeId);
    // A first sync is done, or a store needs its owner.
    void notice(const QString &title, const QString &body);
    // The scheduler reported its states (after every change of any store).
    void schedulerStatesChanged(const QList<storelens::SyncScheduler::StoreState> &states);

private:
    void onStates(const QList<SyncScheduler::StoreState> &states);
    void onStarted(qint64 storeId);
    void onProgress(qint64 storeId, const QString &resource, qint64 done, qint64 total);
    void onFinished(qint64 storeId, const SyncError &error);
    template <typename F>
    void onScheduler(F f);

    WorkspaceSession &m_session;
    SyncScheduler *m_scheduler = nullptr; // lives on the workspace thread
    QHash<qint64, StoreState> m_states;
    QHash<qint64, qint64> m_lastSync;
    QHash<qint64, QString> m_rereads;
    QHash<qint64, qint64> m_lastDataSignal;
    QList<SyncScheduler::StoreState> m_schedulerStates;
    bool m_allPaused = false;
};

} // namespace storelens
