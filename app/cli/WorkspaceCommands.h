#pragma once

#include "CliContext.h"

namespace storelens::cli {

// storelens-cli workspace create|list|rename|delete
class WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)
public:
    explicit WorkspaceCommands(CliContext &context)
        : m_cx(context)
    {}
    int run(Args args);

private:
    int create(Args &args);
    int list(Args &args);
    int rename(Args &args);
    int remove(Args &args);
    CliContext &m_cx;
};

} // namespace storelens::cli
