#include "ProductAnalytics.h"

#include "ProductDayReader.h"
#include "ProductRollupPlan.h"
#include "ResolvedScope.h"
#include "SalesAnalytics.h"
#include "common/FlatRollupMap.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

namespace storelens {

namespace {

// A (product, variant) pair in plain integers, so that adding up a hundred
// thousand rows hashes and compares no QString: numeric ids as themselves,
// text ids (Amazon) by their index in a list of the texts seen.
struct VariantKey
{
    qint64 product = 0;
    qint64 variant = 0; // 0 when grouped by product
    bool productIsText = false;
    bool variantIsText = false;
    bool operator==(const VariantKey &other) const = default;
};

struct VariantKeyHash
{
    size_t operator()(const VariantKey &k) const
    {
        return mixBits((quint64(k.product) << 1 | quint64(k.productIsText)) ^
                       (quint64(k.variant) << 1 | quint64(k.variantIsText)) *
                           0x9e3779b97f4a7c15ull);
    }
};

struct Figures
{
    qint64 orders = 0;
    qint64 unitsSold = 0;
    qint64 unitsReturned = 0;
    qint64 grossSales = 0;
    qint64 discounts = 0;
    qint64 returns = 0;
};

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
    describe(report.rows);
    return report;
}

std::vector<ProductRow> ProductAnalytics::storeRows(qint64 storeId, const DateRange &range,
                                                    ProductGrouping grouping)
{
    const bool byVariant = grouping == ProductGrouping::Variant;
    // Added up here in a flat hash table: cheaper than having SQLite sort the
    // rows of a dozen months for a GROUP BY, and than a node per variant.
    FlatRollupMap<VariantKey, Figures, VariantKeyHash> sums;
    std::vector<QString> texts; // text ids, by their key
    QHash<QString, qint64> textKeys;
    const auto keyOf = [&](const PlatformId &id, bool *isText) {
        *isText = id.isText();
        if (!*isText)
            return id.number();
        const auto found = textKeys.constFind(id.text());
        if (found != textKeys.constEnd())
            return *found;
        texts.push_back(id.text());
        return *textKeys.insert(id.text(), qint64(texts.size()) - 1);
    };
    Statement &extent =
        // Each min() and max() alone, so that each is one seek of an index.
        m_db.cached("SELECT min(lo), max(hi) FROM (SELECT (SELECT min(day) FROM "
                    "rollup_product_day WHERE store_id = ?1) AS lo, (SELECT max(day) FROM "
                    "rollup_product_day WHERE store_id = ?1) AS hi UNION ALL SELECT (SELECT "
                    "min(day) FROM rollup_product_day_packed WHERE store_id = ?1), (SELECT "
                    "max(day) FROM rollup_product_day_packed WHERE store_id = ?1))");
    extent.bind(1, storeId);
    extent.step();
    const DateRange data{extent.int32(0), extent.int32(1)};
    const bool empty = extent.isNull(0);
    extent.reset();
    if (empty)
        return {};
    int sign = +1;
    const auto add = [&](const PackedProductDay::Entry &e) {
        VariantKey key;
        key.product = keyOf(e.productId, &key.productIsText);
        if (byVariant)
            key.variant = keyOf(e.variantId, &key.variantIsText);
        Figures &f = sums[key];
        f.orders += sign * e.orders;
        f.unitsSold += sign * e.unitsSold;
        f.unitsReturned += sign * e.unitsReturned;
        f.grossSales += sign * e.grossSales;
        f.discounts += sign * e.discounts;
        f.returns += sign * e.returns;
    };
    ProductDayReader days(m_db);
    days.setPackedDays(m_usePacked);
    for (const ProductRollupRead &read : ProductRollupPlan::plan(range, data, m_useRunning)) {
        using Source = ProductRollupRead::Source;
        sign = read.sign;
        if (read.source == Source::Days) {
            days.read(storeId, {read.from, read.to}, add);
            continue;
        }
        Statement &q = m_db.cached(
            read.source == Source::Months
                ? "SELECT product_id, variant_id, orders, units_sold, gross_sales, discounts, "
                  "units_returned, returns FROM rollup_product_month "
                  "WHERE store_id = ? AND month BETWEEN ? AND ?"
                // The snapshot of the month, or of the last month before it
                // with one: the totals do not change after the store's last.
                : "SELECT product_id, variant_id, orders, units_sold, gross_sales, discounts, "
                  "units_returned, returns FROM rollup_product_running WHERE store_id = ?1 AND "
                  "month = (SELECT max(month) FROM rollup_product_running WHERE store_id = ?1 "
                  "AND month <= ?2)");
        if (read.source == Source::Running)
            q.bindAll(storeId, read.to);
        else
            q.bindAll(storeId, read.from, read.to);
        ProductDayReader::visitRows(q, add);
    }
    const auto idOf = [&](qint64 key, bool isText) {
        return isText ? PlatformId(texts[size_t(key)]) : PlatformId(key);
    };
    std::vector<ProductRow> out;
    out.reserve(sums.size());
    for (const auto &[key, f] : sums.entries()) {
        if (f.unitsSold == 0 && f.unitsReturned == 0 && f.grossSales == 0 && f.discounts == 0 &&
            f.returns == 0)
            continue;
        ProductRow &row = out.emplace_back();
        row.storeId = storeId;
        row.productId = idOf(key.product, key.productIsText);
        if (byVariant) {
            row.variantId = idOf(key.variant, key.variantIsText);
            row.orders = f.orders;
        }
        row.unitsSold = f.unitsSold;
        row.unitsReturned = f.unitsReturned;
        row.grossSales = f.grossSales;
        row.discounts = f.discounts;
        row.returns = f.returns;
    }
    return out;
}

void ProductAnalytics::describe(std::vector<ProductRow> &rows)
{
    // A long list reads the store's catalogue once (hashed: looked up in
    // ranking order, a tree would miss the CPU cache on every step); a top
    // ten looks its rows up.
    constexpr size_t kLookupLimit = 50;
    struct VariantNames
    {
        QString title;
        QString sku;
    };
    struct Catalogue
    {
        std::unordered_map<PlatformId, QString> products;
        std::unordered_map<PlatformId, VariantNames> variants;
    };
    std::map<qint64, Catalogue> catalogues;
    if (rows.size() > kLookupLimit) {
        for (const ProductRow &row : rows)
            catalogues.try_emplace(row.storeId);
        for (auto &[storeId, catalogue] : catalogues) {
            catalogue.products.reserve(rows.size());
            catalogue.variants.reserve(rows.size());
            Statement &p =
                m_db.cached("SELECT platform_id, title FROM products WHERE store_id = ?");
            p.bind(1, storeId);
            while (p.step())
                catalogue.products.emplace(p.platformId(0), p.text(1));
            Statement &v =
                m_db.cached("SELECT platform_id, title, sku FROM variants WHERE store_id = ?");
            v.bind(1, storeId);
            while (v.step())
                catalogue.variants.emplace(v.platformId(0), VariantNames{v.text(1), v.text(2)});
        }
    }
    const QString customItems = tr("Custom items");
    for (ProductRow &row : rows) {
        if (row.productId == PlatformId(qint64(0))) {
            row.title = customItems;
            continue;
        }
        const QString *title = nullptr;
        const VariantNames *variant = nullptr;
        QString foundTitle;
        VariantNames foundVariant;
        if (rows.size() > kLookupLimit) {
            const Catalogue &catalogue = catalogues.at(row.storeId);
            if (auto it = catalogue.products.find(row.productId); it != catalogue.products.end())
                title = &it->second;
            if (auto it = catalogue.variants.find(row.variantId); it != catalogue.variants.end())
                variant = &it->second;
        } else {
            Statement &p =
                m_db.cached("SELECT title FROM products WHERE store_id = ? AND platform_id = ?");
            p.bindAll(row.storeId, row.productId);
            if (p.step()) {
                foundTitle = p.text(0);
                title = &foundTitle;
            }
            p.reset();
            if (!row.variantId.isNull()) {
                Statement &v = m_db.cached(
                    "SELECT title, sku FROM variants WHERE store_id = ? AND platform_id = ?");
                v.bindAll(row.storeId, row.variantId);
                if (v.step()) {
                    foundVariant = {v.text(0), v.text(1)};
                    variant = &foundVariant;
                }
                v.reset();
            }
        }
        row.title = title ? *title : tr("Product %1").arg(row.productId.toString());
        if (variant && !row.variantId.isNull()) {
            row.variantTitle = variant->title;
            row.sku = variant->sku;
        }
    }
}

} // namespace storelens
