#include "CustomerSpendList.h"

#include "common/ShopCalendar.h"
#include "common/Varint.h"

#include <algorithm>

namespace storelens {

namespace {

// Calls f(daysSinceEpoch, spent) for each entry; false when the bytes are not a list.
template <typename F>
bool forEach(const char *p, int size, F f)
{
    const char *end = p + size;
    qint64 day = 0;
    while (p != end) {
        qint64 step = 0, spent = 0;
        if (!Varint::read(p, end, step) || !Varint::read(p, end, spent))
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
        Varint::append(out, day - previous);
        Varint::append(out, e.spent);
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
    Varint::append(out, day - last);
    Varint::append(out, entry.spent);
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
