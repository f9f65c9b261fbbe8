#include "GroupCommands.h"

#include "CommandLine.h"
#include "storage/DatabaseError.h"
#include "storage/StoreGroupRepository.h"
#include "storage/StoreRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::cli {

int GroupCommands::run(const QStringList &arguments)
{
    CommandGroup group(m_cx, QStringLiteral("group"));
    group.add(QStringLiteral("create"), tr("Creates a named group of stores to report together."),
              [this](const QStringList &a, const QString &s) { return create(a, s); });
    group.add(QStringLiteral("list"), tr("Lists the store groups of a workspace."),
              [this](const QStringList &a, const QString &s) { return list(a, s); });
    group.add(QStringLiteral("delete"), tr("Deletes a store group; its stores stay."),
              [this](const QStringList &a, const QString &s) { return remove(a, s); });
    return group.run(arguments, tr("group: expected create, list or delete."),
                     tr("group: unknown command \"%1\"."));
}

int GroupCommands::create(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("group create"), tr("--workspace W NAME STORE [STORE ...]"),
                   summary);
    cl.addOption(QStringLiteral("workspace"), tr("The workspace of the stores."),
                 QStringLiteral("W"));
    cl.addPositional(tr("NAME"), tr("The group's name."));
    cl.addPositional(tr("STORE"), tr("A store's name or shop domain; one or more."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(2, -1))
        return *error;
    const QStringList pos = cl.positional();
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    QList<qint64> ids;
    for (const QString &name : pos.mid(1)) {
        const auto store = m_cx.findStore(ws->db(), *workspace, name);
        if (!store)
            return Failed;
        ids << store->id;
    }
    StoreGroupRepository groups(ws->db());
    if (groups.find(pos[0]))
        return m_cx.fail(
            tr("Workspace \"%1\" already has a store group \"%2\".").arg(*workspace, pos[0]));
    try {
        groups.create(pos[0], ids, QDateTime::currentMSecsSinceEpoch());
    } catch (const DatabaseError &e) {
        return m_cx.fail(tr("Could not create the store group: %1").arg(e.message()));
    }
    m_cx.out()
        << tr("Created store group \"%1\" with %n store(s).", nullptr, int(ids.size())).arg(pos[0])
        << Qt::endl;
    return Ok;
}

int GroupCommands::list(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("group list"), tr("--workspace W [--json]"), summary);
    cl.addOption(QStringLiteral("workspace"), tr("The workspace whose groups to list."),
                 QStringLiteral("W"));
    cl.addSwitch(QStringLiteral("json"), tr("Print the groups and their stores as JSON."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const bool json = cl.isSet(QStringLiteral("json"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(0, 0))
        return *error;
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

int GroupCommands::remove(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("group delete"), tr("--workspace W NAME"), summary);
    cl.addOption(QStringLiteral("workspace"), tr("The workspace of the group."),
                 QStringLiteral("W"));
    cl.addPositional(tr("NAME"), tr("The group's name."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(1, 1))
        return *error;
    const QString name = cl.positional().first();
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    StoreGroupRepository groups(ws->db());
    const auto group = groups.find(name);
    if (!group)
        return m_cx.fail(tr("Workspace \"%1\" has no store group \"%2\".").arg(*workspace, name));
    groups.remove(group->id);
    m_cx.out() << tr("Deleted store group \"%1\"; its stores are unchanged.").arg(group->name)
               << Qt::endl;
    return Ok;
}

} // namespace storelens::cli
