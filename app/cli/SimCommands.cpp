#include "SimCommands.h"

#include "CommandLine.h"
#include "common/TerminationSignals.h"
#include "sim/ShopifySimulator.h"
#include "sim/WooSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace storelens::cli {

int SimCommands::run(const QStringList &arguments)
{
    CommandGroup group(m_cx, QStringLiteral("sim"));
    group.add(QStringLiteral("shopify"),
              tr("Serves a simulated Shopify store (GraphQL Admin API) until Ctrl+C."),
              [this](const QStringList &a, const QString &s) { return shopify(a, s); });
    group.add(QStringLiteral("woocommerce"),
              tr("Serves a simulated WooCommerce site (REST API v3) until Ctrl+C."),
              [this](const QStringList &a, const QString &s) { return woocommerce(a, s); });
    return group.run(arguments, tr("sim: expected a platform, e.g. \"sim shopify\"."),
                     tr("sim: unknown platform \"%1\"; supported: shopify, woocommerce."));
}

namespace {
template <class Config>
SimCommands::SharedOptions sharedOptionsOf(const Config &config)
{
    return {config.port, config.seed, config.orders, std::nullopt, config.timeScale};
}

template <class Config>
void applySharedOptions(const SimCommands::SharedOptions &options, Config &config)
{
    config.port = options.port;
    config.seed = options.seed;
    config.orders = options.orders;
    if (options.faults)
        config.faults = decltype(config.faults)::uniform(*options.faults);
    config.timeScale = options.timeScale;
}
} // namespace

void SimCommands::addSharedOptions(CommandLine &cl, const SharedOptions &defaults)
{
    cl.addOption(QStringLiteral("port"), tr("The port to listen on (default: a free one)."),
                 QStringLiteral("P"));
    cl.addOption(QStringLiteral("seed"),
                 tr("The seed of the generated data (default: %1).").arg(defaults.seed),
                 QStringLiteral("S"));
    cl.addOption(
        QStringLiteral("orders"),
        tr("How many orders to generate, 1 to 5000000 (default: %1).").arg(defaults.orders),
        QStringLiteral("N"));
    cl.addOption(QStringLiteral("faults"),
                 tr("The share of requests that fail, from 0 to 1 (default: 0)."),
                 QStringLiteral("RATE"));
    cl.addOption(QStringLiteral("time-scale"),
                 tr("How much faster simulated time runs than the clock (default: %1).")
                     .arg(defaults.timeScale),
                 QStringLiteral("X"));
}

std::optional<int> SimCommands::readSharedOptions(CommandLine &cl, SharedOptions *options)
{
    bool ok = true;
    if (const auto port = cl.value(QStringLiteral("port"))) {
        const uint p = port->toUInt(&ok);
        if (!ok || p > 65535)
            return cl.usageError(tr("--port must be a number from 0 to 65535."));
        options->port = quint16(p);
    }
    if (const auto seed = cl.value(QStringLiteral("seed"))) {
        options->seed = seed->toULongLong(&ok);
        if (!ok)
            return cl.usageError(tr("--seed must be a non-negative whole number."));
    }
    if (const auto orders = cl.value(QStringLiteral("orders"))) {
        const int n = orders->toInt(&ok);
        if (!ok || n < 1 || n > 5'000'000)
            return cl.usageError(tr("--orders must be a number from 1 to 5000000."));
        options->orders = n;
    }
    if (const auto faults = cl.value(QStringLiteral("faults"))) {
        const double rate = faults->toDouble(&ok);
        if (!ok || rate < 0 || rate > 1)
            return cl.usageError(tr("--faults must be a rate from 0 to 1, e.g. 0.05."));
        options->faults = rate;
    }
    if (const auto timeScale = cl.value(QStringLiteral("time-scale"))) {
        options->timeScale = timeScale->toDouble(&ok);
        if (!ok || options->timeScale <= 0 || options->timeScale > 100000)
            return cl.usageError(tr("--time-scale must be a positive factor, e.g. 20."));
    }
    return std::nullopt;
}

