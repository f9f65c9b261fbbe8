#pragma once

#include "DbResult.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>

class QThread;

namespace storelens {
class WorkspaceThread;
}

namespace storelens {

// A thread with one database connection and a queue of jobs, so that no query
// ever runs on the GUI thread. Results come back on the GUI thread, to a
// context object; a context deleted in the meantime gets nothing. Jobs may
// spin a local event loop (the keychain does), since the thread has one.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<std::unique_ptr<Database>()>;

    // Opens its own connection with `opener`, on its thread.
    DbWorker(const QString &name, Opener opener, QObject *parent = nullptr);
    // Runs its jobs on the workspace thread with the workspace's own
    // connection, which only that thread may touch.
    DbWorker(Database &borrowed, WorkspaceThread &thread, QObject *parent = nullptr);
    ~DbWorker() override; // drops queued jobs, waits for the running one

    // Runs `job(Database &)` on the worker thread, then `done(DbResult<R>)` on
    // the GUI thread. A queued job with the same non-empty `key` that has not
    // started yet is dropped: only the newest question of a kind is answered.
    template <typename Job, typename Done>
    void post(QObject *context, Job job, Done done, const QString &key = {})
    {
        using R = std::invoke_result_t<Job &, Database &>;
        QPointer<QObject> guard(context);
        auto task = [this, guard, job = std::move(job),
                     done = std::move(done)](Database *db, const QString &openError) mutable {
            auto result = std::make_shared<DbResult<R>>();
            if (!db)
                result->error = openError;
            else
                result->error = guarded([&] { result->value.emplace(job(*db)); });
            deliver([guard, done, result]() mutable {
                if (guard)
                    done(std::move(*result));
            });
        };
        enqueue(std::move(task), key);
    }

    // Drops queued jobs whose key starts with `prefix`.
    void dropQueued(const QString &prefix);
    // Blocks until every job posted so far has run (tests, shutdown).
    void waitForIdle();
    int pending() const;

private:
    using Task = std::function<void(Database *, const QString &)>;
    struct Entry
    {
        QString key;
        Task task;
    };
    void start(const QString &name);
    void enqueue(Task task, const QString &key);
    void deliver(std::function<void()> callback);
    void loop();
    // Runs `f`, turning any exception into a user-facing message.
    static QString guarded(const std::function<void()> &f);

    Opener m_opener;
    Database *m_borrowed = nullptr;
    WorkspaceThread *m_external = nullptr;
    std::unique_ptr<QThread> m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Entry> m_queue;
    bool m_running = false;
    bool m_stop = false;
};

} // namespace storelens
