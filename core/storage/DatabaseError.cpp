#include "DatabaseError.h"

#include <sqlite3.h>

namespace storelens {

bool DatabaseError::isDiskFull() const
{
    return primaryCode() == SQLITE_FULL || m_code == SQLITE_IOERR_WRITE ||
           m_code == SQLITE_IOERR_FSYNC;
}

bool DatabaseError::isNotADatabase() const
{
    return primaryCode() == SQLITE_NOTADB;
}

bool DatabaseError::isCorrupt() const
{
    return primaryCode() == SQLITE_CORRUPT || primaryCode() == SQLITE_NOTADB;
}

} // namespace storelens
