#include "SimCommands.h"

#include "common/TerminationSignals.h"
#include "sim/ShopifySimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace storelens::cli {

int SimCommands::run(Args args)
{
    const QStringList pos = args.positional();
    if (pos.isEmpty())
        return m_cx.usage(tr("sim: expected a platform, e.g. \"sim shopify\"."));
    if (pos.first() == QLatin1String("shopify"))
        return shopify(args);
    return m_cx.usage(tr("sim: unknown platform \"%1\"; supported: shopify.").arg(pos.first()));
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

    TerminationSignals termination;
    if (!termination.isActive())
        return m_cx.fail(tr("Could not set up signal handling."));
    QObject::connect(&termination, &TerminationSignals::received, &QCoreApplication::quit);

    QCoreApplication::exec();
    simulator.stop();
    m_cx.out() << tr("Simulator stopped.") << Qt::endl;
    return Ok;
}

} // namespace storelens::cli
