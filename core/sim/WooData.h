#pragma once

#include "WooRecords.h"
#include "WooSimConfig.h"

#include <QHash>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace storelens::sim {

// A WooCommerce store's records in compact rows. WordPress ids as WooCommerce
// assigns them: products, images, variations, coupons, orders and refunds
// share the posts sequence (orders and refunds in the order they were made,
// deleted orders leaving gaps), order items (lines, shipping, tax and coupon
// lines, refund items) share the order-items sequence, users have their own.
// Line amounts and order totals are derived from unit prices, quantities,
// coupon shares and tax rates on demand, so an edit can never leave them
// inconsistent. Names, e-mails and addresses come from per-record seeds.
//
// Not thread-safe: WooSimulator guards it with a read-write lock.
class WooData
{
public:
    enum Status : quint8
    {
        Pending,
        Processing,
        OnHold,
        Completed,
        Cancelled,
        Refunded,
        Failed,
        Trash,
        CheckoutDraft,
        StatusCount
    };
    static const char *statusSlug(quint8 status);
    static std::optional<quint8> parseStatus(const QByteArray &slug);

    enum OrderFlag : quint8
    {
        Deleted = 1,
        HasShippingLine = 2,
        FreeShipping = 4,
        ViaStoreApi = 8, // checkout block (drafts)
        ViaAdmin = 16
    };
    enum RefundFlag : quint8
    {
        AmountOnly = 1,
        RefundedPayment = 2
    };

    struct TaxRate
    {
        qint64 id;
        const char *taxClass; // "" = standard
        const char *label;
        const char *rateCode;
        int basisPoints; // 1900 = 19 %
    };
    static const TaxRate &taxRate(int index);
    static constexpr int TaxRateCount = 2;
    static constexpr int StandardRate = 0;

    struct ProductRow
    {
        QString name;
        QByteArray slug, sku;
        qint64 createdAt = 0, modifiedAt = 0;
        qint32 id = 0;
        qint32 imageId = 0;
        qint32 price = 0;      // simple: regular price in minor units
        qint32 salePrice = -1; // -1 = not on sale
        qint32 firstVariation = -1;
        qint32 stock = 0;
        qint32 totalSales = 0;
        quint16 variationCount = 0;
        quint8 type = 0;   // 0 simple, 1 variable
        quint8 status = 0; // 0 publish, 1 draft, 2 private
        quint8 taxRate = 0;
        quint8 category = 0;
        bool manageStock = false;
        bool outOfStock = false; // when not managing stock
    };
    struct VariationRow
    {
        QByteArray sku;
        qint64 createdAt = 0, modifiedAt = 0;
        qint32 id = 0;
        qint32 imageId = 0;
        qint32 product = 0;
        qint32 price = 0;
        qint32 salePrice = -1;
        qint32 stock = 0;
        quint8 size = 0, color = 0;
        bool manageStock = false; // its own; "parent" when false and the parent manages
        bool outOfStock = false;
    };
    struct UserRow
    {
        qint64 createdAt = 0, modifiedAt = 0;
        qint32 id = 0;
        quint32 nameSeed = 0;
        quint8 role = 0; // 0 customer, 1 administrator, 2 shop_manager, 3 subscriber
        quint8 country = 0;
        bool paying = false;
    };
    struct UserOverride
    {
        QString email, firstName, lastName;
    };
    struct CouponRow
    {
        QByteArray code;
        qint64 createdAt = 0;
        qint32 id = 0;
        qint32 amount = 0; // percent: whole percent; fixed_cart: minor units
        bool percent = true;
    };
    struct OrderRow
    {
        qint64 createdAt = 0, modifiedAt = 0, paidAt = 0, completedAt = 0;
        qint32 id = 0;
        qint32 customer = -1; // user index; -1 = guest
        quint32 guest = 0;    // guest person * 2 + e-mail spelling
        qint32 firstLine = 0;
        qint32 firstRefund = -1;
        qint32 firstItemId = 0;
        qint32 shipping = 0; // excluding tax
        quint16 lineCount = 0;
        quint8 status = Processing;
        quint8 trashedFrom = Processing;
        quint8 coupon = 0; // coupon index + 1; 0 = none
        quint8 payment = 0;
        quint8 flags = 0;
    };
    struct LineRow
    {
        qint32 product = 0;
        qint32 variation = -1;
        qint32 unitPrice = 0;
        qint32 discount = 0; // the coupon's share, excluding tax
        qint32 quantity = 0;
        quint8 taxRate = 0;
    };
    struct RefundRow
    {
        qint64 createdAt = 0;
        qint32 id = 0;
        qint32 order = 0;
        qint32 next = -1; // the order's next refund
        qint32 firstLine = 0;
        qint32 firstItemId = 0;
        qint32 amount = 0; // amount-only refunds
        qint32 shipping = 0;
        qint32 shippingTax = 0;
        quint16 lineCount = 0;
        quint8 reason = 0;
        quint8 flags = 0;
    };
    struct RefundLineRow
    {
        qint32 line = 0; // global line index
        qint32 amount = 0;
        qint32 tax = 0;
        qint32 quantity = 0;
    };
    struct Billing
    {
        QString email, firstName, lastName;
    };

