#pragma once

#include "CliContext.h"

namespace storelens::cli {

// storelens-cli group create|list|delete: named sets of stores that reports
// add up together (`report --group G`).
class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(GroupCommands)
public:
    explicit GroupCommands(CliContext &context)
        : m_cx(context)
    {}
    int run(Args args);

private:
    int create(Args &args);
    int list(Args &args);
    int remove(Args &args);
    CliContext &m_cx;
};

} // namespace storelens::cli
