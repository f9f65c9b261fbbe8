#include "SyncController.h"

#include "WorkspaceSession.h"
#include "WorkspaceThread.h"
#include "platform/PlatformRegistry.h"
#include "storage/Workspace.h"

#include <QDateTime>

namespace storelens {

SyncController::SyncController(WorkspaceSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<storelens::SyncError>();
    WorkspaceThread &thread = WorkspaceThread::instance();
    Workspace *workspace = &session.workspace();
    Ingestor *ingestor = &session.ingestor();
    // Built on the workspace thread, so that its timer and its connection
    // to the workspace belong there.
    thread.runAndWait([this, workspace, ingestor] {
        m_scheduler = new SyncScheduler(*workspace, *ingestor);
        SyncScheduler *scheduler = m_scheduler;
        // States are copied there and handed over whole.
        connect(scheduler, &SyncScheduler::statesChanged, scheduler, [this, scheduler] {
            QMetaObject::invokeMethod(
                this, [this, states = scheduler->states()] { onStates(states); },
                Qt::QueuedConnection);
        });
        connect(scheduler, &SyncScheduler::syncStarted, this, &SyncController::onStarted,
                Qt::QueuedConnection);
        connect(scheduler, &SyncScheduler::syncProgress, this, &SyncController::onProgress,
                Qt::QueuedConnection);
        connect(scheduler, &SyncScheduler::syncFinished, this, &SyncController::onFinished,
                Qt::QueuedConnection);
        connect(scheduler, &SyncScheduler::notify, this, &SyncController::notice,
                Qt::QueuedConnection);
        connect(scheduler, &SyncScheduler::customerFiguresSettled, this,
                &SyncController::dataWritten, Qt::QueuedConnection);
        scheduler->engineOptions.trigger = QStringLiteral("app");
        scheduler->start();
    });
}

SyncController::~SyncController()
{
    SyncScheduler *scheduler = m_scheduler;
    WorkspaceThread::instance().runAndWait([scheduler] {
        scheduler->stop();
        delete scheduler;
    });
}

template <typename F>
void SyncController::onScheduler(F f)
{
    SyncScheduler *scheduler = m_scheduler;
    QMetaObject::invokeMethod(
        scheduler, [scheduler, f] { f(*scheduler); }, Qt::QueuedConnection);
}

QStringList SyncController::resources()
{
    QStringList all;
    for (const Platform *platform : PlatformRegistry::instance().all()) {
        for (const QString &resource : platform->resources()) {
            if (!all.contains(resource))
                all << resource;
        }
    }
    return all;
}

QStringList SyncController::resources(const QString &platform)
{
    const Platform *p = PlatformRegistry::instance().find(platform);
    return p ? p->resources() : QStringList();
}

QString SyncController::resourceTitle(const QString &resource)
{
    if (resource == QLatin1String("locations"))
        return tr("Locations");
    if (resource == QLatin1String("products"))
        return tr("Products");
    if (resource == QLatin1String("customers"))
        return tr("Customers");
    if (resource == QLatin1String("orders"))
        return tr("Orders");
    if (resource == QLatin1String("inventory"))
        return tr("Inventory");
    if (resource == QLatin1String("checkouts"))
        return tr("Abandoned checkouts");
    return resource;
}

std::optional<qint64> SyncController::lastSyncMs(qint64 storeId) const
{
    const auto it = m_lastSync.constFind(storeId);
    if (it == m_lastSync.cend() || *it <= 0)
        return std::nullopt;
    return *it;
}

bool SyncController::isBusy() const
{
    for (const StoreState &s : m_states) {
        if (s.running || s.queued)
            return true;
    }
    return false;
}

QList<qint64> SyncController::runningStores() const
{
    QList<qint64> ids;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it->running)
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 SyncController::runningStore() const
{
    const QList<qint64> ids = runningStores();
    return ids.isEmpty() ? 0 : ids.first();
}

void SyncController::syncStore(qint64 storeId)
{
    StoreState &state = m_states[storeId];
    if (state.running)
        return;
    state.queued = true;
    state.paused = false;
    emit queueChanged();
    onScheduler([storeId](SyncScheduler &s) {
        // A store added a moment ago is not known to the scheduler yet.
        if (s.state(storeId).storeId == 0)
            s.reloadStores();
        if (s.state(storeId).paused || s.state(storeId).needsAttention)
            s.resume(storeId);
        if (!s.isRunning(storeId))
            s.syncNow(storeId);
    });
}

void SyncController::syncAll()
{
    for (const Store &store : m_session.stores())
        syncStore(store.id);
}

void SyncController::cancel(qint64 storeId)
{
    StoreState &state = m_states[storeId];
    state.queued = false;
    emit queueChanged();
    onScheduler([storeId](SyncScheduler &s) { s.pause(storeId); });
}

void SyncController::cancelAll()
{
    for (qint64 id : runningStores())
        cancel(id);
    for (auto it = m_states.begin(); it != m_states.end(); ++it)
        it->queued = false;
    emit queueChanged();
}

void SyncController::setOnline(bool online)
{
    onScheduler([online](SyncScheduler &s) { s.setOnline(online); });
}

void SyncController::pauseStore(qint64 storeId)
{
    cancel(storeId);
}

void SyncController::resumeStore(qint64 storeId)
{
    m_states[storeId].paused = false;
    emit queueChanged();
    onScheduler([storeId](SyncScheduler &s) { s.resume(storeId); });
}

void SyncController::pauseAll()
{
    m_allPaused = true;
    for (auto it = m_states.begin(); it != m_states.end(); ++it)
        it->queued = false;
    emit queueChanged();
    onScheduler([](SyncScheduler &s) { s.pauseAll(); });
}

void SyncController::resumeAll()
{
    m_allPaused = false;
    emit queueChanged();
    onScheduler([](SyncScheduler &s) { s.resumeAll(); });
}

void SyncController::setInterval(qint64 storeId, qint64 intervalMs)
{
    if (intervalMs <= 0)
        return;
    m_states[storeId].intervalMs = intervalMs;
    emit queueChanged();
    onScheduler([storeId, intervalMs](SyncScheduler &s) { s.setInterval(storeId, intervalMs); });
}

void SyncController::reconnected(qint64 storeId)
{
    StoreState &state = m_states[storeId];
    state.needsAttention = false;
    state.lastError = {};
    syncStore(storeId);
}

void SyncController::reloadStores()
{
    onScheduler([](SyncScheduler &s) {
        s.reloadStores();
        s.tick();
    });
}

void SyncController::onStates(const QList<SyncScheduler::StoreState> &states)
{
    for (const SyncScheduler::StoreState &s : states) {
        StoreState &mine = m_states[s.storeId];
        mine.known = true;
        mine.paused = s.paused;
        mine.needsAttention = s.needsAttention;
        mine.lastError = s.lastError;
        mine.consecutiveFailures = s.consecutiveFailures;
        mine.nextDueMs = s.nextDueMs;
        mine.intervalMs = s.intervalMs;
        m_lastSync.insert(s.storeId, s.lastSuccessMs);
        m_rereads.insert(s.storeId, s.rereadReason);
    }
    m_schedulerStates = states;
    emit schedulerStatesChanged(states);
    emit historyChanged();
    emit queueChanged();
}

void SyncController::onStarted(qint64 storeId)
{
    StoreState &state = m_states[storeId];
    state.queued = false;
    state.running = true;
    state.resource.clear();
    state.resources.clear();
    m_lastDataSignal.insert(storeId, QDateTime::currentMSecsSinceEpoch());
    emit queueChanged();
    emit started(storeId);
}

void SyncController::onProgress(qint64 storeId, const QString &resource, qint64 done, qint64 total)
{
    StoreState &state = m_states[storeId];
    if (!state.running)
        return;
    if (state.resource != resource && !state.resource.isEmpty())
        state.resources[state.resource].finished = true;
    state.resource = resource;
    ResourceProgress &p = state.resources[resource];
    if (done >= 0)
        p.done = done;
    p.total = total;
    emit progressed(storeId, resource);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastDataSignal.value(storeId) >= kDataIntervalMs) {
        m_lastDataSignal.insert(storeId, now);
        emit dataWritten(storeId);
    }
}

void SyncController::onFinished(qint64 storeId, const SyncError &error)
{
    StoreState &state = m_states[storeId];
    state.running = false;
    state.queued = false;
    state.lastError = error;
    if (!error.isError()) {
        for (const QString &r : resources())
            state.resources[r].finished = true;
        m_lastSync.insert(storeId, QDateTime::currentMSecsSinceEpoch());
    }
    emit finished(storeId, error);
    emit dataWritten(storeId);
    emit queueChanged();
    emit historyChanged();
    m_session.reloadStores();
}

} // namespace storelens
