#include "ProductAnalytics.h"

#include "ResolvedScope.h"
#include "SalesAnalytics.h"
#include "common/ShopCalendar.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>

namespace storelens {

namespace {
// A run of days or months of a rollup, added (+1) or subtracted (-1).
struct Segment
{
    bool months;
    int from;
    int to;
    int sign;
};

int lastDayOfMonth(int yyyymm)
{
    const int next = yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
    return ShopCalendar::addDays(next * 100 + 1, -1);
}

int daysBetween(int from, int to)
{
    return ShopCalendar::daysFromCivil(to) - ShopCalendar::daysFromCivil(from) + 1;
}

std::vector<Segment> segmentsOf(const DateRange &range)
{
    std::vector<Segment> days;
    int firstMonth = 0, lastMonth = 0;
    for (int month = range.from / 100; month <= range.to / 100;
         month = month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1) {
        const int start = month * 100 + 1, end = lastDayOfMonth(month);
        const int lo = std::max(range.from, start), hi = std::min(range.to, end);
        const int covered = daysBetween(lo, hi), total = daysBetween(start, end);
        if (covered < total && 2 * covered <= total) {
            days.push_back({false, lo, hi, +1});
            continue;
        }
        if (lo > start)
            days.push_back({false, start, ShopCalendar::addDays(lo, -1), -1});
        if (hi < end)
            days.push_back({false, ShopCalendar::addDays(hi, 1), end, -1});
        firstMonth = firstMonth ? firstMonth : month;
        lastMonth = month;
    }
    if (firstMonth)
        days.push_back({true, firstMonth, lastMonth, +1});
    return days;
}
} // namespace

ProductReport ProductAnalytics::products(const AnalyticsScope &scope, const DateRange &range,
                                         ProductGrouping grouping, ProductOrder order, int limit)
{
    SalesAnalytics::requireValid(range);
    const ResolvedScope resolved = ResolvedScope::resolve(m_db, scope);
    ProductReport report;
    report.currency = resolved.currency();
    report.range = range;
    report.grouping = grouping;
    for (const ScopeStore &store : resolved.stores()) {
        for (ProductRow &row : storeRows(store.id, range, grouping)) {
            row.grossSales = resolved.convert(store, row.grossSales);
            row.discounts = resolved.convert(store, row.discounts);
            row.returns = resolved.convert(store, row.returns);
            report.rows.push_back(std::move(row));
        }
    }
    const auto key = [order](const ProductRow &r) {
        switch (order) {
        case ProductOrder::UnitsSold:
            return std::make_pair(r.unitsSold, r.netSales());
        case ProductOrder::GrossSales:
            return std::make_pair(r.grossSales, r.netSales());
        case ProductOrder::NetSales:
            break;
        }
        return std::make_pair(r.netSales(), r.unitsSold);
    };
    std::sort(report.rows.begin(), report.rows.end(),
              [&](const ProductRow &a, const ProductRow &b) {
                  const auto ka = key(a), kb = key(b);
                  if (ka != kb)
                      return ka > kb;
                  return std::tie(a.storeId, a.productId, a.variantId) <
                         std::tie(b.storeId, b.productId, b.variantId);
              });
    if (limit > 0 && report.rows.size() > size_t(limit))
        report.rows.resize(size_t(limit));
    for (ProductRow &row : report.rows)
        describe(row);
    return report;
}

std::vector<ProductRow> ProductAnalytics::storeRows(qint64 storeId, const DateRange &range,
                                                    ProductGrouping grouping)
{
    const bool byVariant = grouping == ProductGrouping::Variant;
    std::map<std::pair<PlatformId, PlatformId>, ProductRow> rows;
    for (const Segment &segment : segmentsOf(range)) {
        Statement &q = m_db.cached(
            segment.months
                ? "SELECT product_id, variant_id, orders, units_sold, units_returned, gross_sales, "
                  "discounts, returns FROM rollup_product_month "
                  "WHERE store_id = ? AND month BETWEEN ? AND ?"
                : "SELECT product_id, variant_id, orders, units_sold, units_returned, gross_sales, "
                  "discounts, returns FROM rollup_product_day "
                  "WHERE store_id = ? AND day BETWEEN ? AND ?");
        q.bindAll(storeId, segment.from, segment.to);
        while (q.step()) {
            const PlatformId product = q.platformId(0);
            const PlatformId variant = byVariant ? q.platformId(1) : PlatformId();
            ProductRow &r = rows[{product, variant}];
            r.storeId = storeId;
            r.productId = product;
            r.variantId = variant;
            const int s = segment.sign;
            if (byVariant)
                r.orders = r.orders.value_or(0) + s * q.int64(2);
            r.unitsSold += s * q.int64(3);
            r.unitsReturned += s * q.int64(4);
            r.grossSales += s * q.int64(5);
            r.discounts += s * q.int64(6);
            r.returns += s * q.int64(7);
        }
    }
    std::vector<ProductRow> out;
    for (auto &[key, row] : rows) {
        if (row.unitsSold != 0 || row.unitsReturned != 0 || row.grossSales != 0 ||
            row.discounts != 0 || row.returns != 0)
            out.push_back(std::move(row));
    }
    return out;
}

void ProductAnalytics::describe(ProductRow &row)
{
    if (row.productId == PlatformId(qint64(0))) {
        row.title = tr("Custom items");
        return;
    }
    Statement &p = m_db.cached("SELECT title FROM products WHERE store_id = ? AND platform_id = ?");
    p.bindAll(row.storeId, row.productId);
    row.title = p.step() ? p.text(0) : tr("Product %1").arg(row.productId.toString());
    p.reset();
    if (row.variantId.isNull())
        return;
    Statement &v =
        m_db.cached("SELECT title, sku FROM variants WHERE store_id = ? AND platform_id = ?");
    v.bindAll(row.storeId, row.variantId);
    if (v.step()) {
        row.variantTitle = v.text(0);
        row.sku = v.text(1);
    }
    v.reset();
}

} // namespace storelens