int SimCommands::shopify(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("sim shopify"),
                   tr("[--port P] [--seed S] [--orders N]\n"
                      "    [--plan standard|advanced|plus|enterprise]\n"
                      "    [--faults RATE] [--time-scale X]"),
                   summary + QLatin1Char(' ') +
                       tr("It prints the base URL, shop domain and credentials to use with "
                          "\"store add --api-base\"."));
    sim::ShopifySimConfig config;
    SharedOptions shared = sharedOptionsOf(config);
    addSharedOptions(cl, shared);
    cl.addOption(QStringLiteral("plan"), tr("The shop's plan, which sets its API limits."),
                 QStringLiteral("standard|advanced|plus|enterprise"));
    if (const auto done = cl.parse(arguments))
        return *done;
    if (const auto error = readSharedOptions(cl, &shared))
        return *error;
    applySharedOptions(shared, config);
    const auto plan = cl.value(QStringLiteral("plan"));
    if (plan && !sim::ShopifySimConfig::parsePlan(*plan, &config.plan))
        return cl.usageError(tr("--plan must be standard, advanced, plus or enterprise."));

    QElapsedTimer timer;
    timer.start();
    sim::ShopifySimulator simulator(config);
    QString error;
    if (!simulator.start(&error))
        return m_cx.fail(tr("Could not start the simulator: %1").arg(error));

    m_cx.out() << tr("Shopify simulator for \"%1\" is listening (%n orders, generated in %2 s).",
                     nullptr, config.orders)
                      .arg(config.shopName)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
               << Qt::endl
               << tr("Base URL:      %1").arg(simulator.baseUrl().toString()) << Qt::endl
               << tr("Shop domain:   %1").arg(QString::fromUtf8(simulator.shopDomain())) << Qt::endl
               << tr("Access token:  %1").arg(QString::fromUtf8(simulator.accessToken()))
               << Qt::endl
               << tr("Client ID:     %1").arg(QString::fromUtf8(simulator.clientApp().clientId))
               << Qt::endl
               << tr("Client secret: %1").arg(QString::fromUtf8(simulator.clientApp().clientSecret))
               << Qt::endl
               << tr("These credentials are the simulator's own and work only here. Stop with "
                     "Ctrl+C.")
               << Qt::endl;

    const int code = serveUntilStopped();
    simulator.stop();
    if (code == Ok)
        m_cx.out() << tr("Simulator stopped.") << Qt::endl;
    return code;
}

int SimCommands::serveUntilStopped()
{
    TerminationSignals termination;
    if (!termination.isActive())
        return m_cx.fail(tr("Could not set up signal handling."));
    QObject::connect(&termination, &TerminationSignals::received, &QCoreApplication::quit);
    QCoreApplication::exec();
    return Ok;
}

