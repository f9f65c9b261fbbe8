#include "ProductDetail.h"

#include "storage/Database.h"

#include <QHash>

namespace storelens {

ProductDetail ProductDetail::read(Database &db, qint64 productRowId)
{
    ProductDetail d;
    Transaction snapshot(db, Transaction::Kind::Deferred);
    Statement q = db.prepare("SELECT p.store_id, p.platform_id, p.title, p.vendor, "
                             "p.product_type, p.status, p.handle, s.currency FROM products p "
                             "JOIN stores s ON s.id = p.store_id WHERE p.id = ?");
    q.bind(1, productRowId);
    if (!q.step())
        return d;
    d.found = true;
    d.storeId = q.int64(0);
    const qint64 platformId = q.int64(1);
    d.title = q.text(2);
    d.vendor = q.text(3);
    d.type = q.text(4);
    d.status = q.text(5);
    d.handle = q.text(6);
    d.currency = q.text(7);

    QHash<qint64, int> locationIndex;
    Statement locations = db.prepare(
        "SELECT platform_id, name FROM locations WHERE store_id = ? AND active = 1 ORDER BY name");
    locations.bind(1, d.storeId);
    while (locations.step()) {
        locationIndex.insert(locations.int64(0), int(d.locations.size()));
        d.locations << locations.text(1);
    }
    Statement variants = db.prepare(
        "SELECT title, sku, price, compare_at_price, unit_cost, inventory_item_id FROM variants "
        "WHERE store_id = ? AND product_id = ? ORDER BY id");
    variants.bindAll(d.storeId, platformId);
    Statement levels = db.prepare("SELECT location_id, available FROM inventory_levels "
                                  "WHERE store_id = ? AND inventory_item_id = ?");
    while (variants.step()) {
        Variant v;
        v.title = variants.text(0);
        v.sku = variants.text(1);
        v.price = variants.int64(2);
        v.compareAtPrice = variants.optionalInt64(3);
        v.unitCost = variants.optionalInt64(4);
        v.available.resize(size_t(d.locations.size()));
        if (!variants.isNull(5)) {
            levels.reset();
            levels.bindAll(d.storeId, variants.int64(5));
            while (levels.step()) {
                const auto it = locationIndex.constFind(levels.int64(0));
                if (it != locationIndex.cend())
                    v.available[size_t(*it)] = levels.int64(1);
            }
        }
        d.variants.push_back(std::move(v));
    }
    return d;
}

} // namespace storelens
