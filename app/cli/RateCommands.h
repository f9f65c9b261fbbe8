#pragma once

#include "CliContext.h"

namespace storelens::cli {

// storelens-cli rates list|set|import|remove: the exchange rates a workspace
// converts with when it reports stores of different currencies together.
class RateCommands
{
    Q_DECLARE_TR_FUNCTIONS(RateCommands)
public:
    explicit RateCommands(CliContext &context)
        : m_cx(context)
    {}
    int run(Args args);

private:
    int list(Args &args);
    int set(Args &args);
    int import(Args &args);
    int remove(Args &args);
    // BASE and QUOTE as upper-case ISO codes, or a usage error.
    bool currencyPair(const QString &base, const QString &quote, QString *b, QString *q);
    CliContext &m_cx;
};

} // namespace storelens::cli
