#pragma once

#include <QString>

#include <stdexcept>

namespace storelens {

// Why a workspace could not be created, opened or removed. The message is
// translated, names the workspace and says what to do; it never contains a key
// or passphrase.
class WorkspaceError : public std::runtime_error
{
public:
    enum class Kind
    {
        NotFound,
        AlreadyExists,
        InvalidName,
        WrongKey,            // the keychain's key does not open the file
        WrongPassphrase,     // the passphrase derives a different key
        KeyMissing,          // the keychain answers but holds no key for it
        KeychainUnavailable, // the workspace's key is in a keychain that does not answer
        PassphraseRequired,  // no keychain and no passphrase given
        NotAWorkspace,       // a plain SQLite file or some other file
        Damaged,             // truncated, empty or corrupt
        NewerSchema,         // written by a newer StoreLens
        DiskFull,
        Io,
    };

    WorkspaceError(Kind kind, const QString &workspace, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_workspace(workspace)
        , m_message(message)
    {}
    Kind kind() const { return m_kind; }
    QString workspace() const { return m_workspace; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_workspace;
    QString m_message;
};

} // namespace storelens
