#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace storelens {

// Mixes the bits of a 64-bit value (MurmurHash3's finaliser): the hashes of
// FlatRollupMap keys, whose low bits pick the slot.
inline size_t mixBits(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return size_t(h);
}

// Rollup figures added up by key: entries in one contiguous vector, found
// through an open-addressing index of their positions. A bulk import adds to
// tens of thousands of (day, variant) rows per transaction (RollupDelta), a
// year of product figures adds up about a hundred thousand rows of a few
// thousand variants (ProductAnalytics); a node-based map spends its time in
// cache misses there (measured with bench_bulk_ingest and bench_analytics).
// Keeps its capacity across clear(), as every transaction of an import needs
// about the same.
template <typename Key, typename Value, typename Hash>
class FlatRollupMap
{
public:
    using Entry = std::pair<Key, Value>;

    Value &operator[](const Key &key)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            rehash(std::max<size_t>(64, m_slots.size() * 2));
        size_t slot = Hash{}(key)&m_mask;
        for (;; slot = (slot + 1) & m_mask) {
            const std::int32_t at = m_slots[slot];
            if (at < 0)
                break;
            if (m_entries[size_t(at)].first == key)
                return m_entries[size_t(at)].second;
        }
        m_slots[slot] = std::int32_t(m_entries.size());
        return m_entries.emplace_back(key, Value{}).second;
    }

    bool empty() const { return m_entries.empty(); }
    // In the order they were first added.
    const std::vector<Entry> &entries() const { return m_entries; }
    size_t size() const { return m_entries.size(); }

    // The entries in key order (the order of the rollup's primary key, so that
    // writing them walks its B-tree forwards).
    const std::vector<Entry> &sortedByKey()
    {
        std::sort(m_entries.begin(), m_entries.end(),
                  [](const Entry &a, const Entry &b) { return a.first < b.first; });
        rehash(m_slots.size()); // positions changed
        return m_entries;
    }

    void clear()
    {
        m_entries.clear();
        std::fill(m_slots.begin(), m_slots.end(), -1);
    }

private:
    void rehash(size_t slotCount)
    {
        m_slots.assign(slotCount, -1);
        m_mask = slotCount - 1;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            size_t slot = Hash{}(m_entries[i].first) & m_mask;
            while (m_slots[slot] >= 0)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = std::int32_t(i);
        }
    }

    std::vector<Entry> m_entries;
    std::vector<std::int32_t> m_slots; // power of two; -1 = empty
    size_t m_mask = 0;
};

} // namespace storelens
