#pragma once

#include <QtGlobal>

#include <atomic>

namespace storelens {

// Time source for everything that schedules, stamps or expires. Tests inject a
// ManualClock so that intervals, backoff and token expiry run without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time, UTC milliseconds since the epoch.
    virtual qint64 nowMs() const = 0;
    // Monotonic milliseconds for measuring durations; never jumps backwards.
    virtual qint64 monotonicMs() const = 0;

    // The process-wide real clock.
    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 monotonicMs() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
        , m_mono(0)
    {}
    qint64 nowMs() const override { return m_now.load(); }
    qint64 monotonicMs() const override { return m_mono.load(); }
    void advance(qint64 ms)
    {
        m_now += ms;
        m_mono += ms;
    }
    void setNow(qint64 ms) { m_now = ms; }

private:
    std::atomic<qint64> m_now;
    std::atomic<qint64> m_mono;
};

} // namespace storelens
