#pragma once

#include "CliContext.h"

namespace storelens::cli {

// storelens-cli sync-log | daemon
class DaemonCommands
{
    Q_DECLARE_TR_FUNCTIONS(DaemonCommands)
public:
    explicit DaemonCommands(CliContext &context)
        : m_cx(context)
    {}
    int syncLog(const QStringList &arguments);
    int daemon(const QStringList &arguments);

private:
    CliContext &m_cx;
};

} // namespace storelens::cli
