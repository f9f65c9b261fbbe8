#include "InventoryAnalytics.h"

#include "ProductAnalytics.h"
#include "ResolvedScope.h"
#include "SalesAnalytics.h"
#include "common/ShopCalendar.h"
#include "storage/Database.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <unordered_map>

namespace storelens {

namespace {

// Levels by store, location, product, variant and item. Ids that are all
// numbers (the usual case) become a flat key that sorts fast: (kind, number)
// per id keeps PlatformId's order (null < numbers < texts).
void sortLevels(std::vector<InventoryLevelRow> &levels)
{
    using Key = std::array<qint64, 9>;
    std::vector<std::pair<Key, size_t>> keys;
    keys.reserve(levels.size());
    for (size_t i = 0; i < levels.size(); ++i) {
        const InventoryLevelRow &l = levels[i];
        Key key{l.storeId};
        size_t k = 1;
        for (const PlatformId *id :
             {&l.locationId, &l.productId, &l.variantId, &l.inventoryItemId}) {
            if (id->isText()) {
                std::sort(levels.begin(), levels.end(),
                          [](const InventoryLevelRow &a, const InventoryLevelRow &b) {
                              return std::tie(a.storeId, a.locationId, a.productId, a.variantId,
                                              a.inventoryItemId) <
                                     std::tie(b.storeId, b.locationId, b.productId, b.variantId,
                                              b.inventoryItemId);
                          });
                return;
            }
            key[k++] = id->isNull() ? 0 : 1;
            key[k++] = id->number();
        }
        keys.emplace_back(key, i);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<InventoryLevelRow> sorted;
    sorted.reserve(levels.size());
    for (const auto &[key, i] : keys)
        sorted.push_back(std::move(levels[i]));
    levels = std::move(sorted);
}

} // namespace

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
    struct VariantInfo
    {
        PlatformId variantId;
        PlatformId productId;
        QString title;
        QString sku;
    };
    for (const ScopeStore &store : ResolvedScope::storesOf(m_db, scope)) {
        // The catalogue is read in whole and joined here: sequential reads of a
        // few thousand rows instead of three index lookups per stock level.
        // Hashed: the levels look it up in their own order.
        std::unordered_map<PlatformId, QString> locations, products;
        std::unordered_map<PlatformId, VariantInfo> byItem;
        Statement &l = m_db.cached("SELECT platform_id, name FROM locations WHERE store_id = ?");
        l.bind(1, store.id);
        while (l.step())
            locations.emplace(l.platformId(0), l.text(1));
        Statement &p = m_db.cached("SELECT platform_id, title FROM products WHERE store_id = ?");
        p.bind(1, store.id);
        while (p.step())
            products.emplace(p.platformId(0), p.text(1));
        Statement &v = m_db.cached("SELECT inventory_item_id, platform_id, product_id, title, sku "
                                   "FROM variants WHERE store_id = ? AND inventory_item_id IS NOT "
                                   "NULL");
        v.bind(1, store.id);
        while (v.step())
            byItem.insert_or_assign(v.platformId(0), VariantInfo{v.platformId(1), v.platformId(2),
                                                                 v.text(3), v.text(4)});

        // One stock row per variant, in variant order as the ties of the sort
        // below expect.
        std::unordered_map<PlatformId, size_t> stockOf;
        std::vector<std::pair<PlatformId, StockRow>> stock;
        stockOf.reserve(byItem.size());
        stock.reserve(byItem.size());
        report.levels.reserve(report.levels.size() +
                              byItem.size() * std::max<size_t>(1, locations.size()));
        Statement &q = m_db.cached("SELECT inventory_item_id, location_id, available, on_hand "
                                   "FROM inventory_levels WHERE store_id = ?");
        q.bind(1, store.id);
        while (q.step()) {
            InventoryLevelRow level;
            level.storeId = store.id;
            level.inventoryItemId = q.platformId(0);
            level.locationId = q.platformId(1);
            level.available = q.int64(2);
            level.onHand = q.int64(3);
            if (auto it = locations.find(level.locationId); it != locations.end())
                level.locationName = it->second;
            if (auto it = byItem.find(level.inventoryItemId); it != byItem.end()) {
                level.variantId = it->second.variantId;
                level.productId = it->second.productId;
                level.variantTitle = it->second.title;
                level.sku = it->second.sku;
                if (auto pt = products.find(level.productId); pt != products.end())
                    level.title = pt->second;
            }
            // Items without a known variant stand for themselves.
            const PlatformId &key =
                level.variantId.isNull() ? level.inventoryItemId : level.variantId;
            const auto [at, added] = stockOf.try_emplace(key, stock.size());
            if (added) {
                StockRow s;
                s.storeId = store.id;
                s.productId = level.productId;
                s.variantId = level.variantId;
                s.title = level.title;
                s.variantTitle = level.variantTitle;
                s.sku = level.sku;
                stock.emplace_back(key, std::move(s));
            }
            StockRow &s = stock[at->second].second;
            s.available += level.available;
            s.onHand += level.onHand;
            report.levels.push_back(std::move(level));
        }
        std::sort(stock.begin(), stock.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        std::unordered_map<PlatformId, qint64> sold;
        for (const ProductRow &r :
             ProductAnalytics(m_db).storeRows(store.id, window, ProductGrouping::Variant))
            sold[r.variantId] += r.unitsSold;
        for (auto &[variant, s] : stock) {
            const auto it = sold.find(s.variantId);
            s.unitsSold = it == sold.end() ? 0 : it->second;
            s.daysOfCover = {s.available * options.velocityDays, s.unitsSold};
            const auto cover = s.daysOfCover.scaled(0);
            s.lowStock =
                s.available <= options.lowStockUnits || (cover && *cover < options.minDaysOfCover);
            report.stock.push_back(std::move(s));
        }
    }
    // By ids, which compare cheaply; a view sorts by whatever column it shows.
    sortLevels(report.levels);
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
