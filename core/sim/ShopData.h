#pragma once

#include "SimConfig.h"
#include "SimRecords.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

namespace storelens::sim {

// The shop's records in compact rows (about 200 bytes per order with its
// lines, refunds and share of customers and checkouts), so that a million
// orders fit in memory. Order totals are derived from lines on demand, so an
// edit can never leave them inconsistent. Names, e-mails and phone numbers are
// derived from a per-record seed rather than stored.
//
// Not thread-safe: ShopifySimulator guards it with a read-write lock.
class ShopData
{
public:
    // Ids: Shopify-like 64-bit numbers beyond 2^53, increasing with the index,
    // one range per resource so that no two gids share a number.
    static constexpr qint64 OrderBase = 10'000'000'000'000'000;
    static constexpr qint64 LineItemBase = 11'000'000'000'000'000;
    static constexpr qint64 CustomerBase = 12'000'000'000'000'000;
    static constexpr qint64 ProductBase = 13'000'000'000'000'000;
    static constexpr qint64 VariantBase = 14'000'000'000'000'000;
    static constexpr qint64 InventoryItemBase = 15'000'000'000'000'000;
    static constexpr qint64 LocationBase = 16'000'000'000'000'000;
    static constexpr qint64 RefundBase = 17'000'000'000'000'000;
    static constexpr qint64 OrderAgreementBase = 18'000'000'000'000'000;
    static constexpr qint64 RefundAgreementBase = 19'000'000'000'000'000;
    static constexpr qint64 ProductSaleBase = 20'000'000'000'000'000;
    static constexpr qint64 ShippingSaleBase = 21'000'000'000'000'000;
    static constexpr qint64 ReturnSaleBase = 22'000'000'000'000'000;
    static constexpr qint64 ReturnShippingSaleBase = 23'000'000'000'000'000;
    static constexpr qint64 CheckoutBase = 24'000'000'000'000'000;
    static constexpr qint64 InventoryLevelBase = 25'000'000'000'000'000;
    static constexpr qint64 RefundLineItemBase = 26'000'000'000'000'000;
    static constexpr qint64 IdStride = 64;

    enum OrderFlag : quint8
    {
        Test = 1,
        Deleted = 2,
        PaymentPending = 4,
        Fulfilled = 8,
        SourcePos = 16,
        SourceApp = 32
    };

    struct OrderRow
    {
        qint64 createdAt = 0; // = processedAt
        qint64 updatedAt = 0;
        qint64 cancelledAt = 0;
        qint64 closedAt = 0;
        qint32 customer = -1;
        qint32 firstLine = 0;
        qint32 firstRefund = -1;
        qint32 shipping = 0;         // the shipping line's price, before discounts
        qint32 shippingDiscount = 0; // a free-shipping code's allocation to it
        qint32 shippingTax = 0;      // on the shipping charged (after its discount)
        qint32 taxRatePpm = 0;
        qint32 presentmentRatePpm = 1'000'000;
        quint16 lineCount = 0;
        quint8 presentment = 0; // index into currencies()
        quint8 flags = 0;
        quint8 codePercent = 0; // an order-level percentage code ("SAVE15"), 0 = none
    };
    // A line's discount is what Shopify allocates to it (discountAllocations):
    // a line-level automatic discount (the only part LineItem.totalDiscountSet
    // shows), its share of a percentage code, and its share of an automatic
    // order discount (the rest).
    struct LineRow
    {
        qint32 variant = 0;
        qint32 unitPrice = 0;
        qint32 discount = 0;  // every allocation to the line
        qint32 lineLevel = 0; // of which a line-level automatic discount
        qint32 codeShare = 0; // of which the order's percentage code
        qint32 tax = 0;
        qint32 quantity = 0;
    };
    struct RefundRow
    {
        qint64 createdAt = 0;
        qint32 order = 0;
        qint32 next = -1; // next refund of the same order
        qint32 firstLine = 0;
        qint32 shipping = 0;
        qint32 shippingTax = 0;
        quint16 lineCount = 0;
        quint8 note = 0;
    };
    struct RefundLineRow
    {
        qint32 line = 0;
        qint32 amount = 0;
        qint32 tax = 0;
        qint32 quantity = 0;
    };
    struct CustomerRow
    {
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        qint64 spent = 0;
        qint32 orders = 0;
        quint32 nameSeed = 0;
        quint16 country = 0;
        quint8 hasPhone = 0;
    };
    struct CustomerOverride
    {
        std::optional<QString> firstName, lastName, email, phone;
    };
    struct ProductRow
    {
        QString title, handle, vendor, productType;
        QByteArray status;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        qint32 firstVariant = 0;
        qint32 variantCount = 0;
    };
    struct VariantRow
    {
        QString title, sku;
        qint32 product = 0;
        qint64 price = 0;
        qint64 compareAtPrice = -1;
        qint64 unitCost = -1;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        qint64 inventoryUpdatedAt = 0;
        double popularity = 0; // cumulative weight, for Zipf-like picks
    };
    struct LevelRow
    {
        qint32 available = 0;
        qint32 onHand = 0;
        qint64 updatedAt = 0;
    };
    struct LocationRow
    {
        QString name;
        bool active = true;
        qint64 createdAt = 0;
    };
    struct CheckoutRow
    {
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        qint64 completedAt = 0;
        qint32 customer = -1;
        qint32 subtotal = 0;
        qint32 tax = 0;
    };
    // An entry of an index sorted by (key, idx); idx order is id order.
    struct KeyEntry
    {
        qint64 key = 0;
        qint32 idx = 0;
        bool operator<(const KeyEntry &o) const { return key != o.key ? key < o.key : idx < o.idx; }
    };

