#pragma once

#include "model/Store.h"
#include "session/SyncController.h"

#include <QCoreApplication>

#include <optional>

namespace storelens {

// What is wrong with a store's syncing, for the banner and the sidebar: it
// needs its owner (refused credentials, missing scopes, wrong domain; syncing
// stopped until reconnected), or its syncs keep failing and the scheduler
// backs off. `message` says what happened and what to do; `detail` is the
// technical cause, for "Details".
struct StoreSyncProblem
{
    Q_DECLARE_TR_FUNCTIONS(StoreSyncProblem)
public:
    qint64 storeId = 0;
    QString storeName;
    bool needsUser = false;
    // New credentials are the way out (refused token, missing scopes), as
    // opposed to a fix in Shopify followed by a retry (wrong domain, frozen shop).
    bool needsCredentials = false;
    SyncError::Kind kind = SyncError::Kind::None;
    QString message;
    QString detail;
    qint64 retryAtMs = 0; // backing off: the next attempt

    static std::optional<StoreSyncProblem> of(const Store &store,
                                              const SyncController::StoreState &state);
};

} // namespace storelens
