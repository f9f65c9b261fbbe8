#include "SyncRunHistory.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace storelens {

QList<SyncRun> SyncRunHistory::read(Database &db, qint64 storeId, int limit)
{
    Statement q = db.prepare("SELECT id, trigger, started_at, finished_at, status, error_kind, "
                             "error_message, counts FROM sync_runs WHERE store_id = ? "
                             "ORDER BY id DESC LIMIT ?");
    q.bind(1, storeId);
    q.bind(2, qint64(limit));
    QList<SyncRun> runs;
    while (q.step()) {
        SyncRun run;
        run.id = q.int64(0);
        run.trigger = q.text(1);
        run.startedMs = q.int64(2);
        if (!q.isNull(3))
            run.finishedMs = q.int64(3);
        run.status = q.text(4);
        run.errorKind = q.text(5);
        splitMessage(q.text(6), &run.errorMessage, &run.errorDetail);
        const QJsonObject counts = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            run.counts.insert(it.key(), it.value().toInteger());
        runs.append(run);
    }
    return runs;
}

void SyncRunHistory::splitMessage(const QString &stored, QString *message, QString *detail)
{
    const qsizetype open = stored.lastIndexOf(QLatin1String(" ["));
    if (stored.endsWith(QLatin1Char(']')) && open > 0) {
        *message = stored.left(open);
        *detail = stored.mid(open + 2, stored.size() - open - 3);
    } else {
        *message = stored;
        detail->clear();
    }
}

QString SyncRunHistory::triggerTitle(const QString &trigger)
{
    if (trigger == QLatin1String("manual"))
        return tr("Sync now");
    if (trigger == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (trigger == QLatin1String("catch-up"))
        return tr("Catch-up after sleep");
    if (trigger == QLatin1String("app"))
        return tr("Desktop app");
    if (trigger == QLatin1String("cli"))
        return tr("Command line");
    if (trigger == QLatin1String("demo"))
        return tr("Demo");
    return trigger;
}

QString SyncRunHistory::outcomeTitle(const SyncRun &run, bool storeRunning)
{
    if (run.status == QLatin1String("ok"))
        return tr("Succeeded");
    if (run.status == QLatin1String("failed"))
        return tr("Failed");
    if (run.status == QLatin1String("cancelled"))
        return tr("Stopped");
    if (run.status == QLatin1String("running"))
        // A run never finished by a process that ended (killed, crashed).
        return storeRunning ? tr("Running") : tr("Interrupted");
    return run.status;
}

QString SyncRunHistory::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 60'000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(locale.toString(s / 60), locale.toString(s % 60));
    return tr("%1 h %2 min").arg(locale.toString(s / 3600), locale.toString((s % 3600) / 60));
}

} // namespace storelens
