#pragma once

#include "SimConfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace storelens {
class Clock;
}

namespace storelens::sim {

// Faults of a WooCommerce host: the Shopify simulator's kinds (5xx, 429,
// resets, truncated bodies, slow answers) plus what WordPress hosts produce:
// a PHP fatal error (HTTP 200 with PHP's message in a JSON response, or
// WordPress's "critical error" page with 500), an empty 200 body, a JSON body
// cut short with a matching Content-Length, and a security plugin's or CDN's
// HTML challenge page (403 or 503). Each is a probability per request.
struct WooFaultRates
{
    FaultRates base; // base.applyToDownloads is not used
    double phpFatal = 0;
    double emptyBody = 0;
    double truncatedJson = 0;
    double securityChallenge = 0;

    // Spreads one overall rate evenly over all ten kinds.
    static WooFaultRates uniform(double total);
    // Only the host failures (PHP fatal, empty body, truncated JSON, challenge).
    static WooFaultRates hostFailures(double total);
    double total() const
    {
        return base.total() + phpFatal + emptyBody + truncatedJson + securityChallenge;
    }
};

// A WooCommerce REST API key (WooCommerce > Settings > Advanced > REST API).
struct WooApiKey
{
    QByteArray consumerKey;          // ck_ + 40 hex digits
    QByteArray consumerSecret;       // cs_ + 40 hex digits
    QByteArray permissions = "read"; // read, write or read_write
    qint64 userId = 1;               // the WordPress user the key belongs to
};

// Everything a simulated WooCommerce store starts from. The data is a pure
// function of (seed, orders, historyDays, dataEndMs, generateCatalog); the rest
// shapes the site and its host.
struct WooSimConfig
{
    quint64 seed = 1;
    int orders = 1000;
    int historyDays = 365;
    // The instant the generated history ends ("now" when the site starts), UTC
    // ms. 0 = the clock's current time, rounded down to the minute.
    qint64 dataEndMs = 0;
    // false: no products, customers, coupons or orders; tests build the store
    // with the mutation API.
    bool generateCatalog = true;
    // SKUs the first generated products take instead of their own: a seller's
    // same articles on another channel (the demo shares them with its
    // Shopify shop).
    QList<QByteArray> sharedSkus;

    QString siteName = QStringLiteral("Acme Outdoor");
    QString siteDescription = QStringLiteral("Outdoor gear, made to last");
    QByteArray currency = "EUR";
    int priceDecimals = 2; // woocommerce_price_num_decimals
    QByteArray timeZone = "Europe/Berlin";
    QByteArray wooVersion = "9.4.2"; // system_status environment.version
    QByteArray wpVersion = "6.6.2";

    // Site modes.
    bool wordpress = true;         // false: a plain HTML site, no WordPress at all
    bool wooCommerceActive = true; // false: WordPress answers rest_no_route for wc/*
    bool prettyPermalinks = true;  // false: /wp-json/ is a 404 page; use /?rest_route=
    // is_ssl() as WordPress sees it. WooCommerce accepts HTTP Basic and the
    // consumer_key/consumer_secret query parameters only when it is true (for
    // example behind a TLS-terminating proxy); over plain HTTP only OAuth 1.0a.
    bool isSsl = false;
    // Older stores name a refund's reason `refund` in an order's `refunds`
    // list (as the v3 documentation's example does); newer ones `reason`.
    bool legacyRefundKey = false;

    QList<WooApiKey> keys = {{"ck_5im0000000000000000000000000000000000001",
                              "cs_5im0000000000000000000000000000000000001", "read", 1}};

    // Host behaviour: every request waits latencyMs before it is answered;
    // with maxConcurrent > 0, a request arriving while that many are in flight
    // is refused with 429 and Retry-After.
    int latencyMs = 0;
    int maxConcurrent = 0;
    int retryAfterSeconds = 1;

    // Simulated time runs this much faster than the clock: mutations stamp
    // date_modified with simulated time. OAuth timestamps are checked against
    // the clock itself, as a client signs with its own clock.
    double timeScale = 1.0;
    WooFaultRates faults;
    quint64 faultSeed = 7;
    quint16 port = 0;       // 0 = pick a free port
    Clock *clock = nullptr; // null = the system clock

    // "9.4.2" >= "5.8"
    static bool versionAtLeast(const QByteArray &version, int major, int minor);
};

} // namespace storelens::sim
