#pragma once

#include "PlatformConnector.h"

#include <utility>

namespace storelens {

// A connector together with what it runs on (its client, its limiter), as
// Platform::connector() hands it out for one run. `Parts` holds them, its
// last member the connector itself (`connector`), and is built from the
// arguments given here.
template <typename Parts>
class OwningConnector final : public PlatformConnector
{
public:
    template <typename... Args>
    explicit OwningConnector(Args &&...args)
        : m_parts(std::forward<Args>(args)...)
    {}
    SyncError fetchShop(ShopInfo *out) override { return m_parts.connector.fetchShop(out); }
    QStringList resources() const override { return m_parts.connector.resources(); }
    SyncError sync(const QString &resource, const ConnectorContext &context) override
    {
        return m_parts.connector.sync(resource, context);
    }
    void cancel() override { m_parts.connector.cancel(); }
    RequestStats stats() const override { return m_parts.connector.stats(); }

private:
    Parts m_parts;
};

} // namespace storelens
