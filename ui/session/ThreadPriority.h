#pragma once

namespace storelens {

// Background threads (reads, syncs, exports) yield the CPU to the GUI thread
// when the machine is busy, so that a two-core laptop stays responsive during
// a large sync.
class ThreadPriority
{
public:
    // Lowers the calling thread's scheduling priority (nice +5 on Linux,
    // where the nice value is per thread).
    static void lowerCurrentThread();
};

} // namespace storelens
