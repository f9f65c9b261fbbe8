#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace storelens {

class Database;

// One row of the sync history (the workspace's sync_runs table).
struct SyncRun
{
    qint64 id = 0;
    QString trigger; // "manual", "scheduled", "catch-up", "app", "cli", ...
    qint64 startedMs = 0;
    std::optional<qint64> finishedMs;
    QString status; // "running", "ok", "failed", "cancelled"
    QString errorKind;
    QString errorMessage;         // what happened and what to do
    QString errorDetail;          // the technical cause
    QMap<QString, qint64> counts; // records per resource, and "rejected"
};

// Reads a store's sync history, newest first, as the sync engine records it
// (the CLI's sync-log reads the same rows). Runs on a reader thread.
class SyncRunHistory
{
    Q_DECLARE_TR_FUNCTIONS(SyncRunHistory)
public:
    static QList<SyncRun> read(Database &db, qint64 storeId, int limit = 1000);
    // The engine keeps "message [detail]" in one column: the two again.
    static void splitMessage(const QString &stored, QString *message, QString *detail);

    // Names for people.
    static QString triggerTitle(const QString &trigger);
    static QString outcomeTitle(const SyncRun &run, bool storeRunning);
    static QString durationText(qint64 ms);
};

} // namespace storelens
