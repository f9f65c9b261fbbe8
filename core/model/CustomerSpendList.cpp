#include "CustomerSpendList.h"

#include "common/ShopCalendar.h"

#include <algorithm>

namespace storelens {

namespace {

void putVarint(QByteArray &out, qint64 value)
{
    // Zigzag: small magnitudes of either sign take few bytes.
    quint64 v = (quint64(value) << 1) ^ quint64(value >> 63);
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(const char *&p, const char *end, qint64 &value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const quint8 byte = quint8(*p++);
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            value = qint64(v >> 1) ^ -qint64(v & 1);
            return true;
        }
    }
    return false;
}

// Calls f(daysSinceEpoch, spent) for each entry; false when the bytes are not a list.
template <typename F>
bool forEach(const char *p, int size, F f)
{
    const char *end = p + size;
    qint64 day = 0;
    while (p != end) {
        qint64 step = 0, spent = 0;
        if (!getVarint(p, end, step) || !getVarint(p, end, spent))
            return false;
        day = qint64(quint64(day) + quint64(step)); // wraps, never overflows, on damaged bytes
        f(day, spent);
    }
    return true;
}

} // namespace

QByteArray CustomerSpendList::encode(const std::vector<Entry> &entries)
{
    QByteArray out;
    out.reserve(int(entries.size()) * 5);
    qint64 previous = 0;
    for (const Entry &e : entries) {
        const qint64 day = ShopCalendar::daysFromCivil(e.day);
        putVarint(out, day - previous);
        putVarint(out, e.spent);
        previous = day;
    }
    // Never a null array: an empty list is not "no list".
    return out.isNull() ? QByteArray("") : out;
}

std::optional<std::vector<CustomerSpendList::Entry>>
CustomerSpendList::decode(const QByteArray &bytes)
{
    std::vector<Entry> entries;
    if (!forEach(bytes.constData(), int(bytes.size()), [&](qint64 day, qint64 spent) {
            entries.push_back({ShopCalendar::civilFromDays(int(day)), spent});
        }))
        return std::nullopt;
    return entries;
}

std::optional<CustomerSpendList::Total> CustomerSpendList::inRange(const char *bytes, int size,
                                                                   int from, int to)
{
    const qint64 first = ShopCalendar::daysFromCivil(from), last = ShopCalendar::daysFromCivil(to);
    Total total;
    if (!forEach(bytes, size, [&](qint64 day, qint64 spent) {
            if (day >= first && day <= last) {
                ++total.orders;
                total.spent += spent;
            }
        }))
        return std::nullopt;
    return total;
}

QByteArray CustomerSpendList::append(const QByteArray &list, int count, Entry entry)
{
    if (count > kMaxOrders || list.isNull())
        return {};
    // Days are kept as steps from the previous entry: find the last one.
    qint64 last = 0;
    if (!forEach(list.constData(), int(list.size()), [&](qint64 day, qint64) { last = day; }))
        return {};
    QByteArray out = list;
    const qint64 day = ShopCalendar::daysFromCivil(entry.day);
    putVarint(out, day - last);
    putVarint(out, entry.spent);
    return out;
}

QByteArray CustomerSpendList::replace(const QByteArray &list, Entry from, Entry to)
{
    if (list.isNull())
        return {};
    auto entries = decode(list);
    if (!entries)
        return {};
    const auto it = std::find(entries->begin(), entries->end(), from);
    if (it == entries->end())
        return {};
    *it = to;
    return encode(*entries);
}

} // namespace storelens
