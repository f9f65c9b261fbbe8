#include "CancellableWaits.h"

#include <QEventLoop>
#include <QTimer>

namespace storelens {

CancellableWaits::CancellableWaits()
    : m_context(std::make_unique<QObject>())
{}

bool CancellableWaits::sleep(qint64 ms)
{
    if (ms <= 0)
        return !m_cancelled;
    QEventLoop loop(m_context.get());
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!m_cancelled)
        loop.exec();
    return !m_cancelled;
}

void CancellableWaits::cancel()
{
    m_cancelled = true;
    // Wake whatever wait is in progress on the client's thread.
    QMetaObject::invokeMethod(
        m_context.get(),
        [ctx = m_context.get()] {
            for (QEventLoop *loop : ctx->findChildren<QEventLoop *>())
                loop->quit();
        },
        Qt::QueuedConnection);
}

} // namespace storelens
