#pragma once

#include "Statement.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace storelens {

// RAII handle on one SQLCipher connection. Statements prepared through
// `cached()` live as long as the connection, so hot paths prepare once.
// A connection belongs to one thread at a time.
class Database
{
public:
    enum class OpenMode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    Database(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Applies a 32-byte raw key (no passphrase KDF inside SQLCipher). Must come
    // before any other statement. An empty key leaves the file unencrypted.
    void applyRawKey(const QByteArray &key);

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // Returns a prepared statement cached by its SQL text, reset and unbound.
    Statement &cached(std::string_view sql);
    // A single integer from a one-row query, e.g. a PRAGMA.
    qint64 scalar(std::string_view sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    // Heterogeneous lookup: finding a cached statement builds no std::string.
    struct SqlHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>> m_cache;
    // Hot paths pass the same string literal every time: a small table keyed
    // by its address finds the statement without hashing the SQL text (and
    // compares the text, as another string may later live at that address).
    struct Recent
    {
        const char *address = nullptr;
        const std::string *sql = nullptr;
        Statement *statement = nullptr;
    };
    std::array<Recent, 64> m_recent{};
};

// A transaction that rolls back unless committed: an exception or early return
// leaves the database as it was.
class Transaction
{
public:
    enum class Kind
    {
        Deferred,
        Immediate
    };
    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_open = true;
};

} // namespace storelens
