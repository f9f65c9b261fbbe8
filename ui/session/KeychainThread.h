#pragma once

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <type_traits>

class QThread;

namespace storelens {

// The one thread on which StoreLens talks to the system keychain: opening,
// creating, renaming and deleting workspaces, and reading or writing store
// credentials of keychain workspaces. QtKeychain keeps its job queue in the
// thread that first used it, so every call must come from the same thread,
// and that thread must not be the GUI's (a keychain answer can take a while,
// and opening a workspace derives keys and migrates). Lives as long as the
// application.
class KeychainThread : public QObject
{
    Q_OBJECT
public:
    static KeychainThread &instance();
    ~KeychainThread() override;

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

    // Blocks until the jobs posted so far have run (shutdown, tests).
    void waitForIdle();

private:
    KeychainThread();
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
};

} // namespace storelens
