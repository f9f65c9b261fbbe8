#include "SyncScheduler.h"

#include "StoreCredentials.h"
#include "SyncReread.h"
#include "ingest/Ingestor.h"
#include "storage/DatabaseError.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"

#include <QThread>

namespace storelens {

struct SyncScheduler::Run
{
    std::unique_ptr<QThread> thread;
    std::atomic<SyncEngine *> engine{nullptr};
    std::atomic<bool> cancelled{false};
    std::atomic<bool> keepDeferral{false};
    SyncEngine::Result result;
    QString trigger;
    bool firstSync = false;

    // Also before its engine exists: the thread cancels it as it starts.
    void cancel(SyncEngine::Deferral deferral = SyncEngine::Deferral::Settle)
    {
        keepDeferral = deferral == SyncEngine::Deferral::Keep;
        cancelled = true;
        if (SyncEngine *e = engine.load())
            e->cancel(deferral);
    }
    SyncEngine::Deferral deferral() const
    {
        return keepDeferral ? SyncEngine::Deferral::Keep : SyncEngine::Deferral::Settle;
    }
};

SyncScheduler::SyncScheduler(Workspace &workspace, Ingestor &ingestor, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_ingestor(ingestor)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::tick);
}

SyncScheduler::~SyncScheduler()
{
    stop();
}

void SyncScheduler::start(int tickMs)
{
    reloadStores();
    m_tickMs = tickMs;
    m_lastTickMs = m_clock.nowMs();
    if (tickMs > 0)
        m_timer.start(tickMs);
    tick();
    settleDeferredFigures();
}

void SyncScheduler::settleDeferredFigures()
{
    std::vector<qint64> pending;
    try {
        Statement &q = m_workspace.db().cached("SELECT store_id FROM customer_rollups_deferred");
        while (q.step())
            pending.push_back(q.int64(0));
        q.reset();
    } catch (const DatabaseError &) {
        return; // the figures stay pending; the store's next sync counts them
    }
    for (qint64 storeId : pending) {
        if (isRunning(storeId))
            continue; // its export resumes, and counts them at its end
        m_ingestor.submit(IngestBatch::settle(storeId))
            .then(this, [this, storeId](const IngestReport &r) {
                if (r.ok)
                    emit customerFiguresSettled(storeId);
            });
    }
}

void SyncScheduler::stop()
{
    m_stopping = true;
    m_timer.stop();
    for (auto &[storeId, run] : m_runs)
        run->cancel(SyncEngine::Deferral::Keep); // the export resumes when the workspace opens
    for (auto &[storeId, run] : m_runs)
        run->thread->wait();
    // The finished signals are queued; handle them now so states are final.
    while (!m_runs.empty())
        finishRun(m_runs.begin()->first);
    m_stopping = false;
}

void SyncScheduler::reloadStores()
{
    std::map<qint64, StoreState> next;
    try {
        for (const Store &store : StoreRepository(m_workspace.db()).list()) {
            StoreState s = m_states.count(store.id) ? m_states[store.id] : StoreState();
            s.storeId = store.id;
            s.name = store.name;
            s.intervalMs = store.syncIntervalS ? *store.syncIntervalS * 1000 : kDefaultIntervalMs;
            s.paused = store.status == QLatin1String("paused");
            s.needsAttention = store.status == QLatin1String("needs_attention");
            s.rereadReason = SyncReread::pendingReason(m_workspace.db(), store.id);
            if (!m_states.count(store.id)) {
                // From the history: when the last good sync was, and how many
                // failed since (so a restart keeps the backoff).
                Statement &q =
                    m_workspace.db().cached("SELECT status, started_at FROM sync_runs WHERE "
                                            "store_id = ? ORDER BY id DESC LIMIT 20");
                q.bind(1, store.id);
                bool counting = true;
                while (q.step()) {
                    if (q.text(0) == QLatin1String("ok")) {
                        s.lastSuccessMs = q.int64(1);
                        break;
                    }
                    if (counting && q.text(0) == QLatin1String("failed"))
                        ++s.consecutiveFailures;
                    else
                        counting = false;
                }
                q.reset();
                s.nextDueMs = s.lastSuccessMs ? s.lastSuccessMs + s.intervalMs : 0;
                if (s.consecutiveFailures)
                    s.nextDueMs = std::max(s.nextDueMs, m_clock.nowMs() + backoffMs(s) / 4);
            }
            next[store.id] = s;
        }
    } catch (const DatabaseError &) {
        return; // keep what we had; the next reload tries again
    }
    m_states = std::move(next);
    emit statesChanged();
}

