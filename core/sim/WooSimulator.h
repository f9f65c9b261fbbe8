#pragma once

#include "HttpMessage.h"
#include "SimRandom.h"
#include "WooRecords.h"
#include "WooSalesFigures.h"
#include "WooSimConfig.h"

#include <QDate>
#include <QMutex>
#include <QObject>
#include <QReadWriteLock>
#include <QTimeZone>
#include <QUrl>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace storelens::sim {

class HttpServer;
class PhpQuery;
class SimulatedClock;
class WooAuth;
class WooData;
class WooJson;

// Counters of what clients did, for tests and benchmarks.
struct WooApiStats
{
    enum Fault
    {
        None,
        ServerError,
        TooManyRequests,
        ResetBeforeResponse,
        ResetMidResponse,
        TruncatedBody,
        SlowResponse,
        PhpFatal,
        EmptyBody,
        TruncatedJson,
        SecurityChallenge,
        FaultCount
    };
    qint64 requests = 0;      // every HTTP request
    qint64 restRequests = 0;  // requests that reached the REST API
    qint64 rejectedBusy = 0;  // 429 because maxConcurrent were in flight
    int maxInFlight = 0;      // most requests in flight at once
    qint64 unauthorized = 0;  // 401 answers
    qint64 invalidParams = 0; // 400 rest_invalid_param answers
    std::array<qint64, FaultCount> faults{};
};

// A WooCommerce store on WordPress, as its REST API v3 shows it, served over
// HTTP on 127.0.0.1: orders (every status, guests, coupons, partial and
// amount-only refunds, trash), refunds, customers, products and variations,
// settings and system status, with WordPress's pagination headers,
// parameter validation and error bodies, WooCommerce's API-key
// authentication, a site time zone with DST, site modes (WooCommerce
// inactive, plain permalinks, not WordPress), host latency and concurrency
// limits, and injected host failures. Tests drive the store with the mutation
// API and compare what a client synced with the truth API.
//
// Lives in the thread that calls start() (its HTTP server answers there). The
// mutation, truth and control methods are thread-safe.
class WooSimulator : public QObject
{
    Q_OBJECT
public:
    explicit WooSimulator(WooSimConfig config, QObject *parent = nullptr);
    ~WooSimulator() override;

    bool start(QString *error);
    void stop();

    // --- where and how to connect ----------------------------------------
    QUrl baseUrl() const; // the site URL (WordPress "home"), http://127.0.0.1:PORT
    QUrl
    restRoot() const; // <site>/wp-json/, or <site>/index.php?rest_route=/ without pretty permalinks
    quint16 port() const;
    WooApiKey apiKey() const; // the first key
    const WooSimConfig &config() const { return m_config; }
    QTimeZone timeZone() const;

    // --- simulated time ---------------------------------------------------
    qint64 nowMs() const;
    void advanceTime(qint64 ms);

    // --- control ---------------------------------------------------------
    void setFaultRates(const WooFaultRates &rates);
    void setLatencyMs(int ms);
    void setMaxConcurrent(int n); // 0 = no limit
    void addApiKey(const WooApiKey &key);
    void revokeApiKey(const QByteArray &consumerKey);
    WooApiStats stats() const;
    void resetStats();

