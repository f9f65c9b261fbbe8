#pragma once

#include "ingest/IngestBatch.h"

#include <QString>

#include <functional>

namespace storelens {

// What the sync engine gives a connector for one resource of one store: where
// its batches go (each carrying the checkpoint it advances, so the ingestor
// commits both together), how it reports progress and log lines, and the
// checkpoints committed so far.
struct ConnectorContext
{
    // Hands a batch to the writer; false means stop (cancelled, writer failed).
    using Sink = std::function<bool(IngestBatch &&)>;
    using Progress = std::function<void(const QString &resource, qint64 done, qint64 total)>;
    using Log = std::function<void(const QString &message)>;

    qint64 storeId = 0;
    QString spoolDir;  // where large exports are streamed, encrypted
    bool full = false; // ignore checkpoints: fetch everything again
    qint64 nowMs = 0;  // the sync's start, the upper bound of an export
    Sink sink;
    Progress progress;
    Log log;
    std::function<QString(const QString &resource)> checkpoint; // stored cursor or empty
};

} // namespace storelens
