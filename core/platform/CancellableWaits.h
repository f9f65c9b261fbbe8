#pragma once

#include <QObject>

#include <atomic>
#include <memory>

namespace storelens {

// The waits of a blocking client on its sync thread (local event loops for
// an answer or a pause, made children of context()), and cancel() from any
// thread, which ends them and every wait after.
class CancellableWaits
{
public:
    CancellableWaits(); // the context lives in the calling thread

    QObject *context() const { return m_context.get(); }
    // Waits `ms`; false when cancelled (before or during the wait).
    bool sleep(qint64 ms);
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

private:
    std::unique_ptr<QObject> m_context;
    std::atomic<bool> m_cancelled{false};
};

} // namespace storelens
