#include "StoreGroupRepository.h"

#include "Database.h"

namespace storelens {

QList<qint64> StoreGroupRepository::members(qint64 groupId) const
{
    Statement &q = m_db.cached(
        "SELECT store_id FROM store_group_members WHERE group_id = ? ORDER BY store_id");
    q.bind(1, groupId);
    QList<qint64> ids;
    while (q.step())
        ids << q.int64(0);
    return ids;
}

QList<StoreGroup> StoreGroupRepository::list() const
{
    QList<StoreGroup> groups;
    {
        Statement &q = m_db.cached("SELECT id, name FROM store_groups ORDER BY name, id");
        while (q.step())
            groups.append({q.int64(0), q.text(1), {}});
    }
    for (StoreGroup &g : groups)
        g.storeIds = members(g.id);
    return groups;
}

std::optional<StoreGroup> StoreGroupRepository::byId(qint64 id) const
{
    Statement &q = m_db.cached("SELECT id, name FROM store_groups WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    StoreGroup g{q.int64(0), q.text(1), {}};
    q.reset();
    g.storeIds = members(g.id);
    return g;
}

std::optional<StoreGroup> StoreGroupRepository::find(const QString &name) const
{
    Statement &q = m_db.cached("SELECT id FROM store_groups WHERE name = ?");
    q.bind(1, name);
    if (!q.step())
        return std::nullopt;
    const qint64 id = q.int64(0);
    q.reset();
    return byId(id);
}

qint64 StoreGroupRepository::create(const QString &name, const QList<qint64> &storeIds,
                                    qint64 createdAtMs)
{
    Transaction tx(m_db);
    m_db.cached("INSERT INTO store_groups (name, created_at) VALUES (?, ?)")
        .bindAll(name, createdAtMs)
        .exec();
    const qint64 id = m_db.lastInsertRowId();
    setMembers(id, storeIds);
    tx.commit();
    return id;
}

void StoreGroupRepository::setMembers(qint64 groupId, const QList<qint64> &storeIds)
{
    m_db.cached("DELETE FROM store_group_members WHERE group_id = ?").bind(1, groupId).exec();
    for (qint64 storeId : storeIds) {
        m_db.cached("INSERT OR IGNORE INTO store_group_members (group_id, store_id) VALUES (?, ?)")
            .bindAll(groupId, storeId)
            .exec();
    }
}

void StoreGroupRepository::remove(qint64 groupId)
{
    m_db.cached("DELETE FROM store_groups WHERE id = ?").bind(1, groupId).exec();
}

} // namespace storelens
