#pragma once

#include "PlatformId.h"

#include <QString>

#include <optional>
#include <vector>

namespace storelens {

// Amounts in these records are int64 minor units of the order's shop currency
// (Order::currency) unless a field says otherwise.

struct LineItem
{
    PlatformId id;
    PlatformId productId; // null for custom line items
    PlatformId variantId;
    QString sku;
    QString title;
    qint64 quantity = 0;
    qint64 originalUnitPrice = 0; // before discounts
    // The line's value before discounts, where the platform keeps it exactly
    // (WooCommerce's line subtotal; a unit price × quantity can be off by
    // rounding). Empty: originalUnitPrice × quantity.
    std::optional<qint64> subtotal;
    qint64 totalDiscount = 0; // every discount allocated to this line, order-level ones too
    qint64 tax = 0;

    qint64 grossSales() const { return subtotal.value_or(originalUnitPrice * quantity); }
};

struct RefundLine
{
    PlatformId lineItemId;
    qint64 quantity = 0;
    qint64 subtotal = 0; // value of the returned goods, after discounts, before tax
    qint64 tax = 0;
};

struct Refund
{
    PlatformId id;
    qint64 createdAtMs = 0;
    QString note;
    qint64 shipping = 0;    // shipping refunded, before tax
    qint64 shippingTax = 0; // tax on the refunded shipping
    qint64 total = 0;       // money returned to the customer
    std::vector<RefundLine> lines;
};

struct Order
{
    PlatformId id;
    QString name; // "#1001"
    PlatformId customerId;
    QString email;
    qint64 createdAtMs = 0;
    // When the order counts as placed in the platform's reports, which date
    // it by this (Shopify processedAt, WooCommerce date_created).
    qint64 processedAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> cancelledAtMs;
    std::optional<qint64> closedAtMs;
    QString financialStatus;
    QString fulfillmentStatus;
    QString sourceName; // channel: web, pos, shopify_draft_order, ...
    QString currency;   // shop currency
    QString presentmentCurrency;
    qint64 subtotal = 0;
    qint64 totalDiscounts = 0; // every discount: the lines' and the shipping's
    qint64 totalShipping = 0;  // shipping charged, after its discounts, before tax
    qint64 totalTax = 0;
    qint64 totalPrice = 0;
    std::optional<qint64> presentmentTotal; // in presentmentCurrency
    bool test = false;
    // Whether the platform's own reports count the order as a sale at all
    // (WooCommerce Analytics: by its status). Orders that do not, like test
    // orders, add nothing to the figures.
    bool countsInSales = true;
    std::vector<LineItem> lines;
    std::vector<Refund> refunds;

    // Left out of every figure: a test order, or one its platform does not count.
    bool excludedFromSales() const { return test || !countsInSales; }
};

} // namespace storelens