    // --- mutations (each stamps date_modified with the simulated clock) ----
    QList<qint64> addOrders(int count);
    std::optional<qint64> addOrder(const WooOrderRequest &request, QString *error = nullptr);
    std::optional<qint64> addRefund(qint64 orderId, const QList<WooRefundLineRequest> &lines,
                                    bool refundShipping, const QString &reason = QString(),
                                    QString *error = nullptr);
    // Refunds every unit left and the shipping; the order becomes "refunded".
    std::optional<qint64> refundInFull(qint64 orderId, const QString &reason = QString(),
                                       QString *error = nullptr);
    // A refund of an amount, without items (amount in minor units).
    std::optional<qint64> addAmountRefund(qint64 orderId, qint64 amount,
                                          const QString &reason = QString(),
                                          QString *error = nullptr);
    bool setOrderStatus(qint64 orderId, const QByteArray &status, QString *error = nullptr);
    bool trashOrder(qint64 orderId, QString *error = nullptr);
    bool untrashOrder(qint64 orderId, QString *error = nullptr);
    bool deleteOrder(qint64 orderId, QString *error = nullptr); // permanently, as force=true
    qint64 addCustomer(const QString &email, const QString &firstName, const QString &lastName);
    qint64 addSimpleProduct(const QString &name, const QByteArray &sku, qint64 price,
                            bool reducedTaxRate = false, std::optional<int> stock = std::nullopt);
    qint64 addVariableProduct(const QString &name, const QByteArray &sku,
                              const QList<WooVariationRequest> &variations,
                              std::optional<int> parentStock = std::nullopt);
    qint64 addCoupon(const QByteArray &code, bool percent, qint64 amount);
    bool setStock(qint64 productOrVariationId, std::optional<int> stock, QString *error = nullptr);

    // --- truth --------------------------------------------------------------
    QList<WooOrder> orders() const; // in id order; trash and drafts included, deleted ones not
    std::optional<WooOrder> order(qint64 id) const;
    qint64 orderCount() const;
    QList<WooCustomer> customers() const; // every user, administrators included
    QList<WooProduct> products() const;
    QList<WooVariation> variations() const;
    QList<WooCoupon> coupons() const;
    // WooCommerce Analytics' figures of site-local days [from, to]
    // (definitions at WooSalesFigures::compute).
    WooSalesFigures salesFigures(const QDate &from, const QDate &to) const;
    qint64 dataMemoryBytes() const;

    // Answers one HTTP request (exposed for in-process use without sockets).
    HttpResponse handle(const HttpRequest &request);

private:
    struct Route;
    HttpResponse route(const HttpRequest &request);
    HttpResponse rest(const HttpRequest &request, PhpQuery &query, const QByteArray &restRoute);
    HttpResponse dispatch(const HttpRequest &request, PhpQuery &query, const QByteArray &restRoute,
                          bool authenticated);
    HttpResponse hostPage(int status, const QByteArray &title, const QByteArray &body) const;
    HttpResponse wordpressPage(int status) const;
    HttpResponse plainSite(const HttpRequest &request) const;
    HttpResponse json(int status, const WooJson &body) const;
    HttpResponse error(int status, const QByteArray &code, const QString &message) const;
    WooApiStats::Fault nextFault();
    HttpResponse faultResponse(WooApiStats::Fault fault, const HttpRequest &request);
    QByteArray restUrl(const QByteArray &route) const;
    QByteArray homeUrl() const;
    template <typename F>
    auto mutate(F f);

    WooSimConfig m_config;
    std::unique_ptr<SimulatedClock> m_clock;
    mutable QReadWriteLock m_dataLock;
    std::unique_ptr<WooData> m_data;
    std::unique_ptr<WooAuth> m_auth;
    HttpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_stateMutex;
    WooApiStats m_stats;
    WooFaultRates m_faultRates;
    SimRandom m_faultRng;
    std::atomic<int> m_latencyMs{0};
    std::atomic<int> m_maxConcurrent{0};
    // Shared with the responses in flight, which may outlive the simulator.
    std::shared_ptr<std::atomic<int>> m_inFlight;
    // The rows of the last few order listings by filters and sort, while the
    // data is unchanged: a client reads a listing page after page, and sorting
    // every order again for each page was most of the time of a page.
    struct ListingRows
    {
        quint64 dataVersion = 0;
        QByteArray key;
        std::shared_ptr<const std::vector<qint32>> rows;
    };
    std::shared_ptr<const std::vector<qint32>> cachedRows(const QByteArray &key) const;
    void keepRows(const QByteArray &key, std::shared_ptr<const std::vector<qint32>> rows) const;
    quint64 m_dataVersion = 0; // under m_dataLock; every mutation moves it on
    mutable QMutex m_listingMutex;
    mutable std::vector<ListingRows> m_listings; // most recent first
};

} // namespace storelens::sim
