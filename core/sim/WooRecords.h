#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace storelens::sim {

// The WooCommerce simulator's truth as plain values, for tests that compare
// what a client synced with what the store holds. Ids are WordPress ids, times
// UTC epoch ms (0 = none), money int64 minor units of the store currency
// (woocommerce_price_num_decimals digits).

struct WooLineItem
{
    qint64 id = 0; // order item id
    qint64 productId = 0;
    qint64 variationId = 0; // 0 = a simple product
    QString name;
    QString sku;
    int quantity = 0;
    qint64 unitPrice = 0; // before coupons, excluding tax
    qint64 subtotal = 0;  // unitPrice x quantity
    qint64 subtotalTax = 0;
    qint64 total = 0; // subtotal minus the coupon's share
    qint64 totalTax = 0;
    qint64 taxRateId = 0;
};

struct WooCouponLine
{
    qint64 id = 0; // order item id
    QByteArray code;
    qint64 discount = 0;
    qint64 discountTax = 0;
};

struct WooRefundLine
{
    qint64 id = 0;             // the refund's own item id
    qint64 refundedItemId = 0; // the order's line item
    int quantity = 0;          // positive here; the API shows it negative
    qint64 total = 0;          // refunded amount excluding tax, positive here
    qint64 totalTax = 0;
};

struct WooRefund
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 createdAtMs = 0;
    qint64 amount = 0; // what the API's `amount` says: lines, taxes and shipping
    QString reason;
    bool refundedPayment = false;
    qint64 refundedBy = 1;
    QList<WooRefundLine> lines; // empty for an amount-only refund
    qint64 shipping = 0;        // refunded shipping excluding tax
    qint64 shippingTax = 0;
    bool amountOnly() const { return lines.isEmpty() && shipping == 0 && shippingTax == 0; }
};

struct WooOrder
{
    qint64 id = 0;
    QByteArray status; // pending, processing, on-hold, completed, cancelled, refunded, failed,
                       // trash, checkout-draft
    QByteArray currency;
    qint64 createdAtMs = 0;
    qint64 modifiedAtMs = 0;
    qint64 paidAtMs = 0;
    qint64 completedAtMs = 0;
    qint64 customerId = 0; // 0 = guest
    QString billingEmail;
    QString billingFirstName;
    QString billingLastName;
    QByteArray paymentMethod;
    QList<WooLineItem> lines;
    QList<WooCouponLine> coupons;
    qint64 discountTotal = 0;
    qint64 discountTax = 0;
    qint64 shippingTotal = 0;
    qint64 shippingTax = 0;
    qint64 cartTax = 0;
    qint64 totalTax = 0;
    qint64 total = 0;
    QList<WooRefund> refunds; // oldest first
};

struct WooCustomer
{
    qint64 id = 0;
    QString email;
    QString firstName;
    QString lastName;
    QByteArray role; // customer, administrator, shop_manager, subscriber
    QString username;
    qint64 createdAtMs = 0;
    qint64 modifiedAtMs = 0;
    bool isPayingCustomer = false;
};

struct WooVariation
{
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;
    QString attributes; // "M, Black"
    qint64 price = 0;
    qint64 regularPrice = 0;
    QByteArray manageStock;    // "true", "false" or "parent", as the API shows it
    qint64 stockQuantity = -1; // -1 = null in the API
    QByteArray stockStatus;
    qint64 createdAtMs = 0;
    qint64 modifiedAtMs = 0;
};

struct WooProduct
{
    qint64 id = 0;
    QString name;
    QByteArray type; // simple or variable
    QByteArray status;
    QString sku;
    qint64 price = 0; // simple: its price; variable: the lowest variation price
    qint64 regularPrice = 0;
    bool manageStock = false;
    qint64 stockQuantity = -1; // -1 = null
    QByteArray stockStatus;
    QByteArray taxClass; // "" = standard, "reduced-rate"
    qint64 createdAtMs = 0;
    qint64 modifiedAtMs = 0;
    QList<qint64> variationIds;
};

struct WooCoupon
{
    qint64 id = 0;
    QByteArray code;
    QByteArray discountType; // percent or fixed_cart
    qint64 amount = 0;       // percent: whole percent; fixed_cart: minor units
};

// --- requests for the mutation API ---------------------------------------

struct WooOrderLineRequest
{
    qint64 productId = 0;   // a simple product, or the parent of variationId
    qint64 variationId = 0; // 0 = simple product
    int quantity = 1;
};

struct WooOrderRequest
{
    qint64 createdAtMs = 0; // 0 = the simulated clock's now
    QByteArray status = "processing";
    qint64 customerId = 0; // 0 = a guest identified by guestEmail
    QString guestEmail;    // used when customerId is 0
    QString guestFirstName = QStringLiteral("Guest");
    QString guestLastName = QStringLiteral("Buyer");
    QList<WooOrderLineRequest> lines;
    QByteArray couponCode; // empty = none
    // Shipping excluding tax; -1 = the store's rule (flat rate below the
    // free-shipping threshold).
    qint64 shipping = -1;
    QByteArray paymentMethod = "stripe";
};

// A variation of a variable product made through the mutation API: size
// XS, S, M, L, XL (0-4) and colour Black, Olive, Navy, Sand, Red (0-4).
struct WooVariationRequest
{
    quint8 size = 0;
    quint8 color = 0;
    qint64 price = 0;
    std::optional<int> stock; // nullopt = does not manage its own stock
};

struct WooRefundLineRequest
{
    qint64 lineItemId = 0;
    int quantity = 0;
};

} // namespace storelens::sim
