#include "SimCommands.h"

#include "common/TerminationSignals.h"
#include "sim/ShopifySimulator.h"
#include "sim/WooSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace storelens::cli {

int SimCommands::run(Args args)
{
    const QStringList pos = args.positional();
    if (pos.isEmpty())
        return m_cx.usage(tr("sim: expected a platform, e.g. \"sim shopify\"."));
    if (pos.first() == QLatin1String("shopify"))
        return shopify(args);
    if (pos.first() == QLatin1String("woocommerce"))
        return woocommerce(args);
    return m_cx.usage(
        tr("sim: unknown platform \"%1\"; supported: shopify, woocommerce.").arg(pos.first()));
}

int SimCommands::shopify(Args &args)
{
    const auto port = args.take(QStringLiteral("port"));
    const auto seed = args.take(QStringLiteral("seed"));
    const auto orders = args.take(QStringLiteral("orders"));
    const auto plan = args.take(QStringLiteral("plan"));
    const auto faults = args.take(QStringLiteral("faults"));
    const auto timeScale = args.take(QStringLiteral("time-scale"));
    if (args.missingValue())
        return m_cx.usage(tr("%1 needs a value.").arg(args.missingValueName()));
    if (!args.unknownOptions().isEmpty())
        return m_cx.usage(tr("sim shopify: unknown option %1").arg(args.unknownOptions().first()));

    sim::ShopifySimConfig config;
    bool ok = true;
    if (port) {
        const uint p = port->toUInt(&ok);
        if (!ok || p > 65535)
            return m_cx.usage(tr("--port must be a number from 0 to 65535."));
        config.port = quint16(p);
    }
    if (seed) {
        config.seed = seed->toULongLong(&ok);
        if (!ok)
            return m_cx.usage(tr("--seed must be a non-negative whole number."));
    }
    if (orders) {
        const int n = orders->toInt(&ok);
        if (!ok || n < 1 || n > 5'000'000)
            return m_cx.usage(tr("--orders must be a number from 1 to 5000000."));
        config.orders = n;
    }
    if (plan && !sim::ShopifySimConfig::parsePlan(*plan, &config.plan))
        return m_cx.usage(tr("--plan must be standard, advanced, plus or enterprise."));
    if (faults) {
        const double rate = faults->toDouble(&ok);
        if (!ok || rate < 0 || rate > 1)
            return m_cx.usage(tr("--faults must be a rate from 0 to 1, e.g. 0.05."));
        config.faults = sim::FaultRates::uniform(rate);
    }
    if (timeScale) {
        config.timeScale = timeScale->toDouble(&ok);
        if (!ok || config.timeScale <= 0 || config.timeScale > 100000)
            return m_cx.usage(tr("--time-scale must be a positive factor, e.g. 20."));
    }

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

int SimCommands::woocommerce(Args &args)
{
    const auto port = args.take(QStringLiteral("port"));
    const auto seed = args.take(QStringLiteral("seed"));
    const auto orders = args.take(QStringLiteral("orders"));
    const auto faults = args.take(QStringLiteral("faults"));
    const auto latency = args.take(QStringLiteral("latency-ms"));
    const auto maxConcurrent = args.take(QStringLiteral("max-concurrent"));
    const auto timeScale = args.take(QStringLiteral("time-scale"));
    const auto version = args.take(QStringLiteral("woo-version"));
    const bool plainPermalinks = args.takeSwitch(QStringLiteral("plain-permalinks"));
    const bool behindHttps = args.takeSwitch(QStringLiteral("behind-https"));
    if (args.missingValue())
        return m_cx.usage(tr("%1 needs a value.").arg(args.missingValueName()));
    if (!args.unknownOptions().isEmpty())
        return m_cx.usage(
            tr("sim woocommerce: unknown option %1").arg(args.unknownOptions().first()));

    sim::WooSimConfig config;
    bool ok = true;
    if (port) {
        const uint p = port->toUInt(&ok);
        if (!ok || p > 65535)
            return m_cx.usage(tr("--port must be a number from 0 to 65535."));
        config.port = quint16(p);
    }
    if (seed) {
        config.seed = seed->toULongLong(&ok);
        if (!ok)
            return m_cx.usage(tr("--seed must be a non-negative whole number."));
    }
    if (orders) {
        const int n = orders->toInt(&ok);
        if (!ok || n < 1 || n > 5'000'000)
            return m_cx.usage(tr("--orders must be a number from 1 to 5000000."));
        config.orders = n;
    }
    if (faults) {
        const double rate = faults->toDouble(&ok);
        if (!ok || rate < 0 || rate > 1)
            return m_cx.usage(tr("--faults must be a rate from 0 to 1, e.g. 0.05."));
        config.faults = sim::WooFaultRates::uniform(rate);
    }
    if (latency) {
        config.latencyMs = latency->toInt(&ok);
        if (!ok || config.latencyMs < 0 || config.latencyMs > 600'000)
            return m_cx.usage(
                tr("--latency-ms must be a number of milliseconds from 0 to 600000."));
    }
    if (maxConcurrent) {
        config.maxConcurrent = maxConcurrent->toInt(&ok);
        if (!ok || config.maxConcurrent < 0 || config.maxConcurrent > 10'000)
            return m_cx.usage(tr("--max-concurrent must be a number from 0 (no limit) to 10000."));
    }
    if (timeScale) {
        config.timeScale = timeScale->toDouble(&ok);
        if (!ok || config.timeScale <= 0 || config.timeScale > 100000)
            return m_cx.usage(tr("--time-scale must be a positive factor, e.g. 20."));
    }
    if (version) {
        static const QRegularExpression re(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
        if (!re.match(*version).hasMatch())
            return m_cx.usage(tr("--woo-version must be a version such as 9.4.2."));
        config.wooVersion = version->toLatin1();
    }
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
