#include "DbWorker.h"

#include "ThreadPriority.h"
#include "WorkspaceThread.h"

#include "storage/DatabaseError.h"
#include "storage/WorkspaceError.h"

#include <QCoreApplication>
#include <QThread>

namespace storelens {

DbWorker::DbWorker(const QString &name, Opener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
{
    start(name);
}

DbWorker::DbWorker(Database &borrowed, WorkspaceThread &thread, QObject *parent)
    : QObject(parent)
    , m_borrowed(&borrowed)
    , m_external(&thread)
{}

DbWorker::~DbWorker()
{
    if (m_external) {
        // Jobs still queued there hold this worker: let them run first.
        m_external->waitForIdle();
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    m_thread->wait();
}

void DbWorker::start(const QString &name)
{
    m_thread.reset(QThread::create([this] { loop(); }));
    m_thread->setObjectName(name);
    m_thread->start();
}

QString DbWorker::guarded(const std::function<void()> &f)
{
    try {
        f();
        return {};
    } catch (const DatabaseError &e) {
        return e.message();
    } catch (const WorkspaceError &e) {
        return e.message();
    } catch (const std::exception &e) {
        const QString what = QString::fromUtf8(e.what());
        return what.isEmpty() ? QCoreApplication::translate("DbWorker", "Unexpected error.") : what;
    }
}

void DbWorker::enqueue(Task task, const QString &key)
{
    if (m_external) {
        Database *db = m_borrowed;
        m_external->run([task = std::move(task), db] { task(db, QString()); });
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return;
        if (!key.isEmpty()) {
            for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
                if (it->key == key) {
                    m_queue.erase(it);
                    break;
                }
            }
        }
        m_queue.push_back({key, std::move(task)});
    }
    m_wake.notify_one();
}

void DbWorker::dropQueued(const QString &prefix)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_queue, [&](const Entry &e) { return e.key.startsWith(prefix); });
}

void DbWorker::waitForIdle()
{
    if (m_external) {
        m_external->waitForIdle();
        return;
    }
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_stop || (m_queue.empty() && !m_running); });
}

int DbWorker::pending() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size()) + (m_running ? 1 : 0);
}

void DbWorker::deliver(std::function<void()> callback)
{
    // `this` lives on the GUI thread and outlives the worker thread, so the
    // posted call is either delivered there or dropped with this object.
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}

void DbWorker::loop()
{
    ThreadPriority::lowerCurrentThread();
    std::unique_ptr<Database> own;
    QString openError;
    Database *db = m_borrowed;
    if (!db) {
        openError = guarded([&] { own = m_opener(); });
        db = own.get();
    }
    for (;;) {
        Entry entry;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                break;
            entry = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = true;
        }
        entry.task(db, openError);
        {
            std::lock_guard lock(m_mutex);
            m_running = false;
        }
        m_idle.notify_all();
    }
    own.reset();
    m_idle.notify_all();
}

} // namespace storelens
