#include "DaemonCommands.h"

#include "CommandLine.h"
#include "common/TerminationSignals.h"
#include "ingest/Ingestor.h"
#include "storage/StoreRepository.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/StoreCredentials.h"
#include "sync/SyncScheduler.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace storelens::cli {

int DaemonCommands::syncLog(const QStringList &arguments)
{
    CommandLine cl(m_cx, QStringLiteral("sync-log"),
                   tr("--workspace W [--store S] [--limit N] [--json]"),
                   tr("Lists a workspace's sync runs, the latest first."));
    cl.addOption(QStringLiteral("workspace"), tr("The workspace whose runs to list."),
                 QStringLiteral("W"));
    cl.addOption(QStringLiteral("store"), tr("Only this store's runs, by name or shop domain."),
                 QStringLiteral("S"));
    cl.addOption(QStringLiteral("limit"), tr("At most N runs (default: 50)."), QStringLiteral("N"));
    cl.addSwitch(QStringLiteral("json"), tr("Print the runs as JSON."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const auto storeName = cl.value(QStringLiteral("store"));
    const auto limit = cl.value(QStringLiteral("limit"));
    const bool json = cl.isSet(QStringLiteral("json"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(0, 0))
        return *error;
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    std::optional<Store> store;
    if (storeName) {
        bool ambiguous = false;
        store = StoreRepository(ws->db()).find(*storeName, &ambiguous);
        if (!store)
            return m_cx.fail(
                tr("Workspace \"%1\" has no store \"%2\".").arg(*workspace, *storeName));
    }
    Statement q = ws->db().prepare(
        "SELECT r.id, s.name, r.trigger, r.started_at, r.finished_at, r.status, r.error_kind, "
        "r.error_message, r.counts FROM sync_runs r JOIN stores s ON s.id = r.store_id "
        "WHERE (?1 IS NULL OR r.store_id = ?1) ORDER BY r.id DESC LIMIT ?2");
    if (store)
        q.bind(1, store->id);
    else
        q.bind(1, nullptr);
    q.bind(2, limit ? limit->toLongLong() : qint64(50));
    QJsonArray array;
    const QLocale locale;
    while (q.step()) {
        const QJsonObject counts = QJsonDocument::fromJson(q.text(8).toUtf8()).object();
        if (json) {
            QJsonObject o{
                {QStringLiteral("id"), q.int64(0)},
                {QStringLiteral("store"), q.text(1)},
                {QStringLiteral("trigger"), q.text(2)},
                {QStringLiteral("started_at"),
                 QDateTime::fromMSecsSinceEpoch(q.int64(3), Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("status"), q.text(5)},
                {QStringLiteral("counts"), counts}};
            if (!q.isNull(4))
                o.insert(QStringLiteral("finished_at"),
                         QDateTime::fromMSecsSinceEpoch(q.int64(4), Qt::UTC)
                             .toString(Qt::ISODateWithMs));
            if (!q.isNull(6)) {
                o.insert(QStringLiteral("error"), q.text(6));
                o.insert(QStringLiteral("message"), q.text(7));
            }
            array.append(o);
            continue;
        }
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(q.int64(3));
        const QString duration =
            q.isNull(4)
                ? tr("running")
                : tr("%1 s").arg(locale.toString(double(q.int64(4) - q.int64(3)) / 1000.0, 'f', 1));
        QStringList parts;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key(), locale.toString(it.value().toInteger()));
        m_cx.out() << locale.toString(started, QLocale::ShortFormat) << "  " << q.text(1) << "  "
                   << q.text(2) << "  " << q.text(5) << "  " << duration << "  "
                   << parts.join(QStringLiteral(", ")) << Qt::endl;
        if (!q.isNull(7))
            m_cx.out() << "    " << q.text(7) << Qt::endl;
    }
    if (json)
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Ok;
}

int DaemonCommands::daemon(const QStringList &arguments)
{
    CommandLine cl(m_cx, QStringLiteral("daemon"), tr("--workspace W"),
                   tr("Syncs every store of a workspace on its schedule, as the desktop app does, "
                      "until SIGINT or SIGTERM; then commits what was synced and stops."));
    cl.addOption(QStringLiteral("workspace"), tr("The workspace whose stores to sync."),
                 QStringLiteral("W"));
    // How often the scheduler looks for due stores: for tests.
    cl.addHiddenOption(QStringLiteral("tick-ms"), QStringLiteral("MS"));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const auto tick = cl.value(QStringLiteral("tick-ms"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(0, 0))
        return *error;
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;

    TerminationSignals termination;
    if (!termination.isActive())
        return m_cx.fail(tr("Could not set up signal handling."));

    Ingestor ingestor(*ws);
    SyncScheduler scheduler(*ws, ingestor);
    ConnectivityMonitor connectivity;
    if (const auto stores = StoreRepository(ws->db()).list(); !stores.isEmpty())
        connectivity.setProbeTarget(StoreCredentials::baseUrl(stores.first()).host(),
                                    quint16(StoreCredentials::baseUrl(stores.first()).port(443)));
    scheduler.setOnline(connectivity.isOnline());
    QObject::connect(
        &connectivity, &ConnectivityMonitor::onlineChanged, &scheduler, [&](bool online) {
            m_cx.out() << (online ? tr("Online: syncing resumes.") : tr("Offline: syncing pauses."))
                       << Qt::endl;
            scheduler.setOnline(online);
        });
    const QLocale locale;
    auto stamp = [&] {
        return locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    };
    QObject::connect(&scheduler, &SyncScheduler::syncStarted, &scheduler, [&](qint64 id) {
        m_cx.out() << stamp() << "  " << tr("sync of %1 started").arg(scheduler.state(id).name)
                   << Qt::endl;
    });
    QObject::connect(
        &scheduler, &SyncScheduler::syncFinished, &scheduler, [&](qint64 id, const SyncError &e) {
            const SyncScheduler::StoreState s = scheduler.state(id);
            if (e.isError())
                m_cx.out() << stamp() << "  " << tr("sync of %1: %2").arg(s.name, e.message)
                           << Qt::endl;
            else
                m_cx.out() << stamp() << "  "
                           << tr("sync of %1 done; next at %2")
                                  .arg(s.name,
                                       locale.toString(QDateTime::fromMSecsSinceEpoch(s.nextDueMs),
                                                       QLocale::ShortFormat))
                           << Qt::endl;
        });
    QObject::connect(&scheduler, &SyncScheduler::notify, &scheduler,
                     [&](const QString &title, const QString &body) {
                         m_cx.out() << stamp() << "  " << title << ": " << body << Qt::endl;
                     });
    int exitCode = Ok;
    QObject::connect(&termination, &TerminationSignals::received, &scheduler, [&] {
        m_cx.out() << tr("Stopping: committing what was synced...") << Qt::endl;
        scheduler.stop(); // cancels running syncs; they commit what they have
        ingestor.waitForIdle();
        QCoreApplication::exit(exitCode);
    });
    scheduler.start(tick ? tick->toInt() : 5'000);
    m_cx.out() << tr("StoreLens daemon: workspace \"%1\", %n store(s). Stop with Ctrl+C.", nullptr,
                     int(scheduler.states().size()))
                      .arg(*workspace)
               << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace storelens::cli
