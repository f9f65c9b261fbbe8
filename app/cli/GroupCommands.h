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
    int run(const QStringList &arguments);

private:
    int create(const QStringList &arguments, const QString &summary);
    int list(const QStringList &arguments, const QString &summary);
    int remove(const QStringList &arguments, const QString &summary);
    CliContext &m_cx;
};

} // namespace storelens::cli