    explicit WooData(const WooSimConfig &config);
    void generate();

    const WooSimConfig &config() const { return m_config; }
    const QTimeZone &zone() const { return m_zone; }
    int decimals() const { return m_config.priceDecimals; }
    // Minor units of the store currency for an amount in cents.
    qint64 fromCents(qint64 cents) const;

    // --- lookups (-1 = none) --------------------------------------------------
    qint32 orderIndex(qint64 id) const;
    qint32 refundIndex(qint64 id) const;
    qint32 productIndex(qint64 id) const;
    qint32 variationIndex(qint64 id) const;
    qint32 userIndex(qint64 id) const;
    qint32 couponIndex(const QByteArray &code) const;
    bool orderVisible(qint32 o) const { return !(orders[size_t(o)].flags & Deleted); }

    // --- derived values -------------------------------------------------------
    struct LineAmounts
    {
        qint64 subtotal = 0, subtotalTax = 0, total = 0, totalTax = 0;
    };
    LineAmounts lineAmounts(qint32 line) const;
    struct OrderTotals
    {
        qint64 subtotal = 0, discountTotal = 0, discountTax = 0, cartTax = 0, shipping = 0,
               shippingTax = 0, totalTax = 0, total = 0;
    };
    OrderTotals totals(qint32 order) const;
    qint64 shippingTax(qint32 order) const;
    qint64 taxOfRate(qint64 amount, int rate) const;
    qint64 refundAmount(qint32 refund) const;
    qint64 refundTax(qint32 refund) const; // line taxes and shipping tax it refunded
    qint64 refundedTotal(qint32 order) const;
    int refundedQuantity(qint32 line) const;
    qint32 orderOfLine(qint32 line) const;
    // The order's item ids after its lines: shipping line, tax lines (one per
    // rate used), coupon line.
    struct OrderItems
    {
        qint64 shippingItemId = 0;
        QList<std::pair<int, qint64>> taxItems; // rate index, item id
        qint64 couponItemId = 0;
        int count = 0; // lines included
    };
    OrderItems orderItems(qint32 order) const;
    QList<int> refundTaxRates(qint32 refund) const;
    Billing billing(qint32 order) const;
    QString userEmail(qint32 user) const;
    QString userFirstName(qint32 user) const;
    QString userLastName(qint32 user) const;
    QString userLogin(qint32 user) const;
    struct Address
    {
        QString address1, city, postcode, phone;
        QByteArray country, state;
    };
    Address address(quint64 seed) const;
    quint64 orderAddressSeed(qint32 order) const;
    quint64 userAddressSeed(qint32 user) const;
    QString lineName(qint32 line) const;
    QByteArray lineSku(qint32 line) const;
    QString variationAttributes(qint32 variation) const; // "M, Black"
    static const char *sizeName(quint8 size);
    static const char *colorName(quint8 color);
    static const char *categoryName(quint8 category);
    static const char *categorySlug(quint8 category);
    static QString refundReason(quint8 reason);
    static const char *roleName(quint8 role);
    static const char *paymentMethod(quint8 payment);
    static const char *paymentTitle(quint8 payment);
    qint64 productPrice(qint32 product) const; // variable: lowest variation price
    bool variationManagesViaParent(qint32 v) const;

