#include "ConnectionTester.h"

#include "session/BackgroundTask.h"

#include <QNetworkAccessManager>

namespace storelens {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionTester::Verdict ConnectionTester::run(const StoreDraft &draft)
{
    Verdict verdict;
    QNetworkAccessManager network;
    CostBucketLimiter limiter;
    RetryPolicy::Config retries;
    retries.maxAttempts = 2; // a test should answer quickly
    ShopifyClient client(draft.toConnection(), network, limiter, Clock::system(),
                         RetryPolicy(retries));
    ShopifyConnector connector(client);
    verdict.error = connector.fetchShop(&verdict.shop);
    return verdict;
}

void ConnectionTester::test(const StoreDraft &draft)
{
    m_running = true;
    const quint64 generation = ++m_generation;
    BackgroundTask::run(
        this, [draft] { return run(draft); },
        [this, generation](Verdict verdict) {
            if (generation != m_generation)
                return;
            m_running = false;
            emit finished(verdict);
        });
}

} // namespace storelens
