#include "SyncCommands.h"

#include "CommandLine.h"
#include "ingest/Ingestor.h"
#include "storage/StoreRepository.h"
#include "sync/StoreCredentials.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <unistd.h>

namespace storelens::cli {

namespace {
std::atomic<bool> g_interrupted{false};

extern "C" void onSignal(int)
{
    g_interrupted = true;
}

// Draws one line per resource on a terminal: a bar when the total is known.
class ProgressPrinter
{
public:
    ProgressPrinter(QTextStream &out, bool json)
        : m_out(out)
        , m_json(json)
        , m_tty(isatty(STDOUT_FILENO) == 1)
    {}

    void update(const QString &store, const SyncEngine::Progress &p)
    {
        if (m_json) {
            QJsonObject o{{QStringLiteral("event"), p.message.isEmpty() ? QStringLiteral("progress")
                                                                        : QStringLiteral("log")},
                          {QStringLiteral("store"), store},
                          {QStringLiteral("resource"), p.resource}};
            if (p.message.isEmpty()) {
                o.insert(QStringLiteral("done"), p.done);
                if (p.total >= 0)
                    o.insert(QStringLiteral("total"), p.total);
            } else {
                o.insert(QStringLiteral("message"), p.message);
            }
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            return;
        }
        if (!p.message.isEmpty()) {
            endLine();
            m_out << "  " << p.resource << ": " << p.message << Qt::endl;
            return;
        }
        if (p.resource != m_resource) {
            endLine();
            m_resource = p.resource;
        }
        if (p.done < 0)
            return;
        const QLocale locale;
        QString line = QStringLiteral("  %1 ").arg(p.resource, -10);
        if (p.total > 0) {
            const int width = 30;
            const int filled = int(std::min<qint64>(width, p.done * width / p.total));
            line += QLatin1Char('[') + QString(filled, QLatin1Char('#')) +
                    QString(width - filled, QLatin1Char('-')) + QStringLiteral("] ") +
                    locale.toString(p.done) + QLatin1Char('/') + locale.toString(p.total);
        } else {
            line += locale.toString(p.done);
        }
        if (m_tty) {
            m_out << '\r' << line << Qt::flush;
            m_open = true;
        } else if (p.total >= 0 && p.done == p.total) {
            m_out << line << Qt::endl;
        }
    }
    void endLine()
    {
        if (m_open)
            m_out << Qt::endl;
        m_open = false;
    }

private:
    QTextStream &m_out;
    bool m_json;
    bool m_tty;
    bool m_open = false;
    QString m_resource;
};
} // namespace

int SyncCommands::sync(const QStringList &arguments)
{
    CommandLine cl(m_cx, QStringLiteral("sync"),
                   tr("--workspace W [--store S] [--full] [--json-progress]"),
                   tr("Fetches what is new in a workspace's stores. It can be stopped at any "
                      "point (Ctrl+C, a killed process, a dropped network); the next sync resumes "
                      "where it stopped."));
    cl.addOption(QStringLiteral("workspace"), tr("The workspace to sync."), QStringLiteral("W"));
    cl.addOption(QStringLiteral("store"),
                 tr("Only this store, by name or shop domain (default: every store)."),
                 QStringLiteral("S"));
    cl.addSwitch(QStringLiteral("full"), tr("Read everything again, not only what changed."));
    cl.addSwitch(QStringLiteral("json-progress"),
                 tr("Print progress as one JSON object a line, for scripts."));
    // Records at or above which a bulk export is used: for tests and benchmarks.
    cl.addHiddenOption(QStringLiteral("bulk-threshold"), QStringLiteral("N"));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const auto storeName = cl.value(QStringLiteral("store"));
    const auto threshold = cl.value(QStringLiteral("bulk-threshold"));
    const bool full = cl.isSet(QStringLiteral("full"));
    const bool json = cl.isSet(QStringLiteral("json-progress"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(0, 0))
        return *error;
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;

    QList<Store> stores;
    StoreRepository repository(ws->db());
    if (storeName) {
        const auto store = m_cx.findStore(ws->db(), *workspace, *storeName);
        if (!store)
            return Failed;
        stores << *store;
    } else {
        stores = repository.list();
    }
    if (stores.isEmpty())
        return m_cx.fail(tr("Workspace \"%1\" has no stores to sync.").arg(*workspace));

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    Ingestor ingestor(*ws);
    SyncEngine engine(*ws, ingestor);
    // The engine runs on this thread, which spins no event loop while it
    // reads a bulk export: a timer here would see Ctrl+C only once the whole
    // export was ingested. A thread of its own hands it on at once.
    // (Declared after the engine: stopped and joined before it goes.)
    std::jthread interruptWatch([&engine](std::stop_token stop) {
        while (!stop.stop_requested()) {
            if (g_interrupted) {
                engine.cancel();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });

    SyncEngine::Options options;
    options.full = full;
    if (threshold)
        options.bulkThreshold = threshold->toLongLong();
    ProgressPrinter printer(m_cx.out(), json);
    int exitCode = Ok;
    for (const Store &store : stores) {
        QString error;
        const auto connection = StoreCredentials::connectionFor(*ws, store, &error);
        if (!connection) {
            m_cx.err() << error << Qt::endl;
            exitCode = Failed;
            continue;
        }
        if (!json)
            m_cx.out() << tr("Syncing %1 (%2)").arg(store.name, store.domain) << Qt::endl;
        const SyncEngine::Result result =
            engine.run(*connection, options,
                       [&](const SyncEngine::Progress &p) { printer.update(store.name, p); });
        printer.endLine();
        const QLocale locale;
        if (json) {
            QJsonObject done{{QStringLiteral("event"), QStringLiteral("done")},
                             {QStringLiteral("store"), store.name},
                             {QStringLiteral("ok"), !result.error.isError()},
                             {QStringLiteral("elapsed_ms"), result.elapsedMs},
                             {QStringLiteral("requests"), result.requests.requests},
                             {QStringLiteral("throttled"), result.requests.throttled},
                             {QStringLiteral("cost_exceeded"), result.requests.overCostLimit},
                             {QStringLiteral("retries"), result.requests.retries}};
            QJsonObject counts;
            for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it)
                counts.insert(it.key(), it.value());
            done.insert(QStringLiteral("counts"), counts);
            if (result.error.isError()) {
                done.insert(QStringLiteral("error"), result.error.kindName());
                done.insert(QStringLiteral("message"), result.error.message);
            }
            m_cx.out() << QJsonDocument(done).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            QStringList parts;
            for (auto it = result.counts.cbegin(); it != result.counts.cend(); ++it)
                parts << QStringLiteral("%1 %2").arg(it.key(), locale.toString(it.value()));
            m_cx.out() << tr("  %1 in %2 s (%3 requests, %4 throttled, %5 over the cost limit, "
                             "%6 retried)")
                              .arg(parts.isEmpty() ? tr("nothing new")
                                                   : parts.join(QStringLiteral(", ")),
                                   locale.toString(double(result.elapsedMs) / 1000.0, 'f', 1))
                              .arg(result.requests.requests)
                              .arg(result.requests.throttled)
                              .arg(result.requests.overCostLimit)
                              .arg(result.requests.retries)
                       << Qt::endl;
        }
        if (result.error.isError()) {
            if (!json)
                m_cx.err() << result.error.message << Qt::endl;
            exitCode = result.error.kind == SyncError::Kind::Cancelled ? 130 : Failed;
            if (g_interrupted)
                break;
        }
    }
    // Pack the product days the sync changed, so that reports read them fast
    // (an interrupted run leaves them to the next idle writer).
    if (!g_interrupted)
        ingestor.waitForIdle();
    return exitCode;
}

int SyncCommands::importBulk(const QStringList &arguments)
{
    CommandLine cl(m_cx, QStringLiteral("import-bulk"), tr("--workspace W --store S FILE.jsonl"),
                   tr("Imports the orders of a Shopify bulk-operation result into a store."));
    cl.addOption(QStringLiteral("workspace"), tr("The workspace of the store."),
                 QStringLiteral("W"));
    cl.addOption(QStringLiteral("store"), tr("The store, by name or shop domain."),
                 QStringLiteral("S"));
    cl.addPositional(tr("FILE.jsonl"), tr("The bulk operation's result: one JSON object a line."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const auto storeName = cl.value(QStringLiteral("store"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (!storeName)
        return cl.missingOption(QStringLiteral("store"));
    if (const auto error = cl.expectPositional(1, 1))
        return *error;
    const QString path = cl.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_cx.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    bool ambiguous = false;
    const auto store = StoreRepository(ws->db()).find(*storeName, &ambiguous);
    if (!store)
        return m_cx.fail(tr("Workspace \"%1\" has no store \"%2\".").arg(*workspace, *storeName));
    if (store->currency.isEmpty())
        return m_cx.fail(
            tr("Store \"%1\" has not been connected yet, so its currency is unknown. Sync it "
               "once, then import.")
                .arg(store->name));

    QString unknown;
    const Platform *platform = StoreCredentials::platformOf(*store, &unknown);
    if (!platform)
        return m_cx.fail(unknown);
    QElapsedTimer timer;
    timer.start();
    Ingestor ingestor(*ws);
    IngestReport total;
    std::vector<QFuture<IngestReport>> futures;
    qint64 records = 0;
    const SyncError error = platform->importExport(
        file, *store,
        [&](IngestBatch &&batch) {
            ingestor.waitForRoom(4);
            futures.push_back(ingestor.submit(std::move(batch)));
            return true;
        },
        &records);
    ingestor.waitForIdle();
    for (auto &f : futures)
        total += f.result();
    if (error.isError())
        return m_cx.fail(error.message);
    if (!total.ok)
        return m_cx.fail(total.error);
    const QLocale locale;
    m_cx.out() << tr("Imported %1 orders (%2 new, %3 updated, %4 kept aside) in %5 s.")
                      .arg(locale.toString(records), locale.toString(total.ordersInserted),
                           locale.toString(total.ordersUpdated), locale.toString(total.rejected),
                           locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
               << Qt::endl;
    return Ok;
}

} // namespace storelens::cli
