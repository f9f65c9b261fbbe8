#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace storelens {

QString AppPaths::dataDir()
{
    const QString override = qEnvironmentVariable("STORELENS_HOME");
    if (!override.isEmpty())
        return QDir(override).absolutePath();
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir + QStringLiteral("/StoreLens");
}

QString AppPaths::workspacesDir()
{
    return dataDir() + QStringLiteral("/workspaces");
}

} // namespace storelens
