#include "SyncNotifier.h"

namespace storelens {

QList<SyncNotification> SyncNotifier::update(const QList<SyncScheduler::StoreState> &states)
{
    QList<SyncNotification> out;
    QHash<qint64, Seen> next;
    for (const SyncScheduler::StoreState &s : states) {
        const Seen now{s.lastSuccessMs > 0, s.needsAttention};
        const auto before = m_seen.constFind(s.storeId);
        next.insert(s.storeId, now);
        // A store seen for the first time is a baseline, not news.
        if (before == m_seen.cend() || !m_enabled)
            continue;
        if (now.synced && !before->synced) {
            out.append({SyncNotification::Kind::FirstSyncFinished, s.storeId,
                        tr("%1 is ready").arg(s.name),
                        tr("The first sync of %1 has finished; its dashboard and data are "
                           "up to date.")
                            .arg(s.name)});
        }
        if (now.needsAttention && !before->needsAttention) {
            // The error's message says what happened and what to do.
            const QString body =
                !s.lastError.message.isEmpty()
                    ? s.lastError.message
                    : tr("StoreLens cannot sync %1 until you reconnect it.").arg(s.name);
            out.append({SyncNotification::Kind::NeedsAttention, s.storeId,
                        tr("%1 needs attention").arg(s.name), body});
        }
    }
    m_seen = std::move(next);
    return out;
}

void SyncNotifier::reset()
{
    m_seen.clear();
}

} // namespace storelens
