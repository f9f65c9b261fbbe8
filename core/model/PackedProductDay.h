#pragma once

#include "PlatformId.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace storelens {

// One store's product rollup of one day (its rollup_product_day rows) as one
// blob (rollup_product_day_packed.entries): reading a day is then one row and
// a decode in C++ instead of a few thousand steps of SQLite.
//
// Bytes: a format byte, the entry count, then per entry its product id, its
// variant id and its six figures (orders, units sold, gross sales, discounts,
// units returned, returns), all as zigzag varints (Varint). A numeric id is
// kept as its difference from the previous entry's numeric id of the same
// column: in key order, ids are near each other. In format 2 (used when some
// id is text, as Amazon's) a byte before each entry says which of its two ids
// are text; a text id is its UTF-8 byte count and bytes.
class PackedProductDay
{
public:
    struct Entry
    {
        PlatformId productId; // 0 for custom line items, never null
        PlatformId variantId;
        qint64 orders = 0;
        qint64 unitsSold = 0;
        qint64 grossSales = 0;
        qint64 discounts = 0;
        qint64 unitsReturned = 0;
        qint64 returns = 0;
        bool operator==(const Entry &other) const = default;
    };

    // The order of rollup_product_day's key (product, variant) in SQLite:
    // numbers before text, numbers by value, text by its UTF-8 bytes. Packed
    // entries are in this order.
    static bool keyLess(const Entry &a, const Entry &b);

    // Null ids cannot be packed (the rollup has none): callers leave such a
    // day to its rows.
    static QByteArray encode(const std::vector<Entry> &entries);
    // Replaces `out` with the entries; false (and `out` unspecified) when the
    // bytes are not a packed day.
    static bool decode(const char *bytes, qsizetype size, std::vector<Entry> &out);
    static std::optional<std::vector<Entry>> decode(const QByteArray &bytes);
};

} // namespace storelens
