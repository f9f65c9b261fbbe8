#include "GroupCommands.h"

#include "storage/DatabaseError.h"
#include "storage/StoreGroupRepository.h"
#include "storage/StoreRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::cli {

int GroupCommands::run(Args args)
{
    const QStringList pos = args.positional();
    if (pos.isEmpty())
        return m_cx.usage(tr("group: expected create, list or delete."));
    const QString verb = pos.first();
    if (verb == QLatin1String("create"))
        return create(args);
    if (verb == QLatin1String("list"))
        return list(args);
    if (verb == QLatin1String("delete"))
        return remove(args);
    return m_cx.usage(tr("group: unknown command \"%1\".").arg(verb));
}

int GroupCommands::create(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const QStringList pos = args.positional();
    if (!workspace || pos.size() < 3 || !args.unknownOptions().isEmpty())
        return m_cx.usage(
            tr("usage: storelens-cli group create --workspace W NAME STORE [STORE ...]"));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    StoreRepository stores(ws->db());
    QList<qint64> ids;
    for (const QString &name : pos.mid(2)) {
        bool ambiguous = false;
        const auto store = stores.find(name, &ambiguous);
        if (!store)
            return m_cx.fail(
                ambiguous ? tr("Several stores are named \"%1\"; use the shop domain.").arg(name)
                          : tr("Workspace \"%1\" has no store \"%2\".").arg(*workspace, name));
        ids << store->id;
    }
    StoreGroupRepository groups(ws->db());
    if (groups.find(pos[1]))
        return m_cx.fail(
            tr("Workspace \"%1\" already has a store group \"%2\".").arg(*workspace, pos[1]));
    try {
        groups.create(pos[1], ids, QDateTime::currentMSecsSinceEpoch());
    } catch (const DatabaseError &e) {
        return m_cx.fail(tr("Could not create the store group: %1").arg(e.message()));
    }
    m_cx.out()
        << tr("Created store group \"%1\" with %n store(s).", nullptr, int(ids.size())).arg(pos[1])
        << Qt::endl;
    return Ok;
}

int GroupCommands::list(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const bool json = args.takeSwitch(QStringLiteral("json"));
    if (!workspace || args.positional().size() != 1 || !args.unknownOptions().isEmpty())
        return m_cx.usage(tr("usage: storelens-cli group list --workspace W [--json]"));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    StoreRepository stores(ws->db());
    const QList<StoreGroup> groups = StoreGroupRepository(ws->db()).list();
    auto namesOf = [&](const StoreGroup &g) {
        QStringList names;
        for (qint64 id : g.storeIds) {
            if (const auto s = stores.byId(id))
                names << s->name;
        }
        return names;
    };
    if (json) {
        QJsonArray array;
        for (const StoreGroup &g : groups)
            array.append(
                QJsonObject{{QStringLiteral("name"), g.name},
                            {QStringLiteral("stores"), QJsonArray::fromStringList(namesOf(g))}});
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (groups.isEmpty()) {
        m_cx.out() << tr("Workspace \"%1\" has no store groups.").arg(*workspace) << Qt::endl;
        return Ok;
    }
    for (const StoreGroup &g : groups)
        m_cx.out() << g.name << '\t' << namesOf(g).join(QStringLiteral(", ")) << Qt::endl;
    return Ok;
}

int GroupCommands::remove(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const QStringList pos = args.positional();
    if (!workspace || pos.size() != 2 || !args.unknownOptions().isEmpty())
        return m_cx.usage(tr("usage: storelens-cli group delete --workspace W NAME"));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    StoreGroupRepository groups(ws->db());
    const auto group = groups.find(pos[1]);
    if (!group)
        return m_cx.fail(tr("Workspace \"%1\" has no store group \"%2\".").arg(*workspace, pos[1]));
    groups.remove(group->id);
    m_cx.out() << tr("Deleted store group \"%1\"; its stores are unchanged.").arg(group->name)
               << Qt::endl;
    return Ok;
}

} // namespace storelens::cli
