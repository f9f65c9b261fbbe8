#pragma once

#include <QString>

#include <stdexcept>

namespace storelens {

// Thrown by the SQLite wrapper. Carries the SQLite result code so callers can
// tell a full disk from a busy lock from a damaged file.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(int sqliteCode, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_code(sqliteCode)
        , m_message(message)
    {}
    int code() const { return m_code; }
    // The primary result code (extended codes carry extra bits above 0xff).
    int primaryCode() const { return m_code & 0xff; }
    QString message() const { return m_message; }
    bool isDiskFull() const;
    bool isNotADatabase() const;
    bool isCorrupt() const;

private:
    int m_code;
    QString m_message;
};

} // namespace storelens
