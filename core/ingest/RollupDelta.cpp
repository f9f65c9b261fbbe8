#include "RollupDelta.h"

#include "common/ShopCalendar.h"
#include "model/PackedProductDay.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"

#include <QHash>

#include <algorithm>
#include <set>

namespace storelens {

bool StoreDayFigures::isZero() const
{
    return orders == 0 && cancelledOrders == 0 && grossSales == 0 && discounts == 0 &&
           returns == 0 && shipping == 0 && shippingReturned == 0 && taxes == 0 &&
           taxesReturned == 0 && unitsSold == 0 && unitsReturned == 0 && newCustomers == 0 &&
           checkouts == 0 && checkoutsValue == 0 && recoveredCheckouts == 0 &&
           recoveredValue == 0 && customerOrders == 0;
}

bool ProductDayFigures::isZero() const
{
    return orders == 0 && unitsSold == 0 && grossSales == 0 && discounts == 0 &&
           unitsReturned == 0 && returns == 0;
}

size_t RollupDelta::ProductKeyHash::operator()(const ProductKey &k) const
{
    quint64 h = mixBits(quint64(k.product) * 2 + k.productIsText);
    h = mixBits(h ^ (quint64(k.variant) * 2 + k.variantIsText));
    return mixBits(h ^ (quint64(k.storeId) << 32) ^ quint64(quint32(k.period)));
}

size_t RollupDelta::ReturnKeyHash::operator()(const ReturnKey &k) const
{
    const auto &[store, grain, k1, k2] = k;
    return mixBits((quint64(store) << 40) ^ (quint64(grain) << 56) ^ (quint64(quint32(k1)) << 24) ^
                   quint64(quint32(k2)));
}

qint64 RollupDelta::idKey(const PlatformId &id, bool *isText)
{
    *isText = id.isText();
    if (!id.isText())
        return id.number(); // a null id is 0: custom line items roll up under product 0
    const auto found = m_textIdIndex.constFind(id.text());
    if (found != m_textIdIndex.constEnd())
        return *found;
    m_textIds.push_back(id.text());
    return m_textIdIndex.insert(id.text(), qint64(m_textIds.size()) - 1).value();
}

PlatformId RollupDelta::idOf(qint64 key, bool isText) const
{
    return isText ? PlatformId(m_textIds[size_t(key)]) : PlatformId(key);
}

size_t RollupDelta::ChannelKeyHash::operator()(const ChannelKey &k) const
{
    const auto &[store, day, channel] = k;
    return size_t(store) ^ (size_t(day) << 20) ^ size_t(qHash(channel));
}

bool ChannelDayFigures::isZero() const
{
    return orders == 0 && cancelledOrders == 0 && grossSales == 0 && discounts == 0 &&
           returns == 0 && shipping == 0 && shippingReturned == 0 && taxes == 0 &&
           taxesReturned == 0 && unitsSold == 0 && unitsReturned == 0;
}

void RollupDelta::addProduct(qint64 storeId, int day, const PlatformId &p, const PlatformId &v,
                             const ProductDayFigures &f, int sign)
{
    // Custom line items have no product: they roll up under product 0.
    ProductKey key{storeId, 0, 0, day, false, false};
    key.product = idKey(p, &key.productIsText);
    key.variant = idKey(v, &key.variantIsText);
    for (auto *rows : {&m_product, &m_productMonth}) {
        if (rows == &m_productMonth)
            key.period = day / 100;
        ProductDayFigures &r = (*rows)[key];
        r.orders += sign * f.orders;
        r.unitsSold += sign * f.unitsSold;
        r.grossSales += sign * f.grossSales;
        r.discounts += sign * f.discounts;
        r.unitsReturned += sign * f.unitsReturned;
        r.returns += sign * f.returns;
    }
}

void RollupDelta::addOrderHeader(qint64 storeId, const OrderFacts &order, int sign)
{
    StoreDayFigures &s = store(storeId, order.day);
    ChannelDayFigures &c = channel(storeId, order.day, order.channel);
    s.orders += sign;
    c.orders += sign;
    if (order.cancelled) {
        s.cancelledOrders += sign;
        c.cancelledOrders += sign;
    }
    if (order.hasCustomer)
        s.customerOrders += sign;
    s.shipping += sign * order.shipping;
    s.taxes += sign * order.tax;
    c.shipping += sign * order.shipping;
    c.taxes += sign * order.tax;
}

void RollupDelta::addLine(qint64 storeId, int day, const QString &channelName,
                          const OrderFacts::Line &line, bool firstOfVariant, int sign)
{
    const qint64 gross = line.gross;
    StoreDayFigures &s = store(storeId, day);
    s.grossSales += sign * gross;
    s.discounts += sign * line.discount;
    s.unitsSold += sign * line.quantity;
    ChannelDayFigures &c = channel(storeId, day, channelName);
    c.grossSales += sign * gross;
    c.discounts += sign * line.discount;
    c.unitsSold += sign * line.quantity;
    ProductDayFigures p;
    p.unitsSold = line.quantity;
    p.grossSales = gross;
    p.discounts = line.discount;
    p.orders = firstOfVariant ? 1 : 0;
    addProduct(storeId, day, line.product, line.variant, p, sign);
}

void RollupDelta::addRefund(qint64 storeId, SalesDefinitions definitions, int refundDay,
                            const QString &channelName, qint64 total, qint64 shipping,
                            qint64 shippingTax, int sign)
{
    StoreDayFigures &r = store(storeId, refundDay);
    ChannelDayFigures &c = channel(storeId, refundDay, channelName);
    if (definitions == SalesDefinitions::WooCommerce) {
        const qint64 returned = total - shipping - shippingTax;
        r.returns += sign * returned;
        c.returns += sign * returned;
        return;
    }
    r.shippingReturned += sign * shipping;
    r.taxesReturned += sign * shippingTax;
    c.shippingReturned += sign * shipping;
    c.taxesReturned += sign * shippingTax;
}

void RollupDelta::addRefundLine(qint64 storeId, SalesDefinitions definitions, int refundDay,
                                const QString &channelName, const PlatformId &productId,
                                const PlatformId &variantId, const OrderFacts::RefundLine &line,
                                int sign)
{
    StoreDayFigures &r = store(storeId, refundDay);
    ChannelDayFigures &c = channel(storeId, refundDay, channelName);
    if (definitions == SalesDefinitions::WooCommerce) {
        // The refund's amount is in returns already (addRefund): its tax goes.
        r.returns -= sign * line.tax;
        c.returns -= sign * line.tax;
    } else {
        r.returns += sign * line.subtotal;
        r.taxesReturned += sign * line.tax;
        c.returns += sign * line.subtotal;
        c.taxesReturned += sign * line.tax;
    }
    r.unitsReturned += sign * line.quantity;
    c.unitsReturned += sign * line.quantity;
    ProductDayFigures p;
    p.unitsReturned = line.quantity;
    p.returns = line.subtotal;
    addProduct(storeId, refundDay, productId, variantId, p, sign);
}

void RollupDelta::addOrder(qint64 storeId, const OrderFacts &order, int sign)
{
    if (order.excluded)
        return;
    addOrderHeader(storeId, order, sign);
    std::set<std::pair<PlatformId, PlatformId>> variantsInOrder;
    for (const OrderFacts::Line &line : order.lines)
        addLine(storeId, order.day, order.channel, line,
                variantsInOrder.insert({line.product, line.variant}).second, sign);
    for (const OrderFacts::RefundFacts &refund : order.refunds) {
        addRefund(storeId, order.definitions, refund.day, order.channel, refund.total,
                  refund.shipping, refund.shippingTax, sign);
        for (const OrderFacts::RefundLine &rl : refund.lines) {
            PlatformId productId, variantId;
            for (const OrderFacts::Line &line : order.lines) {
                if (line.id == rl.lineId) {
                    productId = line.product;
                    variantId = line.variant;
                    break;
                }
            }
            addRefundLine(storeId, order.definitions, refund.day, order.channel, productId,
                          variantId, rl, sign);
        }
    }
}

void RollupDelta::addCustomerOrders(qint64 storeId, const std::vector<int> &days, int sign)
{
    if (days.empty())
        return;
    const int firstMonth = days.front() / 100;
    std::set<int> months{firstMonth};
    addCohortMonth(storeId, firstMonth, firstMonth, sign);
    for (size_t i = 1; i < days.size(); ++i) {
        addCustomerReturn(storeId, days[i - 1], days[i], i == 1, sign);
        if (months.insert(days[i] / 100).second)
            addCohortMonth(storeId, firstMonth, days[i] / 100, sign);
    }
}

void RollupDelta::addCustomerReturn(qint64 storeId, int prevDay, int day, bool second, int sign)
{
    // The grains of rollup_customer_return (see Schema.cpp): day/day,
    // day/month, month/day, month/month, and days apart for pairs a month apart
    // at most.
    const int gap = ShopCalendar::daysFromCivil(day) - ShopCalendar::daysFromCivil(prevDay);
    const ReturnKey keys[] = {{storeId, 0, prevDay, day},
                              {storeId, 1, prevDay, day / 100},
                              {storeId, 2, prevDay / 100, day},
                              {storeId, 3, prevDay / 100, day / 100},
                              {storeId, 4, gap, prevDay}};
    for (const auto &key : keys) {
        if (std::get<1>(key) == 4 && gap > kMaxReturnGapDays)
            continue;
        CustomerReturnFigures &f = m_customerReturn[key];
        f.orders += sign;
        if (second)
            f.secondOrders += sign;
    }
}

void RollupDelta::addCohortMonth(qint64 storeId, int firstMonth, int month, int sign)
{
    m_cohort[{storeId, firstMonth, month}] += sign;
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
    flushStoreDays(db);
    flushProducts(db);
    flushChannels(db);
    flushCustomers(db);
    clear();
}

void RollupDelta::flushStoreDays(Database &db)
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
            "recovered_checkouts = recovered_checkouts + ?, recovered_value = recovered_value + ?, "
            "customer_orders = customer_orders + ? WHERE store_id = ? AND day = ?");
        up.bindAll(f.orders, f.cancelledOrders, f.grossSales, f.discounts, f.returns, f.shipping,
                   f.shippingReturned, f.taxes, f.taxesReturned, f.unitsSold, f.unitsReturned,
                   f.newCustomers, f.checkouts, f.checkoutsValue, f.recoveredCheckouts,
                   f.recoveredValue, f.customerOrders, key.first, key.second)
            .exec();
        if (db.changes() == 1)
            continue;
        Statement &ins = db.cached(
            "INSERT INTO rollup_store_day (orders, cancelled_orders, gross_sales, discounts, "
            "returns, shipping, shipping_returned, taxes, taxes_returned, units_sold, "
            "units_returned, new_customers, checkouts, checkouts_value, recovered_checkouts, "
            "recovered_value, customer_orders, store_id, day) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ins.bindAll(f.orders, f.cancelledOrders, f.grossSales, f.discounts, f.returns, f.shipping,
                    f.shippingReturned, f.taxes, f.taxesReturned, f.unitsSold, f.unitsReturned,
                    f.newCustomers, f.checkouts, f.checkoutsValue, f.recoveredCheckouts,
                    f.recoveredValue, f.customerOrders, key.first, key.second)
            .exec();
    }
}

