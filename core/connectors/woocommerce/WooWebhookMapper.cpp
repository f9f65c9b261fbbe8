#include "WooWebhookMapper.h"

#include "platform/WebhookSignature.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace storelens {

WooWebhookMapper::WooWebhookMapper(QString shopCurrency)
    : m_mapper(std::move(shopCurrency))
{}

bool WooWebhookMapper::verifySignature(const QByteArray &rawBody, const QByteArray &signatureHeader,
                                       const QByteArray &secret)
{
    return WebhookSignature::verify(rawBody, signatureHeader, secret);
}

bool WooWebhookMapper::map(const QByteArray &topic, const QByteArray &rawBody, Result *out,
                           QString *reason) const
{
    Result result;
    const QByteArray resource = topic.left(topic.indexOf('.'));
    const QByteArray event = topic.mid(topic.indexOf('.') + 1);
    // WooCommerce pings a new webhook with a form body "webhook_id=N".
    if (rawBody.startsWith("webhook_id=")) {
        result.ignored = true;
        *out = std::move(result);
        return true;
    }
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(rawBody, &error).object();
    if (error.error != QJsonParseError::NoError || body.isEmpty()) {
        *reason = tr("The webhook body is not a JSON object: %1").arg(error.errorString());
        return false;
    }
    const qint64 id = body.value(QLatin1String("id")).toInteger();
    if (resource == "order") {
        if (event == "deleted") {
            if (id <= 0) {
                *reason = tr("The order.deleted webhook has no order id.");
                return false;
            }
            result.batch.deletedOrders.push_back(PlatformId(id));
        } else {
            const QString status = body.value(QLatin1String("status")).toString();
            if (status == QLatin1String("trash") || status == QLatin1String("checkout-draft")) {
                // Trashed orders leave the figures, as in a sync.
                result.batch.deletedOrders.push_back(PlatformId(id));
            } else {
                Order order;
                if (!m_mapper.order(body, &order, reason))
                    return false;
                if (!order.refunds.empty()) {
                    result.fetchOrders.push_back(order.id);
                } else {
                    Customer guest;
                    if (m_mapper.guestCustomer(body, &guest))
                        result.batch.customers.push_back(std::move(guest));
                    result.batch.orders.push_back(std::move(order));
                }
            }
        }
    } else if (resource == "product") {
        if (event == "deleted") {
            result.ignored = true; // the model has no product deletion (README)
        } else {
            Product product;
            if (!m_mapper.product(body, &product, &result.batch.variants,
                                  &result.batch.inventoryLevels, reason))
                return false;
            if (product.productType == QLatin1String("variable"))
                result.fetchProducts.push_back(product.id);
            result.batch.products.push_back(std::move(product));
        }
    } else if (resource == "customer") {
        if (event == "deleted") {
            result.ignored = true; // the model has no customer deletion (README)
        } else {
            Customer customer;
            if (!m_mapper.customer(body, &customer, reason))
                return false;
            result.batch.customers.push_back(std::move(customer));
        }
    } else {
        result.ignored = true;
    }
    *out = std::move(result);
    return true;
}

} // namespace storelens
