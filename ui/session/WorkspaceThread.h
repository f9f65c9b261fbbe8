#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>

class QThread;

namespace storelens {

// The thread that owns the workspace: it opens, creates, renames and deletes
// workspaces, uses the open workspace's own connection (stores, credentials,
// sync history), hosts the sync scheduler, and is the one thread that talks
// to the system keychain. QtKeychain keeps its job queue in the thread that
// first used it, so every keychain call must come from the same thread; the
// workspace's own connection and the scheduler, which reads the keychain
// before each sync, must then live there too. Not the GUI thread: a keychain
// answer can take a while, and opening a workspace derives keys and migrates.
// Lives as long as the application.
class WorkspaceThread : public QObject
{
    Q_OBJECT
public:
    static WorkspaceThread &instance();
    ~WorkspaceThread() override;

    // Runs `work()` there, then `done(result)` on the GUI thread unless
    // `context` was deleted meanwhile. Jobs run one after the other.
    template <typename Work, typename Done>
    void post(QObject *context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work &>;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, guard, work = std::move(work), done = std::move(done)]() mutable {
                auto result = std::make_shared<std::optional<R>>(work());
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, result]() mutable {
                        if (guard)
                            done(std::move(**result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Runs `f()` there without an answer.
    template <typename F>
    void run(F f)
    {
        QMetaObject::invokeMethod(m_worker, std::move(f), Qt::QueuedConnection);
    }
    // Runs `f()` there and waits for it (setting up and tearing down).
    template <typename F>
    void runAndWait(F f)
    {
        if (QThread::currentThread() != m_thread.get())
            QMetaObject::invokeMethod(m_worker, std::move(f), Qt::BlockingQueuedConnection);
        else
            f();
    }
    // An object living on this thread, as a context for connections.
    QObject *context() const { return m_worker; }
    // Blocks until the jobs posted so far have run (shutdown, tests).
    void waitForIdle();

private:
    WorkspaceThread();
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
};

} // namespace storelens
