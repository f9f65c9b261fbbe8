#pragma once

#include "DateRange.h"
#include "Ratio.h"

#include <QStringView>

#include <functional>

namespace storelens {

// Whose report definitions a store's figures follow: each platform's own, so
// that a merchant comparing with the platform's reports sees the same
// numbers. Chosen by Store::platform; the ingestor applies them when it rolls
// an order up, and the analytics read the rollups.
enum class SalesDefinitions
{
    Shopify,    // Shopify's sales reports (below)
    WooCommerce // WooCommerce Analytics' defaults (below)
};
// WooCommerce Analytics' for "woocommerce", Shopify's for every other platform.
inline SalesDefinitions salesDefinitionsOf(QStringView platform)
{
    return platform == u"woocommerce" ? SalesDefinitions::WooCommerce : SalesDefinitions::Shopify;
}

// Sales of one period as Shopify's sales reports define them
// (help.shopify.com/manual/reports-and-analytics/shopify-reports/report-types/
// default-reports/sales-report; ShopifyQL `sales` schema on shopify.dev):
//
// - A sale counts on the shop-local day its order was processed; a return on
//   the day its refund was created, whatever the order's day.
// - Gross sales = Σ original unit price × quantity of the line items, before
//   discounts, returns, shipping and taxes.
// - Discounts = Σ discounts allocated to the line items (line-item and the
//   line's share of order-level discounts such as codes), before tax: the
//   lines' discountAllocations, never LineItem.totalDiscountSet, which leaves
//   order-level discounts out. Discounts on shipping (free-shipping codes)
//   lower shipping instead, as in Shopify's reports.
// - Returns = value of the goods refunded, after discounts and before tax
//   (refund line subtotals).
// - Net sales = gross sales − discounts − returns.
// - Shipping = shipping charged (after its discounts) − shipping refunded
//   (on the refund's day).
// - Taxes = taxes charged − taxes refunded with returned goods (refund's day).
// - Total sales = net sales + shipping + taxes. (Duties, additional fees and
//   tips are not stored and not included.)
// - Orders = orders placed in the period. Cancelled orders count: Shopify
//   shows a cancelled order as a sale on the day it was placed and a return
//   on the day it was cancelled (the refund the cancellation records), so its
//   sales cancel out over time while the order still counts as placed.
// - Test orders and deleted orders never count.
// - Average order value = (gross sales − discounts) / orders.
// - Units sold = Σ quantities ordered; units returned = Σ quantities refunded
//   (refund's day).
//
// Sales of one period as WooCommerce Analytics counts them by default
// (woocommerce.com/document/woocommerce-analytics/: Revenue and Orders
// reports; the wc_order_stats table its reports sum):
//
// - Orders count with the status processing, completed, on-hold or refunded
//   (Analytics' default "actionable" statuses and paid ones). Pending,
//   failed, cancelled, checkout-draft and trashed orders never count, nor do
//   deleted ones. The connector maps the status to Order::countsInSales.
// - An order's day is its date_created in the site's time zone (Analytics'
//   default date type): the connector maps date_created to processedAtMs.
// - Gross sales = Σ line subtotal (unit price × quantity before coupons,
//   excluding tax), kept exactly in LineItem::subtotal.
// - Discounts = Σ (line subtotal − line total): the coupons' share.
// - Returns = for each refund, dated at its date_created: its amount minus the
//   tax and the shipping (with its tax) it refunded; a refund without lines
//   (amount only) returns its whole amount. Refunded fees stay in returns.
// - Net sales = gross sales − discounts − returns.
// - Shipping = Σ shipping_total and taxes = Σ total_tax of the orders of the
//   period: refunds do not lower them (their shipping and tax are not
//   returns either).
// - Total sales = net sales + shipping + taxes. (Fee lines are not counted.)
// - Average order value = net sales / orders (Analytics' net revenue over
//   the orders count), not Shopify's (gross sales − discounts) / orders.
// - Units sold and returned as for Shopify.
//
// Amounts are minor units of the answer's currency (see ReportCurrency).
struct SalesFigures
{
    qint64 orders = 0;
    qint64 cancelledOrders = 0; // of `orders`, those cancelled since
    qint64 grossSales = 0;
    qint64 discounts = 0;
    qint64 returns = 0;
    qint64 shippingCharged = 0;
    qint64 shippingReturned = 0;
    qint64 taxesCharged = 0;
    qint64 taxesReturned = 0;
    qint64 unitsSold = 0;
    qint64 unitsReturned = 0;
    // Of `returns`, those the average order value takes off as well: none by
    // Shopify's definition, all of them by WooCommerce's (net sales / orders).
    qint64 returnsInAverageOrderValue = 0;

    qint64 netSales() const { return grossSales - discounts - returns; }
    qint64 shipping() const { return shippingCharged - shippingReturned; }
    qint64 taxes() const { return taxesCharged - taxesReturned; }
    qint64 totalSales() const { return netSales() + shipping() + taxes(); }
    qint64 netUnitsSold() const { return unitsSold - unitsReturned; }
    // Exact; round with Ratio::scaled(0) for minor units.
    Ratio averageOrderValue() const
    {
        return {grossSales - discounts - returnsInAverageOrderValue, orders};
    }

    bool operator==(const SalesFigures &other) const = default;
};

// Customers of one period, per store (a person who buys in two stores is two
// customers, as each platform counts them). Orders without a customer
// (guest checkouts without an account) have no customer to count; a
// WooCommerce guest is a customer keyed by the lower-cased billing e-mail,
// as Analytics counts guests, and registered customers by their id.
//
// - Customers = distinct customers with an order in the period.
// - New customers = those whose first order ever was placed in the period
//   (Shopify's "first-time customers").
// - Returning customers = customers of the period who have placed more than
//   one order by the end of it, i.e. who placed a second or later order in
//   the period (Shopify's definition of the returning customer rate: "the
//   percentage of customers that have placed more than one order, out of the
//   customers that placed an order within the selected date range"). A new
//   customer who comes back within the period is both new and returning.
// - Returning customer rate = returning customers / customers.
//
// Cancelled orders count as orders placed; test orders never count. For
// WooCommerce only the orders that count in sales count here too: a new
// customer is one whose first counted order is in the period.
struct CustomerFigures
{
    qint64 customers = 0;
    qint64 newCustomers = 0;
    qint64 returningCustomers = 0;
    // A store of the answer is still being recounted after its first bulk
    // export: the counts above leave it out, so they are not to be shown.
    bool pending = false;

    Ratio returningCustomerRate() const { return {returningCustomers, customers}; }
    bool operator==(const CustomerFigures &other) const = default;
};

// Abandoned checkouts created in the period (the platform's abandoned
// checkouts), their value (checkout totals), and those recovered since, i.e.
// completed into an order.
struct CheckoutFigures
{
    qint64 abandoned = 0;
    qint64 abandonedValue = 0;
    qint64 recovered = 0;
    qint64 recoveredValue = 0;

    Ratio recoveryRate() const { return {recovered, abandoned}; }
    bool operator==(const CheckoutFigures &other) const = default;
};

// Everything the dashboard's tiles show for one period.
struct PeriodFigures
{
    DateRange range;
    SalesFigures sales;
    CustomerFigures customers;
    CheckoutFigures checkouts;

    // Adds another store's figures, its amounts passed through `money` (the
    // conversion into the report currency); counts are added as they are.
    void add(const PeriodFigures &other, const std::function<qint64(qint64)> &money);
};

} // namespace storelens
