#pragma once

#include "IngestBatch.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QFuture>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

namespace storelens {

class ProductDayPacker;
class Workspace;

// The workspace's single writer. Batches are queued and written in order on a
// dedicated thread with its own connection, so callers (the GUI thread, the
// sync engine, a JSONL parser) never wait on disk. A transaction lasts while
// one store's batches keep coming (see kMaxTransactionOrders); each batch is
// answered when its transaction commits. A batch that fails takes back its
// transaction (the batches written with it get the same answer) and blocks
// its store's later batches, whose checkpoints would otherwise skip the lost
// data, until `resetStore()`. When the queue has been
// quiet for a moment, the thread packs the product days that changed
// (ProductDayPacker), a short transaction at a time, so that a new batch
// never waits long.
class Ingestor
{
    Q_DECLARE_TR_FUNCTIONS(Ingestor)
public:
    explicit Ingestor(const Workspace &workspace, const Clock &clock = Clock::system());
    ~Ingestor(); // writes what is queued, then stops

    QFuture<IngestReport> submit(IngestBatch batch);
    // Blocks until at most `maxQueued` batches wait. For producer threads that
    // should not outrun the writer (bounded memory); never call it on the GUI thread.
    // Also frees the batches written since, on the producer's thread.
    void waitForRoom(int maxQueued);
    // Blocks until everything submitted so far is written and the product
    // days waiting to be packed are packed.
    void waitForIdle();
    int queued() const;
    // Accepts the store's batches again after a failure, and has the writer
    // read the store afresh (time zone, stored orders) before its next batch:
    // call it when a sync of the store starts.
    void resetStore(qint64 storeId);

private:
    static constexpr size_t kMaxCoalescedBatches = 8;
    static constexpr size_t kMaxCoalescedOrders = 20000;
    // A transaction stays open while its store's batches keep coming, up to
    // this many orders or this long.
    static constexpr size_t kMaxTransactionOrders = 40000;
    static constexpr std::chrono::milliseconds kMaxTransactionTime{500};
    // How long the queue stays empty before packing starts: a sync delivers
    // its batches closer together, and would change the days again.
    static constexpr std::chrono::milliseconds kPackDelay{200};
    struct Job;
    void run();
    // One transaction of packing on the writer's thread; clears m_busy.
    void packSome(ProductDayPacker &packer);
    // Frees the written batches handed back to producers (see m_written).
    void freeWritten();

    const Workspace &m_workspace;
    const Clock &m_clock;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::deque<std::unique_ptr<Job>> m_queue;
    // Written batches, freed by the next waitForRoom() (the producer's thread,
    // which allocated them and has time to spare) or by the writer once idle:
    // freeing a batch's strings is a fair share of the writer's time otherwise.
    static constexpr size_t kMaxWrittenKept = 8;
    std::vector<IngestBatch> m_written;
    std::set<qint64> m_failedStores;
    std::set<qint64> m_storesToForget; // resetStore() since the writer last looked
    bool m_busy = false;
    // Days may wait to be packed: true from the start, for those a previous
    // run (or a migration) left.
    bool m_packPending = true;
    bool m_canPack = true; // false when the writer's connection did not open
    int m_idleWaiters = 0; // threads in waitForIdle(): pack without delay
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace storelens