namespace {

// The month (yyyymm) after or before another.
int nextMonth(int yyyymm)
{
    return yyyymm % 100 == 12 ? yyyymm + 89 : yyyymm + 1;
}
int previousMonth(int yyyymm)
{
    return yyyymm % 100 == 1 ? yyyymm - 89 : yyyymm - 1;
}

// `stored` plus `changes` (both in key order) into `out`, in key order;
// entries that come to zero go.
void mergePacked(const std::vector<PackedProductDay::Entry> &stored,
                 const std::vector<PackedProductDay::Entry> &changes,
                 std::vector<PackedProductDay::Entry> &out)
{
    out.clear();
    out.reserve(stored.size() + changes.size());
    auto keep = [&out](const PackedProductDay::Entry &e) {
        if (e.orders || e.unitsSold || e.grossSales || e.discounts || e.unitsReturned || e.returns)
            out.push_back(e);
    };
    size_t a = 0, b = 0;
    while (a < stored.size() || b < changes.size()) {
        if (b == changes.size() ||
            (a < stored.size() && PackedProductDay::keyLess(stored[a], changes[b]))) {
            keep(stored[a++]);
        } else if (a == stored.size() || PackedProductDay::keyLess(changes[b], stored[a])) {
            keep(changes[b++]);
        } else {
            PackedProductDay::Entry sum = stored[a++];
            const PackedProductDay::Entry &c = changes[b++];
            sum.orders += c.orders;
            sum.unitsSold += c.unitsSold;
            sum.grossSales += c.grossSales;
            sum.discounts += c.discounts;
            sum.unitsReturned += c.unitsReturned;
            sum.returns += c.returns;
            keep(sum);
        }
    }
}

} // namespace

