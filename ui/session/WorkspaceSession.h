#pragma once

#include "DbResult.h"
#include "model/Store.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace storelens {

class DbWorker;
class Ingestor;
class SyncController;
class Workspace;

// One open workspace and everything that works on it off the GUI thread: the
// workspace thread with the workspace's own connection (stores, credentials,
// the sync scheduler), readers (table windows and details; counts; the
// dashboard), the single writer (ingestor)
// and the syncs. Destroying it cancels the syncs and waits for the threads.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Workspace &workspace() { return *m_workspace; }
    QString name() const;
    bool usesKeychain() const;

    DbWorker &control() { return *m_control; }
    DbWorker &reader() { return *m_reader; }
    // Counts (a full index scan on a big table) on their own thread, so that
    // windows of rows never wait behind them.
    DbWorker &counter() { return *m_counter; }
    DbWorker &dashboardReader() { return *m_dashboard; }
    Ingestor &ingestor() { return *m_ingestor; }
    SyncController &sync() { return *m_sync; }

    // The stores as last loaded (reloadStores() refreshes them).
    const QList<Store> &stores() const { return m_stores; }
    std::optional<Store> store(qint64 id) const;
    bool storesLoaded() const { return m_storesLoaded; }
    void reloadStores();
    // Ids of the stores a scope covers: one store, or all (storeId 0).
    QList<qint64> storeIds(qint64 storeId) const;

    // Adds a store and keeps its secret in the keychain (or, for a passphrase
    // workspace, in the encrypted workspace). `done` gets the stored store.
    // A secret the keychain refuses takes the store row with it.
    void addStore(Store store, QByteArray secret, std::function<void(DbResult<Store>)> done);
    // Keeps a new secret for a store under its credential reference (the
    // keychain or the vault, on the workspace thread); `done` gets an error
    // message, empty on success.
    void replaceSecret(qint64 storeId, QByteArray secret,
                       std::function<void(const QString &error)> done);
    // Removes a store, its records and its credential.
    void removeStore(qint64 storeId, std::function<void(const QString &error)> done);
    // The keychain entries of the stores, for deleting the workspace.
    QStringList credentialRefs() const;

    // Waits until every worker is idle (tests).
    void waitForIdle();

signals:
    void storesChanged();
    // Records were written (a sync is running or finished): views refresh.
    void dataChanged(qint64 storeId);

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Ingestor> m_ingestor;
    std::unique_ptr<DbWorker> m_control;
    std::unique_ptr<DbWorker> m_reader;
    std::unique_ptr<DbWorker> m_counter;
    std::unique_ptr<DbWorker> m_dashboard;
    std::unique_ptr<SyncController> m_sync;
    QList<Store> m_stores;
    bool m_storesLoaded = false;
};

} // namespace storelens
