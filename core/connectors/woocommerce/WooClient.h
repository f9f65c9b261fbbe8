#pragma once

#include "platform/AdaptiveConcurrencyLimiter.h"
#include "platform/CancellableWaits.h"
#include "platform/PlatformConnector.h"
#include "platform/RetryPolicy.h"
#include "platform/SyncError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QUrl>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <utility>
#include <vector>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;
class QObject;
class QTimer;

namespace storelens {

// Where and how to reach one WooCommerce store. Secrets live here only in
// memory.
struct WooConnection
{
    enum class Auth
    {
        Automatic,   // HTTPS: Basic, then the query string if the host strips the
                     // Authorization header; plain HTTP on loopback: OAuth 1.0a
        BasicHeader, // HTTP Basic with key and secret
        QueryString, // consumer_key / consumer_secret in the query (HTTPS only)
        OAuth1       // OAuth 1.0a one-legged, HMAC-SHA256 (plain HTTP, loopback only)
    };

    QUrl siteUrl; // the WordPress address, https://shop.example.com[/path]
    QString storeName;
    QByteArray consumerKey;    // ck_...
    QByteArray consumerSecret; // cs_...
    Auth auth = Auth::Automatic;
    // Detected by WooConnector::fetchShop: the site has no pretty permalinks
    // and answers at ?rest_route=/wc/v3/... instead of /wp-json/wc/v3/....
    bool plainPermalinks = false;
    int timeoutMs = 30'000;
};

// One GET of the REST API: a route below the API root ("/wc/v3/orders") and
// its query parameters (credentials are added by the client).
struct WooRequest
{
    QString route;
    QList<std::pair<QString, QString>> query;
};

struct WooResponse
{
    int status = 0;
    QJsonDocument json;
    QByteArray body;
    qint64 total = -1;      // X-WP-Total
    qint64 totalPages = -1; // X-WP-TotalPages
    QString code;           // WordPress error code ("rest_no_route", ...) of an error answer
    QString message;        // its message
    SyncError error;
    bool ok() const { return !error.isError(); }
};

// The WooCommerce REST API v3 client of one store: authentication (Basic,
// query string, OAuth 1.0a signed per request), adaptive concurrency per host,
// and retries of what hosts send when they are in trouble (5xx, 429, resets,
// timeouts, PHP error pages, empty or truncated bodies, security challenges).
// Pagination links are never followed: every page is built and signed here.
// Calls block (a local event loop): run them on a sync worker thread.
class WooClient
{
    Q_DECLARE_TR_FUNCTIONS(WooClient)
public:
    WooClient(WooConnection connection, QNetworkAccessManager &network,
              std::shared_ptr<AdaptiveConcurrencyLimiter> limiter = {},
              RetryPolicy policy = RetryPolicy(), const Clock &clock = Clock::system());
    ~WooClient();

    // Authenticated GET of an API route, retried while transient.
    WooResponse get(const WooRequest &request);
    // Several GETs at once, within the limiter's concurrency; answers in order.
    std::vector<WooResponse> getAll(const std::vector<WooRequest> &requests);

    // GETs started without waiting for them, so that the host's slots stay
    // busy while the caller works on earlier answers: they run, retried like
    // the others, whenever the caller waits in this client (collect(), get(),
    // getAll()). Started sets are sent in order; `urgent` ones (what the
    // caller waits for next) before those already waiting.
    using Ticket = qint64;
    Ticket start(const std::vector<WooRequest> &requests, bool urgent = false);
    // Waits for a started set; answers in order.
    std::vector<WooResponse> collect(Ticket ticket);
    // The answers of a started set are not wanted any more.
    void discard(Ticket ticket);
    // Unauthenticated GET of a URL of the site (discovery): answers with any
    // status are returned as they are; only transient failures are retried.
    WooResponse probe(const QUrl &url);

    void cancel();
    bool isCancelled() const { return m_waits.isCancelled(); }

    WooConnection &connection() { return m_connection; }
    const WooConnection &connection() const { return m_connection; }
    AdaptiveConcurrencyLimiter &limiter() { return *m_limiter; }
    RequestStats stats() const;
    // The effective authentication after Automatic chose.
    WooConnection::Auth effectiveAuth() const { return m_auth; }

    // The REST index URL (/wp-json/ or /?rest_route=/).
    QUrl indexUrl(bool plain) const;
    // The URL of a request, with credentials (OAuth: freshly signed).
    QUrl urlFor(const WooRequest &request) const;
    SyncError errorFor(SyncError::Kind kind, const QString &detail) const;
    QString storeLabel() const;

    static bool isLoopback(const QUrl &url);

private:
    struct Job;
    struct Batch;
    enum class Verdict
    {
        Done,
        Retry,
        Throttled,
        Fail
    };
    Ticket startJobs(std::vector<Job> jobs, bool urgent);
    std::vector<WooResponse> collectJobs(Ticket ticket);
    // Sends what waits while the limiter has room.
    void pump();
    void finish(QNetworkReply *reply, qint64 latencyMs, bool timedOut);
    // A job is answered (or failed): its set may be complete.
    void jobDone(Ticket ticket);
    Verdict classify(Job &job, int status, const QByteArray &body, bool timedOut, int netError,
                     const QByteArray &cfMitigated, std::optional<qint64> *retryAfter);
    bool sleep(qint64 ms);

    WooConnection m_connection;
    QNetworkAccessManager &m_network;
    std::shared_ptr<AdaptiveConcurrencyLimiter> m_limiter;
    RetryPolicy m_policy;
    const Clock &m_clock;
    WooConnection::Auth m_auth;
    CancellableWaits m_waits; // target of cancel(), in the calling thread
    RequestStats m_stats;
    // Started sets by ticket, the jobs waiting to be sent (ticket, index) and
    // those in flight.
    std::map<Ticket, std::unique_ptr<Batch>> m_batches;
    Ticket m_nextTicket = 1;
    std::deque<std::pair<Ticket, size_t>> m_pending;
    std::map<QNetworkReply *, std::pair<Ticket, size_t>> m_active;
    QTimer *m_tick = nullptr; // retries whose delay has passed, pauses that ended
    QEventLoop *m_waiting = nullptr;
    Ticket m_awaited = 0;
};

} // namespace storelens