void RollupDelta::flushProducts(Database &db)
{
    // Product-day rows are sparse (a long tail of variants sells once on a
    // day): insert first, add to an existing row only when the insert is
    // ignored. Month rows are dense: update first. Both in key order, so that
    // the B-tree is walked forwards instead of at random.
    const auto &days = m_product.sortedByKey();
    std::vector<PackedProductDay::Entry> stored, changes, merged;
    for (size_t first = 0, end = 0; first < days.size(); first = end) {
        // The changes of one day (the keys come day by day).
        const qint64 storeId = days[first].first.storeId;
        const int day = days[first].first.period;
        end = first;
        while (end < days.size() && days[end].first.storeId == storeId &&
               days[end].first.period == day)
            ++end;
        const DayForm form = dayForm(db, storeId, day, stored);
        if (form != DayForm::Rows) {
            changes.clear();
            for (size_t i = first; i < end; ++i) {
                const auto &[key, f] = days[i];
                if (!f.isZero())
                    changes.push_back({idOf(key.product, key.productIsText),
                                       idOf(key.variant, key.variantIsText), f.orders, f.unitsSold,
                                       f.grossSales, f.discounts, f.unitsReturned, f.returns});
            }
            if (changes.empty())
                continue;
            std::sort(changes.begin(), changes.end(), PackedProductDay::keyLess);
            if (form == DayForm::None)
                stored.clear();
            mergePacked(stored, changes, merged);
            if (form == DayForm::None) {
                db.cached("INSERT INTO rollup_product_day_packed (store_id, day, entries, "
                          "has_rows) VALUES (?, ?, ?, 0)")
                    .bindAll(storeId, day)
                    .bindBlob(3, PackedProductDay::encode(merged))
                    .exec();
            } else if (merged.empty()) {
                db.cached("DELETE FROM rollup_product_day_packed WHERE store_id = ? AND day = ?")
                    .bindAll(storeId, day)
                    .exec();
            } else {
                db.cached("UPDATE OR FAIL rollup_product_day_packed SET entries = ? WHERE "
                          "store_id = ? AND day = ?")
                    .bindBlob(1, PackedProductDay::encode(merged))
                    .bind(2, storeId)
                    .bind(3, day)
                    .exec();
            }
            continue;
        }
        markDayToPack(db, storeId, day);
        for (size_t i = first; i < end; ++i) {
            const auto &[key, f] = days[i];
            if (f.isZero())
                continue;
            const PlatformId productId = idOf(key.product, key.productIsText);
            const PlatformId variantId = idOf(key.variant, key.variantIsText);
            Statement &ins = db.cached("INSERT OR IGNORE INTO rollup_product_day (orders, "
                                       "units_sold, gross_sales, discounts, units_returned, "
                                       "returns, store_id, day, product_id, variant_id) "
                                       "VALUES (?,?,?,?,?,?,?,?,?,?)");
            ins.bindAll(f.orders, f.unitsSold, f.grossSales, f.discounts, f.unitsReturned,
                        f.returns, storeId, day, productId, variantId)
                .exec();
            if (db.changes() == 1)
                continue;
            Statement &up = db.cached(
                "UPDATE OR FAIL rollup_product_day SET orders = orders + ?, units_sold = "
                "units_sold + ?, gross_sales = gross_sales + ?, discounts = discounts + ?, "
                "units_returned = units_returned + ?, returns = returns + ? "
                "WHERE store_id = ? AND day = ? AND product_id = ? AND variant_id = ?");
            up.bindAll(f.orders, f.unitsSold, f.grossSales, f.discounts, f.unitsReturned, f.returns,
                       storeId, day, productId, variantId)
                .exec();
        }
    }
    for (const auto &[key, f] : m_productMonth.sortedByKey()) {
        if (f.isZero())
            continue;
        const qint64 storeId = key.storeId;
        const int month = key.period;
        const PlatformId productId = idOf(key.product, key.productIsText);
        const PlatformId variantId = idOf(key.variant, key.variantIsText);
        Statement &up =
            db.cached("UPDATE OR FAIL rollup_product_month SET orders = orders + ?, "
                      "units_sold = units_sold + ?, gross_sales = gross_sales + ?, "
                      "discounts = discounts + ?, units_returned = units_returned + ?, "
                      "returns = returns + ? "
                      "WHERE store_id = ? AND month = ? AND product_id = ? AND variant_id = ?");
        up.bindAll(f.orders, f.unitsSold, f.grossSales, f.discounts, f.unitsReturned, f.returns,
                   storeId, month, productId, variantId)
            .exec();
        if (db.changes() == 1)
            continue;
        Statement &ins = db.cached(
            "INSERT INTO rollup_product_month (orders, units_sold, gross_sales, discounts, "
            "units_returned, returns, store_id, month, product_id, variant_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)");
        ins.bindAll(f.orders, f.unitsSold, f.grossSales, f.discounts, f.unitsReturned, f.returns,
                    storeId, month, productId, variantId)
            .exec();
    }
    flushRunningTotals(db);
}

