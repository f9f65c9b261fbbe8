#include "SkuAnalytics.h"

#include "InventoryAnalytics.h"
#include "ProductAnalytics.h"
#include "ResolvedScope.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace storelens {

qint64 SkuRow::netUnits() const
{
    qint64 sum = 0;
    for (const SkuStoreFigures &s : stores)
        sum += s.netUnits();
    return sum;
}

qint64 SkuRow::netSales() const
{
    qint64 sum = 0;
    for (const SkuStoreFigures &s : stores)
        sum += s.netSales;
    return sum;
}

std::optional<qint64> SkuRow::available() const
{
    std::optional<qint64> sum;
    for (const SkuStoreFigures &s : stores) {
        if (s.available)
            sum = sum.value_or(0) + *s.available;
    }
    return sum;
}

QString SkuAnalytics::matchKey(const QString &sku)
{
    return sku.trimmed().toCaseFolded();
}

SkuReport SkuAnalytics::bySku(const AnalyticsScope &scope, const DateRange &range, int limit)
{
    const ResolvedScope resolved = ResolvedScope::resolve(m_db, scope);
    SkuReport report;
    report.currency = resolved.currency();
    report.range = range;

    // Rows by match key; a row's stores by store id (indices: both grow).
    QHash<QString, size_t> index;
    auto figuresOf = [&](const QString &sku, const QString &title,
                         qint64 storeId) -> SkuStoreFigures & {
        const QString key = matchKey(sku);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, report.rows.size());
            report.rows.push_back({});
        }
        SkuRow &row = report.rows[*it];
        for (SkuStoreFigures &s : row.stores) {
            if (s.storeId == storeId)
                return s;
        }
        row.stores.push_back({storeId, sku.trimmed(), title, 0, 0, 0, std::nullopt});
        return row.stores.back();
    };

    // Each store's figure of a SKU in its own currency, converted once, then
    // added: the rule of every converted figure (ExchangeRate), which
    // converting a product's parts one by one would miss by rounding.
    for (const ScopeStore &store : resolved.stores()) {
        const ProductReport products = ProductAnalytics(m_db).products(
            AnalyticsScope::store(store.id), range, ProductGrouping::Variant);
        qint64 withoutSku = 0;
        QSet<QString> touched;
        for (const ProductRow &p : products.rows) {
            if (matchKey(p.sku).isEmpty()) {
                report.unitsWithoutSku += p.netUnitsSold();
                withoutSku += p.netSales();
                continue;
            }
            SkuStoreFigures &s = figuresOf(p.sku, p.title, store.id);
            s.unitsSold += p.unitsSold;
            s.unitsReturned += p.unitsReturned;
            s.netSales += p.netSales();
            touched.insert(matchKey(p.sku));
        }
        for (const QString &key : std::as_const(touched)) {
            for (SkuStoreFigures &s : report.rows[index.value(key)].stores) {
                if (s.storeId == store.id)
                    s.netSales = resolved.convert(store, s.netSales);
            }
        }
        report.netSalesWithoutSku += resolved.convert(store, withoutSku);
    }
    InventoryOptions options;
    options.asOfDay = range.to;
    for (const StockRow &stock : InventoryAnalytics(m_db).inventory(scope, options).stock) {
        if (matchKey(stock.sku).isEmpty())
            continue;
        SkuStoreFigures &s = figuresOf(stock.sku, stock.title, stock.storeId);
        s.available = s.available.value_or(0) + stock.available;
    }

    for (SkuRow &row : report.rows) {
        std::sort(row.stores.begin(), row.stores.end(),
                  [](const SkuStoreFigures &a, const SkuStoreFigures &b) {
                      return a.storeId < b.storeId;
                  });
        row.sku = row.stores.front().sku;
        row.title = row.stores.front().title;
    }
    std::stable_sort(report.rows.begin(), report.rows.end(), [](const SkuRow &a, const SkuRow &b) {
        if (a.netSales() != b.netSales())
            return a.netSales() > b.netSales();
        if (a.netUnits() != b.netUnits())
            return a.netUnits() > b.netUnits();
        return SkuAnalytics::matchKey(a.sku) < SkuAnalytics::matchKey(b.sku);
    });
    if (limit > 0 && report.rows.size() > size_t(limit))
        report.rows.resize(size_t(limit));
    return report;
}

} // namespace storelens
