#include "RollupDelta.h"

#include "storage/Database.h"

#include <QHash>

#include <set>

namespace storelens {

bool StoreDayFigures::isZero() const
{
    return orders == 0 && cancelledOrders == 0 && grossSales == 0 && discounts == 0 &&
           returns == 0 && shipping == 0 && shippingReturned == 0 && taxes == 0 &&
           taxesReturned == 0 && unitsSold == 0 && unitsReturned == 0 && newCustomers == 0 &&
           checkouts == 0 && checkoutsValue == 0 && recoveredCheckouts == 0 && recoveredValue == 0;
}

bool ProductDayFigures::isZero() const
{
    return orders == 0 && unitsSold == 0 && grossSales == 0 && discounts == 0 &&
           unitsReturned == 0 && returns == 0;
}

size_t RollupDelta::ProductKeyHash::operator()(const ProductKey &k) const
{
    auto id = [](const PlatformId &p) {
        return p.isText() ? size_t(qHash(p.text())) : size_t(p.number()) * 0x9E3779B97F4A7C15ull;
    };
    const auto &[store, day, product, variant] = k;
    return size_t(store) ^ (size_t(day) << 20) ^ id(product) ^ (id(variant) << 1);
}

ProductDayFigures &RollupDelta::product(qint64 storeId, int day, const PlatformId &p,
                                        const PlatformId &v)
{
    // Custom line items have no product: they roll up under product 0.
    return m_product[{storeId, day, p.isNull() ? PlatformId(qint64(0)) : p,
                      v.isNull() ? PlatformId(qint64(0)) : v}];
}

void RollupDelta::addOrderHeader(qint64 storeId, const OrderFacts &order, int sign)
{
    StoreDayFigures &s = store(storeId, order.day);
    s.orders += sign;
    if (order.cancelled)
        s.cancelledOrders += sign;
    s.shipping += sign * order.shipping;
    s.taxes += sign * order.tax;
}

void RollupDelta::addLine(qint64 storeId, int day, const OrderFacts::Line &line,
                          bool firstOfVariant, int sign)
{
    const qint64 gross = line.unitPrice * line.quantity;
    StoreDayFigures &s = store(storeId, day);
    s.grossSales += sign * gross;
    s.discounts += sign * line.discount;
    s.unitsSold += sign * line.quantity;
    ProductDayFigures &p = product(storeId, day, line.product, line.variant);
    p.unitsSold += sign * line.quantity;
    p.grossSales += sign * gross;
    p.discounts += sign * line.discount;
    if (firstOfVariant)
        p.orders += sign;
}

void RollupDelta::addRefund(qint64 storeId, int refundDay, qint64 shipping, qint64 shippingTax,
                            int sign)
{
    StoreDayFigures &r = store(storeId, refundDay);
    r.shippingReturned += sign * shipping;
    r.taxesReturned += sign * shippingTax;
}

void RollupDelta::addRefundLine(qint64 storeId, int refundDay, const PlatformId &productId,
                                const PlatformId &variantId, const OrderFacts::RefundLine &line,
                                int sign)
{
    StoreDayFigures &r = store(storeId, refundDay);
    r.returns += sign * line.subtotal;
    r.taxesReturned += sign * line.tax;
    r.unitsReturned += sign * line.quantity;
    ProductDayFigures &p = product(storeId, refundDay, productId, variantId);
    p.unitsReturned += sign * line.quantity;
    p.returns += sign * line.subtotal;
}

void RollupDelta::addOrder(qint64 storeId, const OrderFacts &order, int sign)
{
    if (order.test)
        return;
    addOrderHeader(storeId, order, sign);
    std::set<std::pair<PlatformId, PlatformId>> variantsInOrder;
    for (const OrderFacts::Line &line : order.lines)
        addLine(storeId, order.day, line,
                variantsInOrder.insert({line.product, line.variant}).second, sign);
    for (const OrderFacts::RefundFacts &refund : order.refunds) {
        addRefund(storeId, refund.day, refund.shipping, refund.shippingTax, sign);
        for (const OrderFacts::RefundLine &rl : refund.lines) {
            PlatformId productId, variantId;
            for (const OrderFacts::Line &line : order.lines) {
                if (line.id == rl.lineId) {
                    productId = line.product;
                    variantId = line.variant;
                    break;
                }
            }
            addRefundLine(storeId, refund.day, productId, variantId, rl, sign);
        }
    }
}

void RollupDelta::addCheckout(qint64 storeId, int day, qint64 value, bool recovered, int sign)
{
    StoreDayFigures &s = store(storeId, day);
    s.checkouts += sign;
    s.checkoutsValue += sign * value;
    if (recovered) {
        s.recoveredCheckouts += sign;
        s.recoveredValue += sign * value;
    }
}

void RollupDelta::addNewCustomer(qint64 storeId, int day, int sign)
{
    store(storeId, day).newCustomers += sign;
}

void RollupDelta::flush(Database &db)
{
    // Store-day rows: update first; after the first batch of a backfill nearly
    // every touched day exists, so one statement per row instead of two.
    for (const auto &[key, f] : m_store) {
        if (f.isZero())
            continue;
        Statement &up = db.cached(
            "UPDATE OR FAIL rollup_store_day SET orders = orders + ?, "
            "cancelled_orders = cancelled_orders + ?, gross_sales = gross_sales + ?, "
            "discounts = discounts + ?, returns = returns + ?, shipping = shipping + ?, "
            "shipping_returned = shipping_returned + ?, taxes = taxes + ?, "
            "taxes_returned = taxes_returned + ?, units_sold = units_sold + ?, "
            "units_returned = units_returned + ?, new_customers = new_customers + ?, "
            "checkouts = checkouts + ?, checkouts_value = checkouts_value + ?, "
            "recovered_checkouts = recovered_checkouts + ?, recovered_value = recovered_value + ? "
            "WHERE store_id = ? AND day = ?");
        up.bindAll(f.orders, f.cancelledOrders, f.grossSales, f.discounts, f.returns, f.shipping,
                   f.shippingReturned, f.taxes, f.taxesReturned, f.unitsSold, f.unitsReturned,
                   f.newCustomers, f.checkouts, f.checkoutsValue, f.recoveredCheckouts,
                   f.recoveredValue, key.first, key.second)
            .exec();
        if (db.changes() == 1)
            continue;
        Statement &ins = db.cached(
            "INSERT INTO rollup_store_day (orders, cancelled_orders, gross_sales, discounts, "
            "returns, "
            "shipping, shipping_returned, taxes, taxes_returned, units_sold, units_returned, "
            "new_customers, checkouts, checkouts_value, recovered_checkouts, recovered_value, "
            "store_id, day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ins.bindAll(f.orders, f.cancelledOrders, f.grossSales, f.discounts, f.returns, f.shipping,
                    f.shippingReturned, f.taxes, f.taxesReturned, f.unitsSold, f.unitsReturned,
                    f.newCustomers, f.checkouts, f.checkoutsValue, f.recoveredCheckouts,
                    f.recoveredValue, key.first, key.second)
            .exec();
    }
    // Product-day rows are sparse (a long tail of variants sells once on a
    // day): insert first, add to an existing row only when the insert is ignored.
    for (const auto &[key, f] : m_product) {
        if (f.isZero())
            continue;
        const auto &[storeId, day, productId, variantId] = key;
        Statement &ins = db.cached(
            "INSERT OR IGNORE INTO rollup_product_day (orders, units_sold, gross_sales, discounts, "
            "units_returned, returns, store_id, day, product_id, variant_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)");
        ins.bindAll(f.orders, f.unitsSold, f.grossSales, f.discounts, f.unitsReturned, f.returns,
                    storeId, day, productId, variantId)
            .exec();
        if (db.changes() == 1)
            continue;
        Statement &up =
            db.cached("UPDATE OR FAIL rollup_product_day SET orders = orders + ?, units_sold = "
                      "units_sold + ?, "
                      "gross_sales = gross_sales + ?, discounts = discounts + ?, "
                      "units_returned = units_returned + ?, returns = returns + ? "
                      "WHERE store_id = ? AND day = ? AND product_id = ? AND variant_id = ?");
        up.bindAll(f.orders, f.unitsSold, f.grossSales, f.discounts, f.unitsReturned, f.returns,
                   storeId, day, productId, variantId)
            .exec();
    }
    clear();
}

void RollupDelta::clear()
{
    m_store.clear();
    m_product.clear();
}

} // namespace storelens