RollupDelta::DayForm RollupDelta::dayForm(Database &db, qint64 storeId, int day,
                                          std::vector<PackedProductDay::Entry> &entries)
{
    Statement &packed = db.cached(
        "SELECT has_rows, entries FROM rollup_product_day_packed WHERE store_id = ? AND day = ?");
    packed.bindAll(storeId, day);
    if (packed.step()) {
        const bool hasRows = packed.int64(0) != 0;
        const QByteArray bytes = hasRows ? QByteArray() : packed.blob(1);
        packed.reset();
        const bool decoded =
            hasRows || PackedProductDay::decode(bytes.constData(), bytes.size(), entries);
        if (!decoded)
            throw DatabaseError(
                0, QStringLiteral("the product rollup of day %1 of store %2 is damaged")
                       .arg(day)
                       .arg(storeId));
        return hasRows ? DayForm::Rows : DayForm::PackedAlone;
    }
    packed.reset();
    Statement &rows = db.cached(
        "SELECT EXISTS (SELECT 1 FROM rollup_product_day WHERE store_id = ? AND day = ?)");
    rows.bindAll(storeId, day);
    rows.step();
    const bool exists = rows.int64(0) != 0;
    rows.reset();
    return exists ? DayForm::Rows : DayForm::None;
}

void RollupDelta::markDayToPack(Database &db, qint64 storeId, int day)
{
    // A packed day must equal its rows: it goes with this transaction, and the
    // ingestor packs the day again when idle (ProductDayPacker). A day already
    // on the list has no packed row.
    Statement &mark =
        db.cached("INSERT OR IGNORE INTO product_days_to_pack (store_id, day) VALUES (?, ?)");
    mark.bindAll(storeId, day).exec();
    if (db.changes() == 0)
        return;
    db.cached("DELETE FROM rollup_product_day_packed WHERE store_id = ? AND day = ?")
        .bindAll(storeId, day)
        .exec();
}

