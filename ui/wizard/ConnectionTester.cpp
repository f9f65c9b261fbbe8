#include "ConnectionTester.h"

#include "session/BackgroundTask.h"
#include "sync/StoreCredentials.h"

#include <QNetworkAccessManager>

namespace storelens {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionTester::Verdict ConnectionTester::run(const StoreDraft &draft)
{
    Verdict verdict;
    const StoreConnection connection = draft.toConnection();
    const Platform *platform =
        StoreCredentials::platformOf(connection.store, &verdict.error.message);
    if (!platform) {
        verdict.error.kind = SyncError::Kind::ShopNotFound;
        return verdict;
    }
    QNetworkAccessManager network;
    ConnectorSettings settings;
    settings.retries.maxAttempts = 2; // a test should answer quickly
    const std::unique_ptr<PlatformConnector> connector =
        platform->connector(connection, network, settings);
    verdict.error = connector->fetchShop(&verdict.shop);
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
