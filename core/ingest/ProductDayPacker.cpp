#include "ProductDayPacker.h"

#include "analytics/ProductDayReader.h"
#include "model/PackedProductDay.h"
#include "storage/Database.h"

#include <utility>
#include <vector>

namespace storelens {

int ProductDayPacker::packSome(int maxDays)
{
    // Looked at before taking the write lock, which another process may want.
    if (!m_db.scalar("SELECT EXISTS (SELECT 1 FROM product_days_to_pack)"))
        return 0;
    Transaction tx(m_db);
    std::vector<std::pair<qint64, int>> days;
    Statement &waiting = m_db.cached(
        "SELECT store_id, day FROM product_days_to_pack ORDER BY day DESC, store_id LIMIT ?");
    waiting.bind(1, maxDays);
    while (waiting.step())
        days.emplace_back(waiting.int64(0), waiting.int32(1));
    waiting.reset();
    if (days.empty())
        return 0;
    std::vector<PackedProductDay::Entry> entries;
    int packed = 0;
    size_t rowsRead = 0;
    for (const auto &[storeId, day] : days) {
        if (rowsRead >= size_t(kRowsPerTransaction))
            break;
        // In key order (the primary key's: no sort), as the packed form keeps
        // them: neighbouring ids pack small.
        Statement &rows = m_db.cached(
            "SELECT product_id, variant_id, orders, units_sold, gross_sales, discounts, "
            "units_returned, returns FROM rollup_product_day WHERE store_id = ? AND day = ? "
            "ORDER BY product_id, variant_id");
        rows.bindAll(storeId, day);
        entries.clear();
        bool packable = true;
        ProductDayReader::visitRows(rows, [&](const PackedProductDay::Entry &e) {
            // An id that is neither a number nor text has no packed form: the
            // day stays with its rows.
            packable = packable && !e.productId.isNull() && !e.variantId.isNull();
            entries.push_back(e);
        });
        rows.reset();
        rowsRead += entries.size();
        if (packable && !entries.empty()) {
            // A day on the list has no packed row; REPLACE keeps packing
            // idempotent without relying on it.
            m_db.cached("INSERT OR REPLACE INTO rollup_product_day_packed (store_id, day, "
                        "entries) VALUES (?, ?, ?)")
                .bindAll(storeId, day)
                .bindBlob(3, PackedProductDay::encode(entries))
                .exec();
        }
        m_db.cached("DELETE FROM product_days_to_pack WHERE store_id = ? AND day = ?")
            .bindAll(storeId, day)
            .exec();
        ++packed;
    }
    tx.commit();
    return packed;
}

void ProductDayPacker::packAll()
{
    while (packSome() > 0) {
    }
}

} // namespace storelens
