#pragma once

#include "CliContext.h"

namespace storelens::cli {

// storelens-cli sync | import-bulk
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
public:
    explicit SyncCommands(CliContext &context)
        : m_cx(context)
    {}
    int sync(Args args);
    int importBulk(Args args);

private:
    CliContext &m_cx;
};

} // namespace storelens::cli
