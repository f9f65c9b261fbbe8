#include "RollupRecompute.h"

#include "analytics/DateRange.h"
#include "model/CustomerSpendList.h"
#include "model/PackedProductDay.h"
#include "model/PlatformId.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace storelens::test {

namespace {

// Rows as "key/key|value|value...", rows whose values are all zero dropped.
QString rowsWithoutZeros(Statement &q, int keyColumns)
{
    QString out;
    while (q.step()) {
        QStringList keys;
        for (int c = 0; c < keyColumns; ++c)
            keys << q.text(c);
        QString row;
        bool allZero = true;
        for (int c = keyColumns; c < q.columnCount(); ++c) {
            allZero = allZero && q.int64(c) == 0;
            row += QLatin1Char('|') + QString::number(q.int64(c));
        }
        if (!allZero)
            out += keys.join(QLatin1Char('/')) + row + QLatin1Char('\n');
    }
    return out;
}

} // namespace

// The store-day rollup recomputed from the raw rows with plain SQL, in the
// same shape as rollup_store_day (zero rows dropped), by the definitions of
// the store's platform (analytics/PeriodFigures.h): a WooCommerce refund
// returns its amount less its tax and shipping, and refunds no shipping or tax.
QString recomputedStoreDays(Database &db, qint64 storeId)
{
    const std::string sql = R"SQL(
        WITH facts AS (
            SELECT o.day AS day, 1 AS orders, o.cancelled_at IS NOT NULL AS cancelled,
                   (SELECT coalesce(sum(coalesce(subtotal, quantity * original_unit_price)), 0) FROM line_items WHERE order_id = o.id) AS gross,
                   (SELECT coalesce(sum(total_discount), 0) FROM line_items WHERE order_id = o.id) AS discounts,
                   0 AS returns, o.total_shipping AS shipping, 0 AS shipping_returned,
                   o.total_tax AS taxes, 0 AS taxes_returned,
                   (SELECT coalesce(sum(quantity), 0) FROM line_items WHERE order_id = o.id) AS units,
                   0 AS units_returned, 0 AS new_customers,
                   o.customer_id IS NOT NULL AS customer_orders
            FROM orders o WHERE o.store_id = ?1 AND o.excluded = 0
            UNION ALL
            SELECT r.day, 0, 0, 0, 0,
                   CASE WHEN w.woo THEN r.total - r.shipping - r.shipping_tax -
                        (SELECT coalesce(sum(tax), 0) FROM refund_lines WHERE refund_id = r.id)
                   ELSE (SELECT coalesce(sum(subtotal), 0) FROM refund_lines WHERE refund_id = r.id) END,
                   0, CASE WHEN w.woo THEN 0 ELSE r.shipping END, 0,
                   CASE WHEN w.woo THEN 0 ELSE r.shipping_tax +
                        (SELECT coalesce(sum(tax), 0) FROM refund_lines WHERE refund_id = r.id) END, 0,
                   (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE refund_id = r.id), 0, 0
            FROM refunds r JOIN orders o ON o.id = r.order_id
            JOIN (SELECT platform = 'woocommerce' AS woo FROM stores WHERE id = ?1) w
            WHERE o.store_id = ?1 AND o.excluded = 0
            UNION ALL
            SELECT (SELECT day FROM orders f WHERE f.store_id = ?1 AND f.customer_id = c.customer_id
                    AND f.excluded = 0 ORDER BY f.processed_at, f.id LIMIT 1),
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
            FROM (SELECT DISTINCT customer_id FROM orders WHERE store_id = ?1 AND excluded = 0
                  AND customer_id IS NOT NULL) c
        )
        SELECT day, sum(orders), sum(cancelled), sum(gross), sum(discounts), sum(returns),
               sum(shipping), sum(shipping_returned), sum(taxes), sum(taxes_returned),
               sum(units), sum(units_returned), sum(new_customers), sum(customer_orders)
        FROM facts GROUP BY day ORDER BY day)SQL";
    Statement q = db.prepare(sql);
    q.bind(1, storeId);
    return rowsWithoutZeros(q, 1);
}

