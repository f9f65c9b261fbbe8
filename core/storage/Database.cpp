#include "Database.h"

#include "DatabaseError.h"

#include <sqlite3.h>

#include <mutex>

namespace storelens {

Database::Database(const QString &path, OpenMode mode)
    : m_path(path)
{
    // No memory statistics: they take a global mutex on every allocation.
    // Only possible before SQLite initialises, hence the first open.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DatabaseError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another connection of ours may hold the write lock briefly (one writer,
    // several readers); wait for it rather than fail.
    sqlite3_busy_timeout(m_db, 10'000);
}

Database::~Database()
{
    m_cache.clear(); // finalize statements before closing
    if (m_db)
        sqlite3_close(m_db);
}

void Database::applyRawKey(const QByteArray &key)
{
    if (key.isEmpty())
        return;
    // SQLCipher treats x'…' as raw key material and skips its own KDF.
    QByteArray literal = "x'" + key.toHex() + "'";
    const int rc = sqlite3_key(m_db, literal.constData(), int(literal.size()));
    literal.fill('\0');
    if (rc != SQLITE_OK)
        throw DatabaseError(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw DatabaseError(sqlite3_extended_errcode(m_db), message);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db, sql);
}

Statement &Database::cached(std::string_view sql)
{
    Recent &slot = m_recent[(reinterpret_cast<quintptr>(sql.data()) >> 4) % m_recent.size()];
    Statement *statement = nullptr;
    if (slot.address == sql.data() && *slot.sql == sql) {
        statement = slot.statement;
    } else {
        auto it = m_cache.find(sql);
        if (it == m_cache.end())
            it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql)).first;
        statement = it->second.get();
        slot = {sql.data(), &it->first, statement};
    }
    statement->reset();
    return *statement;
}

qint64 Database::scalar(std::string_view sql)
{
    Statement statement(m_db, sql);
    if (!statement.step())
        throw DatabaseError(SQLITE_ERROR, QStringLiteral("query returned no row"));
    return statement.int64(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Transaction::Transaction(Database &db, Kind kind)
    : m_db(db)
{
    m_db.cached(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN").exec();
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.cached("ROLLBACK").exec();
        } catch (const DatabaseError &) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL).
        }
    }
}

void Transaction::commit()
{
    m_db.cached("COMMIT").exec();
    m_open = false;
}

} // namespace storelens
