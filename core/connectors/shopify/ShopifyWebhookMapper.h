#pragma once

#include "model/Checkout.h"
#include "model/Customer.h"
#include "model/Order.h"
#include "model/Product.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace storelens {

// Maps Shopify's webhook bodies (REST-shaped: orders/*, refunds/create,
// customers/*, products/*, checkouts/*) into normalized records, so a relayed
// event can be applied before the next poll confirms it. Ids come from
// `admin_graphql_api_id` where present: the numeric `id` fields of webhook
// bodies may have passed through a double-precision encoder on the way.
class ShopifyWebhookMapper
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyWebhookMapper)
public:
    explicit ShopifyWebhookMapper(QString shopCurrency);

    bool order(const QJsonObject &body, Order *out, QString *reason) const;
    // refunds/create: the refund and the gid of its order when the body has one.
    bool refund(const QJsonObject &body, Refund *out, QString *reason) const;
    bool customer(const QJsonObject &body, Customer *out, QString *reason) const;
    bool product(const QJsonObject &body, Product *product, std::vector<Variant> *variants,
                 QString *reason) const;
    bool checkout(const QJsonObject &body, Checkout *out, QString *reason) const;

private:
    bool shopMoney(const QJsonValue &set, qint64 *out, QString *reason) const;
    bool plainMoney(const QJsonValue &decimal, qint64 *out, QString *reason) const;
    bool refundFrom(const QJsonObject &body, Refund *out, QString *reason) const;
    // The sum of a REST discount_allocations list ({amount_set}).
    bool allocations(const QJsonValue &list, qint64 *out, QString *reason) const;
    QString m_currency;
};

} // namespace storelens
