#include "WorkspaceCommands.h"

#include "CommandLine.h"
#include "storage/KeyStore.h"
#include "storage/StoreRepository.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::cli {

int WorkspaceCommands::run(const QStringList &arguments)
{
    CommandGroup group(m_cx, QStringLiteral("workspace"));
    group.add(QStringLiteral("create"),
              tr("Creates a workspace, its key in the system keychain or behind a passphrase."),
              [this](const QStringList &a, const QString &s) { return create(a, s); });
    group.add(QStringLiteral("list"), tr("Lists the workspaces."),
              [this](const QStringList &a, const QString &s) { return list(a, s); });
    group.add(QStringLiteral("rename"), tr("Renames a workspace."),
              [this](const QStringList &a, const QString &s) { return rename(a, s); });
    group.add(QStringLiteral("delete"), tr("Deletes a workspace with all its stores and data."),
              [this](const QStringList &a, const QString &s) { return remove(a, s); });
    return group.run(arguments, tr("workspace: expected create, list, rename or delete."),
                     tr("workspace: unknown command \"%1\"."));
}

int WorkspaceCommands::create(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("workspace create"), tr("NAME [--passphrase]"), summary);
    cl.addPositional(tr("NAME"), tr("The new workspace's name."));
    cl.addSwitch(QStringLiteral("passphrase"),
                 tr("Protect the workspace by a passphrase (STORELENS_PASSPHRASE, or asked on "
                    "the terminal) instead of a key in the system keychain."));
    if (const auto done = cl.parse(arguments))
        return *done;
    if (const auto error = cl.expectPositional(1, 1))
        return *error;
    const bool usePassphrase = cl.isSet(QStringLiteral("passphrase"));
    const QString name = cl.positional().first();

    std::optional<QString> passphrase;
    if (usePassphrase || !KeyStore::isAvailable()) {
        passphrase = m_cx.passphrase(name, true);
        if (!passphrase)
            return m_cx.fail(tr("No system keychain is available, so workspace \"%1\" needs a "
                                "passphrase: set STORELENS_PASSPHRASE or run on a terminal.")
                                 .arg(name));
    }
    try {
        WorkspaceDirectory directory;
        auto ws = directory.create(name, passphrase);
        m_cx.out() << tr("Created workspace \"%1\" (%2).")
                          .arg(name, ws->usesKeychain() ? tr("key in the system keychain")
                                                        : tr("protected by a passphrase"))
                   << Qt::endl;
        return Ok;
    } catch (const WorkspaceError &e) {
        return m_cx.fail(e.message());
    }
}

int WorkspaceCommands::list(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("workspace list"), tr("[--json]"), summary);
    cl.addSwitch(QStringLiteral("json"),
                 tr("Print the workspaces as JSON, with their key and file."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const bool json = cl.isSet(QStringLiteral("json"));
    WorkspaceDirectory directory;
    const QStringList names = directory.list();
    if (json) {
        QJsonArray array;
        for (const QString &name : names) {
            const auto meta = directory.meta(name);
            array.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("key"), !meta ? QStringLiteral("unknown")
                                        : meta->keySource == WorkspaceMeta::KeySource::Keychain
                                            ? QStringLiteral("keychain")
                                            : QStringLiteral("passphrase")},
                {QStringLiteral("path"), directory.databasePath(name)}});
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (names.isEmpty()) {
        m_cx.out() << tr("No workspaces yet. Create one with: storelens-cli workspace create NAME")
                   << Qt::endl;
        return Ok;
    }
    for (const QString &name : names)
        m_cx.out() << name << Qt::endl;
    return Ok;
}

int WorkspaceCommands::rename(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("workspace rename"), tr("OLD NEW"), summary);
    cl.addPositional(tr("OLD"), tr("The workspace's name."));
    cl.addPositional(tr("NEW"), tr("Its new name."));
    if (const auto done = cl.parse(arguments))
        return *done;
    if (const auto error = cl.expectPositional(2, 2))
        return *error;
    const QStringList pos = cl.positional();
    try {
        WorkspaceDirectory().rename(pos[0], pos[1]);
        m_cx.out() << tr("Renamed workspace \"%1\" to \"%2\".").arg(pos[0], pos[1]) << Qt::endl;
        return Ok;
    } catch (const WorkspaceError &e) {
        return m_cx.fail(e.message());
    }
}

int WorkspaceCommands::remove(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("workspace delete"), tr("NAME [--yes]"), summary);
    cl.addPositional(tr("NAME"), tr("The workspace to delete."));
    cl.addSwitch(QStringLiteral("yes"),
                 tr("Delete without asking to type the name; needed when not on a terminal."));
    if (const auto done = cl.parse(arguments))
        return *done;
    if (const auto error = cl.expectPositional(1, 1))
        return *error;
    const bool yes = cl.isSet(QStringLiteral("yes"));
    const QString name = cl.positional().first();
    WorkspaceDirectory directory;
    if (!directory.exists(name))
        return m_cx.fail(tr("There is no workspace named \"%1\".").arg(name));

    if (!yes) {
        const auto answer = m_cx.promptLine(
            tr("Delete workspace \"%1\" with all its stores and data? This cannot be undone.\n"
               "Type the workspace name to confirm: ")
                .arg(name));
        if (!answer)
            return m_cx.fail(tr("Not deleted: confirm with --yes when not running on a terminal."));
        if (*answer != name)
            return m_cx.fail(tr("Not deleted: the name did not match."));
    }

    // Collect the stores' keychain entries so that nothing is left behind.
    QStringList refs;
    const auto meta = directory.meta(name);
    if (meta && meta->keySource == WorkspaceMeta::KeySource::Keychain) {
        try {
            auto ws = directory.open(name, std::nullopt);
            for (const Store &s : StoreRepository(ws->db()).list())
                refs << s.credentialRef;
        } catch (const WorkspaceError &e) {
            m_cx.err() << tr("Note: %1 Store credentials in the keychain, if any, stay there.")
                              .arg(e.message())
                       << Qt::endl;
        }
    }
    try {
        directory.remove(name, refs);
        m_cx.out() << tr("Deleted workspace \"%1\".").arg(name) << Qt::endl;
        return Ok;
    } catch (const WorkspaceError &e) {
        return m_cx.fail(e.message());
    }
}

} // namespace storelens::cli