void RollupDelta::flushRunningTotals(Database &db)
{
    std::map<qint64, std::map<Variant, MonthChanges>> stores;
    for (const auto &[key, f] : m_productMonth.sortedByKey()) {
        if (!f.isZero())
            stores[key.storeId]
                  [{idOf(key.product, key.productIsText), idOf(key.variant, key.variantIsText)}]
                      .emplace_back(key.period, &f);
    }
    for (const auto &[storeId, variants] : stores)
        flushRunningTotals(db, storeId, variants);
}

void RollupDelta::flushRunningTotals(Database &db, qint64 storeId,
                                     const std::map<Variant, MonthChanges> &variants)
{
    // The months the totals must cover: what they cover now, stretched to
    // this batch's months.
    int first = 0, last = 0;
    for (const auto &[variant, changes] : variants) {
        first = first ? std::min(first, changes.front().first) : changes.front().first;
        last = std::max(last, changes.back().first);
    }
    Statement &span =
        db.cached("SELECT (SELECT min(month) FROM rollup_product_running WHERE store_id = ?1), "
                  "(SELECT max(month) FROM rollup_product_running WHERE store_id = ?1)");
    span.bind(1, storeId);
    span.step();
    if (!span.isNull(0)) {
        int storedFirst = span.int32(0), storedLast = span.int32(1);
        span.reset();
        // A new month starts from the totals of the one before (this batch's
        // changes are added below); months before the first start at zero.
        while (storedLast < last) {
            db.cached("INSERT INTO rollup_product_running (store_id, month, product_id, "
                      "variant_id, orders, units_sold, gross_sales, discounts, units_returned, "
                      "returns) SELECT store_id, ?, product_id, variant_id, orders, units_sold, "
                      "gross_sales, discounts, units_returned, returns FROM rollup_product_running "
                      "WHERE store_id = ? AND month = ?")
                .bindAll(nextMonth(storedLast), storeId, storedLast)
                .exec();
            storedLast = nextMonth(storedLast);
        }
        while (storedFirst > first) {
            db.cached("INSERT INTO rollup_product_running (store_id, month, product_id, "
                      "variant_id) SELECT store_id, ?, product_id, variant_id FROM "
                      "rollup_product_running WHERE store_id = ? AND month = ?")
                .bindAll(previousMonth(storedFirst), storeId, storedFirst)
                .exec();
            storedFirst = previousMonth(storedFirst);
        }
        first = storedFirst;
        last = storedLast;
    } else {
        span.reset();
    }

    // Each variant's changes added up go into its last month's row first: a
    // variant the totals do not know yet has none, and gets a row in every
    // month below. Then month by month (neighbouring variants are neighbouring
    // rows), the changes up to each month go into the months before the last;
    // new variants' rows are inserted month by month, so that each month's
    // rows stay together in the file.
    Statement &up = db.cached("UPDATE OR FAIL rollup_product_running SET orders = orders + ?, "
                              "units_sold = units_sold + ?, gross_sales = gross_sales + ?, "
                              "discounts = discounts + ?, units_returned = units_returned + ?, "
                              "returns = returns + ? WHERE store_id = ? AND month = ? "
                              "AND product_id = ? AND variant_id = ?");
    Statement &ins = db.cached("INSERT INTO rollup_product_running (orders, units_sold, "
                               "gross_sales, discounts, units_returned, returns, store_id, month, "
                               "product_id, variant_id) VALUES (?,?,?,?,?,?,?,?,?,?)");
    auto add = [](ProductDayFigures &sum, const ProductDayFigures &f) {
        sum.orders += f.orders;
        sum.unitsSold += f.unitsSold;
        sum.grossSales += f.grossSales;
        sum.discounts += f.discounts;
        sum.unitsReturned += f.unitsReturned;
        sum.returns += f.returns;
    };
    struct Progress
    {
        const Variant *variant;
        const MonthChanges *changes;
        size_t next = 0;
        ProductDayFigures sum;
        bool isNew = false;
    };
    std::vector<Progress> progress;
    progress.reserve(variants.size());
    int firstChange = last;
    bool anyNew = false;
    for (const auto &[variant, changes] : variants) {
        ProductDayFigures total;
        for (const auto &[month, f] : changes)
            add(total, *f);
        bool isNew = false;
        if (!total.isZero()) {
            up.bindAll(total.orders, total.unitsSold, total.grossSales, total.discounts,
                       total.unitsReturned, total.returns, storeId, last, variant.first,
                       variant.second)
                .exec();
            isNew = db.changes() == 0;
        } else { // changes that cancel out by the last month
            Statement &known = db.cached("SELECT 1 FROM rollup_product_running WHERE store_id = ? "
                                         "AND month = ? AND product_id = ? AND variant_id = ?");
            known.bindAll(storeId, last, variant.first, variant.second);
            isNew = !known.step();
            known.reset();
        }
        anyNew = anyNew || isNew;
        firstChange = std::min(firstChange, changes.front().first);
        progress.push_back({&variant, &changes, 0, {}, isNew});
    }
    for (int month = anyNew ? first : firstChange;; month = nextMonth(month)) {
        for (Progress &p : progress) {
            for (; p.next < p.changes->size() && (*p.changes)[p.next].first <= month; ++p.next)
                add(p.sum, *(*p.changes)[p.next].second);
            if (!p.isNew && (month == last || p.sum.isZero()))
                continue;
            Statement &q = p.isNew ? ins : up;
            q.bindAll(p.sum.orders, p.sum.unitsSold, p.sum.grossSales, p.sum.discounts,
                      p.sum.unitsReturned, p.sum.returns, storeId, month, p.variant->first,
                      p.variant->second)
                .exec();
        }
        if (month == last)
            break;
    }
}

