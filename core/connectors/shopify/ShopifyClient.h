#pragma once

#include "platform/CancellableWaits.h"
#include "platform/CostBucketLimiter.h"
#include "platform/RetryPolicy.h"
#include "platform/SyncError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

namespace storelens {

// Where and how to reach one shop. Secrets live here only in memory.
struct ShopifyConnection
{
    QUrl baseUrl;   // https://acme.myshopify.com, or a local server's base
    QString domain; // acme.myshopify.com, for messages
    QString storeName;
    QString authKind; // "token" or "client_credentials"
    QByteArray accessToken;
    QString clientId;
    QByteArray clientSecret;
    QString apiVersion = QStringLiteral("2026-10");
};

struct GraphQlResponse
{
    QJsonObject data;
    double requestedCost = 0;
    double actualCost = 0;
    bool costExceeded = false; // MAX_COST_EXCEEDED: ask for less per request
    SyncError error;
    bool ok() const { return !error.isError(); }
};

// The GraphQL Admin API client of one store: authentication (access token, or
// the client credentials grant renewed before the ~24 h token expires), the
// cost-bucket limiter, and retries of transient failures with jittered
// backoff. Calls block: run them on a sync worker thread, never the GUI
// thread. cancel() may be called from any thread.
class ShopifyClient
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyClient)
public:
    ShopifyClient(ShopifyConnection connection, QNetworkAccessManager &network,
                  CostBucketLimiter &limiter, const Clock &clock = Clock::system(),
                  RetryPolicy policy = RetryPolicy());
    ~ShopifyClient();

    GraphQlResponse query(const QString &document, const QJsonObject &variables = {});

    void cancel();
    bool isCancelled() const { return m_waits.isCancelled(); }

    CostBucketLimiter &limiter() { return m_limiter; }
    const CostBucketLimiter &limiter() const { return m_limiter; }
    const ShopifyConnection &connection() const { return m_connection; }
    // Transient failures that were retried (for tests and the sync log).
    int retries() const { return m_retries; }
    static constexpr int kGraphQlTimeoutMs = 60'000;

private:
    struct HttpResult;
    HttpResult send(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                    bool authorized);
    SyncError ensureToken(bool forceRenew);
    SyncError httpError(const HttpResult &r) const;

public:
    // The user-facing error of a kind, for this store.
    SyncError errorFor(SyncError::Kind kind, const QString &detail) const;

private:
    bool sleep(qint64 ms);
    QUrl graphQlUrl() const;

    ShopifyConnection m_connection;
    QNetworkAccessManager &m_network;
    CostBucketLimiter &m_limiter;
    const Clock &m_clock;
    RetryPolicy m_policy;
    CancellableWaits m_waits;                  // target of cancel(), in the calling thread
    QHash<size_t, double> m_lastRequestedCost; // per document: Shopify tells us after one call
    qint64 m_tokenExpiresAtMs = 0;
    int m_retries = 0;
};

} // namespace storelens
