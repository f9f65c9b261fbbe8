#include "WorkspaceSession.h"

#include "sync/StoreCredentials.h"

#include "DbWorker.h"
#include "SyncController.h"
#include "WorkspaceThread.h"
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
    // The workspace's own connection is used on the workspace thread only.
    m_control = std::make_unique<DbWorker>(m_workspace->db(), WorkspaceThread::instance());
    auto readOnly = [ws] {
        return ws->openConnection(Database::OpenMode::ReadOnly);
    };
    m_reader = std::make_unique<DbWorker>(QStringLiteral("reader"), readOnly);
    m_counter = std::make_unique<DbWorker>(QStringLiteral("counter"), readOnly);
    m_dashboard = std::make_unique<DbWorker>(QStringLiteral("dashboard"), readOnly);
    m_sync = std::make_unique<SyncController>(*this);
    connect(m_sync.get(), &SyncController::dataWritten, this, &WorkspaceSession::dataChanged);
    reloadStores();
}

WorkspaceSession::~WorkspaceSession()
{
    // Syncs first (they write through the ingestor), then the readers, then
    // the writer, and the workspace last.
    m_sync.reset();
    m_dashboard.reset();
    m_counter.reset();
    m_reader.reset();
    m_control.reset();
    m_ingestor.reset();
    // Keychain jobs of this session hold the workspace: let them finish.
    WorkspaceThread::instance().waitForIdle();
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

void WorkspaceSession::replaceSecret(qint64 storeId, QByteArray secret,
                                     std::function<void(const QString &error)> done)
{
    Workspace *ws = m_workspace.get();
    // The keychain and the workspace's own connection are both the workspace
    // thread's; the reference is read there too, so it is the stored one.
    WorkspaceThread::instance().post(
        this,
        [ws, storeId, secret]() mutable -> QString {
            try {
                const auto store = StoreRepository(ws->db()).byId(storeId);
                if (!store)
                    return tr("The store is no longer in this workspace.");
                CredentialStore(*ws).put(store->credentialRef, secret);
                secret.fill('\0');
                return {};
            } catch (const std::exception &e) {
                return QString::fromUtf8(e.what());
            }
        },
        [this, done](const QString &error) {
            if (error.isEmpty())
                reloadStores();
            done(error);
        });
}

void WorkspaceSession::addStore(Store store, QByteArray secret,
                                std::function<void(DbResult<Store>)> done)
{
    Workspace *ws = m_workspace.get();
    const bool keychain = ws->usesKeychain();
    const QString what = StoreCredentials::secretLabel(store);
    // The row first, with its credential reference; a vault workspace keeps
    // the secret in the same transaction.
    m_control->post(
        this,
        [ws, store, secret, keychain, what](Database &db) mutable {
            StoreRepository stores(db);
            CredentialStore credentials(*ws);
            store.credentialRef = QStringLiteral("pending");
            Transaction tx(db);
            store.id = stores.insert(store);
            store.credentialRef = credentials.newRef(store.id, what);
            stores.update(store);
            if (!keychain)
                credentials.put(store.credentialRef, secret);
            tx.commit();
            return store;
        },
        [this, ws, secret, keychain, done](DbResult<Store> result) mutable {
            if (!result.ok() || !keychain) {
                if (result.ok()) {
                    reloadStores();
                    m_sync->reloadStores();
                }
                done(std::move(result));
                return;
            }
            // A keychain workspace keeps the secret in the keychain, from the
            // keychain thread; without it the store row goes again.
            const Store stored = *result;
            WorkspaceThread::instance().post(
                this,
                [ws, stored, secret]() mutable -> QString {
                    try {
                        CredentialStore(*ws).put(stored.credentialRef, secret);
                        secret.fill('\0');
                        return {};
                    } catch (const std::exception &e) {
                        return QString::fromUtf8(e.what());
                    }
                },
                [this, stored, done](const QString &error) {
                    if (error.isEmpty()) {
                        reloadStores();
                        m_sync->reloadStores();
                        done(DbResult<Store>{stored, {}});
                        return;
                    }
                    const qint64 id = stored.id;
                    m_control->post(
                        this,
                        [id](Database &db) {
                            StoreRepository(db).remove(id);
                            return true;
                        },
                        [](DbResult<bool>) {});
                    done(DbResult<Store>{std::nullopt, error});
                });
        });
}

void WorkspaceSession::removeStore(qint64 storeId, std::function<void(const QString &)> done)
{
    m_sync->cancel(storeId);
    Workspace *ws = m_workspace.get();
    const bool keychain = ws->usesKeychain();
    m_control->post(
        this,
        [ws, storeId, keychain](Database &db) {
            StoreRepository stores(db);
            const std::optional<Store> store = stores.byId(storeId);
            if (!store)
                return QString();
            stores.remove(storeId);
            if (!keychain)
                CredentialStore(*ws).remove(store->credentialRef);
            return store->credentialRef;
        },
        [this, ws, keychain, done](DbResult<QString> result) {
            reloadStores();
            m_sync->reloadStores();
            if (result.ok() && keychain && !result->isEmpty()) {
                const QString ref = *result;
                WorkspaceThread::instance().post(
                    this,
                    [ws, ref] {
                        CredentialStore(*ws).remove(ref);
                        return true;
                    },
                    [](bool) {});
            }
            done(result.error);
        });
}

void WorkspaceSession::waitForIdle()
{
    m_control->waitForIdle();
    m_reader->waitForIdle();
    m_counter->waitForIdle();
    m_dashboard->waitForIdle();
}

} // namespace storelens
