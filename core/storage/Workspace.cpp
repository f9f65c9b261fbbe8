#include "Workspace.h"

#include "DatabaseError.h"
#include "KeyStore.h"
#include "Schema.h"
#include "WorkspaceError.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace storelens {

namespace {

using Kind = WorkspaceError::Kind;

WorkspaceError damaged(const QString &name, const QString &path, const QString &why)
{
    return WorkspaceError(Kind::Damaged, name,
                          Workspace::tr("Workspace \"%1\" cannot be opened: %2 The file %3 was "
                                        "left as it is; restore it from a backup.")
                              .arg(name, why, path));
}

WorkspaceMeta readMeta(const QString &metaPath, const QString &dbPath, const QString &fallbackName)
{
    QFile file(metaPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(dbPath))
            throw WorkspaceError(
                Kind::NotFound, fallbackName,
                Workspace::tr("There is no workspace named \"%1\".").arg(fallbackName));
        throw damaged(
            fallbackName, dbPath,
            Workspace::tr("its description file %1 is missing or unreadable.").arg(metaPath));
    }
    WorkspaceMeta meta;
    if (!WorkspaceMeta::fromJson(file.read(1 << 20), &meta))
        throw damaged(fallbackName, dbPath,
                      Workspace::tr("its description file %1 is not valid.").arg(metaPath));
    return meta;
}

void writeMeta(const QString &metaPath, const WorkspaceMeta &meta)
{
    QSaveFile file(metaPath);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(meta.toJson()) < 0 || !file.commit())
        throw WorkspaceError(
            Kind::Io, meta.name,
            Workspace::tr("Could not write %1: %2").arg(metaPath, file.errorString()));
}

// Checks the file before SQLCipher sees it, so that an empty, truncated or plain
// SQLite file is reported as what it is instead of as a wrong key.
void checkFileShape(const QString &name, const QString &dbPath)
{
    QFile file(dbPath);
    if (!file.exists())
        throw WorkspaceError(Kind::NotFound, name,
                             Workspace::tr("The database file of workspace \"%1\" is missing: %2")
                                 .arg(name, dbPath));
    if (!file.open(QIODevice::ReadOnly))
        throw WorkspaceError(Kind::Io, name,
                             Workspace::tr("Cannot read %1: %2").arg(dbPath, file.errorString()));
    const qint64 size = file.size();
    const QByteArray head = file.read(16);
    if (size == 0)
        throw damaged(name, dbPath, Workspace::tr("the file is empty."));
    if (head == QByteArray("SQLite format 3\0", 16))
        throw WorkspaceError(
            Kind::NotAWorkspace, name,
            Workspace::tr(
                "Workspace \"%1\" cannot be opened: %2 is an unencrypted SQLite database, "
                "not a StoreLens workspace. The file was left as it is.")
                .arg(name, dbPath));
    if (size % Workspace::kCipherPageSize != 0)
        throw damaged(
            name, dbPath,
            Workspace::tr("the file is truncated (%1 bytes is not a whole number of pages).")
                .arg(size));
}

QByteArray keyFromKeychain(const WorkspaceMeta &meta)
{
    const KeyStore::Result result = KeyStore::read(meta.keychainKey());
    switch (result.status) {
    case KeyStore::Status::Ok:
        return QByteArray::fromHex(result.secret);
    case KeyStore::Status::NotFound:
        throw WorkspaceError(Kind::KeyMissing, meta.name,
                             Workspace::tr("The system keychain holds no key for workspace \"%1\". "
                                           "Without its key the workspace cannot be opened; if the "
                                           "keychain was reset, restore it from a backup.")
                                 .arg(meta.name));
    default:
        throw WorkspaceError(Kind::KeychainUnavailable, meta.name,
                             Workspace::tr("The key of workspace \"%1\" is kept in the system "
                                           "keychain, which is not available: %2 Unlock or start "
                                           "the keychain and try again.")
                                 .arg(meta.name, result.error));
    }
}

} // namespace

Workspace::Workspace(QString dbPath, QString metaPath, WorkspaceMeta meta, QByteArray key)
    : m_dbPath(std::move(dbPath))
    , m_metaPath(std::move(metaPath))
    , m_meta(std::move(meta))
    , m_key(std::move(key))
{}

Workspace::~Workspace()
{
    m_db.reset();
    KeyDerivation::wipe(m_key);
}

void Workspace::configure(Database &db, const QByteArray &key)
{
    db.applyRawKey(key);
    db.exec("PRAGMA cipher_page_size = " + std::to_string(kCipherPageSize));
    // Reading the schema is the first access that needs the key.
    db.scalar("SELECT count(*) FROM sqlite_master");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -32768"); // 32 MiB per connection
}

std::unique_ptr<Database> Workspace::openConnection(Database::OpenMode mode) const
{
    auto db = std::make_unique<Database>(m_dbPath, mode);
    configure(*db, m_key);
    return db;
}

