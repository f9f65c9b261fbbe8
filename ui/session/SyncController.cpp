#include "SyncController.h"

#include "DbWorker.h"
#include "ThreadPriority.h"
#include "WorkspaceSession.h"
#include "connectors/shopify/ShopifyConnector.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"
#include "sync/StoreCredentials.h"

#include <QThread>
#include <QTimer>

namespace storelens {

SyncController::SyncController(WorkspaceSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(kReportIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncController::poll);
}

SyncController::~SyncController()
{
    m_queue.clear();
    {
        std::lock_guard lock(m_engineMutex);
        m_cancelRequested = true;
        if (m_engine)
            m_engine->cancel();
    }
    if (m_thread)
        m_thread->wait();
}

QStringList SyncController::resources()
{
    return ShopifyConnector::resources();
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
    if (it == m_lastSync.cend())
        return std::nullopt;
    return *it;
}

void SyncController::reloadHistory()
{
    m_session.control().post(
        this,
        [](Database &db) {
            QHash<qint64, qint64> last;
            Statement q = db.prepare("SELECT store_id, max(finished_at) FROM sync_runs "
                                     "WHERE status = 'ok' GROUP BY store_id");
            while (q.step())
                last.insert(q.int64(0), q.int64(1));
            return last;
        },
        [this](DbResult<QHash<qint64, qint64>> result) {
            if (!result.ok())
                return;
            m_lastSync = *result;
            emit historyChanged();
        },
        QStringLiteral("sync-history"));
}

void SyncController::syncStore(qint64 storeId)
{
    if (m_runningStore == storeId || m_queue.contains(storeId))
        return;
    m_queue.append(storeId);
    StoreState &state = m_states[storeId];
    state = StoreState{};
    state.queued = true;
    emit queueChanged();
    startNext();
}

void SyncController::syncAll()
{
    for (const Store &store : m_session.stores())
        syncStore(store.id);
}

void SyncController::cancel(qint64 storeId)
{
    if (m_queue.removeAll(storeId) > 0) {
        m_states[storeId].queued = false;
        emit queueChanged();
    }
    if (m_runningStore == storeId) {
        std::lock_guard lock(m_engineMutex);
        m_cancelRequested = true;
        if (m_engine)
            m_engine->cancel();
    }
}

void SyncController::cancelAll()
{
    const QList<qint64> queued = m_queue;
    for (qint64 id : queued)
        cancel(id);
    if (m_runningStore)
        cancel(m_runningStore);
}

void SyncController::startNext()
{
    if (m_runningStore != 0 || m_queue.isEmpty())
        return;
    const qint64 storeId = m_queue.takeFirst();
    m_runningStore = storeId;
    StoreState &state = m_states[storeId];
    state.queued = false;
    state.running = true;
    {
        std::lock_guard lock(m_engineMutex);
        m_cancelRequested = false;
    }
    emit queueChanged();
    emit started(storeId);
    // The store row is read afresh on the workspace's connection (a store just
    // added may not be in the session's list yet), then its secret where it
    // is kept; neither on the GUI thread.
    m_session.control().post(
        this, [storeId](Database &db) { return StoreRepository(db).byId(storeId); },
        [this, storeId](DbResult<std::optional<Store>> row) {
            if (!row.ok() || !*row) {
                failStart(storeId, row.ok() ? tr("The store no longer exists.") : row.error);
                return;
            }
            const Store store = **row;
            m_session.credentialsFor(
                store,
                [this, store](std::optional<ShopifyConnection> connection, const QString &error) {
                    if (!connection) {
                        failStart(store.id, error);
                        return;
                    }
                    launch(store, *connection);
                });
        });
}

void SyncController::failStart(qint64 storeId, const QString &message)
{
    bool cancelled = false;
    {
        std::lock_guard lock(m_engineMutex);
        cancelled = m_cancelRequested;
    }
    SyncEngine::Result failed;
    failed.error.kind = cancelled ? SyncError::Kind::Cancelled : SyncError::Kind::InvalidToken;
    failed.error.message = cancelled ? tr("The sync was cancelled.") : message;
    onFinished(storeId, failed);
}

void SyncController::launch(const Store &store, const ShopifyConnection &connection)
{
    {
        std::lock_guard lock(m_engineMutex);
        if (m_cancelRequested) {
            SyncEngine::Result cancelled;
            cancelled.error.kind = SyncError::Kind::Cancelled;
            cancelled.error.message = tr("The sync was cancelled.");
            onFinished(store.id, cancelled);
            return;
        }
    }
    m_shared = std::make_shared<Shared>();
    auto shared = m_shared;
    Workspace *workspace = &m_session.workspace();
    Ingestor *ingestor = &m_session.ingestor();
    const qint64 storeId = store.id;
    m_thread.reset(QThread::create([this, shared, workspace, ingestor, store, connection, storeId] {
        ThreadPriority::lowerCurrentThread();
        SyncEngine engine(*workspace, *ingestor);
        {
            std::lock_guard lock(m_engineMutex);
            m_engine = &engine;
            if (m_cancelRequested)
                engine.cancel();
        }
        SyncEngine::Options options;
        options.trigger = QStringLiteral("app");
        const SyncEngine::Result result =
            engine.run(store, connection, options, [&shared](const SyncEngine::Progress &p) {
                std::lock_guard lock(shared->mutex);
                shared->changed = true;
                if (!p.message.isEmpty()) {
                    shared->log.append({p.resource, p.message});
                    return;
                }
                if (p.resource != shared->resource && !shared->resource.isEmpty())
                    shared->resources[shared->resource].finished = true;
                shared->resource = p.resource;
                ResourceProgress &r = shared->resources[p.resource];
                if (p.done >= 0)
                    r.done = p.done;
                r.total = p.total;
            });
        {
            std::lock_guard lock(m_engineMutex);
            m_engine = nullptr;
        }
        QMetaObject::invokeMethod(
            this, [this, storeId, result] { onFinished(storeId, result); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("sync"));
    m_sinceData.start();
    m_lastDoneSum = 0;
    m_pollTimer->start();
    m_thread->start();
}

void SyncController::poll()
{
    if (!m_shared || m_runningStore == 0)
        return;
    QString resource;
    QMap<QString, ResourceProgress> resources;
    QList<std::pair<QString, QString>> log;
    {
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->changed)
            return;
        m_shared->changed = false;
        resource = m_shared->resource;
        resources = m_shared->resources;
        log.swap(m_shared->log);
    }
    const qint64 storeId = m_runningStore;
    StoreState &state = m_states[storeId];
    state.resource = resource;
    state.resources = resources;
    for (const auto &[r, message] : log)
        emit logged(storeId, r, message);
    emit progressed(storeId, resource);
    qint64 doneSum = 0;
    for (const ResourceProgress &p : resources)
        doneSum += p.done;
    if (doneSum != m_lastDoneSum && m_sinceData.elapsed() >= kDataIntervalMs) {
        m_lastDoneSum = doneSum;
        m_sinceData.restart();
        emit dataWritten(storeId);
    }
}

void SyncController::onFinished(qint64 storeId, const SyncEngine::Result &result)
{
    poll();
    m_pollTimer->stop();
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_shared.reset();
    StoreState &state = m_states[storeId];
    state.running = false;
    state.queued = false;
    if (!result.error.isError()) {
        for (const QString &r : resources())
            state.resources[r].finished = true;
    }
    m_runningStore = 0;
    emit finished(storeId, result.error);
    emit dataWritten(storeId);
    emit queueChanged();
    m_session.reloadStores();
    reloadHistory();
    startNext();
}

} // namespace storelens
