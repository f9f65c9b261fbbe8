#include "WorkspaceCommands.h"

#include "storage/KeyStore.h"
#include "storage/StoreRepository.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::cli {

int WorkspaceCommands::run(Args args)
{
    const QStringList pos = args.positional();
    if (pos.isEmpty())
        return m_cx.usage(tr("workspace: expected create, list, rename or delete."));
    const QString verb = pos.first();
    if (verb == QLatin1String("create"))
        return create(args);
    if (verb == QLatin1String("list"))
        return list(args);
    if (verb == QLatin1String("rename"))
        return rename(args);
    if (verb == QLatin1String("delete"))
        return remove(args);
    return m_cx.usage(tr("workspace: unknown command \"%1\".").arg(verb));
}

int WorkspaceCommands::create(Args &args)
{
    const bool usePassphrase = args.takeSwitch(QStringLiteral("passphrase"));
    if (!args.unknownOptions().isEmpty())
        return m_cx.usage(
            tr("workspace create: unknown option %1").arg(args.unknownOptions().first()));
    const QStringList pos = args.positional();
    if (pos.size() != 2)
        return m_cx.usage(tr("usage: storelens-cli workspace create NAME [--passphrase]"));
    const QString name = pos[1];

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

int WorkspaceCommands::list(Args &args)
{
    const bool json = args.takeSwitch(QStringLiteral("json"));
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

int WorkspaceCommands::rename(Args &args)
{
    const QStringList pos = args.positional();
    if (pos.size() != 3)
        return m_cx.usage(tr("usage: storelens-cli workspace rename OLD NEW"));
    try {
        WorkspaceDirectory().rename(pos[1], pos[2]);
        m_cx.out() << tr("Renamed workspace \"%1\" to \"%2\".").arg(pos[1], pos[2]) << Qt::endl;
        return Ok;
    } catch (const WorkspaceError &e) {
        return m_cx.fail(e.message());
    }
}

int WorkspaceCommands::remove(Args &args)
{
    const bool yes = args.takeSwitch(QStringLiteral("yes"));
    const QStringList pos = args.positional();
    if (pos.size() != 2)
        return m_cx.usage(tr("usage: storelens-cli workspace delete NAME [--yes]"));
    const QString name = pos[1];
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
