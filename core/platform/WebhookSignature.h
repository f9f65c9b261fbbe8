#pragma once

#include <QByteArray>

namespace storelens {

// The signature Shopify (X-Shopify-Hmac-Sha256) and WooCommerce
// (X-WC-Webhook-Signature) put on a webhook: base64 of HMAC-SHA256 of the raw
// body with the shared secret.
class WebhookSignature
{
public:
    static QByteArray sign(const QByteArray &rawBody, const QByteArray &secret);
    // Compared in constant time; false for an empty secret or header.
    static bool verify(const QByteArray &rawBody, const QByteArray &header,
                       const QByteArray &secret);
};

} // namespace storelens
