#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>

namespace storelens {

// Runs one blocking function (opening a workspace, testing a connection) on a
// thread of its own, then hands its result to `done` on the GUI thread, unless
// `context` was deleted meanwhile. The thread may spin local event loops (the
// keychain and the network client do). Exceptions must be caught by `work`.
class BackgroundTask
{
public:
    template <typename Work, typename Done>
    static void run(QObject *context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work &>;
        auto result = std::make_shared<std::optional<R>>();
        QThread *thread = QThread::create(
            [result, work = std::move(work)]() mutable { result->emplace(work()); });
        QPointer<QObject> guard(context);
        // Queued to the GUI thread when the worker finishes; the thread deletes
        // itself either way.
        QObject::connect(
            thread, &QThread::finished, qApp,
            [guard, result, done = std::move(done)]() mutable {
                if (guard && result->has_value())
                    done(std::move(**result));
            },
            Qt::QueuedConnection);
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    }
};

} // namespace storelens
