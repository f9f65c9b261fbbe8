#pragma once

#include "analytics/PeriodFigures.h"
#include "common/FlatRollupMap.h"
#include "model/PackedProductDay.h"
#include "model/PlatformId.h"

#include <QHash>
#include <QString>

#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace storelens {

class Database;

// The figures of one store on one shop-local day (rollup_store_day).
struct StoreDayFigures
{
    qint64 orders = 0;
    qint64 cancelledOrders = 0;
    qint64 grossSales = 0;
    qint64 discounts = 0;
    qint64 returns = 0;
    qint64 shipping = 0;
    qint64 shippingReturned = 0;
    qint64 taxes = 0;
    qint64 taxesReturned = 0;
    qint64 unitsSold = 0;
    qint64 unitsReturned = 0;
    qint64 newCustomers = 0;
    qint64 checkouts = 0;
    qint64 checkoutsValue = 0;
    qint64 recoveredCheckouts = 0;
    qint64 recoveredValue = 0;
    qint64 customerOrders = 0; // non-test orders with a known customer
    bool isZero() const;
};

// The figures of one product variant on one day (rollup_product_day).
struct ProductDayFigures
{
    qint64 orders = 0;
    qint64 unitsSold = 0;
    qint64 grossSales = 0;
    qint64 discounts = 0;
    qint64 unitsReturned = 0;
    qint64 returns = 0;
    bool isZero() const;
};

// The sales figures of one store, day and sales channel (rollup_channel_day).
struct ChannelDayFigures
{
    qint64 orders = 0;
    qint64 cancelledOrders = 0;
    qint64 grossSales = 0;
    qint64 discounts = 0;
    qint64 returns = 0;
    qint64 shipping = 0;
    qint64 shippingReturned = 0;
    qint64 taxes = 0;
    qint64 taxesReturned = 0;
    qint64 unitsSold = 0;
    qint64 unitsReturned = 0;
    bool isZero() const;
};

// Consecutive orders of one customer on (prev, day) at one grain (rollup_customer_return).
struct CustomerReturnFigures
{
    qint64 orders = 0;
    qint64 secondOrders = 0;
    bool isZero() const { return orders == 0 && secondOrders == 0; }
};

// What one stored order contributes to the rollups, built either from an
// incoming Order or from the rows already in the database, so that an update
// can subtract exactly what was added before.
struct OrderFacts
{
    struct Line
    {
        PlatformId id;
        PlatformId product;
        PlatformId variant;
        qint64 quantity = 0;
        qint64 gross = 0; // LineItem::grossSales()
        qint64 discount = 0;
    };
    struct RefundLine
    {
        PlatformId lineId;
        qint64 quantity = 0;
        qint64 subtotal = 0;
        qint64 tax = 0;
    };
    struct RefundFacts
    {
        int day = 0;
        qint64 total = 0; // money returned
        qint64 shipping = 0;
        qint64 shippingTax = 0;
        std::vector<RefundLine> lines;
    };
    SalesDefinitions definitions = SalesDefinitions::Shopify; // the store's
    int day = 0;
    bool cancelled = false;
    bool excluded = false; // Order::excludedFromSales(): contributes nothing
    bool hasCustomer = false;
    QString channel; // source_name, empty when unknown
    qint64 shipping = 0;
    qint64 tax = 0;
    std::vector<Line> lines;
    std::vector<RefundFacts> refunds;
};

// Rollup changes accumulated over a batch and written at its end, one
// statement pair per touched (store, day) instead of one per order.
//
// Definitions: those of the store's platform (SalesDefinitions, written out
// in analytics/PeriodFigures.h). Gross sales = LineItem::grossSales();
// discounts = line discount allocations. Shopify: returns = value of returned
// goods after discounts, before tax, dated on the refund's day; shipping and
// taxes as charged, with refunded shipping and tax kept apart (dated on the
// refund's day). WooCommerce: returns = refund amount − its shipping and
// taxes (additive over a refund's pieces: its amount, then each line's tax
// and its shipping taken off); nothing is kept as shipping or tax refunded.
// Product rollups count returned goods by refund line for both. Excluded
// orders (test orders, orders the platform does not count) contribute
// nothing.
//
// The customer rollups (rollup_customer_return, rollup_cohort) follow each
// customer's orders in (processed_at, id) order: see addCustomerOrders().
class RollupDelta
{
public:
    // Pairs of orders at most this many days apart are also kept by days apart.
    static constexpr int kMaxReturnGapDays = 31;

