#pragma once

#include "FaultInjector.h"
#include "HttpMessage.h"
#include "SimConfig.h"
#include "SimRecords.h"

#include <QMutex>
#include <QObject>
#include <QReadWriteLock>
#include <QTemporaryDir>
#include <QUrl>

#include <array>
#include <map>
#include <memory>

namespace storelens::sim {

class AccessTokens;
class BulkOperations;
class CostBucket;
class HttpServer;
class ShopData;
class SimulatedClock;

// Counters of what clients did, for tests that check a client's pacing.
struct ShopifyApiStats
{
    qint64 graphqlRequests = 0; // requests that reached the GraphQL endpoint with a valid token
    qint64 throttled = 0;       // answered THROTTLED
    qint64 costExceeded = 0;    // answered MAX_COST_EXCEEDED (over the single-query maximum)
    qint64 executed = 0;        // executed (cost charged)
    qint64 requestedPoints = 0; // Σ requested cost of executed requests
    qint64 actualPoints = 0;    // Σ actual cost of executed requests
    qint64 unauthorized = 0;
    qint64 firstRequestMs = 0; // simulated time of the first and last GraphQL request
    qint64 lastRequestMs = 0;
    std::array<qint64, FaultInjector::KindCount> faults{};
    double restoreRate = 0; // points per simulated second
    double bucketSize = 0;
    double availableAtFirst = -1; // bucket before the first request
    double availableAtLast = 0;   // bucket after the last request

    // Share of the restore rate used between the first and the last request:
    // the points that came from restoring (not from the bucket's initial
    // content) over what the restore rate gave in that time.
    double utilization() const
    {
        const double seconds = double(lastRequestMs - firstRequestMs) / 1000.0;
        const double restored = double(actualPoints) - (availableAtFirst - availableAtLast);
        return seconds > 0 ? restored / (restoreRate * seconds) : 0.0;
    }
};

// A Shopify store as its GraphQL Admin API shows it, served over HTTP on
// 127.0.0.1: GraphQL with Shopify's cost limits and throttling, bulk
// operations with JSONL downloads, the client credentials grant, and injected
// faults. Tests drive the store with the mutation API and compare what a
// client synced with the truth API.
//
// Lives in the thread that calls start() (its HTTP server answers there). The
// mutation, truth and control methods are thread-safe.
class ShopifySimulator : public QObject
{
    Q_OBJECT
public:
    explicit ShopifySimulator(ShopifySimConfig config, QObject *parent = nullptr);
    ~ShopifySimulator() override;

    bool start(QString *error);
    void stop();

    // --- where and how to connect ----------------------------------------
    QUrl baseUrl() const;
    quint16 port() const;
    QByteArray shopDomain() const;
    QByteArray accessToken() const; // the first static token
    SimClientApp clientApp() const; // the first client-credentials app
    QByteArray latestApiVersion() const { return "2026-10"; }
    const ShopifySimConfig &config() const { return m_config; }

    // --- simulated time ---------------------------------------------------
    qint64 nowMs() const;
    void advanceTime(qint64 ms);

    // --- control ---------------------------------------------------------
    void setFaultRates(const FaultRates &rates);
    void revokeToken(const QByteArray &token);
    void addToken(const QByteArray &token);
    void setScopes(const QByteArrayList &scopes);
    QByteArrayList scopes() const;
    void failNextBulkOperation(qint64 afterRootObjects);
    void setBulkObjectsPerSecond(double perSimulatedSecond);
    ShopifyApiStats stats() const;
    void resetStats();
    int runningBulkOperations() const;

    // --- mutations (each stamps updatedAt with the simulated clock) -------
    QList<qint64> addOrders(int count);
    std::optional<qint64> addOrder(const SimOrderRequest &request, QString *error = nullptr);
    std::optional<qint64> addRefund(qint64 orderId, const QList<SimRefundRequest> &lines,
                                    bool refundShipping, const QString &note = QString(),
                                    QString *error = nullptr);
    // Refunds everything left on the order, with shipping when asked.
    std::optional<qint64> refundInFull(qint64 orderId, bool refundShipping,
                                       QString *error = nullptr);
    bool cancelOrder(qint64 orderId, QString *error = nullptr);
    bool setLineItemQuantity(qint64 lineItemId, int quantity, QString *error = nullptr);
    bool updateCustomer(qint64 customerId, const std::optional<QString> &firstName,
                        const std::optional<QString> &lastName, const std::optional<QString> &email,
                        QString *error = nullptr);
    bool updateVariant(qint64 variantId, std::optional<qint64> price,
                       std::optional<qint64> unitCost, QString *error = nullptr);
    bool setInventoryLevel(qint64 inventoryItemId, qint64 locationId, int available, int onHand,
                           QString *error = nullptr);
    bool completeCheckout(qint64 checkoutId, QString *error = nullptr);
    bool deleteOrder(qint64 orderId, QString *error = nullptr);

    // --- truth --------------------------------------------------------------
    QList<SimOrder> orders() const; // all orders, in id order (deleted ones left out)
    std::optional<SimOrder> order(qint64 id) const;
    qint64 orderCount() const;
    QList<SimCustomer> customers() const;
    QList<SimProduct> products() const;
    QList<SimVariant> variants() const;
    QList<SimLocation> locations() const;
    QList<SimInventoryLevel> inventoryLevels() const;
    QList<SimCheckout> checkouts() const;
    // Bytes held by the shop's records.
    qint64 dataMemoryBytes() const;

    // Answers one HTTP request (exposed for in-process use without sockets).
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse handleGraphQl(const HttpRequest &request, const QByteArray &apiVersion);
    HttpResponse handleAccessToken(const HttpRequest &request);
    HttpResponse handleDownload(const HttpRequest &request, const QByteArray &signature);
    HttpResponse applyFault(FaultInjector::Kind kind, HttpResponse response);
    HttpResponse jsonResponse(int status, const QByteArray &body) const;
    CostBucket &bucketFor(const QByteArray &app);
    QByteArray throttleStatus(CostBucket &bucket) const;
    template <typename F>
    auto mutate(F f);

    ShopifySimConfig m_config;
    std::unique_ptr<SimulatedClock> m_clock;
    mutable QReadWriteLock m_dataLock;
    std::unique_ptr<ShopData> m_data;
    std::unique_ptr<AccessTokens> m_tokens;
    std::unique_ptr<FaultInjector> m_faults;
    QTemporaryDir m_dir;
    std::unique_ptr<BulkOperations> m_bulk;
    HttpServer *m_server = nullptr;
    mutable QMutex m_stateMutex;
    std::map<QByteArray, std::unique_ptr<CostBucket>> m_buckets;
    QByteArrayList m_scopes;
    ShopifyApiStats m_stats;
    quint16 m_port = 0;
    qint64 m_requestCounter = 0;
};

} // namespace storelens::sim
