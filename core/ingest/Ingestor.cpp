#include "Ingestor.h"

#include "BatchWriter.h"
#include "ProductDayPacker.h"
#include "common/Redaction.h"
#include "storage/DatabaseError.h"
#include "storage/Workspace.h"

#include <QPromise>

namespace storelens {

namespace {
// What a batch holds, for the bounds on a transaction: orders (a bulk batch's
// are its header pieces) and customers.
size_t recordsOf(const IngestBatch &batch)
{
    size_t records = batch.orders.size() + batch.customers.size();
    for (const OrderPiece &piece : batch.orderPieces)
        records += piece.kind == OrderPiece::Kind::Header;
    return records;
}
} // namespace

struct Ingestor::Job
{
    IngestBatch batch;
    QPromise<IngestReport> promise;
};

Ingestor::Ingestor(const Workspace &workspace, const Clock &clock)
    : m_workspace(workspace)
    , m_clock(clock)
    , m_thread([this] { run(); })
{}

Ingestor::~Ingestor()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

QFuture<IngestReport> Ingestor::submit(IngestBatch batch)
{
    auto job = std::make_unique<Job>();
    job->batch = std::move(batch);
    job->promise.start();
    QFuture<IngestReport> future = job->promise.future();
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
    return future;
}

void Ingestor::freeWritten()
{
    std::vector<IngestBatch> written;
    {
        std::lock_guard lock(m_mutex);
        written.swap(m_written);
    }
}

void Ingestor::waitForRoom(int maxQueued)
{
    freeWritten();
    std::unique_lock lock(m_mutex);
    // Batches being written do not count: a producer refills the queue while
    // the writer writes, so that its transaction goes on (a commit, and the
    // rows every transaction updates such as running totals, cost per
    // transaction). Held in memory: the queue, the batches being written (up
    // to kMaxCoalescedBatches) and up to kMaxWrittenKept written ones.
    m_progress.wait(lock, [&] { return int(m_queue.size()) <= maxQueued; });
}

void Ingestor::waitForIdle()
{
    std::unique_lock lock(m_mutex);
    // Also the days another connection (a killed run, another process) left.
    m_packPending = m_packPending || m_canPack;
    ++m_idleWaiters;
    m_wake.notify_one();
    m_progress.wait(lock, [&] { return m_queue.empty() && !m_busy && !m_packPending; });
    --m_idleWaiters;
}

int Ingestor::queued() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

void Ingestor::resetStore(qint64 storeId)
{
    std::lock_guard lock(m_mutex);
    m_failedStores.erase(storeId);
    m_storesToForget.insert(storeId);
}

void Ingestor::packSome(ProductDayPacker &packer)
{
    bool more = false;
    try {
        more = packer.packSome() > 0;
    } catch (const DatabaseError &) {
        // Packing only saves reading time: the days stay on the list, read
        // from their rows, and the next batch brings another try.
    }
    {
        std::lock_guard lock(m_mutex);
        m_busy = false;
        m_packPending = more;
    }
    m_progress.notify_all();
}

void Ingestor::run()
{
    std::unique_ptr<Database> db;
    QString openError;
    try {
        db = m_workspace.openConnection();
    } catch (const DatabaseError &e) {
        openError = e.message();
    }
    std::unique_ptr<BatchWriter> writer;
    std::unique_ptr<ProductDayPacker> packer;
    if (db) {
        writer = std::make_unique<BatchWriter>(*db, m_clock);
        packer = std::make_unique<ProductDayPacker>(*db);
    } else {
        std::lock_guard lock(m_mutex);
        m_packPending = m_canPack = false;
    }
    m_progress.notify_all();

    bool quiet = false; // the queue stayed empty for kPackDelay since the last batch
    // The open transaction: its store, what it holds, and the jobs written in
    // it, answered when it commits (their batches are freed before that).
    bool txOpen = false;
    qint64 txStore = 0;
    size_t txRecords = 0;
    std::chrono::steady_clock::time_point txStart;
    std::vector<std::unique_ptr<Job>> txJobs;
    std::vector<IngestReport> txReports;
    const auto failure = [&](const DatabaseError &e) {
        IngestReport report;
        report.ok = false;
        report.diskFull = e.isDiskFull();
        report.error =
            e.isDiskFull()
                ? tr("The disk is full: nothing of this batch was written. "
                     "Free some space and sync again.")
                : tr("Could not write to the workspace: %1").arg(Redaction::redact(e.message()));
        return report;
    };
    // Commits the open transaction (or, with `error`, takes it back) and
    // answers its jobs.
    const auto finishTx = [&](std::optional<IngestReport> error) {
        if (!error) {
            try {
                writer->commit();
            } catch (const DatabaseError &e) {
                error = failure(e);
            }
        } else {
            writer->rollback();
        }
        if (error) {
            txReports.assign(txJobs.size(), *error);
            std::lock_guard lock(m_mutex);
            m_failedStores.insert(txStore);
        }
        for (size_t i = 0; i < txJobs.size(); ++i) {
            txJobs[i]->promise.addResult(txReports[i]);
            txJobs[i]->promise.finish();
        }
        txJobs.clear();
        txReports.clear();
        txOpen = false;
        txRecords = 0;
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
            m_packPending = true;
        }
        m_progress.notify_all();
    };

