#include "ProductDayReader.h"

#include "common/ShopCalendar.h"
#include "storage/Database.h"

namespace storelens {

void ProductDayReader::read(qint64 storeId, const DateRange &days, const Visit &visit)
{
    int unread = days.from; // the first day not read yet
    // Without packed days, still those kept packed alone (they have no rows).
    Statement &packed =
        m_db.cached("SELECT day, entries FROM rollup_product_day_packed WHERE store_id = ? "
                    "AND day BETWEEN ? AND ? AND (has_rows = 0 OR ?) ORDER BY day");
    packed.bindAll(storeId, days.from, days.to, m_usePacked);
    while (packed.step()) {
        const int day = packed.int32(0);
        const QByteArray bytes = packed.blob(1);
        if (!PackedProductDay::decode(bytes.constData(), bytes.size(), m_entries))
            continue; // read from its rows with the days before the next packed one
        // The days since the last packed one have no packed form.
        readRows(storeId, unread, ShopCalendar::addDays(day, -1), visit);
        for (const PackedProductDay::Entry &e : m_entries)
            visit(e);
        unread = ShopCalendar::addDays(day, 1);
    }
    packed.reset();
    readRows(storeId, unread, days.to, visit);
}

void ProductDayReader::readRows(qint64 storeId, int from, int to, const Visit &visit)
{
    if (from > to)
        return;
    Statement &q = m_db.cached(
        "SELECT product_id, variant_id, orders, units_sold, gross_sales, discounts, "
        "units_returned, returns FROM rollup_product_day WHERE store_id = ? AND day BETWEEN ? "
        "AND ?");
    q.bindAll(storeId, from, to);
    visitRows(q, visit);
}

void ProductDayReader::visitRows(Statement &q, const Visit &visit)
{
    PackedProductDay::Entry e;
    while (q.step()) {
        e.productId = q.platformId(0);
        e.variantId = q.platformId(1);
        e.orders = q.int64(2);
        e.unitsSold = q.int64(3);
        e.grossSales = q.int64(4);
        e.discounts = q.int64(5);
        e.unitsReturned = q.int64(6);
        e.returns = q.int64(7);
        visit(e);
    }
}

} // namespace storelens
