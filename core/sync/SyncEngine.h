#pragma once

#include "common/Clock.h"
#include "model/Store.h"
#include "platform/PlatformConnector.h"
#include "platform/RetryPolicy.h"
#include "platform/StoreConnection.h"
#include "platform/SyncError.h"

#include <QCoreApplication>
#include <QMap>

#include <atomic>
#include <functional>

namespace storelens {

class Ingestor;
class Workspace;

// Runs one store's sync: reads the shop, then each resource from its
// checkpoint, handing batches to the ingestor (the single writer) and
// recording the run in the sync history. Blocking: call it on a worker thread
// (or the CLI's main thread); cancel() from any thread.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    struct Options
    {
        bool full = false; // ignore checkpoints
        QString trigger = QStringLiteral("manual");
        qint64 bulkThreshold = 2500; // records to fetch at or above which a bulk path is used
        QStringList resources;       // empty = all
        RetryPolicy::Config retries; // backoff of transient failures
    };
    struct Progress
    {
        qint64 storeId = 0;
        QString resource;
        qint64 done = 0;
        qint64 total = -1; // unknown
        QString message;   // a log line, when set
    };
    struct Result
    {
        SyncError error;
        QMap<QString, qint64> counts; // records written per resource
        qint64 elapsedMs = 0;
        qint64 runId = 0;
        RequestStats requests;
    };

    SyncEngine(const Workspace &workspace, Ingestor &ingestor,
               const Clock &clock = Clock::system());

    // The store's platform comes from PlatformRegistry by Store::platform.
    Result run(const StoreConnection &connection, const Options &options,
               const std::function<void(const Progress &)> &progress = {});
    // What a cancelled run does with the customer figures a bulk export
    // deferred (see IngestBatch::CustomerRollups): Settle counts them for the
    // orders that came, one pass over the store's orders, so that a paused or
    // offline store shows exact figures; Keep leaves them pending for the
    // export that resumes when the workspace opens again (a quick close).
    enum class Deferral
    {
        Settle,
        Keep
    };
    void cancel(Deferral deferral = Deferral::Settle);
    // Where bulk exports are spooled (encrypted) while they are read.
    static QString spoolDir();

private:
    const Workspace &m_workspace;
    Ingestor &m_ingestor;
    const Clock &m_clock;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_keepDeferral{false};
    std::atomic<PlatformConnector *> m_connector{nullptr};
};

} // namespace storelens
