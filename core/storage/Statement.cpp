#include "Statement.h"

#include "DatabaseError.h"
#include "model/PlatformId.h"

#include <sqlite3.h>

#include <string>
#include <utility>

namespace storelens {

Statement::Statement(sqlite3 *db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QStringLiteral("%1 (while preparing: %2)")
                                    .arg(QString::fromUtf8(sqlite3_errmsg(db)),
                                         QString::fromUtf8(sql.data(), qsizetype(sql.size())));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw DatabaseError(sqlite3_extended_errcode(db), message);
    }
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::fail(int rc) const
{
    const char *sql = m_stmt ? sqlite3_sql(m_stmt) : "";
    throw DatabaseError(
        m_db ? sqlite3_extended_errcode(m_db) : rc,
        QStringLiteral("%1 (in: %2)")
            .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)),
                 QString::fromUtf8(sql)));
}

Statement &Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    if (value.isNull())
        return bind(index, nullptr);
    // Most bound text is ASCII (ids, SKUs, statuses, codes): narrow it into a
    // reused buffer instead of allocating a UTF-8 copy per bind.
    thread_local std::string ascii;
    const qsizetype size = value.size();
    ascii.resize(size_t(size));
    const char16_t *in = value.utf16();
    char16_t any = 0;
    for (qsizetype i = 0; i < size; ++i) {
        any |= in[i];
        ascii[size_t(i)] = char(in[i]);
    }
    int rc;
    if (any < 0x80) {
        rc = sqlite3_bind_text(m_stmt, index, ascii.data(), int(size), SQLITE_TRANSIENT);
    } else {
        const QByteArray utf8 = value.toUtf8();
        rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    if (!utf8)
        return bind(index, nullptr);
    if (const int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const PlatformId &id)
{
    if (id.isNumber())
        return bind(index, id.number());
    if (id.isText())
        return bind(index, QStringView(id.text()));
    return bind(index, nullptr);
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (const int rc = sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()),
                                         SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindNullable(int index, qint64 value, bool isNull)
{
    return isNull ? bind(index, nullptr) : bind(index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Reset so the statement can be reused after the caller handles the error.
    sqlite3_reset(m_stmt);
    fail(rc);
}

void Statement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        fail(rc);
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    // Every statement of StoreLens binds all of its parameters before it runs,
    // so old bindings need no clearing.
    sqlite3_reset(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

PlatformId Statement::platformId(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return PlatformId(int64(column));
    case SQLITE_TEXT:
        return PlatformId(text(column));
    default:
        return {};
    }
}

int Statement::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

} // namespace storelens
