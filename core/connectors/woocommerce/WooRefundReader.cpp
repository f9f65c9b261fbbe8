#include "WooRefundReader.h"

#include "WooConnector.h"

#include <QJsonArray>

#include <algorithm>

namespace storelens {

WooRefundReader::WooRefundReader(WooClient &client, const WooMapper &mapper, bool refundsListing)
    : m_client(client)
    , m_mapper(mapper)
    , m_listing(refundsListing)
{}

WooRefundReader::~WooRefundReader()
{
    for (const auto &[request, ticket] : m_started)
        m_client.discard(ticket);
}

qint64 WooRefundReader::add(const std::vector<Order> &orders)
{
    const qint64 chunk = m_nextChunk++;
    qint64 ids = 0;
    if (m_listing)
        for (const Order &order : orders)
            for (const Refund &summary : order.refunds) {
                m_buffer << QString::number(summary.id.number());
                ++ids;
            }
    startRequests(false);
    // Its last ids went out with the last request started, or wait for the next.
    m_lastRequestOf[chunk] = ids == 0 ? -1 : m_buffer.isEmpty() ? m_nextRequest - 1 : m_nextRequest;
    return chunk;
}

bool WooRefundReader::ready(qint64 chunk) const
{
    const auto it = m_lastRequestOf.find(chunk);
    return !m_listing || it == m_lastRequestOf.end() || it->second < m_nextRequest;
}

void WooRefundReader::flush()
{
    startRequests(true);
}

void WooRefundReader::startRequests(bool all)
{
    if (!m_listing)
        m_buffer.clear();
    while (m_buffer.size() >= WooConnector::kPerPage || (all && !m_buffer.isEmpty())) {
        const QStringList ids = m_buffer.mid(0, WooConnector::kPerPage);
        m_buffer.remove(0, ids.size());
        // Urgent: the chunk waiting for it is held back from the writer.
        const WooClient::Ticket ticket = m_client.start(
            {{QStringLiteral("/wc/v3/refunds"),
              {{QStringLiteral("include"), ids.join(QLatin1Char(','))},
               {QStringLiteral("per_page"), QString::number(WooConnector::kPerPage)}}}},
            true);
        m_started.emplace_back(m_nextRequest++, ticket);
    }
}

SyncError WooRefundReader::finish(qint64 chunk, std::vector<Order> &orders, std::vector<bool> *drop,
                                  std::vector<RejectedRecord> *rejected)
{
    const auto last = m_lastRequestOf.find(chunk);
    const qint64 lastRequest = last == m_lastRequestOf.end() ? -1 : last->second;
    if (last != m_lastRequestOf.end())
        m_lastRequestOf.erase(last);
    while (!m_started.empty() && m_started.front().first <= lastRequest) {
        const WooClient::Ticket ticket = m_started.front().second;
        m_started.pop_front();
        const WooResponse answer = m_client.collect(ticket).front();
        if (m_client.isCancelled())
            return m_client.errorFor(SyncError::Kind::Cancelled, {});
        if (!answer.ok()) {
            if (answer.status == 404 && answer.code == QLatin1String("rest_no_route")) {
                m_listing = false; // a host that hides it: one order at a time from now on
                continue;
            }
            return answer.error;
        }
        for (const QJsonValue &v : answer.json.array())
            m_fetched[v.toObject().value(QLatin1String("id")).toInteger()] = v.toObject();
    }

    auto reject = [&](size_t o, const QString &reason) {
        rejected->push_back({QStringLiteral("orders"), orders[o].id.toString(), reason, {}});
        (*drop)[o] = true;
    };
    auto put = [](Order &order, std::vector<Refund> refunds) {
        std::sort(refunds.begin(), refunds.end(), [](const Refund &a, const Refund &b) {
            return a.createdAtMs != b.createdAtMs ? a.createdAtMs < b.createdAtMs : a.id < b.id;
        });
        order.refunds = std::move(refunds);
    };
    std::vector<size_t> single;
    for (size_t o = 0; o < orders.size(); ++o) {
        if (orders[o].refunds.empty() || (*drop)[o])
            continue;
        std::vector<QJsonObject> listed;
        for (const Refund &summary : orders[o].refunds) {
            const auto it = m_fetched.find(summary.id.number());
            if (it != m_fetched.end()) {
                listed.push_back(it->second);
                m_fetched.erase(it);
            }
        }
        if (lastRequest < 0 || listed.size() != orders[o].refunds.size()) {
            single.push_back(o); // as the order has them now
            continue;
        }
        std::vector<Refund> refunds;
        QString reason;
        for (const QJsonObject &r : listed) {
            Refund refund;
            if (!m_mapper.refund(r, &refund, &reason))
                break;
            refunds.push_back(std::move(refund));
        }
        if (refunds.size() != listed.size())
            reject(o, reason);
        else
            put(orders[o], std::move(refunds));
    }

    std::vector<WooRequest> requests;
    for (size_t o : single)
        requests.push_back(
            {QStringLiteral("/wc/v3/orders/%1/refunds").arg(orders[o].id.number()),
             {{QStringLiteral("per_page"), QString::number(WooConnector::kPerPage)}}});
    const std::vector<WooResponse> answers = m_client.getAll(requests);
    if (m_client.isCancelled())
        return m_client.errorFor(SyncError::Kind::Cancelled, {});
    for (size_t i = 0; i < answers.size(); ++i) {
        const size_t o = single[i];
        if (!answers[i].ok()) {
            if (answers[i].status == 404) { // deleted meanwhile
                (*drop)[o] = true;
                continue;
            }
            return answers[i].error;
        }
        std::vector<Refund> refunds;
        QString reason;
        bool good = true;
        for (const QJsonValue &v : answers[i].json.array()) {
            Refund refund;
            if (!m_mapper.refund(v.toObject(), &refund, &reason)) {
                good = false;
                break;
            }
            refunds.push_back(std::move(refund));
        }
        if (good)
            put(orders[o], std::move(refunds));
        else
            reject(o, reason);
    }
    return {};
}

} // namespace storelens
