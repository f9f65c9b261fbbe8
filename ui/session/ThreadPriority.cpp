#include "ThreadPriority.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

namespace storelens {

void ThreadPriority::lowerCurrentThread()
{
#if defined(Q_OS_LINUX)
    // PRIO_PROCESS with 0 means the calling thread under NPTL.
    const int current = getpriority(PRIO_PROCESS, 0);
    setpriority(PRIO_PROCESS, 0, std::min(current + 5, 19));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace storelens
