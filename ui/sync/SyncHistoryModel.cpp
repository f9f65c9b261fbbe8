#include "SyncHistoryModel.h"

#include "session/SyncController.h"

#include <QDateTime>
#include <QLocale>

namespace storelens {

namespace {
const QString kRejected = QStringLiteral("rejected");
}

SyncHistoryModel::SyncHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_resources(SyncController::resources())
{}

void SyncHistoryModel::setRuns(const QList<SyncRun> &runs, bool storeRunning)
{
    beginResetModel();
    m_runs = runs;
    m_storeRunning = storeRunning;
    endResetModel();
}

int SyncHistoryModel::resourceColumn(const QString &resource) const
{
    if (resource == kRejected)
        return rejectedColumn();
    const qsizetype i = m_resources.indexOf(resource);
    return i < 0 ? -1 : FirstResource + int(i);
}

int SyncHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : messageColumn() + 1;
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const SyncRun &run = m_runs.at(index.row());
    // Only the newest run can still be running.
    const bool running = m_storeRunning && index.row() == 0;
    const int column = index.column();
    const QLocale locale;
    const bool isCount = column >= FirstResource && column <= rejectedColumn();
    const QString resource = column == rejectedColumn() ? kRejected
                             : isCount                  ? m_resources.at(column - FirstResource)
                                                        : QString();

    if (role == Qt::TextAlignmentRole)
        return isCount || column == Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (column) {
        case Started:
            return run.startedMs;
        case Duration:
            return run.finishedMs ? QVariant(*run.finishedMs - run.startedMs) : QVariant();
        case Trigger:
            return run.trigger;
        case Outcome:
            return run.status;
        default:
            if (isCount)
                return run.counts.contains(resource) ? QVariant(run.counts.value(resource))
                                                     : QVariant();
            return run.errorKind;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Duration && run.finishedMs)
            return tr("Finished %1")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(*run.finishedMs),
                                     QLocale::LongFormat));
        if (column == Started)
            return locale.toString(QDateTime::fromMSecsSinceEpoch(run.startedMs),
                                   QLocale::LongFormat);
        if (column == messageColumn() && !run.errorMessage.isEmpty())
            return run.errorMessage;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Started:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(run.startedMs), QLocale::ShortFormat);
    case Duration:
        if (!run.finishedMs)
            return running ? tr("running") : QString();
        return SyncRunHistory::durationText(*run.finishedMs - run.startedMs);
    case Trigger:
        return SyncRunHistory::triggerTitle(run.trigger);
    case Outcome:
        return SyncRunHistory::outcomeTitle(run, running);
    default:
        if (isCount) {
            // Resources the run did not reach stay empty; zero is a count.
            return run.counts.contains(resource) ? locale.toString(run.counts.value(resource))
                                                 : QString();
        }
        return run.errorMessage;
    }
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Trigger:
        return tr("Trigger");
    case Outcome:
        return tr("Outcome");
    default:
        if (section == rejectedColumn())
            return tr("Set aside");
        if (section == messageColumn())
            return tr("Message");
        if (section >= FirstResource && section < rejectedColumn())
            return SyncController::resourceTitle(m_resources.at(section - FirstResource));
        return {};
    }
}

} // namespace storelens