qint64 SyncScheduler::backoffMs(const StoreState &s) const
{
    // Doubles with each failure in a row: 2x, 4x, 8x the interval, capped.
    qint64 delay = s.intervalMs;
    for (int i = 0; i < s.consecutiveFailures && delay < kMaxBackoffMs; ++i)
        delay *= 2;
    return std::min(std::max(delay, s.intervalMs), std::max(kMaxBackoffMs, s.intervalMs));
}

void SyncScheduler::tick()
{
    const qint64 now = m_clock.nowMs();
    // The clock jumped well beyond a tick: the machine slept. Catch up.
    const bool woke =
        m_tickMs > 0 && m_lastTickMs > 0 && now - m_lastTickMs > qint64(m_tickMs) * 3 + 60'000;
    m_lastTickMs = now;
    if (!m_online || m_allPaused)
        return;
    for (auto &[storeId, s] : m_states) {
        if (runningCount() >= maxConcurrent)
            break;
        if (s.paused || s.needsAttention || isRunning(storeId))
            continue;
        if (woke || s.nextDueMs <= now)
            startRun(storeId, woke ? QStringLiteral("catch-up") : QStringLiteral("scheduled"));
    }
}

void SyncScheduler::syncNow(qint64 storeId)
{
    if (!m_states.count(storeId))
        return;
    if (isRunning(storeId)) {
        m_pendingTrigger[storeId] = QStringLiteral("manual");
        return;
    }
    StoreState &s = m_states[storeId];
    s.needsAttention = false; // the user asked: try, and say again if it fails
    if (m_online)
        startRun(storeId, QStringLiteral("manual"));
    else
        s.nextDueMs = 0; // as soon as the network is back
}

void SyncScheduler::pause(qint64 storeId)
{
    if (!m_states.count(storeId))
        return;
    m_states[storeId].paused = true;
    // Cancel first: the status write below may wait for the writer's
    // transaction, which the running sync keeps feeding.
    if (isRunning(storeId))
        m_runs[storeId]->cancel();
    try {
        m_workspace.db()
            .cached("UPDATE OR FAIL stores SET status = 'paused' WHERE id = ?")
            .bind(1, storeId)
            .exec();
    } catch (const DatabaseError &) {
    }
    emit statesChanged();
}

void SyncScheduler::resume(qint64 storeId)
{
    if (!m_states.count(storeId))
        return;
    StoreState &s = m_states[storeId];
    s.paused = false;
    s.needsAttention = false;
    s.consecutiveFailures = 0;
    s.nextDueMs = 0;
    try {
        m_workspace.db()
            .cached(
                "UPDATE OR FAIL stores SET status = 'active', status_detail = NULL WHERE id = ?")
            .bind(1, storeId)
            .exec();
    } catch (const DatabaseError &) {
    }
    emit statesChanged();
    tick();
}

void SyncScheduler::pauseAll()
{
    m_allPaused = true;
    for (auto &[storeId, run] : m_runs)
        run->cancel();
    emit statesChanged();
}

void SyncScheduler::resumeAll()
{
    m_allPaused = false;
    emit statesChanged();
    tick();
}

void SyncScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online) {
        // Stop what is running: it resumes from its checkpoints once back.
        for (auto &[storeId, run] : m_runs) {
            if (SyncEngine *engine = run->engine.load())
                engine->cancel();
        }
    } else {
        // Back online: everything that came due meanwhile runs now.
        const qint64 now = m_clock.nowMs();
        for (auto &[storeId, s] : m_states) {
            if (s.nextDueMs <= now || s.lastError.kind == SyncError::Kind::Cancelled ||
                s.lastError.kind == SyncError::Kind::Network)
                s.nextDueMs = 0;
        }
    }
    emit statesChanged();
    if (online)
        tick();
}

void SyncScheduler::setInterval(qint64 storeId, qint64 intervalMs)
{
    if (!m_states.count(storeId) || intervalMs <= 0)
        return;
    StoreState &s = m_states[storeId];
    s.intervalMs = intervalMs;
    if (s.lastSuccessMs)
        s.nextDueMs = s.lastSuccessMs + intervalMs;
    try {
        m_workspace.db()
            .cached("UPDATE OR FAIL stores SET sync_interval_s = ? WHERE id = ?")
            .bindAll(intervalMs / 1000, storeId)
            .exec();
    } catch (const DatabaseError &) {
    }
    emit statesChanged();
}

