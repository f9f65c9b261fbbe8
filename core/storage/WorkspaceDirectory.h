#pragma once

#include "Workspace.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace storelens {

// The folder of workspaces (AppPaths::workspacesDir() by default): naming,
// listing, creating, opening, renaming and deleting. A workspace NAME is stored
// as NAME.storelens (the encrypted database) and NAME.storelens.json (its meta).
class WorkspaceDirectory
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDirectory)
public:
    explicit WorkspaceDirectory(QString dir = {});

    QString dir() const { return m_dir; }
    QStringList list() const;
    bool exists(const QString &name) const;
    static bool isValidName(const QString &name);

    std::unique_ptr<Workspace> create(const QString &name,
                                      const std::optional<QString> &passphrase);
    std::unique_ptr<Workspace> open(const QString &name, const std::optional<QString> &passphrase);
    // Renames both files; the key stays where it is (it is keyed by the uuid).
    void rename(const QString &from, const QString &to);
    // Deletes the files and the keychain entries of the workspace: its key and,
    // when `storeCredentialRefs` are given, the store credentials kept there.
    void remove(const QString &name, const QStringList &storeCredentialRefs = {});
    // Reads the meta file only (no key needed).
    std::optional<WorkspaceMeta> meta(const QString &name) const;

    QString databasePath(const QString &name) const;
    QString metaPath(const QString &name) const;

private:
    void requireValidName(const QString &name) const;
    QString m_dir;
};

} // namespace storelens
