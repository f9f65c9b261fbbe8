#pragma once

#include "ingest/IngestBatch.h"

#include <QByteArray>
#include <QMap>

#include <vector>

namespace storelens {

// A webhook as a platform delivered it: its topic, its raw body (byte for
// byte: the signature is over it) and its headers, names in lower case.
struct WebhookDelivery
{
    QByteArray topic; // "orders/create", "order.updated"
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
};

// What a webhook body says, as records to apply before the next poll confirms
// them, and what must be read through the API because the body lacks it.
struct WebhookEvent
{
    IngestBatch batch;
    std::vector<PlatformId> fetchOrders;
    std::vector<PlatformId> fetchProducts;
    bool ignored = false; // a ping, or a topic with no record to apply
};

} // namespace storelens
