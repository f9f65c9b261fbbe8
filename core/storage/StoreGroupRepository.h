#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace storelens {

class Database;

// A named set of stores of one workspace, reported together ("EU shops").
struct StoreGroup
{
    qint64 id = 0;
    QString name;
    QList<qint64> storeIds;
};

// Reads and writes store_groups and their members on one connection.
class StoreGroupRepository
{
public:
    explicit StoreGroupRepository(Database &db)
        : m_db(db)
    {}

    QList<StoreGroup> list() const;
    std::optional<StoreGroup> byId(qint64 id) const;
    // By name, case-insensitive.
    std::optional<StoreGroup> find(const QString &name) const;
    // Creates a group with these members and returns its id. Throws
    // DatabaseError when the name is taken.
    qint64 create(const QString &name, const QList<qint64> &storeIds, qint64 createdAtMs);
    void setMembers(qint64 groupId, const QList<qint64> &storeIds);
    void remove(qint64 groupId);

private:
    QList<qint64> members(qint64 groupId) const;
    Database &m_db;
};

} // namespace storelens
