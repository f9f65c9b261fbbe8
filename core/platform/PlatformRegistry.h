#pragma once

#include "Platform.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace storelens {

// The platforms StoreLens connects to, by Store::platform id. The built-in
// ones (Shopify, WooCommerce) are there from the start, registered by
// registerBuiltInPlatforms() beside the connectors; a test may add its own.
// Everything above the connectors (sync, CLI, wizard) reaches a platform
// through here, never through its types.
class PlatformRegistry
{
public:
    static PlatformRegistry &instance();

    const Platform *find(const QString &id) const;
    // In the order they were added: the built-in ones first.
    QList<const Platform *> all() const;
    QStringList ids() const;
    // A platform's name for people; the id itself for one this build lacks.
    QString displayName(const QString &id) const;
    // Adds or replaces a platform (the same id). Call before any sync runs:
    // the registry is read without a lock.
    void add(std::unique_ptr<Platform> platform);
    // Removes a platform a test added.
    void remove(const QString &id);

private:
    PlatformRegistry();
    std::vector<std::unique_ptr<Platform>> m_platforms;
};

// Adds the platforms this build has; defined in core/connectors, the one
// place that knows every connector.
void registerBuiltInPlatforms(PlatformRegistry &registry);

} // namespace storelens
