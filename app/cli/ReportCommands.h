#pragma once

#include "CliContext.h"

#include <QDate>

namespace storelens::cli {

class CommandLine;

// storelens-cli report: the sales and customer metrics of a store, a store
// group or all stores for a range of shop-local days, with the previous period
// alongside; optionally a time series and top products and customers.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
public:
    explicit ReportCommands(CliContext &context)
        : m_cx(context)
    {}
    int run(const QStringList &arguments);

private:
    // A YYYY-MM-DD day; reports a usage error and returns an invalid date otherwise.
    static QDate parseDay(CommandLine &cl, const QString &option);
    // A count 1..1000 for --top-*; 0 when absent; -1 after a usage error.
    static int parseCount(CommandLine &cl, const QString &option);
    CliContext &m_cx;
};

} // namespace storelens::cli
