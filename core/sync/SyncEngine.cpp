#include "SyncEngine.h"

#include "StoreCredentials.h"
#include "SyncReread.h"
#include "common/AppPaths.h"
#include "ingest/Ingestor.h"
#include "storage/DatabaseError.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <deque>

namespace storelens {

SyncEngine::SyncEngine(const Workspace &workspace, Ingestor &ingestor, const Clock &clock)
    : m_workspace(workspace)
    , m_ingestor(ingestor)
    , m_clock(clock)
{}

QString SyncEngine::spoolDir()
{
    return AppPaths::dataDir() + QStringLiteral("/spool");
}

void SyncEngine::cancel(Deferral deferral)
{
    m_keepDeferral = deferral == Deferral::Keep;
    m_cancelled = true;
    if (PlatformConnector *connector = m_connector.load())
        connector->cancel();
}

SyncEngine::Result SyncEngine::run(const StoreConnection &connection, const Options &options,
                                   const std::function<void(const Progress &)> &progress)
{
    const Store &store = connection.store;
    Result result;
    QElapsedTimer timer;
    timer.start();
    auto report = [&](const QString &resource, qint64 done, qint64 total,
                      const QString &message = {}) {
        if (progress)
            progress({store.id, resource, done, total, message});
    };

    std::unique_ptr<Database> db;
    try {
        db = m_workspace.openConnection();
        db->cached("INSERT INTO sync_runs (store_id, trigger, started_at, status) VALUES (?, ?, ?, "
                   "'running')")
            .bindAll(store.id, options.trigger, m_clock.nowMs())
            .exec();
        result.runId = db->lastInsertRowId();
    } catch (const DatabaseError &e) {
        result.error.kind = SyncError::Kind::Storage;
        result.error.message =
            tr("Could not record the sync of store \"%1\": %2").arg(store.name, e.message());
        return result;
    }

    QNetworkAccessManager network;
    QString unknown;
    const Platform *platform = StoreCredentials::platformOf(store, &unknown);
    std::unique_ptr<PlatformConnector> made;
    if (platform) {
        ConnectorSettings settings;
        settings.clock = &m_clock;
        settings.retries = options.retries;
        settings.bulkThreshold = options.bulkThreshold;
        made = platform->connector(connection, network, settings);
    }
    PlatformConnector *connector = made.get();
    m_connector = connector;
    if (connector && m_cancelled)
        connector->cancel();

    // Writes go through the ingestor; failures come back through the futures.
    std::deque<std::pair<QString, QFuture<IngestReport>>> inFlight;
    IngestReport failed;
    auto collect = [&](bool wait) {
        while (!inFlight.empty() && (wait || inFlight.front().second.isFinished())) {
            const IngestReport r = inFlight.front().second.result();
            const QString &resource = inFlight.front().first;
            result.counts[resource] += r.ordersInserted + r.ordersUpdated + r.customers +
                                       r.products + r.locations + r.inventoryLevels + r.checkouts;
            if (r.rejected)
                result.counts[QStringLiteral("rejected")] += r.rejected;
            if (!r.ok && failed.ok)
                failed = r;
            inFlight.pop_front();
        }
        return failed.ok;
    };

    ShopInfo shop;
    SyncError error;
    if (!connector) {
        error.kind = SyncError::Kind::ShopNotFound; // the user must remove or update the store
        error.message = unknown;
    } else {
        error = connector->fetchShop(&shop);
    }
    if (!error.isError()) {
        // The shop's currency and time zone decide how amounts and days are kept.
        Store updated = store;
        updated.currency = shop.currency;
        updated.timezone = shop.timezone;
        updated.plan = shop.plan;
        try {
            db->cached(
                  "UPDATE OR FAIL stores SET currency = ?, timezone = ?, plan = ? WHERE id = ?")
                .bindAll(updated.currency, updated.timezone, updated.plan, store.id)
                .exec();
        } catch (const DatabaseError &e) {
            error.kind = SyncError::Kind::Storage;
            error.message = tr("Could not update store \"%1\": %2").arg(store.name, e.message());
        }
    }
    m_ingestor.resetStore(store.id);

    const QStringList resources = !options.resources.isEmpty() ? options.resources
                                  : connector                  ? connector->resources()
                                                               : QStringList();
    std::map<QString, QString> rereads;
    try {
        rereads = SyncReread::pending(*db, store.id);
    } catch (const DatabaseError &) {
        // No re-read known: the sync itself still works.
    }
    for (const QString &resource : resources) {
        if (error.isError())
            break;
        const auto reread = rereads.find(resource);
        if (reread != rereads.end()) {
            try {
                SyncReread::start(*db, store.id, resource);
            } catch (const DatabaseError &e) {
                error.kind = SyncError::Kind::Storage;
                error.message =
                    tr("Could not update store \"%1\": %2").arg(store.name, e.message());
                break;
            }
        }
        ConnectorContext cx;
        cx.storeId = store.id;
        cx.spoolDir = spoolDir();
        cx.full = options.full;
        cx.nowMs = m_clock.nowMs();
        cx.checkpoint = [&](const QString &name) {
            Statement &q = db->cached(
                "SELECT cursor FROM sync_checkpoints WHERE store_id = ? AND resource = ?");
            q.bindAll(store.id, name);
            const QString cursor = q.step() ? q.text(0) : QString();
            q.reset();
            return cursor;
        };
        cx.sink = [&](IngestBatch &&batch) {
            if (m_cancelled || !collect(false))
                return false;
            m_ingestor.waitForRoom(4); // bounded memory: never far ahead of the writer
            inFlight.emplace_back(resource, m_ingestor.submit(std::move(batch)));
            return true;
        };
        cx.progress = [&](const QString &name, qint64 done, qint64 total) {
            report(name, done, total);
        };
        cx.log = [&](const QString &message) {
            report(resource, -1, -1, message);
            try {
                db->cached("INSERT INTO events (store_id, at, kind, resource, detail) VALUES (?, "
                           "?, 'sync', ?, ?)")
                    .bindAll(store.id, m_clock.nowMs(), resource, message)
                    .exec();
            } catch (const DatabaseError &) {
                // The log line is informative only.
            }
        };
        if (reread != rereads.end())
            cx.log(SyncReread::describe(reread->second));
        // Each resource's checkpoint must be committed before the next reads its own.
        error = connector->sync(resource, cx);
        if (!collect(true) && !error.isError()) {
            error.kind = SyncError::Kind::Storage;
            error.message = tr("Store \"%1\": %2").arg(store.name, failed.error);
        }
        if (reread != rereads.end() && !error.isError()) {
            try {
                SyncReread::finish(*db, store.id, resource);
            } catch (const DatabaseError &) {
                // Read again next time: harmless, as every write is idempotent.
            }
        }
    }
    collect(true);
    const bool keepDeferral = error.kind == SyncError::Kind::Cancelled && m_keepDeferral;
    if (error.isError() && !keepDeferral && failed.ok) {
        // A bulk export that stops before its end (a revoked token, a server
        // that keeps failing, a pause, the network gone) leaves the customer
        // figures deferred: count them for what it brought rather than leave
        // them pending until the export resumes, which may be days away.
        inFlight.emplace_back(QStringLiteral("orders"),
                              m_ingestor.submit(IngestBatch::settle(store.id)));
        collect(true);
    }
    if (!failed.ok && (!error.isError() || error.kind == SyncError::Kind::Cancelled)) {
        error.kind = SyncError::Kind::Storage;
        error.message = tr("Store \"%1\": %2").arg(store.name, failed.error);
    }
    m_connector = nullptr;

    result.error = error;
    result.elapsedMs = timer.elapsed();
    if (connector)
        result.requests = connector->stats();
    QJsonObject counts;
    for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    const QString status = !error.isError()                           ? QStringLiteral("ok")
                           : error.kind == SyncError::Kind::Cancelled ? QStringLiteral("cancelled")
                                                                      : QStringLiteral("failed");
    try {
        db->cached("UPDATE OR FAIL sync_runs SET finished_at = ?, status = ?, error_kind = ?, "
                   "error_message = ?, counts = ? WHERE id = ?")
            .bindAll(m_clock.nowMs(), status, error.isError() ? error.kindName() : QString(),
                     error.isError() ? error.message + (error.detail.isEmpty()
                                                            ? QString()
                                                            : QStringLiteral(" [") + error.detail +
                                                                  QLatin1Char(']'))
                                     : QString(),
                     QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)),
                     result.runId)
            .exec();
        // A store paused while this run was stopping stays paused.
        db->cached("UPDATE OR FAIL stores SET status = ?, status_detail = ? WHERE id = ? AND "
                   "status != 'paused'")
            .bindAll(error.needsUser() ? QStringLiteral("needs_attention")
                                       : QStringLiteral("active"),
                     error.needsUser() ? error.message : QString(), store.id)
            .exec();
    } catch (const DatabaseError &) {
        // Keep the sync's own error; the history is secondary.
    }
    return result;
}

} // namespace storelens
