#pragma once

#include "WooRecords.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace storelens::sim {

// Sales figures of one site-local day (or of a whole range) as WooCommerce
// Analytics counts them by default, in minor units of the store currency.
struct WooDayFigures
{
    QDate day; // invalid for a range's total
    qint64 grossSales = 0;
    qint64 discounts = 0;
    qint64 returns = 0;
    qint64 netSales = 0;
    qint64 shipping = 0;
    qint64 taxes = 0;
    qint64 totalSales = 0;
    int orders = 0;
};

struct WooSalesFigures
{
    QList<WooDayFigures> days; // every day of the range, in order
    WooDayFigures total;
    int customers = 0; // distinct customers of the range's counted orders

    // The figures of the site-local days [from, to] computed from the store's
    // own records, by WooCommerce Analytics' default definitions:
    //
    // - Counted orders: status processing, completed, on-hold or refunded
    //   (Analytics' default "actionable" and paid statuses). Pending, failed,
    //   cancelled, checkout-draft and trash never count, nor do deleted
    //   orders (they are not in the records at all).
    // - An order's day is its date_created in the site's time zone (the
    //   default "Date type" of Analytics is date created).
    // - Gross sales = Σ line subtotal (unit price x quantity, before coupons,
    //   excluding tax).
    // - Discounts = Σ (line subtotal - line total): the coupons' share.
    // - Returns = for each refund of a counted order, dated at the refund's
    //   date_created (site time zone): its amount minus the tax and the
    //   shipping (with shipping tax) it refunded; a refund without lines
    //   (amount only) returns its whole amount.
    // - Net sales = gross sales - discounts - returns.
    // - Shipping = Σ shipping_total; taxes = Σ total_tax of the counted orders
    //   of the day (refunds do not change them).
    // - Total sales = net sales + shipping + taxes.
    // - Orders = the number of counted orders of the day.
    // - Customers = registered customers by id plus guests by lower-cased
    //   billing e-mail, over the counted orders of the range.
    static WooSalesFigures compute(const QList<WooOrder> &orders, const QTimeZone &zone,
                                   const QDate &from, const QDate &to);
    static bool counts(const QByteArray &status);
};

} // namespace storelens::sim