    // --- mutations (nowMs stamps date_modified) -------------------------------
    QList<qint64> addOrders(int count, qint64 nowMs);
    std::optional<qint64> addOrder(const WooOrderRequest &request, qint64 nowMs, QString *error);
    std::optional<qint64> addRefund(qint64 orderId, const QList<WooRefundLineRequest> &lines,
                                    bool refundShipping, const QString &reason, qint64 nowMs,
                                    QString *error);
    std::optional<qint64> addAmountRefund(qint64 orderId, qint64 amount, const QString &reason,
                                          qint64 nowMs, QString *error);
    bool setStatus(qint64 orderId, const QByteArray &status, qint64 nowMs, QString *error);
    bool trashOrder(qint64 orderId, qint64 nowMs, QString *error);
    bool untrashOrder(qint64 orderId, qint64 nowMs, QString *error);
    bool deleteOrder(qint64 orderId, QString *error);
    qint64 addCustomer(const QString &email, const QString &firstName, const QString &lastName,
                       qint64 nowMs);
    qint64 addSimpleProduct(const QString &name, const QByteArray &sku, qint64 price,
                            bool reducedRate, std::optional<int> stock, qint64 nowMs);
    // Returns the product id; its variations follow it.
    qint64 addVariableProduct(const QString &name, const QByteArray &sku,
                              const QList<WooVariationRequest> &variations,
                              std::optional<int> parentStock, qint64 nowMs);
    qint64 addCoupon(const QByteArray &code, bool percent, qint64 amount, qint64 nowMs);
    bool setStock(qint64 productOrVariationId, std::optional<int> stock, qint64 nowMs,
                  QString *error);

    // --- truth -----------------------------------------------------------------
    WooOrder orderTruth(qint32 order) const;
    WooRefund refundTruth(qint32 refund) const;
    WooCustomer userTruth(qint32 user) const;
    WooProduct productTruth(qint32 product) const;
    WooVariation variationTruth(qint32 variation) const;
    WooCoupon couponTruth(qint32 coupon) const;
    size_t memoryBytes() const;

    // Rows, read by the simulator's renderer.
    std::vector<ProductRow> products;
    std::vector<VariationRow> variations;
    std::vector<UserRow> users;
    QHash<qint32, UserOverride> userOverrides;
    std::vector<CouponRow> coupons;
    std::vector<OrderRow> orders;
    std::vector<LineRow> lines;
    QHash<qint32, Billing> billingOverrides; // hand-made guest orders
    std::vector<RefundRow> refunds;
    std::vector<RefundLineRow> refundLines;
    QHash<qint32, QString> refundReasons; // reasons given through the mutation API

private:
    struct PendingRefund;
    void makeCatalog();
    void makeUsers();
    void makeOrders();
    qint32 buildOrder(qint64 createdAt, quint64 seed, qint32 customer, quint32 guest);
    void priceLines(qint32 order);
    void applyCoupon(qint32 order);
    void chooseShipping(qint32 order, qint64 fixedShipping);
    void assignOrderIds(qint32 order);
    int itemCount(qint32 order) const;
    void linkRefund(qint32 refund);
    void noteOrderForUser(qint32 order);
    bool fullyRefunded(qint32 order) const;
    qint32 nextPostId() { return m_nextPostId++; }
    qint32 pickProduct(double unit);
    qint32 makeUser(qint64 createdAt, quint32 nameSeed, quint8 role, quint8 country);

    WooSimConfig m_config;
    QTimeZone m_zone;
    quint64 m_salt = 0;
    qint32 m_nextPostId = 10;
    qint32 m_nextItemId = 1;
    qint32 m_nextUserId = 1;
    qint32 m_addedOrders = 0;
    quint32 m_guestPeople = 0;
    std::vector<double> m_popularity; // cumulative weights of the sellable products
    std::vector<qint32> m_sellable;
    size_t m_popularityFor = 0; // products.size() when m_popularity was built
};

} // namespace storelens::sim