    // A whole order: its own figures, its lines and its refunds.
    void addOrder(qint64 storeId, const OrderFacts &order, int sign);
    // The pieces of an order, for bulk exports that deliver them one by one
    // (the sum of the pieces equals addOrder of the whole). Callers skip test
    // orders. `channel` is the order's source_name. `firstOfVariant`: no other
    // line of this order sold this product variant, so the line counts the
    // order for it.
    void addOrderHeader(qint64 storeId, const OrderFacts &order, int sign);
    void addLine(qint64 storeId, int day, const QString &channel, const OrderFacts::Line &line,
                 bool firstOfVariant, int sign);
    // A refund's own amounts (a bulk export's refund, then its shipping, as
    // two calls: `total` 0 in the second).
    void addRefund(qint64 storeId, SalesDefinitions definitions, int refundDay,
                   const QString &channel, qint64 total, qint64 shipping, qint64 shippingTax,
                   int sign);
    void addRefundLine(qint64 storeId, SalesDefinitions definitions, int refundDay,
                       const QString &channel, const PlatformId &productId,
                       const PlatformId &variantId, const OrderFacts::RefundLine &line, int sign);
    // What a customer's whole order history contributes to the customer
    // rollups; `days` are the order days in (processed_at, id) order.
    void addCustomerOrders(qint64 storeId, const std::vector<int> &days, int sign);
    // The same, one step at a time: a customer's order on `day` directly after
    // one on `prevDay` (`second` when that one was the first).
    void addCustomerReturn(qint64 storeId, int prevDay, int day, bool second, int sign);
    // A customer whose first order was in `firstMonth` ordered in `month` (yyyymm).
    void addCohortMonth(qint64 storeId, int firstMonth, int month, int sign);
    void addCheckout(qint64 storeId, int day, qint64 value, bool recovered, int sign);
    void addNewCustomer(qint64 storeId, int day, int sign);
    bool isEmpty() const
    {
        return m_store.empty() && m_product.empty() && m_productMonth.empty() &&
               m_channel.empty() && m_customerReturn.empty() && m_cohort.empty();
    }
    // Writes the accumulated changes on `db` (inside the caller's transaction)
    // and clears them.
    void flush(Database &db);
    void clear();

    const std::map<std::pair<qint64, int>, StoreDayFigures> &storeDays() const { return m_store; }

private:
    // A product-variant row's key in plain integers, so that the per-line
    // lookups hash and compare without touching a QString: numeric ids as
    // themselves, text ids (Amazon) by their index in m_textIds.
    struct ProductKey
    {
        qint64 storeId;
        qint64 product;
        qint64 variant;
        int period; // yyyymmdd or yyyymm
        bool productIsText;
        bool variantIsText;
        bool operator==(const ProductKey &o) const
        {
            return storeId == o.storeId && product == o.product && variant == o.variant &&
                   period == o.period && productIsText == o.productIsText &&
                   variantIsText == o.variantIsText;
        }
        // The rollup's primary-key order (store, period, product, variant).
        bool operator<(const ProductKey &o) const
        {
            return std::tie(storeId, period, productIsText, product, variantIsText, variant) <
                   std::tie(o.storeId, o.period, o.productIsText, o.product, o.variantIsText,
                            o.variant);
        }
    };
    struct ProductKeyHash
    {
        size_t operator()(const ProductKey &k) const;
    };
    using ReturnKey = std::tuple<qint64, int, int, int>; // store, grain, k1, k2
    struct ReturnKeyHash
    {
        size_t operator()(const ReturnKey &k) const;
    };
    using ChannelKey = std::tuple<qint64, int, QString>;
    struct ChannelKeyHash
    {
        size_t operator()(const ChannelKey &k) const;
    };
    // The key's integer for a product or variant id (null ids are 0).
    qint64 idKey(const PlatformId &id, bool *isText);
    PlatformId idOf(qint64 key, bool isText) const;
    ChannelDayFigures &channel(qint64 storeId, int day, const QString &channel)
    {
        return m_channel[{storeId, day, channel}];
    }
    StoreDayFigures &store(qint64 storeId, int day) { return m_store[{storeId, day}]; }
    // Adds `sign` times the line figures to the product's day and month rows.
    void addProduct(qint64 storeId, int day, const PlatformId &p, const PlatformId &v,
                    const ProductDayFigures &f, int sign);
    void flushStoreDays(Database &db);
    void flushProducts(Database &db);
    // A day's product rollup is kept in rows (packed again when the ingestor
    // is idle), or, when it was first written whole (every day since schema
    // 8), in its packed form alone, rewritten on each change: a bulk export
    // touches a day a few times (its orders, later its refunds), so this
    // saves a row per variant and day and their repacking.
    enum class DayForm
    {
        None,
        Rows,
        PackedAlone
    };
    // The day's form; for PackedAlone, its entries in `entries`.
    DayForm dayForm(Database &db, qint64 storeId, int day,
                    std::vector<PackedProductDay::Entry> &entries);
    // The day's rows change: its packed form goes, and the day waits to be
    // packed again (product_days_to_pack).
    void markDayToPack(Database &db, qint64 storeId, int day);
    // rollup_product_running (see Schema.cpp): each change added to its month
    // and every later one. Per store: each variant's changes in month order.
    using Variant = std::pair<PlatformId, PlatformId>;
    using MonthChanges = std::vector<std::pair<int, const ProductDayFigures *>>;
    void flushRunningTotals(Database &db);
    void flushRunningTotals(Database &db, qint64 storeId,
                            const std::map<Variant, MonthChanges> &variants);
    void flushChannels(Database &db);
    void flushCustomers(Database &db);
    std::map<std::pair<qint64, int>, StoreDayFigures> m_store;
    // Hashed: a bulk batch touches thousands of (day, variant) pairs.
    FlatRollupMap<ProductKey, ProductDayFigures, ProductKeyHash> m_product;
    FlatRollupMap<ProductKey, ProductDayFigures, ProductKeyHash> m_productMonth; // yyyymm
    std::unordered_map<ChannelKey, ChannelDayFigures, ChannelKeyHash> m_channel;
    std::vector<QString> m_textIds;
    QHash<QString, qint64> m_textIdIndex;
    FlatRollupMap<ReturnKey, CustomerReturnFigures, ReturnKeyHash> m_customerReturn;
    std::map<std::tuple<qint64, int, int>, qint64> m_cohort;
};

} // namespace storelens
