#pragma once

#include "model/Checkout.h"
#include "model/Customer.h"
#include "model/Inventory.h"
#include "model/Order.h"
#include "model/Product.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <vector>

namespace storelens {

// Turns Shopify GraphQL Admin API objects (page nodes and bulk JSONL lines
// alike) into StoreLens's normalized records. Amounts are read from
// `shopMoney` in the shop's currency, exactly; ids from gids, exactly.
// Each method returns false with a reason when a record is unusable, so the
// record can be kept aside instead of stopping the sync.
class ShopifyMapper
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyMapper)
public:
    explicit ShopifyMapper(QString shopCurrency);

    // An Order node with nested `lineItems` and `agreements` connections.
    // When the node holds all its lines, their discounts are checked against
    // the order's (discountsAddUp).
    bool order(const QJsonObject &node, Order *out, QString *reason) const;
    // The order's own fields, without lines or refunds (bulk lines). Shipping
    // is what was charged: the shipping line's discounts are taken off.
    bool orderHeader(const QJsonObject &node, Order *out, QString *reason) const;
    // The discounts allocated to the order's shipping line (free shipping).
    bool shippingDiscount(const QJsonObject &orderNode, qint64 *out, QString *reason) const;
    // Shopify's Order.totalDiscountsSet is the sum of every discount
    // allocation, the lines' and the shipping line's. An order whose lines
    // (all of them, in `order`) do not add up would put a wrong discount into
    // the figures: false, with the reason to keep it aside.
    bool discountsAddUp(const Order &order, const QJsonObject &orderNode, QString *reason) const;
    // The reason shared by every reader of Shopify orders (pages, bulk,
    // webhooks); empty when `allocated` equals `total`.
    static QString discountMismatch(const QString &orderName, qint64 allocated, qint64 total,
                                    const QString &currency);
    bool lineItem(const QJsonObject &node, LineItem *out, QString *reason) const;
    // A RefundAgreement node and its sales; `isRefund` is false for the other
    // agreement kinds (the original order, edits), which carry no refund.
    bool refund(const QJsonObject &agreement, const QList<QJsonObject> &sales, Refund *out,
                bool *isRefund, QString *reason) const;
    static bool isRefundAgreement(const QJsonObject &agreement);
    // One RETURN sale of a refund agreement: a returned product line, or
    // refunded shipping (added to `refund`'s shipping and shippingTax).
    // Other sale kinds (tips, duties, fees) leave both untouched.
    bool refundSale(const QJsonObject &sale, Refund *refund, QString *reason) const;

    bool customer(const QJsonObject &node, Customer *out, QString *reason) const;
    bool product(const QJsonObject &node, Product *out, QString *reason) const;
    bool variant(const QJsonObject &node, Variant *out, QString *reason) const;
    bool location(const QJsonObject &node, Location *out, QString *reason) const;
    // An InventoryItem node with its `inventoryLevels`.
    bool inventoryLevels(const QJsonObject &item, std::vector<InventoryLevel> *out,
                         QString *reason) const;
    bool checkout(const QJsonObject &node, Checkout *out, QString *reason) const;

    // The nodes of a connection value ({edges:[{node}]} or {nodes:[...]}).
    static QList<QJsonObject> nodes(const QJsonValue &connection);

    const QString &currency() const { return m_currency; }

private:
    bool money(const QJsonValue &set, qint64 *out, QString *reason, const char *what) const;
    // The sum of a list of DiscountAllocation { allocatedAmountSet }.
    bool allocations(const QJsonValue &list, qint64 *out, QString *reason) const;
    QString m_currency;
};

} // namespace storelens