    explicit ShopData(const ShopifySimConfig &config);

    const ShopifySimConfig &config() const { return m_config; }
    QByteArray currency() const { return m_config.currency; }
    int currencyExponent() const { return m_exponent; }
    static const QList<QByteArray> &presentmentCurrencies();

    // --- ids -------------------------------------------------------------
    qint64 orderId(qint32 idx) const { return idFor(OrderBase, idx); }
    qint64 lineItemId(qint32 idx) const { return idFor(LineItemBase, idx); }
    qint64 customerId(qint32 idx) const { return idFor(CustomerBase, idx); }
    qint64 productId(qint32 idx) const { return idFor(ProductBase, idx); }
    qint64 variantId(qint32 idx) const { return idFor(VariantBase, idx); }
    qint64 inventoryItemId(qint32 idx) const { return idFor(InventoryItemBase, idx); }
    qint64 locationId(qint32 idx) const { return idFor(LocationBase, idx); }
    qint64 refundId(qint32 idx) const { return idFor(RefundBase, idx); }
    qint64 checkoutId(qint32 idx) const { return idFor(CheckoutBase, idx); }
    qint64 inventoryLevelId(qint32 variant, qint32 location) const
    {
        return idFor(InventoryLevelBase, variant * 8 + location);
    }
    // Index of an id of the given range, or -1.
    qint32 indexOf(qint64 base, qint64 id, qint32 count) const;

    // --- derived values ---------------------------------------------------
    struct OrderTotals
    {
        qint64 gross = 0, discounts = 0, lineTax = 0;
        qint64 subtotal() const { return gross - discounts; }
    };
    OrderTotals totals(qint32 order) const;
    qint64 orderTotal(qint32 order) const;
    // The order a line item belongs to.
    qint32 orderOfLine(qint32 line) const
    {
        return qint32(
                   std::upper_bound(orders.begin(), orders.end(), line,
                                    [](qint32 x, const OrderRow &r) { return x < r.firstLine; }) -
                   orders.begin()) -
               1;
    }
    qint64 chargedShipping(qint32 order) const
    {
        return qint64(orders[size_t(order)].shipping) - orders[size_t(order)].shippingDiscount;
    }
    // The discount applications of an order, as allocated to a line or to
    // the shipping line (DiscountAllocation).
    enum class DiscountKind : quint8
    {
        AutomaticLine,  // an automatic discount on the line's product
        Code,           // the order's percentage code
        AutomaticOrder, // an automatic amount off the order, allocated across lines
        FreeShipping    // a free-shipping code, allocated to the shipping line
    };
    struct Allocation
    {
        DiscountKind kind = DiscountKind::Code;
        qint64 amount = 0;
    };
    // The line's allocations (up to three), in application order.
    int lineAllocations(qint32 line, Allocation out[3]) const;
    QStringList discountCodes(qint32 order) const;
    // Discounts after returns (Order.currentTotalDiscountsSet): the discounts of
    // the units refunded are taken back.
    qint64 currentDiscounts(qint32 order) const;
    qint64 refundTotal(qint32 refund) const;
    qint64 refundedTotal(qint32 order) const;
    int refundedQuantity(qint32 line) const;
    QByteArray financialStatus(qint32 order) const;
    QByteArray fulfillmentStatus(qint32 order) const;
    QByteArray sourceName(qint32 order) const;
    QString orderName(qint32 order) const { return QStringLiteral("#%1").arg(1001 + order); }
    QString orderEmail(qint32 order) const;
    qint64 presentment(qint32 order, qint64 shopAmount) const;
    QString customerFirstName(qint32 c) const;
    QString customerLastName(qint32 c) const;
    QString customerEmail(qint32 c) const;
    QString customerPhone(qint32 c) const; // empty = none
    QByteArray customerCountry(qint32 c) const;
    static QString refundNote(quint8 note);
    qint32 locationCount() const { return qint32(locations.size()); }
    LevelRow &level(qint32 variant, qint32 location)
    {
        return levels[size_t(variant) * locations.size() + size_t(location)];
    }
    const LevelRow &level(qint32 variant, qint32 location) const
    {
        return levels[size_t(variant) * locations.size() + size_t(location)];
    }
    bool orderVisible(qint32 o) const { return !(orders[size_t(o)].flags & Deleted); }