int SimCommands::woocommerce(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("sim woocommerce"),
                   tr("[--port P] [--seed S] [--orders N] [--faults RATE]\n"
                      "    [--latency-ms MS] [--max-concurrent N] [--time-scale X]\n"
                      "    [--woo-version V] [--plain-permalinks] [--behind-https]"),
                   summary + QLatin1Char(' ') +
                       tr("It prints the site URL, the REST API root and a consumer key and "
                          "secret."));
    sim::WooSimConfig config;
    SharedOptions shared = sharedOptionsOf(config);
    addSharedOptions(cl, shared);
    cl.addOption(QStringLiteral("latency-ms"),
                 tr("Every request waits this long before it is answered, 0 to 600000 (default: "
                    "0)."),
                 QStringLiteral("MS"));
    cl.addOption(QStringLiteral("max-concurrent"),
                 tr("Answer 429 with Retry-After while N requests are in flight, 0 (no limit, the "
                    "default) to 10000."),
                 QStringLiteral("N"));
    cl.addOption(QStringLiteral("woo-version"),
                 tr("The WooCommerce version the site reports (default: %1).")
                     .arg(QString::fromLatin1(config.wooVersion)),
                 QStringLiteral("V"));
    cl.addSwitch(QStringLiteral("plain-permalinks"),
                 tr("Act as a site without pretty permalinks: the REST API only under "
                    "/index.php?rest_route=."));
    cl.addSwitch(QStringLiteral("behind-https"),
                 tr("Act as if behind an HTTPS proxy: HTTP Basic and the consumer_key and "
                    "consumer_secret query parameters work too."));
    if (const auto done = cl.parse(arguments))
        return *done;
    if (const auto error = readSharedOptions(cl, &shared))
        return *error;
    applySharedOptions(shared, config);
    bool ok = true;
    if (const auto latency = cl.value(QStringLiteral("latency-ms"))) {
        config.latencyMs = latency->toInt(&ok);
        if (!ok || config.latencyMs < 0 || config.latencyMs > 600'000)
            return cl.usageError(
                tr("--latency-ms must be a number of milliseconds from 0 to 600000."));
    }
    if (const auto maxConcurrent = cl.value(QStringLiteral("max-concurrent"))) {
        config.maxConcurrent = maxConcurrent->toInt(&ok);
        if (!ok || config.maxConcurrent < 0 || config.maxConcurrent > 10'000)
            return cl.usageError(
                tr("--max-concurrent must be a number from 0 (no limit) to 10000."));
    }
    if (const auto version = cl.value(QStringLiteral("woo-version"))) {
        static const QRegularExpression re(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
        if (!re.match(*version).hasMatch())
            return cl.usageError(tr("--woo-version must be a version such as 9.4.2."));
        config.wooVersion = version->toLatin1();
    }
    const bool plainPermalinks = cl.isSet(QStringLiteral("plain-permalinks"));
    const bool behindHttps = cl.isSet(QStringLiteral("behind-https"));
    config.prettyPermalinks = !plainPermalinks;
    config.isSsl = behindHttps;

    QElapsedTimer timer;
    timer.start();
    sim::WooSimulator simulator(config);
    QString error;
    if (!simulator.start(&error))
        return m_cx.fail(tr("Could not start the simulator: %1").arg(error));
    const QString site = simulator.baseUrl().toString();
    const QString api = config.prettyPermalinks
                            ? site + QStringLiteral("/wp-json/wc/v3")
                            : site + QStringLiteral("/index.php?rest_route=/wc/v3");
    const sim::WooApiKey key = simulator.apiKey();
    m_cx.out()
        << tr("WooCommerce simulator for \"%1\" is listening (%n orders, generated in %2 s).",
              nullptr, config.orders)
               .arg(config.siteName)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl
        << tr("Site URL:        %1").arg(site) << Qt::endl
        << tr("REST API:        %1").arg(api) << Qt::endl
        << tr("Consumer key:    %1").arg(QString::fromLatin1(key.consumerKey)) << Qt::endl
        << tr("Consumer secret: %1").arg(QString::fromLatin1(key.consumerSecret)) << Qt::endl
        << tr("Key permissions: %1").arg(QString::fromLatin1(key.permissions)) << Qt::endl
        << tr("Site time zone:  %1, currency %2")
               .arg(QString::fromLatin1(config.timeZone), QString::fromLatin1(config.currency))
        << Qt::endl
        << (config.isSsl ? tr("The site acts as if behind HTTPS: HTTP Basic, consumer_key/"
                              "consumer_secret query parameters and OAuth 1.0a are accepted.")
                         : tr("Over plain HTTP WooCommerce accepts only OAuth 1.0a signatures "
                              "(HMAC-SHA256 or HMAC-SHA1); HTTP Basic and consumer_key/"
                              "consumer_secret query parameters are ignored."))
        << Qt::endl
        << tr("These credentials are the simulator's own and work only here. Stop with "
              "Ctrl+C.")
        << Qt::endl;

    const int code = serveUntilStopped();
    simulator.stop();
    if (code == Ok)
        m_cx.out() << tr("Simulator stopped.") << Qt::endl;
    return code;
}

} // namespace storelens::cli