std::unique_ptr<Workspace> Workspace::open(const QString &dbPath, const QString &metaPath,
                                           const std::optional<QString> &passphrase)
{
    const QString fallbackName = QFileInfo(dbPath).completeBaseName();
    WorkspaceMeta meta = readMeta(metaPath, dbPath, fallbackName);
    checkFileShape(meta.name, dbPath);

    QByteArray key;
    if (meta.keySource == WorkspaceMeta::KeySource::Keychain) {
        key = keyFromKeychain(meta);
        if (KeyDerivation::keyCheck(key) != meta.keyCheck)
            throw WorkspaceError(Kind::WrongKey, meta.name,
                                 tr("The key in the system keychain does not open workspace \"%1\" "
                                    "(it belongs to another file or was replaced). The file was "
                                    "left as it is.")
                                     .arg(meta.name));
    } else {
        if (!passphrase)
            throw WorkspaceError(
                Kind::PassphraseRequired, meta.name,
                tr("Workspace \"%1\" is protected by a passphrase. Enter it, or set "
                   "STORELENS_PASSPHRASE.")
                    .arg(meta.name));
        key = KeyDerivation::deriveKey(*passphrase, meta.kdf);
        if (key.isEmpty())
            throw WorkspaceError(
                Kind::Io, meta.name,
                tr("Could not derive the key of workspace \"%1\" (out of memory?).")
                    .arg(meta.name));
        if (KeyDerivation::keyCheck(key) != meta.keyCheck)
            throw WorkspaceError(Kind::WrongPassphrase, meta.name,
                                 tr("Wrong passphrase for workspace \"%1\".").arg(meta.name));
    }

    std::unique_ptr<Workspace> ws(new Workspace(dbPath, metaPath, meta, key));
    try {
        ws->m_db = std::make_unique<Database>(dbPath, Database::OpenMode::ReadWrite);
        configure(*ws->m_db, key);
        Database &db = *ws->m_db;
        const qint64 version = db.scalar("PRAGMA user_version");
        const qint64 appId = db.scalar("PRAGMA application_id");
        if (version > 0 && appId != Schema::kApplicationId)
            throw WorkspaceError(
                Kind::NotAWorkspace, meta.name,
                tr("Workspace \"%1\" cannot be opened: %2 is an encrypted database "
                   "of another application. The file was left as it is.")
                    .arg(meta.name, dbPath));
        if (version > Schema::latestVersion())
            throw WorkspaceError(
                Kind::NewerSchema, meta.name,
                tr("Workspace \"%1\" was written by a newer version of StoreLens (schema %2; this "
                   "version reads up to %3). Update StoreLens to open it; the file was left as it "
                   "is.")
                    .arg(meta.name)
                    .arg(version)
                    .arg(Schema::latestVersion()));
        // A file cut short after a clean close: the pager knows more pages than exist.
        if (!QFileInfo::exists(dbPath + QStringLiteral("-wal"))) {
            const qint64 pages = db.scalar("PRAGMA page_count");
            if (pages * kCipherPageSize > QFileInfo(dbPath).size())
                throw damaged(meta.name, dbPath, tr("the file is truncated."));
        }
        db.exec("PRAGMA journal_mode = WAL");
        Schema::migrate(db);
    } catch (const DatabaseError &e) {
        ws.reset();
        if (e.isDiskFull())
            throw WorkspaceError(Kind::DiskFull, meta.name,
                                 tr("The disk is full; workspace \"%1\" could not be opened. Free "
                                    "some space and try again.")
                                     .arg(meta.name));
        if (e.isCorrupt())
            throw damaged(meta.name, dbPath,
                          tr("the file is damaged or truncated (%1).").arg(e.message()));
        throw WorkspaceError(
            Kind::Io, meta.name,
            tr("Workspace \"%1\" could not be opened: %2").arg(meta.name, e.message()));
    }
    return ws;
}

std::unique_ptr<Workspace> Workspace::create(const QString &dbPath, const QString &metaPath,
                                             const QString &name,
                                             const std::optional<QString> &passphrase)
{
    if (QFileInfo::exists(dbPath) || QFileInfo::exists(metaPath))
        throw WorkspaceError(Kind::AlreadyExists, name,
                             tr("A workspace named \"%1\" already exists.").arg(name));

    WorkspaceMeta meta;
    meta.name = name;
    meta.uuid = QUuid::createUuid();
    meta.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    QByteArray key;
    if (passphrase) {
        meta.keySource = WorkspaceMeta::KeySource::Passphrase;
        meta.kdf = KdfParams::generate();
        key = KeyDerivation::deriveKey(*passphrase, meta.kdf);
        if (key.isEmpty())
            throw WorkspaceError(Kind::Io, name, tr("Could not derive a key from the passphrase."));
    } else {
        meta.keySource = WorkspaceMeta::KeySource::Keychain;
        key = KeyDerivation::randomBytes(KeyDerivation::kKeyBytes);
        const KeyStore::Result stored = KeyStore::write(meta.keychainKey(), key.toHex());
        if (!stored.ok())
            throw WorkspaceError(stored.status == KeyStore::Status::Unavailable
                                     ? Kind::KeychainUnavailable
                                     : Kind::Io,
                                 name,
                                 tr("Could not store the key of workspace \"%1\" in the system "
                                    "keychain: %2 Use a passphrase instead.")
                                     .arg(name, stored.error));
    }
    meta.keyCheck = KeyDerivation::keyCheck(key);

    std::unique_ptr<Workspace> ws(new Workspace(dbPath, metaPath, meta, key));
    try {
        // Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        QFile file(dbPath);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw WorkspaceError(Kind::Io, name,
                                 tr("Could not create %1: %2").arg(dbPath, file.errorString()));
        file.close();
        ws->m_db = std::make_unique<Database>(dbPath, Database::OpenMode::Create);
        configure(*ws->m_db, key);
        ws->m_db->exec("PRAGMA journal_mode = WAL");
        Schema::migrate(*ws->m_db);
        writeMeta(metaPath, meta);
    } catch (...) {
        ws.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath + QLatin1String(suffix));
        QFile::remove(metaPath);
        if (meta.keySource == WorkspaceMeta::KeySource::Keychain)
            KeyStore::remove(meta.keychainKey());
        try {
            throw;
        } catch (const DatabaseError &e) {
            throw WorkspaceError(
                e.isDiskFull() ? Kind::DiskFull : Kind::Io, name,
                tr("Workspace \"%1\" could not be created: %2").arg(name, e.message()));
        }
    }
    return ws;
}

} // namespace storelens
