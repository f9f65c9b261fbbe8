#include "WorkspaceThread.h"

#include "ThreadPriority.h"

#include <QCoreApplication>
#include <QThread>

namespace storelens {

WorkspaceThread &WorkspaceThread::instance()
{
    // Created on first use by the GUI thread, stopped before the application
    // object goes (its thread must not outlive QCoreApplication).
    static WorkspaceThread *thread = [] {
        auto *t = new WorkspaceThread;
        t->setParent(QCoreApplication::instance());
        return t;
    }();
    return *thread;
}

WorkspaceThread::WorkspaceThread()
    : m_thread(std::make_unique<QThread>())
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("workspace"));
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::started, m_worker,
                     [] { ThreadPriority::lowerCurrentThread(); });
    m_thread->start();
}

WorkspaceThread::~WorkspaceThread()
{
    m_thread->quit();
    m_thread->wait();
    // Its thread is gone and runs no more events (a deleteLater would never
    // come): nothing else can touch it now.
    delete m_worker;
}

void WorkspaceThread::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace storelens
