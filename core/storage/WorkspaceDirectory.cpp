#include "WorkspaceDirectory.h"

#include "KeyStore.h"
#include "WorkspaceError.h"
#include "common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace storelens {

namespace {
const QLatin1String kDbSuffix(".storelens");
const QLatin1String kMetaSuffix(".storelens.json");
} // namespace

WorkspaceDirectory::WorkspaceDirectory(QString dir)
    : m_dir(dir.isEmpty() ? AppPaths::workspacesDir() : std::move(dir))
{}

bool WorkspaceDirectory::isValidName(const QString &name)
{
    // Names become file names: letters (any script), digits, space, dot, dash,
    // underscore; no leading dot or space; at most 64 characters.
    static const QRegularExpression pattern(QStringLiteral(R"(^[\w\-][\w .\-]{0,63}$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(name).hasMatch() && !name.endsWith(QLatin1Char(' ')) &&
           !name.endsWith(QLatin1Char('.'));
}

void WorkspaceDirectory::requireValidName(const QString &name) const
{
    if (!isValidName(name))
        throw WorkspaceError(
            WorkspaceError::Kind::InvalidName, name,
            tr("\"%1\" is not a valid workspace name: use up to 64 letters, digits, "
               "spaces, dots, dashes or underscores.")
                .arg(name));
}

QString WorkspaceDirectory::databasePath(const QString &name) const
{
    return m_dir + QLatin1Char('/') + name + kDbSuffix;
}

QString WorkspaceDirectory::metaPath(const QString &name) const
{
    return m_dir + QLatin1Char('/') + name + kMetaSuffix;
}

QStringList WorkspaceDirectory::list() const
{
    QStringList names;
    const QDir dir(m_dir);
    const QStringList files = dir.entryList({QStringLiteral("*") + kMetaSuffix}, QDir::Files,
                                            QDir::Name | QDir::IgnoreCase);
    for (const QString &file : files)
        names << file.chopped(kMetaSuffix.size());
    return names;
}

bool WorkspaceDirectory::exists(const QString &name) const
{
    return isValidName(name) &&
           (QFile::exists(metaPath(name)) || QFile::exists(databasePath(name)));
}

std::optional<WorkspaceMeta> WorkspaceDirectory::meta(const QString &name) const
{
    QFile file(metaPath(name));
    WorkspaceMeta meta;
    if (!isValidName(name) || !file.open(QIODevice::ReadOnly) ||
        !WorkspaceMeta::fromJson(file.read(1 << 20), &meta))
        return std::nullopt;
    return meta;
}

std::unique_ptr<Workspace> WorkspaceDirectory::create(const QString &name,
                                                      const std::optional<QString> &passphrase)
{
    requireValidName(name);
    if (!QDir().mkpath(m_dir))
        throw WorkspaceError(WorkspaceError::Kind::Io, name,
                             tr("Cannot create the folder %1.").arg(m_dir));
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return Workspace::create(databasePath(name), metaPath(name), name, passphrase);
}

std::unique_ptr<Workspace> WorkspaceDirectory::open(const QString &name,
                                                    const std::optional<QString> &passphrase)
{
    requireValidName(name);
    return Workspace::open(databasePath(name), metaPath(name), passphrase);
}

void WorkspaceDirectory::rename(const QString &from, const QString &to)
{
    requireValidName(from);
    requireValidName(to);
    if (!exists(from))
        throw WorkspaceError(WorkspaceError::Kind::NotFound, from,
                             tr("There is no workspace named \"%1\".").arg(from));
    if (exists(to))
        throw WorkspaceError(WorkspaceError::Kind::AlreadyExists, to,
                             tr("A workspace named \"%1\" already exists.").arg(to));
    std::optional<WorkspaceMeta> info = meta(from);
    if (!info)
        throw WorkspaceError(
            WorkspaceError::Kind::Damaged, from,
            tr("The description file of workspace \"%1\" is not valid.").arg(from));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString old = databasePath(from) + QLatin1String(suffix);
        if (QFile::exists(old) && !QFile::rename(old, databasePath(to) + QLatin1String(suffix)))
            throw WorkspaceError(WorkspaceError::Kind::Io, from,
                                 tr("Could not rename %1.").arg(old));
    }
    if (!QFile::rename(databasePath(from), databasePath(to)))
        throw WorkspaceError(WorkspaceError::Kind::Io, from,
                             tr("Could not rename %1.").arg(databasePath(from)));
    info->name = to;
    QFile out(metaPath(to));
    if (!out.open(QIODevice::WriteOnly) || out.write(info->toJson()) < 0) {
        QFile::rename(databasePath(to), databasePath(from));
        throw WorkspaceError(WorkspaceError::Kind::Io, from,
                             tr("Could not write %1.").arg(metaPath(to)));
    }
    out.close();
    QFile::remove(metaPath(from));
}

void WorkspaceDirectory::remove(const QString &name, const QStringList &storeCredentialRefs)
{
    requireValidName(name);
    if (!exists(name))
        throw WorkspaceError(WorkspaceError::Kind::NotFound, name,
                             tr("There is no workspace named \"%1\".").arg(name));
    const std::optional<WorkspaceMeta> info = meta(name);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString path = databasePath(name) + QLatin1String(suffix);
        if (QFile::exists(path) && !QFile::remove(path))
            throw WorkspaceError(WorkspaceError::Kind::Io, name,
                                 tr("Could not delete %1.").arg(path));
    }
    QFile::remove(metaPath(name));
    if (info && info->keySource == WorkspaceMeta::KeySource::Keychain) {
        for (const QString &ref : storeCredentialRefs)
            KeyStore::remove(ref);
        KeyStore::remove(info->keychainKey());
    }
}

} // namespace storelens
