#include "AccessTokens.h"

#include "SimRandom.h"

namespace storelens::sim {

AccessTokens::AccessTokens(const ShopifySimConfig &config)
    : m_lifetime(config.clientTokenLifetimeSeconds)
    , m_seed(config.seed)
{
    for (const QByteArray &t : config.staticTokens)
        m_tokens.insert(t, Grant{"static:" + t.right(6), 0});
    for (const SimClientApp &app : config.clientApps)
        m_clients.insert(app.clientId, app.clientSecret);
}

std::optional<AccessTokens::Grant> AccessTokens::lookup(const QByteArray &token, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || (it->expiresAtMs && nowMs >= it->expiresAtMs))
        return std::nullopt;
    return *it;
}

QByteArray AccessTokens::issue(const QByteArray &grantType, const QByteArray &clientId,
                               const QByteArray &clientSecret, qint64 nowMs, GrantError *error)
{
    QMutexLocker lock(&m_mutex);
    if (grantType.isEmpty() || clientId.isEmpty()) {
        *error = GrantError::InvalidRequest;
        return {};
    }
    if (grantType != "client_credentials") {
        *error = GrantError::UnsupportedGrantType;
        return {};
    }
    const auto it = m_clients.constFind(clientId);
    if (it == m_clients.constEnd() || *it != clientSecret) {
        *error = GrantError::InvalidClient;
        return {};
    }
    SimRandom rng(SimRandom::mix(m_seed, 0x70c, ++m_issued));
    QByteArray token = "shpat_";
    for (int i = 0; i < 2; ++i)
        token += QByteArray::number(rng.next(), 16).rightJustified(16, '0');
    m_tokens.insert(token, Grant{"client:" + clientId, nowMs + m_lifetime * 1000});
    *error = GrantError::None;
    return token;
}

void AccessTokens::revoke(const QByteArray &token)
{
    QMutexLocker lock(&m_mutex);
    m_tokens.remove(token);
}

void AccessTokens::addStaticToken(const QByteArray &token)
{
    QMutexLocker lock(&m_mutex);
    m_tokens.insert(token, Grant{"static:" + token.right(6), 0});
}

} // namespace storelens::sim
