#include "SyncReread.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace storelens {

std::map<QString, QString> SyncReread::pending(Database &db, qint64 storeId)
{
    std::map<QString, QString> out;
    Statement &q = db.cached("SELECT resource, reason FROM sync_rereads WHERE store_id = ?");
    q.bind(1, storeId);
    while (q.step())
        out[q.text(0)] = q.text(1);
    q.reset();
    return out;
}

QString SyncReread::pendingReason(Database &db, qint64 storeId)
{
    const std::map<QString, QString> all = pending(db, storeId);
    return all.empty() ? QString() : describe(all.begin()->second);
}

bool SyncReread::start(Database &db, qint64 storeId, const QString &resource)
{
    // Marked started and forgotten together: a kill between the two must not
    // leave a re-read that resumes from the checkpoints of before it.
    Transaction tx(db);
    Statement &mark = db.cached(
        "UPDATE sync_rereads SET started = 1 WHERE store_id = ? AND resource = ? AND started = 0");
    mark.bindAll(storeId, resource).exec();
    if (db.changes() == 0)
        return false;
    db.cached("DELETE FROM sync_checkpoints WHERE store_id = ? AND (resource = ? OR "
              "substr(resource, 1, ?) = ?)")
        .bindAll(storeId, resource, qint64(resource.size() + 1), resource + QLatin1Char('.'))
        .exec();
    tx.commit();
    return true;
}

void SyncReread::finish(Database &db, qint64 storeId, const QString &resource)
{
    db.cached("DELETE FROM sync_rereads WHERE store_id = ? AND resource = ?")
        .bindAll(storeId, resource)
        .exec();
}

QString SyncReread::describe(const QString &reason)
{
    if (reason == QLatin1String(kDiscountAllocations))
        return tr("Discounts of earlier syncs were incomplete: re-reading orders");
    if (reason == QLatin1String(kSalesDefinitions))
        return tr("Figures now follow WooCommerce Analytics' definitions: re-reading orders");
    return tr("Re-reading data that earlier syncs stored incompletely");
}

} // namespace storelens
