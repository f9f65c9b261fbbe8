#pragma once

#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>

#include <memory>
#include <mutex>

class QThread;
class QTimer;

namespace storelens {

class WorkspaceSession;

// Runs the syncs of one workspace, one store at a time, each on a worker
// thread of its own (SyncEngine::run blocks), and reports their progress on
// the GUI thread, at most a few times a second so that a fast bulk sync never
// floods the event loop.
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
        bool queued = false;
        bool running = false;
        QString resource; // the one being synced
        QMap<QString, ResourceProgress> resources;
    };

    explicit SyncController(WorkspaceSession &session, QObject *parent = nullptr);
    ~SyncController() override; // cancels the running sync and waits for it

    // Queues a sync of the store; does nothing when it is queued or running.
    void syncStore(qint64 storeId);
    void syncAll();
    // Cancels a queued or running sync; a cancelled sync resumes from its
    // checkpoints next time.
    void cancel(qint64 storeId);
    void cancelAll();

    bool isBusy() const { return m_runningStore != 0 || !m_queue.isEmpty(); }
    qint64 runningStore() const { return m_runningStore; }
    StoreState state(qint64 storeId) const { return m_states.value(storeId); }
    // Last successful sync per store (UTC ms), from the sync history.
    std::optional<qint64> lastSyncMs(qint64 storeId) const;
    void reloadHistory();

    // The resources of a first sync, in order, and their names for people.
    static QStringList resources();
    static QString resourceTitle(const QString &resource);
    // Interval between two progress reports to the GUI thread.
    static constexpr int kReportIntervalMs = 100;
    static constexpr int kDataIntervalMs = 2000;

signals:
    void queueChanged();
    void started(qint64 storeId);
    void progressed(qint64 storeId, const QString &resource);
    void logged(qint64 storeId, const QString &resource, const QString &message);
    void finished(qint64 storeId, const SyncError &error);
    void historyChanged();
    // Records were written: views may refresh (at most every kDataIntervalMs
    // while a sync runs, and once at its end).
    void dataWritten(qint64 storeId);

private:
    // What the sync thread reports, read by the GUI thread on a timer.
    struct Shared
    {
        std::mutex mutex;
        QString resource;
        QMap<QString, ResourceProgress> resources;
        QList<std::pair<QString, QString>> log; // resource, message
        bool changed = false;
    };
    void startNext();
    void failStart(qint64 storeId, const QString &message);
    void launch(const Store &store, const ShopifyConnection &connection);
    void poll();
    void onFinished(qint64 storeId, const SyncEngine::Result &result);

    WorkspaceSession &m_session;
    QList<qint64> m_queue;
    qint64 m_runningStore = 0;
    QHash<qint64, StoreState> m_states;
    QHash<qint64, qint64> m_lastSync;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Shared> m_shared;
    QTimer *m_pollTimer = nullptr;
    QElapsedTimer m_sinceData;
    qint64 m_lastDoneSum = 0;
    std::mutex m_engineMutex;
    SyncEngine *m_engine = nullptr;
    bool m_cancelRequested = false;
};

} // namespace storelens
