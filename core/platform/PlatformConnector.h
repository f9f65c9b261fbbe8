#pragma once

#include "ConnectorContext.h"
#include "ShopInfo.h"
#include "SyncError.h"

#include <QString>
#include <QStringList>

namespace storelens {

// What a sync run tells of a connector's requests, whatever its platform:
// each platform's own way of saying "slow down" is counted as throttled
// (Shopify's THROTTLED, a host's 429 or 503).
struct RequestStats
{
    qint64 requests = 0;
    qint64 throttled = 0;
    qint64 retries = 0;
    qint64 overCostLimit = 0; // queries refused as too large (Shopify MAX_COST_EXCEEDED)
};

// The platform-neutral face of a connector: how the sync engine, scheduler,
// CLI and wizard reach any store, so that nothing outside
// core/connectors/<platform>/ names a platform's types. A connector is made
// for one store and one run; its methods run on the run's worker thread,
// except cancel(), which any thread may call.
class PlatformConnector
{
public:
    virtual ~PlatformConnector() = default;

    // Tests the connection and reads the shop: name, currency, time zone and
    // what is missing. An error says precisely what is wrong and what to do.
    virtual SyncError fetchShop(ShopInfo *out) = 0;
    // The resources it syncs, in the order they are synced.
    virtual QStringList resources() const = 0;
    // Turns one resource's pages, exports or reports into batches for
    // `context.sink`, each with the checkpoint it advances.
    virtual SyncError sync(const QString &resource, const ConnectorContext &context) = 0;
    virtual void cancel() = 0;
    virtual RequestStats stats() const = 0;
};

} // namespace storelens