    for (;;) {
        // Take the next job and whatever else is queued behind it (up to a
        // bound). A transaction stays open while the same store's batches keep
        // coming, up to kMaxTransactionOrders or kMaxTransactionTime (readers
        // see a long sync progress): one commit, and one update of
        // the rollups every transaction touches (running totals, months), for
        // many batches, without holding those batches in memory. Jobs of
        // stores that failed earlier are answered without writing.
        std::vector<std::unique_ptr<Job>> jobs;
        std::vector<std::unique_ptr<Job>> refused;
        std::set<qint64> forget;
        size_t records = 0; // of the jobs taken
        bool commitNow = false;
        {
            std::unique_lock lock(m_mutex);
            const auto ready = [&] {
                return m_stop || !m_queue.empty() || (m_packPending && m_idleWaiters > 0);
            };
            if (txOpen) {
                // Never wait with a transaction open: commit once nothing of
                // its store is queued.
                commitNow = m_queue.empty() || m_queue.front()->batch.storeId != txStore ||
                            txRecords >= kMaxTransactionOrders ||
                            std::chrono::steady_clock::now() - txStart >= kMaxTransactionTime;
            } else {
                // With days to pack, wait for a batch only until the queue has
                // been quiet for kPackDelay (or someone waits for idle), then
                // pack a transaction at a time, looking at the queue in between.
                if (!m_written.empty() && !ready()) {
                    lock.unlock();
                    freeWritten(); // idle: the producer is not waiting on us
                    lock.lock();
                }
                if (!m_packPending)
                    m_wake.wait(lock, ready);
                else if (!quiet)
                    m_wake.wait_for(lock, kPackDelay, ready);
                if (m_queue.empty() && m_stop)
                    break; // stopping and drained; what is left to pack waits for the next run
                if (m_queue.empty()) {
                    if (!m_packPending)
                        continue;
                    quiet = true;
                    m_busy = true;
                    lock.unlock();
                    packSome(*packer);
                    continue;
                }
            }
            if (!commitNow) {
                quiet = false;
                forget.swap(m_storesToForget);
                while (!m_queue.empty() && jobs.size() < kMaxCoalescedBatches &&
                       records < kMaxCoalescedOrders) {
                    // Only one store per transaction: a failure must not take
                    // another store's batches with it.
                    const qint64 store = txOpen ? txStore
                                                : (jobs.empty() ? m_queue.front()->batch.storeId
                                                                : jobs.front()->batch.storeId);
                    if (m_queue.front()->batch.storeId != store)
                        break;
                    std::unique_ptr<Job> job = std::move(m_queue.front());
                    m_queue.pop_front();
                    if (m_failedStores.count(job->batch.storeId)) {
                        refused.push_back(std::move(job));
                        continue;
                    }
                    records += recordsOf(job->batch);
                    jobs.push_back(std::move(job));
                }
                m_busy = true;
            }
        }
        if (commitNow) {
            finishTx(std::nullopt);
            continue;
        }
        m_progress.notify_all(); // room in the queue: producers refill it while we write

        for (auto &job : refused) {
            IngestReport report;
            report.ok = false;
            report.error = tr("Not written: an earlier batch of this store failed.");
            job->promise.addResult(report);
            job->promise.finish();
        }

        if (writer) {
            for (const qint64 storeId : forget)
                writer->forgetStore(storeId);
        }
        if (!jobs.empty() && !writer) {
            IngestReport unopened;
            unopened.ok = false;
            unopened.error = tr("The workspace could not be opened for writing: %1").arg(openError);
            std::lock_guard lock(m_mutex);
            for (auto &job : jobs) {
                m_failedStores.insert(job->batch.storeId);
                job->promise.addResult(unopened);
                job->promise.finish();
            }
            jobs.clear();
        }
        if (!jobs.empty()) {
            std::vector<const IngestBatch *> batches;
            for (const auto &job : jobs)
                batches.push_back(&job->batch);
            std::optional<IngestReport> error;
            try {
                if (!txOpen) {
                    // Set first: a failing BEGIN fails these jobs' store.
                    txOpen = true;
                    txStore = jobs.front()->batch.storeId;
                    txStart = std::chrono::steady_clock::now();
                    writer->begin();
                }
                for (IngestReport &report : writer->writeMore(batches))
                    txReports.push_back(std::move(report));
            } catch (const DatabaseError &e) {
                error = failure(e);
            }
            // Written: the batches' memory is not needed until the commit.
            txRecords += records;
            {
                std::lock_guard lock(m_mutex);
                for (auto &job : jobs) {
                    if (m_written.size() < kMaxWrittenKept)
                        m_written.push_back(std::move(job->batch));
                    job->batch = IngestBatch();
                    txJobs.push_back(std::move(job));
                }
            }
            if (error)
                finishTx(error);
            continue;
        }
        {
            std::lock_guard lock(m_mutex);
            m_busy = txOpen;
        }
        m_progress.notify_all();
    }
    writer.reset();
    db.reset();
    m_progress.notify_all();
}

} // namespace storelens
