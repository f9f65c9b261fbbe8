#include "StoreRepository.h"

#include "Database.h"

namespace storelens {

namespace {
constexpr const char *kColumns =
    "id, platform, domain, name, currency, timezone, plan, api_base, auth_kind, client_id, "
    "credential_ref, status, status_detail, sync_interval_s, created_at";

Store readStore(const Statement &q)
{
    Store s;
    s.id = q.int64(0);
    s.platform = q.text(1);
    s.domain = q.text(2);
    s.name = q.text(3);
    s.currency = q.text(4);
    s.timezone = q.text(5);
    s.plan = q.text(6);
    s.apiBase = q.text(7);
    s.authKind = q.text(8);
    s.clientId = q.text(9);
    s.credentialRef = q.text(10);
    s.status = q.text(11);
    s.statusDetail = q.text(12);
    s.syncIntervalS = q.optionalInt64(13);
    s.createdAtMs = q.int64(14);
    return s;
}
} // namespace

QList<Store> StoreRepository::list() const
{
    QList<Store> stores;
    Statement &q = m_db.cached(std::string("SELECT ") + kColumns +
                               " FROM stores ORDER BY name COLLATE NOCASE, id");
    while (q.step())
        stores << readStore(q);
    return stores;
}

std::optional<Store> StoreRepository::byId(qint64 id) const
{
    Statement &q = m_db.cached(std::string("SELECT ") + kColumns + " FROM stores WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    Store store = readStore(q);
    q.reset();
    return store;
}

std::optional<Store> StoreRepository::find(const QString &nameOrDomain, bool *ambiguous) const
{
    std::optional<Store> found;
    int matches = 0;
    for (const Store &s : list()) {
        if (s.domain.compare(nameOrDomain, Qt::CaseInsensitive) == 0) {
            // A domain match is exact and unique per platform: prefer it.
            if (ambiguous)
                *ambiguous = false;
            return s;
        }
        if (s.name.compare(nameOrDomain, Qt::CaseInsensitive) == 0) {
            found = s;
            ++matches;
        }
    }
    if (ambiguous)
        *ambiguous = matches > 1;
    return matches == 1 ? found : std::nullopt;
}

qint64 StoreRepository::insert(const Store &s)
{
    Statement &q = m_db.cached(
        "INSERT INTO stores (platform, domain, name, currency, timezone, plan, api_base, "
        "auth_kind, "
        "client_id, credential_ref, status, status_detail, sync_interval_s, created_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    q.bindAll(s.platform, s.domain, s.name, s.currency, s.timezone, s.plan, s.apiBase, s.authKind,
              s.clientId, s.credentialRef, s.status.isEmpty() ? QStringLiteral("active") : s.status,
              s.statusDetail, s.syncIntervalS, s.createdAtMs);
    q.exec();
    return m_db.lastInsertRowId();
}

void StoreRepository::update(const Store &s)
{
    Statement &q = m_db.cached(
        "UPDATE stores SET platform=?, domain=?, name=?, currency=?, timezone=?, plan=?, "
        "api_base=?, "
        "auth_kind=?, client_id=?, credential_ref=?, status=?, status_detail=?, sync_interval_s=? "
        "WHERE id=?");
    q.bindAll(s.platform, s.domain, s.name, s.currency, s.timezone, s.plan, s.apiBase, s.authKind,
              s.clientId, s.credentialRef, s.status, s.statusDetail, s.syncIntervalS, s.id);
    q.exec();
}

void StoreRepository::remove(qint64 id)
{
    Statement &q = m_db.cached("DELETE FROM stores WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

} // namespace storelens