QString rolledUpStoreDays(Database &db, qint64 storeId)
{
    Statement q = db.prepare(
        "SELECT day, orders, cancelled_orders, gross_sales, discounts, returns, shipping, "
        "shipping_returned, taxes, taxes_returned, units_sold, units_returned, new_customers, "
        "customer_orders FROM rollup_store_day WHERE store_id = ? ORDER BY day");
    q.bind(1, storeId);
    return rowsWithoutZeros(q, 1);
}

namespace {

// The product figures per day (or month, yyyymm) recomputed from the raw rows:
// period, product, variant, then the values of rollup_product_day.
Statement productFacts(Database &db, qint64 storeId, bool perMonth)
{
    // The period of a row: its day, or its month (yyyymm).
    const std::string orderPeriod = perMonth ? "o.day / 100" : "o.day";
    const std::string refundPeriod = perMonth ? "r.day / 100" : "r.day";
    const std::string sql = R"SQL(
        WITH facts AS (
            SELECT )SQL" + orderPeriod +
                            R"SQL( AS day, coalesce(l.product_id, 0) AS p,
                   coalesce(l.variant_id, 0) AS v,
                   l.quantity AS units, coalesce(l.subtotal, l.quantity * l.original_unit_price) AS gross,
                   l.total_discount AS discounts, 0 AS units_returned, 0 AS returns
            FROM line_items l JOIN orders o ON o.id = l.order_id WHERE o.store_id = ?1 AND o.excluded = 0
            UNION ALL
            SELECT )SQL" + refundPeriod +
                            R"SQL(, coalesce(l.product_id, 0),
                   coalesce(l.variant_id, 0), 0, 0, 0, rl.quantity, rl.subtotal
            FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
            JOIN orders o ON o.id = r.order_id
            LEFT JOIN line_items l ON l.order_id = o.id AND l.platform_id = rl.line_item_id
            WHERE o.store_id = ?1 AND o.excluded = 0
        ),
        orders_per AS (
            SELECT )SQL" + orderPeriod +
                            R"SQL( AS day, coalesce(l.product_id, 0) AS p,
                   coalesce(l.variant_id, 0) AS v, count(DISTINCT o.id) AS orders
            FROM line_items l JOIN orders o ON o.id = l.order_id WHERE o.store_id = ?1 AND o.excluded = 0
            GROUP BY 1, 2, 3
        )
        SELECT g.day, g.p, g.v, coalesce(x.orders, 0), g.units, g.gross, g.discounts,
               g.units_returned, g.returns
        FROM (SELECT day, p, v, sum(units) AS units, sum(gross) AS gross,
                     sum(discounts) AS discounts, sum(units_returned) AS units_returned,
                     sum(returns) AS returns
              FROM facts GROUP BY day, p, v) g
        LEFT JOIN orders_per x ON x.day = g.day AND x.p = g.p AND x.v = g.v
        ORDER BY g.day, g.p, g.v)SQL";
    Statement q = db.prepare(sql);
    q.bind(1, storeId);
    return q;
}

} // namespace

// `perMonth`: the same per shop-local month, as rollup_product_month keeps it.
QString recomputedProductDays(Database &db, qint64 storeId, bool perMonth)
{
    Statement q = productFacts(db, storeId, perMonth);
    return rowsWithoutZeros(q, 3);
}

