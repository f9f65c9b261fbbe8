#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace storelens::sim {

// The simulator's truth as plain values, for tests that compare what a client
// synced with what the shop holds. Ids are the numeric part of Shopify gids,
// times UTC epoch ms (0 = none), money int64 minor units in shop currency.

struct SimLineItem
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 variantId = 0;
    QString sku;
    QString title;
    int quantity = 0;
    qint64 unitPrice = 0;         // original unit price, before discounts
    qint64 discount = 0;          // every discount allocated to the line (discountAllocations)
    qint64 lineLevelDiscount = 0; // of which line-level ones (LineItem.totalDiscountSet)
    qint64 tax = 0;               // total tax of the line
};

struct SimRefundLine
{
    qint64 lineItemId = 0;
    int quantity = 0;
    qint64 subtotal = 0; // refunded amount before tax (after discounts)
    qint64 tax = 0;
};

struct SimRefund
{
    qint64 id = 0;
    qint64 createdAtMs = 0;
    QString note;
    QList<SimRefundLine> lines;
    qint64 shipping = 0; // refunded shipping before tax
    qint64 shippingTax = 0;
    qint64 total = 0; // totalRefundedSet: lines + tax + shipping
};

struct SimOrder
{
    qint64 id = 0;
    QString name;
    qint64 createdAtMs = 0;
    qint64 processedAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 cancelledAtMs = 0;
    qint64 closedAtMs = 0;
    bool test = false;
    QString email;
    qint64 customerId = 0;
    QByteArray financialStatus;   // OrderDisplayFinancialStatus
    QByteArray fulfillmentStatus; // OrderDisplayFulfillmentStatus
    QByteArray sourceName;
    QByteArray currency;
    QByteArray presentmentCurrency;
    qint64 subtotal = 0;         // Σ unit × qty − line discounts
    qint64 discounts = 0;        // Order.totalDiscountsSet: Σ line discounts + shippingDiscount
    qint64 shipping = 0;         // the shipping line's price before discounts
    qint64 shippingDiscount = 0; // a free-shipping code's allocation to the shipping line
    qint64 shippingTax = 0;
    QStringList discountCodes;
    qint64 tax = 0;   // Σ line tax + shipping tax
    qint64 total = 0; // subtotal + shipping + tax
    qint64 presentmentTotal = 0;
    QList<SimLineItem> lines;
    QList<SimRefund> refunds;
};

struct SimCustomer
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QByteArray countryCode;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 numberOfOrders = 0;
    qint64 amountSpent = 0;
};

struct SimVariant
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 inventoryItemId = 0;
    QString sku;
    QString title;
    qint64 price = 0;
    qint64 compareAtPrice = -1; // -1 = none
    qint64 unitCost = -1;       // -1 = none
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 inventoryUpdatedAtMs = 0;
};

struct SimProduct
{
    qint64 id = 0;
    QString title;
    QString handle;
    QString vendor;
    QString productType;
    QByteArray status;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QList<qint64> variantIds;
};

struct SimLocation
{
    qint64 id = 0;
    QString name;
    bool isActive = true;
};

struct SimInventoryLevel
{
    qint64 inventoryItemId = 0;
    qint64 locationId = 0;
    qint64 available = 0;
    qint64 onHand = 0;
    qint64 updatedAtMs = 0;
};

struct SimCheckout
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 completedAtMs = 0;
    qint64 subtotal = 0;
    qint64 total = 0;
};

// An order to place as a merchant's customer would: the variants and
// quantities bought, at the variants' prices, and the discounts applied.
struct SimOrderRequest
{
    struct Line
    {
        qint64 variantId = 0;
        int quantity = 1;
    };
    QList<Line> lines;
    int codePercent = 0;          // an order-level percentage code ("SAVE10")
    int automaticLinePercent = 0; // an automatic discount on every line's product
    qint64 automaticOrderOff = 0; // an automatic amount off the order, across its lines
    qint64 shipping = 0;          // the shipping line's price
    bool freeShipping = false;    // a free-shipping code on it
    qint32 taxRatePpm = 0;
    qint64 customerId = 0; // 0 = a guest
};

// A line of a refund to make: which line item and how many units.
struct SimRefundRequest
{
    qint64 lineItemId = 0;
    int quantity = 0;
};

} // namespace storelens::sim
