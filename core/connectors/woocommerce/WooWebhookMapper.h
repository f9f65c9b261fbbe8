#pragma once

#include "WooMapper.h"
#include "ingest/IngestBatch.h"
#include "platform/WebhookEvent.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace storelens {

// Maps WooCommerce webhook deliveries (topics order.*, product.*, customer.*)
// into normalized records, after checking their signature. A webhook's order
// body lists its refunds without their lines, so an order with refunds is not
// applied from the body: it is named for a targeted fetch instead.
class WooWebhookMapper
{
    Q_DECLARE_TR_FUNCTIONS(WooWebhookMapper)
public:
    explicit WooWebhookMapper(QString shopCurrency);

    // X-WC-Webhook-Signature: base64 of HMAC-SHA256(raw body, secret),
    // compared in constant time.
    static bool verifySignature(const QByteArray &rawBody, const QByteArray &signatureHeader,
                                const QByteArray &secret);

    using Result = WebhookEvent;
    // `topic` is X-WC-Webhook-Topic ("order.updated"); `rawBody` the body as
    // received. False with a reason when the body is unusable.
    bool map(const QByteArray &topic, const QByteArray &rawBody, Result *out,
             QString *reason) const;

private:
    WooMapper m_mapper;
};

} // namespace storelens