void RollupDelta::flushChannels(Database &db)
{
    for (const auto &[key, f] : m_channel) {
        if (f.isZero())
            continue;
        const auto &[storeId, day, source] = key;
        const QString channel = source.isNull() ? QStringLiteral("") : source; // never NULL
        Statement &up = db.cached(
            "UPDATE OR FAIL rollup_channel_day SET orders = orders + ?, "
            "cancelled_orders = cancelled_orders + ?, gross_sales = gross_sales + ?, "
            "discounts = discounts + ?, returns = returns + ?, shipping = shipping + ?, "
            "shipping_returned = shipping_returned + ?, taxes = taxes + ?, "
            "taxes_returned = taxes_returned + ?, units_sold = units_sold + ?, "
            "units_returned = units_returned + ? WHERE store_id = ? AND day = ? AND channel = ?");
        up.bindAll(f.orders, f.cancelledOrders, f.grossSales, f.discounts, f.returns, f.shipping,
                   f.shippingReturned, f.taxes, f.taxesReturned, f.unitsSold, f.unitsReturned,
                   storeId, day, channel)
            .exec();
        if (db.changes() == 1)
            continue;
        Statement &ins = db.cached(
            "INSERT INTO rollup_channel_day (orders, cancelled_orders, gross_sales, discounts, "
            "returns, shipping, shipping_returned, taxes, taxes_returned, units_sold, "
            "units_returned, store_id, day, channel) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ins.bindAll(f.orders, f.cancelledOrders, f.grossSales, f.discounts, f.returns, f.shipping,
                    f.shippingReturned, f.taxes, f.taxesReturned, f.unitsSold, f.unitsReturned,
                    storeId, day, channel)
            .exec();
    }
}

