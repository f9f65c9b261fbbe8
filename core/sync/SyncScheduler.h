#pragma once

#include "SyncEngine.h"
#include "common/Clock.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>

class QThread;

namespace storelens {

class Ingestor;
class Workspace;

// Decides when each store of a workspace syncs: every store on its own
// interval (15 minutes unless set), "sync now", pause and resume per store
// and for the whole workspace, backoff for stores that keep failing, a stop
// for stores that need their owner (revoked token, missing scope), and a
// catch-up when the network comes back or the machine wakes up. Syncs run on
// worker threads, several stores at once, never two syncs of one store.
// Lives on the thread of the workspace (GUI or daemon main thread).
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    struct StoreState
    {
        qint64 storeId = 0;
        QString name;
        qint64 intervalMs = 0;
        bool paused = false;
        bool running = false;
        bool needsAttention = false;
        int consecutiveFailures = 0;
        qint64 nextDueMs = 0;
        qint64 lastSuccessMs = 0; // data as of
        SyncError lastError;
        // Why a resource is being read again in full (SyncReread), empty when
        // none is: until it has finished, the store's figures are not exact.
        QString rereadReason;
    };

    static constexpr qint64 kDefaultIntervalMs = 15 * 60'000;
    static constexpr qint64 kMaxBackoffMs = 6 * 3'600'000;

    SyncScheduler(Workspace &workspace, Ingestor &ingestor, const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);
    ~SyncScheduler() override;

    // Loads the stores and starts ticking every `tickMs` (0: tests call tick()).
    void start(int tickMs = 5'000);
    // Cancels running syncs and waits for them to commit what they have.
    void stop();
    void tick();
    void reloadStores();

    void syncNow(qint64 storeId);
    void pause(qint64 storeId);
    void resume(qint64 storeId); // also after the user reconnected a store
    void pauseAll();
    void resumeAll();
    bool allPaused() const { return m_allPaused; }
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    void setInterval(qint64 storeId, qint64 intervalMs);

    QList<StoreState> states() const;
    StoreState state(qint64 storeId) const;
    bool isRunning(qint64 storeId) const;
    int runningCount() const;

    int maxConcurrent = 3;
    SyncEngine::Options engineOptions;

signals:
    void syncStarted(qint64 storeId);
    void syncProgress(qint64 storeId, const QString &resource, qint64 done, qint64 total);
    void syncFinished(qint64 storeId, const storelens::SyncError &error);
    void statesChanged();
    // Something worth a desktop notification: a first sync done, a store
    // that needs its owner.
    void notify(const QString &title, const QString &body);
    // The customer figures a bulk export had left pending were counted
    // (see settleDeferredFigures()): the store's views may read them again.
    void customerFiguresSettled(qint64 storeId);

private:
    struct Run;
    void startRun(qint64 storeId, const QString &trigger);
    void finishRun(qint64 storeId);
    // A workspace closed during a bulk export keeps its customer figures
    // pending for the export to finish. A store that does not sync now
    // (paused, offline, waiting for its owner) has them counted instead.
    void settleDeferredFigures();
    qint64 backoffMs(const StoreState &s) const;

    Workspace &m_workspace;
    Ingestor &m_ingestor;
    const Clock &m_clock;
    QTimer m_timer;
    std::map<qint64, StoreState> m_states;
    std::map<qint64, std::unique_ptr<Run>> m_runs;
    std::map<qint64, QString> m_pendingTrigger; // "sync now" while running: run again after
    bool m_allPaused = false;
    bool m_stopping = false;
    bool m_online = true;
    qint64 m_lastTickMs = 0;
    int m_tickMs = 0;
};

} // namespace storelens
