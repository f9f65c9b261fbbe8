#pragma once

#include "ShopifyMapper.h"
#include "ingest/IngestBatch.h"

#include <QHash>

namespace storelens {

// Reads the JSONL of a Shopify bulk export of orders (BulkOrders.graphql,
// groupObjects false): every object on its own line, children pointing to
// their parent with "__parentId" and coming after it. Each line becomes
// order pieces (order, line item, refund, refund line, refunded shipping);
// nothing waits in memory for a whole order, so a file of a million orders
// is read in constant memory. Only refund agreements are remembered, to
// place their sales.
class BulkOrderParser
{
public:
    explicit BulkOrderParser(QString shopCurrency);

    // Parses one line, appending pieces (or a rejected record) to `batch`.
    // Returns true when the line was a new order.
    bool parseLine(const QByteArray &line, IngestBatch &batch);
    // After resuming mid-file: remembers the refund agreements of the lines
    // already ingested, so their later sales find their refund.
    void rememberAgreement(const QByteArray &line);
    qint64 orders() const { return m_orders; }

private:
    ShopifyMapper m_mapper;
    struct RefundRef
    {
        PlatformId orderId;
        PlatformId refundId;
    };
    QHash<QString, RefundRef> m_refundAgreements; // agreement gid -> its refund
    qint64 m_orders = 0;
};

} // namespace storelens
