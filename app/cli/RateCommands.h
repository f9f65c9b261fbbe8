#pragma once

#include "CliContext.h"

namespace storelens::cli {

class CommandLine;

// storelens-cli rates list|set|import|remove: the exchange rates a workspace
// converts with when it reports stores of different currencies together.
class RateCommands
{
    Q_DECLARE_TR_FUNCTIONS(RateCommands)
public:
    explicit RateCommands(CliContext &context)
        : m_cx(context)
    {}
    int run(const QStringList &arguments);

private:
    int list(const QStringList &arguments, const QString &summary);
    int set(const QStringList &arguments, const QString &summary);
    int import(const QStringList &arguments, const QString &summary);
    int remove(const QStringList &arguments, const QString &summary);
    // BASE and QUOTE as upper-case ISO codes, or a usage error.
    static bool currencyPair(CommandLine &cl, const QString &base, const QString &quote, QString *b,
                             QString *q);
    CliContext &m_cx;
};

} // namespace storelens::cli