    // --- indexes -------------------------------------------------------------
    void rebuildIndexes();
    void touchOrder(qint32 order, qint64 nowMs);
    void touchCustomer(qint32 customer, qint64 nowMs);

    // --- mutations (each stamps updatedAt with nowMs) -----------------------
    QList<qint64> addOrders(int count, qint64 nowMs);
    // The order's id, or nullopt with `error` (an unknown variant or customer).
    std::optional<qint64> addOrder(const SimOrderRequest &request, qint64 nowMs, QString *error);
    std::optional<qint64> addRefund(qint64 orderId, const QList<SimRefundRequest> &lines,
                                    bool refundShipping, const QString &note, qint64 nowMs,
                                    QString *error);
    bool cancelOrder(qint64 orderId, qint64 nowMs, QString *error);
    bool setLineItemQuantity(qint64 lineItemId, int quantity, qint64 nowMs, QString *error);
    bool updateCustomer(qint64 customerId, const std::optional<QString> &firstName,
                        const std::optional<QString> &lastName, const std::optional<QString> &email,
                        qint64 nowMs, QString *error);
    bool updateVariant(qint64 variantId, std::optional<qint64> price,
                       std::optional<qint64> unitCost, qint64 nowMs, QString *error);
    bool setInventoryLevel(qint64 inventoryItemId, qint64 locationId, int available, int onHand,
                           qint64 nowMs, QString *error);
    bool completeCheckout(qint64 checkoutId, qint64 nowMs, QString *error);
    bool deleteOrder(qint64 orderId, qint64 nowMs, QString *error);

    // --- truth ---------------------------------------------------------------
    SimOrder orderTruth(qint32 order) const;
    SimCustomer customerTruth(qint32 c) const;
    SimProduct productTruth(qint32 p) const;
    SimVariant variantTruth(qint32 v) const;
    SimCheckout checkoutTruth(qint32 c) const;
    size_t memoryBytes() const;

    // Rows (internal to the simulator; the executor and bulk writer read them).
    std::vector<OrderRow> orders;
    std::vector<LineRow> lines;
    std::vector<RefundRow> refunds;
    std::vector<RefundLineRow> refundLines;
    std::vector<CustomerRow> customers;
    // std::unordered_map builds an entry in place (QHash moves a temporary,
    // which g++ 12 takes for a read of uninitialized memory).
    std::unordered_map<qint32, CustomerOverride> customerOverrides;
    std::vector<ProductRow> products;
    std::vector<VariantRow> variants;
    std::vector<LocationRow> locations;
    std::vector<LevelRow> levels; // variant-major, one per location
    std::vector<CheckoutRow> checkouts;
    std::vector<KeyEntry> ordersByUpdated;
    std::vector<KeyEntry> customersByUpdated;
    qint64 generatedAtMs = 0;

    // The id of record `idx` in the range starting at `base`.
    qint64 idFor(qint64 base, qint32 idx) const
    {
        return base + qint64(idx) * IdStride + qint64(quint64(m_idSalt ^ quint64(idx)) % 61);
    }

private:
    void moveInIndex(std::vector<KeyEntry> &index, qint32 idx, qint64 oldKey, qint64 newKey);
    void applyRefundToCustomer(qint32 order, qint64 amount);
    qint32 appendOrder(qint64 createdAt, quint64 seed, qint32 customer);
    friend class DataGenerator;

    ShopifySimConfig m_config;
    int m_exponent = 2;
    quint64 m_idSalt = 0;
    qint32 m_addedOrders = 0;
    bool m_indexing = true; // off while the generator bulk-loads
};

} // namespace storelens::sim