QString recomputedProductRunning(Database &db, qint64 storeId)
{
    // Months from the first to the last of the stored table and the raw rows.
    std::set<int> months;
    Statement stored = db.prepare("SELECT DISTINCT month FROM rollup_product_running "
                                  "WHERE store_id = ? ORDER BY month");
    stored.bind(1, storeId);
    while (stored.step())
        months.insert(stored.int32(0));
    using Key = std::pair<PlatformId, PlatformId>;
    std::map<int, std::map<Key, std::array<qint64, 6>>> perMonth;
    Statement facts = productFacts(db, storeId, true);
    while (facts.step()) {
        auto &values = perMonth[facts.int32(0)][{facts.platformId(1), facts.platformId(2)}];
        for (int c = 0; c < 6; ++c)
            values[size_t(c)] = facts.int64(3 + c);
        months.insert(facts.int32(0));
    }
    if (months.empty())
        return {};
    QString out;
    std::map<Key, std::array<qint64, 6>> total;
    for (int month = *months.begin(); month <= *months.rbegin();
         month = DateRange::addMonths(month, 1)) {
        for (const auto &[key, values] : perMonth[month]) {
            auto &sum = total[key];
            for (size_t c = 0; c < values.size(); ++c)
                sum[c] += values[c];
        }
        for (const auto &[key, sum] : total) {
            if (std::all_of(sum.begin(), sum.end(), [](qint64 v) { return v == 0; }))
                continue;
            out += QString::number(month) + QLatin1Char('/') + key.first.toString() +
                   QLatin1Char('/') + key.second.toString();
            for (qint64 v : sum)
                out += QLatin1Char('|') + QString::number(v);
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString rolledUpProductRunning(Database &db, qint64 storeId)
{
    Statement q = db.prepare("SELECT month, product_id, variant_id, orders, units_sold, "
                             "gross_sales, discounts, units_returned, returns "
                             "FROM rollup_product_running WHERE store_id = ? "
                             "ORDER BY month, product_id, variant_id");
    q.bind(1, storeId);
    return rowsWithoutZeros(q, 3);
}

QString rolledUpProductDays(Database &db, qint64 storeId, bool perMonth)
{
    if (perMonth) {
        Statement q = db.prepare("SELECT month, product_id, variant_id, orders, units_sold, "
                                 "gross_sales, discounts, units_returned, returns FROM "
                                 "rollup_product_month WHERE store_id = ? ORDER BY month, "
                                 "product_id, variant_id");
        q.bind(1, storeId);
        return rowsWithoutZeros(q, 3);
    }
    // A day's rows, or its packed form where it is kept without rows.
    std::map<int, QString> days;
    Statement rows = db.prepare("SELECT day, product_id, variant_id, orders, units_sold, "
                                "gross_sales, discounts, units_returned, returns FROM "
                                "rollup_product_day WHERE store_id = ? ORDER BY day, product_id, "
                                "variant_id");
    rows.bind(1, storeId);
    for (const QString &line :
         rowsWithoutZeros(rows, 3).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        days[line.section(QLatin1Char('/'), 0, 0).toInt()] += line + QLatin1Char('\n');
    Statement packed = db.prepare("SELECT day, entries FROM rollup_product_day_packed WHERE "
                                  "store_id = ? AND has_rows = 0");
    packed.bind(1, storeId);
    while (packed.step()) {
        const int day = packed.int32(0);
        const auto entries = PackedProductDay::decode(packed.blob(1));
        if (!entries) {
            days[day] += QStringLiteral("%1/(does not decode)\n").arg(day);
            continue;
        }
        for (const PackedProductDay::Entry &e : *entries) {
            const qint64 figures[] = {e.orders,    e.unitsSold,     e.grossSales,
                                      e.discounts, e.unitsReturned, e.returns};
            QString line = QStringLiteral("%1/%2/%3")
                               .arg(day)
                               .arg(e.productId.toString(), e.variantId.toString());
            bool allZero = true;
            for (const qint64 f : figures) {
                allZero = allZero && f == 0;
                line += QLatin1Char('|') + QString::number(f);
            }
            if (!allZero)
                days[day] += line + QLatin1Char('\n');
        }
    }
    QString out;
    for (const auto &[day, text] : days)
        out += text;
    return out;
}

// The channel rollup recomputed from the raw rows.
QString recomputedChannelDays(Database &db, qint64 storeId)
{
    const std::string sql = R"SQL(
        WITH facts AS (
            SELECT o.day AS day, coalesce(o.source_name, '') AS channel, 1 AS orders,
                   o.cancelled_at IS NOT NULL AS cancelled,
                   (SELECT coalesce(sum(coalesce(subtotal, quantity * original_unit_price)), 0) FROM line_items WHERE order_id = o.id) AS gross,
                   (SELECT coalesce(sum(total_discount), 0) FROM line_items WHERE order_id = o.id) AS discounts,
                   0 AS returns, o.total_shipping AS shipping, 0 AS shipping_returned,
                   o.total_tax AS taxes, 0 AS taxes_returned,
                   (SELECT coalesce(sum(quantity), 0) FROM line_items WHERE order_id = o.id) AS units,
                   0 AS units_returned
            FROM orders o WHERE o.store_id = ?1 AND o.excluded = 0
            UNION ALL
            SELECT r.day, coalesce(o.source_name, ''), 0, 0, 0, 0,
                   CASE WHEN w.woo THEN r.total - r.shipping - r.shipping_tax -
                        (SELECT coalesce(sum(tax), 0) FROM refund_lines WHERE refund_id = r.id)
                   ELSE (SELECT coalesce(sum(subtotal), 0) FROM refund_lines WHERE refund_id = r.id) END,
                   0, CASE WHEN w.woo THEN 0 ELSE r.shipping END, 0,
                   CASE WHEN w.woo THEN 0 ELSE r.shipping_tax +
                        (SELECT coalesce(sum(tax), 0) FROM refund_lines WHERE refund_id = r.id) END, 0,
                   (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE refund_id = r.id)
            FROM refunds r JOIN orders o ON o.id = r.order_id
            JOIN (SELECT platform = 'woocommerce' AS woo FROM stores WHERE id = ?1) w
            WHERE o.store_id = ?1 AND o.excluded = 0
        )
        SELECT day, channel, sum(orders), sum(cancelled), sum(gross), sum(discounts), sum(returns),
               sum(shipping), sum(shipping_returned), sum(taxes), sum(taxes_returned), sum(units),
               sum(units_returned)
        FROM facts GROUP BY day, channel ORDER BY day, channel)SQL";
    Statement q = db.prepare(sql);
    q.bind(1, storeId);
    return rowsWithoutZeros(q, 2);
}

QString rolledUpChannelDays(Database &db, qint64 storeId)
{
    Statement q = db.prepare("SELECT day, channel, orders, cancelled_orders, gross_sales, "
                             "discounts, returns, shipping, shipping_returned, taxes, "
                             "taxes_returned, units_sold, units_returned "
                             "FROM rollup_channel_day WHERE store_id = ? ORDER BY day, channel");
    q.bind(1, storeId);
    return rowsWithoutZeros(q, 2);
}

// The customer rollups recomputed in C++ from each customer's orders, sorted by
// (processed_at, id): consecutive order pairs and cohort months.
QString recomputedCustomerRollups(Database &db, qint64 storeId)
{
    Statement q =
        db.prepare("SELECT customer_id, day FROM orders WHERE store_id = ? AND excluded = 0 "
                   "AND customer_id IS NOT NULL ORDER BY customer_id, processed_at, id");
    q.bind(1, storeId);
    std::map<std::tuple<int, int, int>, std::pair<qint64, qint64>> pairs;
    std::map<std::pair<int, int>, qint64> cohorts;
    std::map<PlatformId, std::vector<int>> days;
    while (q.step())
        days[q.platformId(0)].push_back(q.int32(1));
    for (const auto &[customer, list] : days) {
        std::set<int> months;
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0) {
                // rollup_customer_return's grains: day/day, day/month,
                // month/day, month/month, days apart (up to 31).
                const int prev = list[i - 1], day = list[i];
                const int gap = int(DateRange::toDate(prev).daysTo(DateRange::toDate(day)));
                std::vector<std::tuple<int, int, int>> keys{{0, prev, day},
                                                            {1, prev, day / 100},
                                                            {2, prev / 100, day},
                                                            {3, prev / 100, day / 100}};
                if (gap <= 31)
                    keys.emplace_back(4, gap, prev);
                for (const auto &key : keys) {
                    auto &p = pairs[key];
                    ++p.first;
                    p.second += i == 1 ? 1 : 0;
                }
            }
            if (months.insert(list[i] / 100).second)
                ++cohorts[{list.front() / 100, list[i] / 100}];
        }
    }
    QString out;
    for (const auto &[key, n] : pairs)
        out += QStringLiteral("R%1/%2/%3|%4|%5\n")
                   .arg(std::get<0>(key))
                   .arg(std::get<1>(key))
                   .arg(std::get<2>(key))
                   .arg(n.first)
                   .arg(n.second);
    for (const auto &[key, n] : cohorts)
        out += QStringLiteral("C%1/%2|%3\n").arg(key.first).arg(key.second).arg(n);
    return out;
}

QString rolledUpCustomerRollups(Database &db, qint64 storeId)
{
    QString out;
    Statement r = db.prepare("SELECT grain, k1, k2, orders, second_orders FROM "
                             "rollup_customer_return WHERE store_id = ? AND (orders != 0 OR "
                             "second_orders != 0) ORDER BY grain, k1, k2");
    r.bind(1, storeId);
    while (r.step())
        out += QStringLiteral("R%1/%2/%3|%4|%5\n")
                   .arg(r.int64(0))
                   .arg(r.int64(1))
                   .arg(r.int64(2))
                   .arg(r.int64(3))
                   .arg(r.int64(4));
    Statement c = db.prepare("SELECT first_month, month, customers FROM rollup_cohort WHERE "
                             "store_id = ? AND customers != 0 ORDER BY first_month, month");
    c.bind(1, storeId);
    while (c.step())
        out += QStringLiteral("C%1/%2|%3\n").arg(c.int64(0)).arg(c.int64(1)).arg(c.int64(2));
    return out;
}

namespace {

QString spendListText(const std::vector<CustomerSpendList::Entry> &entries)
{
    std::vector<CustomerSpendList::Entry> sorted = entries;
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (const CustomerSpendList::Entry &e : sorted)
        out << QStringLiteral("%1:%2").arg(e.day).arg(e.spent);
    return out.join(QLatin1Char(' '));
}

} // namespace

QString recomputedSpendLists(Database &db, qint64 storeId)
{
    Statement q = db.prepare("SELECT customer_id, day, total_price - total_refunded FROM orders "
                             "WHERE store_id = ? AND excluded = 0 AND customer_id IS NOT NULL");
    q.bind(1, storeId);
    std::map<PlatformId, std::vector<CustomerSpendList::Entry>> lists;
    while (q.step())
        lists[q.platformId(0)].push_back({q.int32(1), q.int64(2)});
    QString out;
    for (const auto &[customer, entries] : lists)
        out += customer.toString() + QLatin1Char('|') +
               (entries.size() > size_t(CustomerSpendList::kMaxOrders) ? QStringLiteral("-")
                                                                       : spendListText(entries)) +
               QLatin1Char('\n');
    return out;
}

QString storedSpendLists(Database &db, qint64 storeId)
{
    Statement q = db.prepare("SELECT customer_id, spend_list FROM customer_activity "
                             "WHERE store_id = ? ORDER BY customer_id");
    q.bind(1, storeId);
    QString out;
    while (q.step()) {
        QString list = QStringLiteral("-");
        if (!q.isNull(1)) {
            const auto entries = CustomerSpendList::decode(q.blob(1));
            list = entries ? spendListText(*entries) : QStringLiteral("(not a list)");
        }
        out += q.platformId(0).toString() + QLatin1Char('|') + list + QLatin1Char('\n');
    }
    return out;
}

QString packedDayMismatch(Database &db, qint64 storeId, bool all)
{
    // One snapshot: the ingestor may be packing meanwhile.
    Transaction snapshot(db, Transaction::Kind::Deferred);
    Statement packed = db.prepare("SELECT day, entries, has_rows FROM rollup_product_day_packed "
                                  "WHERE store_id = ? ORDER BY day");
    packed.bind(1, storeId);
    Statement rows =
        db.prepare("SELECT product_id, variant_id, orders, units_sold, gross_sales, discounts, "
                   "units_returned, returns FROM rollup_product_day WHERE store_id = ? AND day = ? "
                   "ORDER BY product_id, variant_id");
    Statement waiting =
        db.prepare("SELECT count(*) FROM product_days_to_pack WHERE store_id = ? AND day = ?");
    std::set<int> packedDays;
    while (packed.step()) {
        const int day = packed.int32(0);
        packedDays.insert(day);
        std::vector<PackedProductDay::Entry> entries;
        rows.bindAll(storeId, day);
        while (rows.step()) {
            PackedProductDay::Entry &e = entries.emplace_back();
            e.productId = rows.platformId(0);
            e.variantId = rows.platformId(1);
            e.orders = rows.int64(2);
            e.unitsSold = rows.int64(3);
            e.grossSales = rows.int64(4);
            e.discounts = rows.int64(5);
            e.unitsReturned = rows.int64(6);
            e.returns = rows.int64(7);
        }
        rows.reset();
        const QByteArray stored = packed.blob(1);
        const auto decoded = PackedProductDay::decode(stored);
        if (!decoded)
            return QStringLiteral("the packed day %1 does not decode").arg(day);
        if (packed.int64(2) == 0) {
            // Kept packed alone: no rows, its entries in key order.
            if (!entries.empty())
                return QStringLiteral("the day %1 is kept packed alone but has %2 rows")
                    .arg(day)
                    .arg(entries.size());
            entries = *decoded;
            std::sort(entries.begin(), entries.end(), PackedProductDay::keyLess);
        }
        if (*decoded != entries)
            return QStringLiteral("the packed day %1 has %2 entries, its rows %3 (or they differ)")
                .arg(day)
                .arg(decoded->size())
                .arg(entries.size());
        if (stored != PackedProductDay::encode(entries))
            return QStringLiteral("the packed day %1 is not the encoding of its rows").arg(day);
        waiting.bindAll(storeId, day);
        waiting.step();
        if (waiting.int64(0) > 0)
            return QStringLiteral("the packed day %1 also waits to be packed").arg(day);
        waiting.reset();
    }
    if (!all)
        return {};
    Statement days =
        db.prepare("SELECT DISTINCT day FROM rollup_product_day WHERE store_id = ? ORDER BY day");
    days.bind(1, storeId);
    while (days.step()) {
        if (!packedDays.count(days.int32(0)))
            return QStringLiteral("the day %1 has product rows but no packed form")
                .arg(days.int32(0));
    }
    Statement left = db.prepare("SELECT count(*) FROM product_days_to_pack WHERE store_id = ?");
    left.bind(1, storeId);
    left.step();
    if (left.int64(0) > 0)
        return QStringLiteral("%1 days wait to be packed").arg(left.int64(0));
    return {};
}

void unpackProductDays(Database &db)
{
    Transaction tx(db);
    Statement packed = db.prepare(
        "SELECT store_id, day, entries FROM rollup_product_day_packed WHERE has_rows = 0");
    Statement insert =
        db.prepare("INSERT INTO rollup_product_day (store_id, day, product_id, variant_id, orders, "
                   "units_sold, gross_sales, discounts, units_returned, returns) VALUES "
                   "(?,?,?,?,?,?,?,?,?,?)");
    while (packed.step()) {
        const auto entries = PackedProductDay::decode(packed.blob(2));
        for (const PackedProductDay::Entry &e :
             entries.value_or(std::vector<PackedProductDay::Entry>{}))
            insert
                .bindAll(packed.int64(0), packed.int64(1), e.productId, e.variantId, e.orders,
                         e.unitsSold, e.grossSales, e.discounts, e.unitsReturned, e.returns)
                .exec();
    }
    packed.reset();
    db.exec("UPDATE rollup_product_day_packed SET has_rows = 1 WHERE has_rows = 0");
    tx.commit();
}

QString rollupMismatch(Database &db, qint64 storeId, Packing packing)
{
    const struct
    {
        const char *name;
        QString rolledUp, recomputed;
    } checks[] = {
        {"rollup_store_day", rolledUpStoreDays(db, storeId), recomputedStoreDays(db, storeId)},
        {"rollup_product_day", rolledUpProductDays(db, storeId, false),
         recomputedProductDays(db, storeId, false)},
        {"rollup_product_month", rolledUpProductDays(db, storeId, true),
         recomputedProductDays(db, storeId, true)},
        {"rollup_product_running", rolledUpProductRunning(db, storeId),
         recomputedProductRunning(db, storeId)},
        {"rollup_channel_day", rolledUpChannelDays(db, storeId),
         recomputedChannelDays(db, storeId)},
        {"customer rollups", rolledUpCustomerRollups(db, storeId),
         recomputedCustomerRollups(db, storeId)},
        {"customer_activity.spend_list", storedSpendLists(db, storeId),
         recomputedSpendLists(db, storeId)},
    };
    for (const auto &c : checks) {
        if (c.rolledUp == c.recomputed)
            continue;
        // The first differing line, to say where they part.
        const QStringList a = c.rolledUp.split(QLatin1Char('\n'));
        const QStringList b = c.recomputed.split(QLatin1Char('\n'));
        qsizetype i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i])
            ++i;
        return QStringLiteral("%1 differs at row %2: stored \"%3\", recomputed \"%4\"")
            .arg(QLatin1String(c.name))
            .arg(i)
            .arg(a.value(i), b.value(i));
    }
    // Running totals are dense: every month of the span, every variant in each.
    Statement dense = db.prepare(
        "SELECT count(*), count(DISTINCT month), min(month), max(month), (SELECT count(*) FROM "
        "(SELECT DISTINCT product_id, variant_id FROM rollup_product_running WHERE store_id = "
        "?1)) FROM rollup_product_running WHERE store_id = ?1");
    dense.bind(1, storeId);
    dense.step();
    if (dense.int64(0) > 0 &&
        (dense.int64(1) != DateRange::monthsBetween(dense.int32(2), dense.int32(3)) + 1 ||
         dense.int64(0) != dense.int64(1) * dense.int64(4)))
        return QStringLiteral("rollup_product_running is not dense: %1 rows, %2 months "
                              "(%3..%4), %5 variants")
            .arg(dense.int64(0))
            .arg(dense.int64(1))
            .arg(dense.int64(2))
            .arg(dense.int64(3))
            .arg(dense.int64(4));
    if (const qint64 n = db.scalar("SELECT count(*) FROM orders o WHERE total_refunded != "
                                   "(SELECT coalesce(sum(total), 0) FROM refunds WHERE order_id = "
                                   "o.id)"))
        return QStringLiteral("%1 orders whose total_refunded is not the sum of their refunds")
            .arg(n);
    if (const qint64 n = db.scalar(
            "SELECT count(*) FROM customer_activity a WHERE amount_spent != "
            "(SELECT coalesce(sum(max(total_price - total_refunded, 0)), 0) FROM orders o "
            "WHERE o.store_id = a.store_id AND o.customer_id = a.customer_id AND o.excluded = 0)"))
        return QStringLiteral("%1 customers whose amount_spent is not what their orders say")
            .arg(n);
    // Every customer with an order has its row, and the row says what the
    // orders say: count, first order (by processed_at, then id) and last.
    Statement customers = db.prepare(
        "SELECT (SELECT count(DISTINCT customer_id) FROM orders WHERE store_id = ?1 "
        "AND excluded = 0 AND customer_id IS NOT NULL), (SELECT count(*) FROM customer_activity "
        "WHERE store_id = "
        "?1), (SELECT count(*) FROM customer_activity a WHERE store_id = ?1 AND "
        "(orders_count, last_order_at) IS NOT (SELECT count(*), max(processed_at) FROM orders o "
        "WHERE o.store_id = a.store_id AND o.customer_id = a.customer_id AND o.excluded = 0) OR "
        "(first_order_at, first_order_day) IS NOT (SELECT processed_at, day FROM orders o WHERE "
        "o.store_id = a.store_id AND o.customer_id = a.customer_id AND o.excluded = 0 ORDER BY "
        "processed_at, id LIMIT 1))");
    customers.bind(1, storeId);
    customers.step();
    if (customers.int64(0) != customers.int64(1))
        return QStringLiteral("%1 customers have orders, customer_activity has %2 rows")
            .arg(customers.int64(0))
            .arg(customers.int64(1));
    if (customers.int64(2) > 0)
        return QStringLiteral("%1 customer_activity rows whose count, first or last order is not "
                              "what their orders say")
            .arg(customers.int64(2));
    customers.reset();
    return packedDayMismatch(db, storeId, packing == Packing::All);
}

} // namespace storelens::test
