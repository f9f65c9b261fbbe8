#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace storelens {

class Database;
class Workspace;

namespace test {

// A private STORELENS_HOME for one test, removed afterwards.
class TempHome
{
public:
    TempHome();
    ~TempHome();
    QString path() const { return m_dir.path(); }
    QString workspacesDir() const { return m_dir.path() + QStringLiteral("/workspaces"); }

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
};

// Creates a passphrase workspace (no keychain needed) with one store of
// `platform` in the given time zone; returns it open. `storeId` receives the
// store's id.
std::unique_ptr<Workspace>
createWorkspaceWithStore(const QString &dir, const QString &name, const QByteArray &timezone,
                         qint64 *storeId, const QString &currency = QStringLiteral("USD"),
                         const QString &platform = QStringLiteral("shopify"));

// The order-related tables (orders without their content hash, lines,
// refunds, refund lines, customer activity, rollups) as canonical text, to
// compare two workspaces filled by different paths.
QString canonicalOrderTables(Database &db);

// Takes the columns and indexes that schema 10 added out of the order tables
// (SQLite 3.15 drops no column: the tables are rebuilt), so that a test can
// set user_version back to 9 or lower and have the migrations run again on
// the rows of a current workspace.
void removeSchema10Columns(Database &db);

// Path of a file shipped with the sources (tests/fixtures, shared reference).
QString sourcePath(const QString &relative);
// Sha-256 of a file's content, for "left untouched" checks.
QByteArray fileDigest(const QString &path);

} // namespace test
} // namespace storelens
