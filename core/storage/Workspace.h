#pragma once

#include "Database.h"
#include "WorkspaceMeta.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace storelens {

// One open, unlocked workspace: an encrypted SQLCipher file plus its meta file.
// Holds the key in memory for as long as it is open, so other threads can open
// their own connections (one writer, any number of readers).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    ~Workspace();

    // Opens an existing workspace. `passphrase` is used when the workspace's key
    // is passphrase-derived. Throws WorkspaceError; never creates or alters a file
    // it cannot open.
    static std::unique_ptr<Workspace> open(const QString &dbPath, const QString &metaPath,
                                           const std::optional<QString> &passphrase);
    // Creates a new workspace. Without a passphrase the key goes to the keychain.
    static std::unique_ptr<Workspace> create(const QString &dbPath, const QString &metaPath,
                                             const QString &name,
                                             const std::optional<QString> &passphrase);

    const WorkspaceMeta &meta() const { return m_meta; }
    QString name() const { return m_meta.name; }
    QString filePath() const { return m_dbPath; }
    bool usesKeychain() const { return m_meta.keySource == WorkspaceMeta::KeySource::Keychain; }

    // The connection owned by the thread that opened the workspace.
    Database &db() { return *m_db; }
    // A further keyed connection for another thread (the ingest writer, readers).
    std::unique_ptr<Database>
    openConnection(Database::OpenMode mode = Database::OpenMode::ReadWrite) const;

    static constexpr int kCipherPageSize = 4096;

private:
    Workspace(QString dbPath, QString metaPath, WorkspaceMeta meta, QByteArray key);
    static void configure(Database &db, const QByteArray &key);
    QString m_dbPath;
    QString m_metaPath;
    WorkspaceMeta m_meta;
    QByteArray m_key;
    std::unique_ptr<Database> m_db;
};

} // namespace storelens
