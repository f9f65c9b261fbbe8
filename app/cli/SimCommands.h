#pragma once

#include "CliContext.h"

#include <optional>

namespace storelens::cli {

class CommandLine;

// storelens-cli sim shopify|woocommerce: serves a simulated store until SIGINT
// or SIGTERM, for demos, manual testing and benchmarks.
class SimCommands
{
    Q_DECLARE_TR_FUNCTIONS(SimCommands)
public:
    explicit SimCommands(CliContext &context)
        : m_cx(context)
    {}
    int run(const QStringList &arguments);

    // What both simulators have options for.
    struct SharedOptions
    {
        quint16 port = 0;
        quint64 seed = 0;
        int orders = 0;
        std::optional<double> faults;
        double timeScale = 1.0;
    };

private:
    int shopify(const QStringList &arguments, const QString &summary);
    int woocommerce(const QStringList &arguments, const QString &summary);
    // --port, --seed, --orders, --faults and --time-scale, with the defaults.
    static void addSharedOptions(CommandLine &cl, const SharedOptions &defaults);
    // Empty when the options given are valid (and now in `options`); else the
    // exit code.
    static std::optional<int> readSharedOptions(CommandLine &cl, SharedOptions *options);
    int serveUntilStopped();
    CliContext &m_cx;
};

} // namespace storelens::cli
