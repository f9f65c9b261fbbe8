#include "WorkspaceSession.h"

#include "DbWorker.h"
#include "SyncController.h"
#include "ingest/Ingestor.h"
#include "storage/CredentialStore.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"

namespace storelens {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
    const Workspace *ws = m_workspace.get();
    m_ingestor = std::make_unique<Ingestor>(*ws);
    m_control = std::make_unique<DbWorker>(QStringLiteral("workspace"), m_workspace->db());
    auto readOnly = [ws] {
        return ws->openConnection(Database::OpenMode::ReadOnly);
    };
    m_reader = std::make_unique<DbWorker>(QStringLiteral("reader"), readOnly);
    m_dashboard = std::make_unique<DbWorker>(QStringLiteral("dashboard"), readOnly);
    m_sync = std::make_unique<SyncController>(*this);
    connect(m_sync.get(), &SyncController::dataWritten, this, &WorkspaceSession::dataChanged);
    reloadStores();
    m_sync->reloadHistory();
}

WorkspaceSession::~WorkspaceSession()
{
    // Syncs first (they write through the ingestor), then the readers, then
    // the writer, and the workspace last.
    m_sync.reset();
    m_dashboard.reset();
    m_reader.reset();
    m_control.reset();
    m_ingestor.reset();
}

QString WorkspaceSession::name() const
{
    return m_workspace->name();
}

bool WorkspaceSession::usesKeychain() const
{
    return m_workspace->usesKeychain();
}

std::optional<Store> WorkspaceSession::store(qint64 id) const
{
    for (const Store &s : m_stores) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QList<qint64> WorkspaceSession::storeIds(qint64 storeId) const
{
    QList<qint64> ids;
    for (const Store &s : m_stores) {
        if (storeId == 0 || s.id == storeId)
            ids << s.id;
    }
    return ids;
}

QStringList WorkspaceSession::credentialRefs() const
{
    QStringList refs;
    for (const Store &s : m_stores)
        refs << s.credentialRef;
    return refs;
}

void WorkspaceSession::reloadStores()
{
    m_control->post(
        this, [](Database &db) { return StoreRepository(db).list(); },
        [this](DbResult<QList<Store>> result) {
            if (!result.ok())
                return;
            m_stores = *result;
            m_storesLoaded = true;
            emit storesChanged();
        },
        QStringLiteral("stores"));
}

void WorkspaceSession::addStore(Store store, QByteArray secret,
                                std::function<void(DbResult<Store>)> done)
{
    Workspace *ws = m_workspace.get();
    m_control->post(
        this,
        [ws, store, secret](Database &db) mutable {
            StoreRepository stores(db);
            CredentialStore credentials(*ws);
            const QString what = store.authKind == QLatin1String("token")
                                     ? QStringLiteral("token")
                                     : QStringLiteral("client_secret");
            store.credentialRef = QStringLiteral("pending");
            try {
                Transaction tx(db);
                store.id = stores.insert(store);
                store.credentialRef = credentials.newRef(store.id, what);
                stores.update(store);
                credentials.put(store.credentialRef, secret);
                tx.commit();
            } catch (...) {
                if (store.credentialRef != QLatin1String("pending"))
                    credentials.remove(store.credentialRef);
                secret.fill('\0');
                throw;
            }
            secret.fill('\0');
            return store;
        },
        [this, done](DbResult<Store> result) {
            if (result.ok())
                reloadStores();
            done(std::move(result));
        });
}

void WorkspaceSession::removeStore(qint64 storeId, std::function<void(const QString &)> done)
{
    m_sync->cancel(storeId);
    Workspace *ws = m_workspace.get();
    m_control->post(
        this,
        [ws, storeId](Database &db) {
            StoreRepository stores(db);
            const std::optional<Store> store = stores.byId(storeId);
            if (!store)
                return true;
            stores.remove(storeId);
            CredentialStore(*ws).remove(store->credentialRef);
            return true;
        },
        [this, done](DbResult<bool> result) {
            reloadStores();
            done(result.error);
        });
}

void WorkspaceSession::waitForIdle()
{
    m_control->waitForIdle();
    m_reader->waitForIdle();
    m_dashboard->waitForIdle();
}

} // namespace storelens
