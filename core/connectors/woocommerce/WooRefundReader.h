#pragma once

#include "WooClient.h"
#include "WooMapper.h"
#include "ingest/IngestBatch.h"

#include <QJsonObject>
#include <QStringList>

#include <deque>
#include <map>
#include <vector>

namespace storelens {

// The refunds, with their lines and refunded shipping, of the orders of a
// listing read chunk after chunk. From WooCommerce 9.0 they come from
// /refunds?include=<the ids of the orders' refund summaries>, 100 a request
// whatever chunk they belong to (a chunk waits for the next one while its ids
// do not fill a request), started as soon as they are known; an order whose
// refunds did not all come (one deleted meanwhile), or a host without the
// route, reads /orders/<id>/refunds instead, as stores before 9.0 do.
//
//   WooRefundReader refunds(client, mapper, version >= 9.0);
//   const qint64 chunk = refunds.add(orders);   // per chunk, in order
//   if (refunds.ready(chunk)) refunds.finish(chunk, orders, &drop, &rejected);
//   refunds.flush();                             // after the last chunk
class WooRefundReader
{
public:
    WooRefundReader(WooClient &client, const WooMapper &mapper, bool refundsListing);
    ~WooRefundReader();
    WooRefundReader(const WooRefundReader &) = delete;
    WooRefundReader &operator=(const WooRefundReader &) = delete;

    // A chunk's orders (those with refund summaries are asked for); returns
    // the chunk's number.
    qint64 add(const std::vector<Order> &orders);
    // Whether every refund of the chunk has been asked for.
    bool ready(qint64 chunk) const;
    // Asks for the refunds left (no further chunk comes).
    void flush();
    // Waits for the chunk's refunds and puts them into its orders (the same
    // vector as given to add()): an order deleted meanwhile is marked in
    // `drop`, one with a refund that does not map is rejected and marked.
    SyncError finish(qint64 chunk, std::vector<Order> &orders, std::vector<bool> *drop,
                     std::vector<RejectedRecord> *rejected);

    bool refundsListing() const { return m_listing; }

private:
    void startRequests(bool all);

    WooClient &m_client;
    const WooMapper &m_mapper;
    bool m_listing;
    QStringList m_buffer; // ids not asked for yet
    qint64 m_nextRequest = 0;
    qint64 m_nextChunk = 0;
    std::map<qint64, qint64> m_lastRequestOf; // chunk -> the request with its last id
    std::deque<std::pair<qint64, WooClient::Ticket>> m_started;
    std::map<qint64, QJsonObject> m_fetched; // refund id -> as /refunds answered
};

} // namespace storelens
