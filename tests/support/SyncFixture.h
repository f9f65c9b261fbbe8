#pragma once

#include "TestEnvironment.h"
#include "ingest/Ingestor.h"
#include "sim/ShopifySimulator.h"
#include "sim/ShopifySimulatorHost.h"
#include "storage/Workspace.h"
#include "sync/SyncEngine.h"

#include <QProcessEnvironment>

#include <functional>
#include <memory>

namespace storelens::test {

// A simulated Shopify store on its own thread and an encrypted workspace with
// one store pointing at it, ready to sync through the real engine.
class SyncFixture
{
public:
    explicit SyncFixture(sim::ShopifySimConfig config,
                         const QString &workspaceName = QStringLiteral("Sync"),
                         bool clientCredentials = false);
    ~SyncFixture();

    sim::ShopifySimulator &sim() { return m_host->simulator(); }
    Workspace &workspace() { return *m_workspace; }
    Database &db() { return m_workspace->db(); }
    Store store() const;
    StoreConnection connection() const;
    Ingestor &ingestor() { return *m_ingestor; }

    // A full run of the sync engine; `cancelAfter` progress events cancels it.
    SyncEngine::Result sync(SyncEngine::Options options = {}, int cancelAfter = -1);
    // A run cancelled at the first progress event `cancelAt` accepts.
    SyncEngine::Result syncUntil(SyncEngine::Options options,
                                 const std::function<bool(const SyncEngine::Progress &)> &cancelAt,
                                 SyncEngine::Deferral deferral = SyncEngine::Deferral::Settle);

    // For storelens-cli to use the fixture's store: the token in the
    // workspace's vault, where the CLI reads it, and the workspace's home.
    QProcessEnvironment cliEnvironment();

    // Differences between the workspace and the simulator's truth (empty when
    // they agree record for record).
    QStringList compareWithTruth();

private:
    std::unique_ptr<sim::ShopifySimulatorHost> m_host;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Ingestor> m_ingestor;
    qint64 m_storeId = 0;
    bool m_clientCredentials = false;
};

} // namespace storelens::test
