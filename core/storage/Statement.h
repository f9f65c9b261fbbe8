#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace storelens {

class PlatformId;

// A prepared statement. Binds are 1-based as in SQLite; columns are 0-based.
// Move-only; finalizes on destruction. Errors throw DatabaseError.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, std::nullptr_t);
    // INTEGER for numeric ids, TEXT for text ids, NULL for a null id.
    Statement &bind(int index, const PlatformId &id);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    Statement &bindBlob(int index, const QByteArray &value);
    // Binds an int64, or NULL when `isNull`.
    Statement &bindNullable(int index, qint64 value, bool isNull);

    // Binds every argument in order, starting at 1.
    template <typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Advances; true when a row is available.
    bool step();
    // Runs a statement that returns no rows, then resets it.
    void exec();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    std::optional<qint64> optionalInt64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    PlatformId platformId(int column) const;
    // Column type as SQLite reports it (SQLITE_INTEGER, SQLITE_TEXT, ...).
    int type(int column) const;

private:
    [[noreturn]] void fail(int rc) const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace storelens
