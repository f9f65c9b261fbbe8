#pragma once

#include "models/TableQuery.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace storelens {

class WorkspaceSession;

// Writes every row of a table query to a CSV file on a thread of its own with
// its own read connection, so that a million-row export neither blocks the
// window nor waits behind the table's own reads. The file appears complete
// or not at all (written aside, then renamed).
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    explicit CsvExporter(WorkspaceSession &session, QObject *parent = nullptr);
    ~CsvExporter() override; // cancels and waits

    void start(const TableQuery &query, const QString &path);
    void cancel() { m_cancelled = true; }

    static constexpr int kBatchRows = 2000;

signals:
    void progressed(qint64 rows);
    void finished(qint64 rows, const QString &error);

private:
    WorkspaceSession &m_session;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_rows{0};
};

} // namespace storelens
