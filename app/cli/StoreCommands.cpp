#include "StoreCommands.h"

#include "CommandLine.h"
#include "platform/PlatformRegistry.h"
#include "storage/CredentialStore.h"
#include "storage/DatabaseError.h"
#include "storage/StoreRepository.h"
#include "sync/StoreCredentials.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

namespace storelens::cli {

int StoreCommands::run(const QStringList &arguments)
{
    CommandGroup group(m_cx, QStringLiteral("store"));
    group.add(QStringLiteral("add"),
              tr("Adds a store to a workspace after testing its connection."),
              [this](const QStringList &a, const QString &) { return add(a); });
    group.add(QStringLiteral("list"), tr("Lists the stores of a workspace."),
              [this](const QStringList &a, const QString &s) { return list(a, s); });
    group.add(QStringLiteral("remove"), tr("Removes a store and its data from a workspace."),
              [this](const QStringList &a, const QString &s) { return remove(a, s); });
    return group.run(arguments, tr("store: expected add, list or remove."),
                     tr("store: unknown command \"%1\"."));
}

namespace {

// "--shop DOMAIN (--token-env VAR | --client-id ID --client-secret-env VAR)
// [--api-base URL]": a platform's options as its fields describe them.
QString platformSynopsis(const Platform &platform)
{
    auto option = [](const CredentialField &f) {
        const QString text = QStringLiteral("--%1 %2").arg(f.option, f.valueName);
        return f.optional ? QLatin1Char('[') + text + QLatin1Char(']') : text;
    };
    QStringList parts;
    QStringList optional;
    for (const CredentialField &f : platform.addressFields())
        (f.optional ? optional : parts) << option(f);
    QStringList schemes;
    for (const CredentialScheme &scheme : platform.schemes()) {
        QStringList fields;
        for (const CredentialField &f : scheme.fields)
            fields << option(f);
        schemes << fields.join(QLatin1Char(' '));
    }
    parts << (schemes.size() > 1
                  ? QLatin1Char('(') + schemes.join(QStringLiteral(" | ")) + QLatin1Char(')')
                  : schemes.join(QString()));
    return (parts + optional).join(QLatin1Char(' '));
}

} // namespace

int StoreCommands::add(const QStringList &arguments)
{
    const PlatformRegistry &registry = PlatformRegistry::instance();
    QStringList synopses;
    for (const Platform *p : registry.all())
        synopses << QStringLiteral("--workspace W --platform %1 %2 [--name N] [--offline]")
                        .arg(p->id(), platformSynopsis(*p));
    CommandLine cl(m_cx, QStringLiteral("store add"),
                   synopses.join(QStringLiteral("\n       storelens-cli store add ")),
                   tr("Adds a store to a workspace after testing its connection. Secrets are "
                      "read from the environment variables named by the --…-env options (or "
                      "asked on a terminal), never from the command line, and kept in the "
                      "keychain."));
    cl.addOption(QStringLiteral("workspace"), tr("The workspace to add the store to."),
                 QStringLiteral("W"));
    cl.addOption(QStringLiteral("platform"),
                 tr("The store's platform: %1.").arg(registry.ids().join(QStringLiteral(", "))),
                 QStringLiteral("P"));
    cl.addOption(QStringLiteral("name"), tr("A display name (default: the shop's own)."),
                 QStringLiteral("N"));
    cl.addSwitch(QStringLiteral("offline"),
                 tr("Add the store without testing its connection now."));
    // Every platform's options, once each: they are checked against the
    // chosen platform after parsing.
    QSet<QString> known;
    for (const Platform *p : registry.all()) {
        QList<CredentialField> fields = p->addressFields();
        for (const CredentialScheme &scheme : p->schemes())
            fields += scheme.fields;
        for (const CredentialField &f : fields) {
            if (known.contains(f.option))
                continue;
            known.insert(f.option);
            cl.addOption(f.option,
                         f.secret ? tr("%1 (%2): the environment variable that holds it.")
                                        .arg(f.accessibleName, p->name())
                                  : tr("%1 (%2).").arg(f.accessibleName, p->name()),
                         f.valueName);
        }
    }
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const auto platformId = cl.value(QStringLiteral("platform"));
    if (!workspace || !platformId)
        return cl.usageError(tr("--workspace and --platform are needed."));
    const Platform *platform = registry.find(*platformId);
    if (!platform)
        return m_cx.fail(tr("Platform \"%1\" is not supported; supported: %2.")
                             .arg(*platformId, registry.ids().join(QStringLiteral(", "))));

    // The address, then the one sign-in whose options were given.
    QMap<QString, QString> values;
    QSet<QString> allowed;
    for (const CredentialField &f : platform->addressFields()) {
        allowed.insert(f.option);
        if (const auto v = cl.value(f.option))
            values.insert(f.key, *v);
        else if (!f.optional)
            return cl.usageError(tr("%1 needs --%2.").arg(platform->name(), f.option));
    }
    std::optional<CredentialScheme> chosen;
    bool ambiguous = false;
    for (const CredentialScheme &scheme : platform->schemes()) {
        bool given = false;
        for (const CredentialField &f : scheme.fields) {
            allowed.insert(f.option);
            given = given || cl.isSet(f.option);
        }
        if (given) {
            ambiguous = ambiguous || chosen.has_value();
            chosen = scheme;
        }
    }
    for (const QString &name : cl.optionNames()) {
        if (known.contains(name) && !allowed.contains(name))
            return cl.usageError(tr("--%1 is not an option of %2.").arg(name, platform->name()));
    }
    const QList<CredentialScheme> schemes = platform->schemes();
    if (!chosen && schemes.size() == 1 && CliContext::stdinIsTerminal())
        chosen = schemes.first(); // its secrets are asked below
    if (!chosen || ambiguous)
        return cl.usageError(tr("give one way to sign in to %1: %2")
                                 .arg(platform->name(), platformSynopsis(*platform)));

    // Secrets come from the environment or the terminal, never from argv
    // (visible in `ps` and shell history).
    QMap<QString, QByteArray> secrets;
    for (const CredentialField &f : chosen->fields) {
        const auto v = cl.value(f.option);
        if (!f.secret) {
            if (v)
                values.insert(f.key, *v);
            else if (!f.optional)
                return cl.usageError(tr("%1 needs --%2.").arg(platform->name(), f.option));
            continue;
        }
        QByteArray secret;
        if (v) {
            secret = qgetenv(v->toLocal8Bit().constData());
            if (secret.isEmpty())
                return m_cx.fail(
                    tr("The environment variable %1 is empty or not set; it must hold the %2.")
                        .arg(*v, f.accessibleName.toLower()));
        } else {
            const auto typed = m_cx.promptSecret(f.accessibleName + QStringLiteral(": "));
            if (!typed || typed->isEmpty())
                return cl.usageError(tr("%1 needs --%2.").arg(platform->name(), f.option));
            secret = typed->toUtf8();
        }
        secrets.insert(f.key, secret);
    }

    QString error;
    auto draft = platform->storeFor(values, chosen->authKind, &error);
    if (!draft)
        return m_cx.fail(error);
    Store store = *draft;
    const auto name = cl.value(QStringLiteral("name"));
    if (name)
        store.name = *name;
    store.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    store.credentialRef = QStringLiteral("pending");
    const auto packed = StoreCredentials::pack(store, secrets, &error);
    if (!packed)
        return m_cx.fail(error);
    QByteArray secret = *packed;
    for (QByteArray &s : secrets)
        s.fill('\0');

    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    StoreRepository stores(ws->db());
    if (!cl.isSet(QStringLiteral("offline"))) {
        // Test the connection now: a wrong address, key or permission is
        // reported here, before anything is stored.
        QNetworkAccessManager network;
        ConnectorSettings settings;
        settings.retries.maxAttempts = 3;
        StoreConnection connection{store, chosen->unpack(secret)};
        const std::unique_ptr<PlatformConnector> connector =
            platform->connector(connection, network, settings);
        ShopInfo info;
        const SyncError failure = connector->fetchShop(&info);
        if (failure.isError())
            return m_cx.fail(failure.message);
        store.currency = info.currency;
        store.timezone = info.timezone;
        store.plan = info.plan;
        if (!name && !info.name.isEmpty())
            store.name = info.name;
        QStringList facts{info.currency, info.timezone, info.plan};
        facts.removeAll(QString());
        m_cx.out() << tr("Connected to %1 (%2).").arg(info.name, facts.join(QStringLiteral(", ")))
                   << Qt::endl;
    }
    bool duplicate = false;
    if (stores.find(store.domain, &duplicate) || stores.find(store.name, &duplicate))
        return m_cx.fail(tr("Workspace \"%1\" already has a store named \"%2\" or with domain %3.")
                             .arg(*workspace, store.name, store.domain));
    CredentialStore credentials(*ws);
    try {
        Transaction tx(ws->db());
        store.id = stores.insert(store);
        store.credentialRef = credentials.newRef(store.id, StoreCredentials::secretLabel(store));
        stores.update(store);
        credentials.put(store.credentialRef, secret);
        tx.commit();
    } catch (const DatabaseError &e) {
        credentials.remove(store.credentialRef);
        return m_cx.fail(tr("Could not add the store: %1").arg(e.message()));
    } catch (const std::runtime_error &e) {
        return m_cx.fail(QString::fromStdString(e.what()));
    }
    secret.fill('\0');
    m_cx.out() << tr("Added store \"%1\" (%2) to workspace \"%3\".")
                      .arg(store.name, store.domain, *workspace)
               << Qt::endl;
    return Ok;
}

int StoreCommands::list(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("store list"), tr("--workspace W [--json]"), summary);
    cl.addOption(QStringLiteral("workspace"), tr("The workspace whose stores to list."),
                 QStringLiteral("W"));
    cl.addSwitch(QStringLiteral("json"), tr("Print the stores as JSON."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const bool json = cl.isSet(QStringLiteral("json"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    const QList<Store> stores = StoreRepository(ws->db()).list();
    if (json) {
        QJsonArray array;
        for (const Store &s : stores) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("platform"), s.platform},
                                     {QStringLiteral("domain"), s.domain},
                                     {QStringLiteral("currency"), s.currency},
                                     {QStringLiteral("timezone"), s.timezone},
                                     {QStringLiteral("auth"), s.authKind},
                                     {QStringLiteral("api_base"), s.apiBase},
                                     {QStringLiteral("status"), s.status}});
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (stores.isEmpty()) {
        m_cx.out() << tr("Workspace \"%1\" has no stores yet.").arg(*workspace) << Qt::endl;
        return Ok;
    }
    for (const Store &s : stores) {
        m_cx.out() << s.name << '\t' << s.platform << '\t' << s.domain << '\t'
                   << (s.currency.isEmpty() ? QStringLiteral("-") : s.currency) << '\t' << s.status
                   << Qt::endl;
    }
    return Ok;
}

int StoreCommands::remove(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("store remove"), tr("--workspace W STORE"), summary);
    cl.addOption(QStringLiteral("workspace"), tr("The workspace to remove the store from."),
                 QStringLiteral("W"));
    cl.addPositional(tr("STORE"), tr("The store's name or shop domain."));
    // Scripts pass it as they do to `store add`, and removing never connects.
    cl.addHiddenOption(QStringLiteral("offline"));
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
    const auto store = m_cx.findStore(ws->db(), *workspace, name);
    if (!store)
        return Failed;
    try {
        StoreRepository(ws->db()).remove(store->id);
    } catch (const DatabaseError &e) {
        return m_cx.fail(tr("Could not remove the store: %1").arg(e.message()));
    }
    CredentialStore(*ws).remove(store->credentialRef);
    m_cx.out() << tr("Removed store \"%1\" and its data from workspace \"%2\".")
                      .arg(store->name, *workspace)
               << Qt::endl;
    return Ok;
}

} // namespace storelens::cli
