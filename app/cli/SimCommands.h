#pragma once

#include "CliContext.h"

namespace storelens::cli {

// storelens-cli sim shopify|woocommerce: serves a simulated store until SIGINT
// or SIGTERM, for demos, manual testing and benchmarks.
class SimCommands
{
    Q_DECLARE_TR_FUNCTIONS(SimCommands)
public:
    explicit SimCommands(CliContext &context)
        : m_cx(context)
    {}
    int run(Args args);

private:
    int shopify(Args &args);
    int woocommerce(Args &args);
    int serveUntilStopped();
    CliContext &m_cx;
};

} // namespace storelens::cli
