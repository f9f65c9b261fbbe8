#pragma once

namespace storelens {

class Database;

// The workspace schema and its migrations. Versions live in PRAGMA
// user_version; every step runs with its version bump in one transaction, so a
// crash mid-migration leaves the previous version intact.
class Schema
{
public:
    static constexpr int kApplicationId = 0x534C454E; // "SLEN"
    static int latestVersion();
    // Brings the database to the latest version (or to `upTo`, for tests of a
    // migration). Returns the number of steps run.
    static int migrate(Database &db, int upTo = latestVersion());
};

} // namespace storelens
