#pragma once

#include "model/Customer.h"
#include "model/Inventory.h"
#include "model/Order.h"
#include "model/Product.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace storelens {

// Turns WooCommerce REST API v3 objects into StoreLens's normalized records.
// Money is read exactly from WooCommerce's decimal strings (never through a
// double) in the store currency; ids are WooCommerce's integers. Each method
// returns false with a reason when a record is unusable, so it can be kept
// aside instead of stopping the sync. Definitions: see README.md.
class WooMapper
{
    Q_DECLARE_TR_FUNCTIONS(WooMapper)
public:
    explicit WooMapper(QString shopCurrency);

    // An order with its line items, shipping, tax, fee and coupon lines. Its
    // refunds are the order's summary (`refunds`: id, reason, negative total)
    // without lines, until replaced with the refunds endpoint's (refund()).
    // Dated by date_created (processedAtMs too) and counted in sales by its
    // status, as WooCommerce Analytics does by default.
    bool order(const QJsonObject &o, Order *out, QString *reason) const;
    // Whether WooCommerce Analytics counts an order of this status by default:
    // processing, completed, on-hold and refunded.
    static bool countsInSales(const QString &status);
    // A refund from /orders/<id>/refunds: line items with negative quantities
    // and totals become positive returned lines; none = an amount-only refund.
    bool refund(const QJsonObject &r, Refund *out, QString *reason) const;
    // One entry of an order's `refunds` summary; older stores name the
    // reason `refund`, newer ones `reason`.
    bool refundSummary(const QJsonObject &r, Refund *out, QString *reason) const;

    // A registered customer (/customers).
    bool customer(const QJsonObject &c, Customer *out, QString *reason) const;
    // The customer an order belongs to: the registered customer's id, or for
    // a guest (customer_id 0) the lower-cased billing e-mail as a text id.
    static PlatformId customerKey(const QJsonObject &order);
    // A guest's customer record from one of their orders; false if the order
    // belongs to a registered customer or has no e-mail.
    bool guestCustomer(const QJsonObject &order, Customer *out) const;

    // A product. A simple product is also its own variant (WooCommerce sells
    // the product itself); a variable product's variants come from
    // variation(). Stock managed at the product is one level.
    bool product(const QJsonObject &p, Product *product, std::vector<Variant> *variants,
                 std::vector<InventoryLevel> *levels, QString *reason) const;
    // A variation of `productId`. manage_stock true: its own level;
    // "parent": its stock is the parent product's (inventory item = parent).
    bool variation(const QJsonObject &v, qint64 productId, Variant *out,
                   std::vector<InventoryLevel> *levels, QString *reason) const;

    // WooCommerce has no locations: every level is at this one.
    static Location location();
    static constexpr qint64 kLocationId = 1;

    // "2017-03-22T19:28:08" (a *_gmt field, UTC without suffix) -> epoch ms.
    static std::optional<qint64> gmtMs(const QJsonValue &value);
    // epoch ms -> "2017-03-22T19:28:08", for modified_after with dates_are_gmt.
    static QString gmtParam(qint64 ms);
    // A decimal string (or an integral JSON number) in minor units.
    bool money(const QJsonValue &value, qint64 *out, QString *reason, const char *what,
               bool emptyIsZero = false) const;

    const QString &currency() const { return m_currency; }

private:
    QString m_currency;
};

} // namespace storelens
