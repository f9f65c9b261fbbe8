#include "StoreSyncProblem.h"

namespace storelens {

std::optional<StoreSyncProblem> StoreSyncProblem::of(const Store &store,
                                                     const SyncController::StoreState &state)
{
    StoreSyncProblem p;
    p.storeId = store.id;
    p.storeName = store.name;
    // Until the scheduler has reported, the stored status is all there is.
    p.needsUser =
        state.known ? state.needsAttention : store.status == QLatin1String("needs_attention");
    const SyncError &error = state.lastError;
    if (p.needsUser) {
        p.message = error.isError() && !error.message.isEmpty() ? error.message
                    : !store.statusDetail.isEmpty()             ? store.statusDetail
                                                    : tr("StoreLens cannot sync %1 until you "
                                                         "reconnect it.")
                                                          .arg(store.name);
        p.detail = error.detail;
        p.kind = error.kind;
        // A stored status without the scheduler's error: most likely the token.
        p.needsCredentials = error.kind == SyncError::Kind::InvalidToken ||
                             error.kind == SyncError::Kind::MissingScopes || !error.needsUser();
        return p;
    }
    if (state.running || state.paused || state.consecutiveFailures == 0 || !error.isError() ||
        error.kind == SyncError::Kind::Cancelled)
        return std::nullopt;
    p.message = error.message;
    p.detail = error.detail;
    p.kind = error.kind;
    p.retryAtMs = state.nextDueMs;
    return p;
}

} // namespace storelens
