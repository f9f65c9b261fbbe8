#pragma once

#include <QString>

namespace storelens {

// Where StoreLens keeps its files. STORELENS_HOME overrides the platform default
// (QStandardPaths::AppDataLocation), so tests, demos and servers can be isolated.
class AppPaths
{
public:
    static QString dataDir();
    static QString workspacesDir();
};

} // namespace storelens
