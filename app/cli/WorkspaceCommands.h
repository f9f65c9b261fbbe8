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
    int run(const QStringList &arguments);

private:
    int create(const QStringList &arguments, const QString &summary);
    int list(const QStringList &arguments, const QString &summary);
    int rename(const QStringList &arguments, const QString &summary);
    int remove(const QStringList &arguments, const QString &summary);
    CliContext &m_cx;
};

} // namespace storelens::cli
