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
    int sync(const QStringList &arguments);
    int importBulk(const QStringList &arguments);

private:
    CliContext &m_cx;
};

} // namespace storelens::cli
