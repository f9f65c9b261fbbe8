#pragma once

#include "CliContext.h"

namespace storelens::cli {

// storelens-cli store add|list|remove
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)
public:
    explicit StoreCommands(CliContext &context)
        : m_cx(context)
    {}
    int run(Args args);

private:
    int add(const QStringList &arguments);
    int list(Args &args);
    int remove(Args &args);
    CliContext &m_cx;
};

} // namespace storelens::cli
