#pragma once

#include "model/Store.h"

#include <QList>

#include <optional>

namespace storelens {

class Database;

// Reads and writes the `stores` table of one workspace connection.
class StoreRepository
{
public:
    explicit StoreRepository(Database &db)
        : m_db(db)
    {}

    QList<Store> list() const;
    std::optional<Store> byId(qint64 id) const;
    // Finds a store by its name or its shop domain (case-insensitive); the
    // CLI's STORE argument. Returns nothing when absent or ambiguous.
    std::optional<Store> find(const QString &nameOrDomain, bool *ambiguous = nullptr) const;
    // Inserts and returns the new id. Throws DatabaseError (a duplicate domain
    // of the same platform violates the unique key).
    qint64 insert(const Store &store);
    void update(const Store &store);
    void remove(qint64 id);

private:
    Database &m_db;
};

} // namespace storelens
