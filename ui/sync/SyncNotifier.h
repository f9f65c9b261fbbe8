#pragma once

#include "sync/SyncScheduler.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace storelens {

// A desktop notification worth showing, decided by SyncNotifier.
struct SyncNotification
{
    enum class Kind
    {
        FirstSyncFinished,
        NeedsAttention,
    };
    Kind kind = Kind::FirstSyncFinished;
    qint64 storeId = 0;
    QString title;
    QString body;
};

// Decides which desktop notifications the scheduler's state changes deserve:
// a store's first sync finishing, and a store starting to need its owner. It
// compares each report of the scheduler's states with the one before, so a
// state that merely persists (a store that already needed attention when the
// workspace opened, a repeated report) is never announced twice. Knows
// nothing of the tray: the window shows what it returns.
class SyncNotifier
{
    Q_DECLARE_TR_FUNCTIONS(SyncNotifier)
public:
    // Off: states are still followed, so turning it on announces only what
    // happens from then on.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // Takes the scheduler's latest states; returns what to announce.
    QList<SyncNotification> update(const QList<SyncScheduler::StoreState> &states);
    // Forgets every store (another workspace was opened).
    void reset();

private:
    struct Seen
    {
        bool synced = false;
        bool needsAttention = false;
    };
    QHash<qint64, Seen> m_seen;
    bool m_enabled = true;
};

} // namespace storelens
