#include "PlatformRegistry.h"

namespace storelens {

PlatformRegistry::PlatformRegistry()
{
    registerBuiltInPlatforms(*this);
}

PlatformRegistry &PlatformRegistry::instance()
{
    static PlatformRegistry registry;
    return registry;
}

const Platform *PlatformRegistry::find(const QString &id) const
{
    for (const auto &p : m_platforms) {
        if (p->id() == id)
            return p.get();
    }
    return nullptr;
}

QList<const Platform *> PlatformRegistry::all() const
{
    QList<const Platform *> out;
    for (const auto &p : m_platforms)
        out << p.get();
    return out;
}

QStringList PlatformRegistry::ids() const
{
    QStringList out;
    for (const auto &p : m_platforms)
        out << p->id();
    return out;
}

QString PlatformRegistry::displayName(const QString &id) const
{
    const Platform *p = find(id);
    return p ? p->name() : id;
}

void PlatformRegistry::add(std::unique_ptr<Platform> platform)
{
    remove(platform->id());
    m_platforms.push_back(std::move(platform));
}

void PlatformRegistry::remove(const QString &id)
{
    std::erase_if(m_platforms, [&](const auto &p) { return p->id() == id; });
}

} // namespace storelens
