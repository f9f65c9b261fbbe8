#pragma once

#include "SimConfig.h"

#include <QHash>
#include <QMutex>

#include <optional>

namespace storelens::sim {

// Who may call the simulated shop: static Admin API tokens (legacy custom
// apps, shpat_…) and Dev Dashboard apps that obtain expiring tokens with the
// client credentials grant. Tokens can be revoked at run time. Thread-safe.
class AccessTokens
{
public:
    struct Grant
    {
        QByteArray app; // the app the token belongs to: its cost bucket
        qint64 expiresAtMs = 0;
    };
    enum class GrantError
    {
        None,
        InvalidClient,
        UnsupportedGrantType,
        InvalidRequest
    };

    AccessTokens(const ShopifySimConfig &config);

    std::optional<Grant> lookup(const QByteArray &token, qint64 nowMs) const;
    // The client credentials grant; an empty token and `error` on failure.
    QByteArray issue(const QByteArray &grantType, const QByteArray &clientId,
                     const QByteArray &clientSecret, qint64 nowMs, GrantError *error);
    void revoke(const QByteArray &token);
    void addStaticToken(const QByteArray &token);
    qint64 lifetimeSeconds() const { return m_lifetime; }

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, Grant> m_tokens;
    QHash<QByteArray, QByteArray> m_clients; // id -> secret
    qint64 m_lifetime;
    quint64 m_seed;
    quint64 m_issued = 0;
};

} // namespace storelens::sim
