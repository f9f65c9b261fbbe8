#pragma once

#include "SyncRunHistory.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace storelens {

// The sync runs of one store as a table: when, how long, why, per-resource
// record counts, outcome and message. Qt::UserRole gives the raw value
// (trigger key, status, count, epoch ms) for sorting and tests.
class SyncHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Started,
        Duration,
        Trigger,
        Outcome,
        FirstResource, // one column per resource, then Rejected and Message
    };

    explicit SyncHistoryModel(QObject *parent = nullptr);

    void setRuns(const QList<SyncRun> &runs, bool storeRunning);
    const QList<SyncRun> &runs() const { return m_runs; }
    const SyncRun &run(int row) const { return m_runs.at(row); }

    // The column of a resource's count ("orders", ...), "rejected", or the message.
    int resourceColumn(const QString &resource) const;
    int rejectedColumn() const { return FirstResource + int(m_resources.size()); }
    int messageColumn() const { return rejectedColumn() + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_resources;
    QList<SyncRun> m_runs;
    bool m_storeRunning = false;
};

} // namespace storelens
