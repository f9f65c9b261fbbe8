#pragma once

#include <QtGlobal>

#include <cmath>

namespace storelens::sim {

// A small deterministic generator (SplitMix64): the same seed gives the same
// shop on every machine and run, which std::mt19937's distributions do not
// promise across standard libraries.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    // Uniform in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo + 1))); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

    // A stable hash of a few integers, for values derived from an index
    // without keeping a generator per record.
    static quint64 mix(quint64 a, quint64 b = 0, quint64 c = 0)
    {
        SimRandom r(a * 0x9e3779b97f4a7c15ull ^
                    (b + 0x632be59bd9b4e019ull) * 0xc2b2ae3d27d4eb4full ^
                    c * 0x165667b19e3779f9ull);
        r.next();
        return r.next();
    }

private:
    quint64 m_state;
};

} // namespace storelens::sim
