#pragma once

#include "CliContext.h"

#include <QDate>

namespace storelens::cli {

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
    int run(Args args);

    static QString usageText();

private:
    // A YYYY-MM-DD day; reports a usage error and returns an invalid date otherwise.
    QDate parseDay(const QString &option, const std::optional<QString> &value);
    // A count 1..1000 for --top-*; 0 when absent; -1 after a usage error.
    int parseCount(const QString &option, const std::optional<QString> &value);
    CliContext &m_cx;
};

} // namespace storelens::cli
