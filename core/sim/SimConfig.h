#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace storelens {
class Clock;
}

namespace storelens::sim {

// Shopify plans, which set the GraphQL Admin API's cost bucket.
enum class ShopPlan
{
    Standard,
    Advanced,
    Plus,
    Enterprise
};

// Rates of the faults the simulator injects into GraphQL answers and bulk
// downloads; each is a probability per request in [0, 1].
struct FaultRates
{
    double serverError = 0;     // HTTP 500/502/503/504 with Shopify-like bodies
    double tooManyRequests = 0; // HTTP 429 with Retry-After
    double resetBeforeResponse = 0;
    double resetMidResponse = 0;
    double truncatedBody = 0; // closes cleanly before Content-Length is reached
    double slowResponse = 0;
    int slowDelayMs = 1500;
    bool applyToDownloads = true;

    // Spreads one overall rate evenly over the kinds above.
    static FaultRates uniform(double total);
    double total() const
    {
        return serverError + tooManyRequests + resetBeforeResponse + resetMidResponse +
               truncatedBody + slowResponse;
    }
};

// A client-credentials app (Dev Dashboard app) that may ask for tokens.
struct SimClientApp
{
    QByteArray clientId;
    QByteArray clientSecret;
};

// Everything a simulated shop starts from. The data is a pure function of
// (seed, orders, historyDays, dataEndMs); the rest shapes the API.
struct ShopifySimConfig
{
    quint64 seed = 1;
    int orders = 1000;
    int historyDays = 730;
    // The instant the generated history ends ("now" when the shop starts), UTC
    // ms. 0 = the clock's current time, rounded down to the minute.
    qint64 dataEndMs = 0;

    QString shopName = QStringLiteral("Acme Outdoor");
    QByteArray shopHandle = "acme-outdoor"; // <handle>.myshopify.com
    QByteArray currency = "USD";
    QByteArray timeZone = "America/New_York";
    ShopPlan plan = ShopPlan::Standard;
    QByteArrayList scopes = defaultScopes();
    QByteArrayList staticTokens = {"shpat_sim0000000000000000000000000001"};
    QList<SimClientApp> clientApps = {{"sim-client-0001", "shpss_sim0000000000000000000000000001"}};
    qint64 clientTokenLifetimeSeconds = 86399;

    // Simulated time runs this much faster than the clock: cost restore, bulk
    // progress, token and URL expiry all follow simulated time.
    double timeScale = 1.0;
    // Objects a bulk operation writes per simulated second.
    double bulkObjectsPerSecond = 20000;
    FaultRates faults;
    quint64 faultSeed = 7;
    // 0 = pick a free port.
    quint16 port = 0;
    // Time source; null = the system clock.
    Clock *clock = nullptr;

    QByteArray shopDomain() const { return shopHandle + ".myshopify.com"; }
    static QByteArrayList defaultScopes();
    static int restoreRate(ShopPlan plan);
    static int bucketSize(ShopPlan plan);
    static QString planDisplayName(ShopPlan plan);
    static bool parsePlan(const QString &text, ShopPlan *plan);
};

} // namespace storelens::sim
