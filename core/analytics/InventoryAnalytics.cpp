#include "InventoryAnalytics.h"

#include "ProductAnalytics.h"
#include "ResolvedScope.h"
#include "SalesAnalytics.h"
#include "common/ShopCalendar.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>

namespace storelens {

std::vector<StockRow> InventoryReport::lowStock() const
{
    std::vector<StockRow> out;
    std::copy_if(stock.begin(), stock.end(), std::back_inserter(out),
                 [](const StockRow &r) { return r.lowStock; });
    return out;
}

InventoryReport InventoryAnalytics::inventory(const AnalyticsScope &scope,
                                              const InventoryOptions &options)
{
    const DateRange window{ShopCalendar::addDays(options.asOfDay, 1 - options.velocityDays),
                           options.asOfDay};
    SalesAnalytics::requireValid(window);
    InventoryReport report;
    report.options = options;
    Statement &q = m_db.cached(
        "SELECT l.location_id, loc.name, l.inventory_item_id, v.product_id, v.platform_id, "
        "p.title, v.title, v.sku, l.available, l.on_hand FROM inventory_levels l "
        "LEFT JOIN variants v ON v.store_id = l.store_id AND v.inventory_item_id = "
        "l.inventory_item_id "
        "LEFT JOIN products p ON p.store_id = v.store_id AND p.platform_id = v.product_id "
        "LEFT JOIN locations loc ON loc.store_id = l.store_id AND loc.platform_id = l.location_id "
        "WHERE l.store_id = ? ORDER BY loc.name, p.title, v.title, l.inventory_item_id");
    for (const ScopeStore &store : ResolvedScope::storesOf(m_db, scope)) {
        std::map<PlatformId, StockRow> byVariant;
        q.bind(1, store.id);
        while (q.step()) {
            InventoryLevelRow level{store.id,        q.platformId(0), q.text(1), q.platformId(2),
                                    q.platformId(3), q.platformId(4), q.text(5), q.text(6),
                                    q.text(7),       q.int64(8),      q.int64(9)};
            // Items without a known variant stand for themselves.
            const PlatformId key =
                level.variantId.isNull() ? level.inventoryItemId : level.variantId;
            StockRow &s = byVariant[key];
            s.storeId = store.id;
            s.productId = level.productId;
            s.variantId = level.variantId;
            s.title = level.title;
            s.variantTitle = level.variantTitle;
            s.sku = level.sku;
            s.available += level.available;
            s.onHand += level.onHand;
            report.levels.push_back(std::move(level));
        }
        q.reset();
        std::map<PlatformId, qint64> sold;
        for (const ProductRow &r :
             ProductAnalytics(m_db).storeRows(store.id, window, ProductGrouping::Variant))
            sold[r.variantId] += r.unitsSold;
        for (auto &[variant, s] : byVariant) {
            s.unitsSold = sold.count(s.variantId) ? sold[s.variantId] : 0;
            s.daysOfCover = {s.available * options.velocityDays, s.unitsSold};
            const auto cover = s.daysOfCover.scaled(0);
            s.lowStock =
                s.available <= options.lowStockUnits || (cover && *cover < options.minDaysOfCover);
            report.stock.push_back(std::move(s));
        }
    }
    // Fewest days of cover first; items that do not sell last.
    std::stable_sort(report.stock.begin(), report.stock.end(),
                     [](const StockRow &a, const StockRow &b) {
                         if (a.daysOfCover.isDefined() != b.daysOfCover.isDefined())
                             return a.daysOfCover.isDefined();
                         if (!a.daysOfCover.isDefined())
                             return a.available < b.available;
                         return Ratio::compare(a.daysOfCover, b.daysOfCover) < 0;
                     });
    return report;
}

} // namespace storelens
