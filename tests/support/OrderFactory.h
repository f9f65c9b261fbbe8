#pragma once

#include "model/Order.h"

#include <QRandomGenerator>

#include <vector>

namespace storelens::test {

// Deterministic random normalized orders for ingest tests and benchmarks:
// several line items over a product catalogue, discounts, shipping, tax,
// repeat customers, partial and full refunds, cancellations and test orders.
class OrderFactory
{
public:
    explicit OrderFactory(quint32 seed, QString currency = QStringLiteral("USD"));

    // Orders spread over [startMs, startMs + spanMs).
    Order make(qint64 platformId, qint64 startMs, qint64 spanMs, int lineItems = 3);
    // A plausible change to an existing order: a refund added, cancelled, a line
    // edited, or a customer changed. Bumps updatedAtMs.
    void mutate(Order &order);

    int productCount = 200;
    int customerCount = 5000;
    bool withRefunds = true;

private:
    QRandomGenerator m_rng;
    QString m_currency;
    qint64 m_nextLineId = 1;
    qint64 m_nextRefundId = 1;
};

} // namespace storelens::test