QList<SyncScheduler::StoreState> SyncScheduler::states() const
{
    QList<StoreState> out;
    for (const auto &[storeId, s] : m_states)
        out << s;
    return out;
}

SyncScheduler::StoreState SyncScheduler::state(qint64 storeId) const
{
    const auto it = m_states.find(storeId);
    return it == m_states.end() ? StoreState() : it->second;
}

bool SyncScheduler::isRunning(qint64 storeId) const
{
    return m_runs.count(storeId) > 0;
}

int SyncScheduler::runningCount() const
{
    return int(m_runs.size());
}

void SyncScheduler::startRun(qint64 storeId, const QString &trigger)
{
    if (m_stopping)
        return;
    const auto store = StoreRepository(m_workspace.db()).byId(storeId);
    if (!store)
        return;
    StoreState &s = m_states[storeId];
    QString error;
    // The keychain is read here, on the workspace's thread.
    const auto connection = StoreCredentials::connectionFor(m_workspace, *store, &error);
    if (!connection) {
        s.needsAttention = true;
        s.lastError.kind = SyncError::Kind::InvalidToken;
        s.lastError.message = error;
        emit statesChanged();
        emit notify(tr("StoreLens: %1 needs attention").arg(store->name), error);
        return;
    }
    auto run = std::make_unique<Run>();
    run->trigger = trigger;
    run->firstSync = s.lastSuccessMs == 0;
    Run *raw = run.get();
    SyncEngine::Options options = engineOptions;
    options.trigger = trigger;
    run->thread.reset(QThread::create([this, raw, connection = *connection, options] {
        SyncEngine engine(m_workspace, m_ingestor);
        raw->engine = &engine;
        if (raw->cancelled)
            engine.cancel(raw->deferral());
        raw->result = engine.run(
            connection, options, [this, id = connection.store.id](const SyncEngine::Progress &p) {
                if (p.message.isEmpty())
                    QMetaObject::invokeMethod(
                        this, [this, id, p] { emit syncProgress(id, p.resource, p.done, p.total); },
                        Qt::QueuedConnection);
            });
        raw->engine = nullptr;
    }));
    connect(
        run->thread.get(), &QThread::finished, this, [this, storeId] { finishRun(storeId); },
        Qt::QueuedConnection);
    s.running = true;
    m_runs[storeId] = std::move(run);
    m_runs[storeId]->thread->start();
    emit syncStarted(storeId);
    emit statesChanged();
}

void SyncScheduler::finishRun(qint64 storeId)
{
    auto it = m_runs.find(storeId);
    if (it == m_runs.end())
        return;
    it->second->thread->wait();
    std::unique_ptr<Run> run = std::move(it->second);
    m_runs.erase(it);
    if (!m_states.count(storeId))
        return;
    StoreState &s = m_states[storeId];
    s.running = false;
    try {
        s.rereadReason = SyncReread::pendingReason(m_workspace.db(), storeId);
    } catch (const DatabaseError &) {
        // Keep what was known.
    }
    const SyncError &error = run->result.error;
    s.lastError = error;
    const qint64 now = m_clock.nowMs();
    if (!error.isError()) {
        s.consecutiveFailures = 0;
        s.lastSuccessMs = now;
        s.nextDueMs = now + s.intervalMs;
        if (run->firstSync)
            emit notify(tr("StoreLens: %1 is ready").arg(s.name),
                        tr("The first sync of %1 has finished.").arg(s.name));
    } else if (error.kind == SyncError::Kind::Cancelled) {
        // Paused, offline or stopped: pick up again as soon as allowed.
        s.nextDueMs = now;
    } else if (error.needsUser()) {
        s.needsAttention = true;
        emit notify(tr("StoreLens: %1 needs attention").arg(s.name), error.message);
    } else {
        ++s.consecutiveFailures;
        s.nextDueMs = now + backoffMs(s);
    }
    emit syncFinished(storeId, error);
    emit statesChanged();
    if (m_pendingTrigger.count(storeId)) {
        const QString trigger = m_pendingTrigger[storeId];
        m_pendingTrigger.erase(storeId);
        if (m_online && !s.paused)
            startRun(storeId, trigger);
    } else {
        tick(); // a slot is free for another store
    }
}

} // namespace storelens
