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
    int run(const QStringList &arguments);

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments, const QString &summary);
    int remove(const QStringList &arguments, const QString &summary);
    CliContext &m_cx;
};

} // namespace storelens::cli