void RollupDelta::flushCustomers(Database &db)
{
    // Day/day and days-apart pairs are sparse like the product days: insert
    // first. The month grains are dense: update first.
    for (const auto &[key, f] : m_customerReturn.sortedByKey()) {
        if (f.isZero())
            continue;
        const auto &[storeId, grain, k1, k2] = key;
        Statement &ins =
            db.cached("INSERT OR IGNORE INTO rollup_customer_return (orders, second_orders, "
                      "store_id, grain, k1, k2) VALUES (?,?,?,?,?,?)");
        Statement &up = db.cached("UPDATE OR FAIL rollup_customer_return SET orders = orders + ?, "
                                  "second_orders = second_orders + ? WHERE store_id = ? AND "
                                  "grain = ? AND k1 = ? AND k2 = ?");
        const bool sparse = grain == 0 || grain == 4;
        Statement &first = sparse ? ins : up;
        first.bindAll(f.orders, f.secondOrders, storeId, grain, k1, k2).exec();
        if (db.changes() == 1)
            continue;
        Statement &second = sparse ? up : ins;
        second.bindAll(f.orders, f.secondOrders, storeId, grain, k1, k2).exec();
    }
    for (const auto &[key, customers] : m_cohort) {
        if (customers == 0)
            continue;
        const auto &[storeId, firstMonth, month] = key;
        Statement &up = db.cached("UPDATE OR FAIL rollup_cohort SET customers = customers + ? "
                                  "WHERE store_id = ? AND first_month = ? AND month = ?");
        up.bindAll(customers, storeId, firstMonth, month).exec();
        if (db.changes() == 1)
            continue;
        Statement &ins = db.cached("INSERT INTO rollup_cohort (customers, store_id, first_month, "
                                   "month) VALUES (?,?,?,?)");
        ins.bindAll(customers, storeId, firstMonth, month).exec();
    }
}

void RollupDelta::clear()
{
    m_store.clear();
    m_product.clear();
    m_productMonth.clear();
    m_channel.clear();
    m_customerReturn.clear();
    m_textIds.clear();
    m_textIdIndex.clear();
    m_cohort.clear();
}

} // namespace storelens
