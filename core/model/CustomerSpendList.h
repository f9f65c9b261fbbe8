#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace storelens {

// What a customer spent on each of their orders, in a compact byte form
// (customer_activity.spend_list): one entry per non-test order, its shop-local
// day and its total price less refunds (negative when more was refunded). The
// customer ranking reads it from one index entry per customer instead of
// seeking the customer's orders (CustomerAnalytics). The entries are a
// multiset: their order carries no meaning.
//
// Bytes: per entry, the day as days since 1970-01-01 less the previous entry's
// (the first less zero), then the amount, both zigzag LEB128 varints.
class CustomerSpendList
{
public:
    // A customer with more orders has no list (NULL): each new order would
    // rewrite a long one. Their orders are read instead.
    static constexpr int kMaxOrders = 48;

    struct Entry
    {
        int day = 0; // yyyymmdd
        qint64 spent = 0;
        bool operator==(const Entry &other) const = default;
        bool operator<(const Entry &other) const
        {
            return day != other.day ? day < other.day : spent < other.spent;
        }
    };
    struct Total
    {
        qint64 orders = 0;
        qint64 spent = 0;
    };

    static QByteArray encode(const std::vector<Entry> &entries);
    // Empty when the bytes are not a list.
    static std::optional<std::vector<Entry>> decode(const QByteArray &bytes);
    // The orders on days from..to (yyyymmdd) and what they add up to; empty
    // when the bytes are not a list.
    static std::optional<Total> inRange(const char *bytes, int size, int from, int to);

    // `list` with one more entry, or a null array past kMaxOrders (`count`:
    // entries after adding) or when `list` is not a list.
    static QByteArray append(const QByteArray &list, int count, Entry entry);
    // `list` with one entry equal to `from` replaced by `to`; a null array when
    // it has none (or is not a list).
    static QByteArray replace(const QByteArray &list, Entry from, Entry to);
};

} // namespace storelens
