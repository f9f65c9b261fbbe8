#pragma once

#include <QCoreApplication>
#include <QString>

#include <map>

namespace storelens {

class Database;

// Resources of a store to read again in full, with a reason (sync_rereads):
// a fix in how a platform's records are read leaves what earlier syncs
// stored wrong until they are read again. The next sync forgets the
// resource's checkpoints once, when the re-read starts (so a re-read stopped
// midway resumes from its own checkpoints), and the row goes when the
// resource has been read to its end. Until then the store's figures are not
// exact, and the app says why.
class SyncReread
{
    Q_DECLARE_TR_FUNCTIONS(SyncReread)
public:
    // The reason code of Shopify stores synced before line discounts were
    // read from their discount allocations (schema version 9).
    static constexpr const char *kDiscountAllocations = "discount-allocations";
    // WooCommerce orders kept before its own report definitions applied
    // (schema 10): without line subtotals, dated by payment.
    static constexpr const char *kSalesDefinitions = "sales-definitions";

    // resource -> reason code, for the store.
    static std::map<QString, QString> pending(Database &db, qint64 storeId);
    // The first pending reason of the store in words, or empty.
    static QString pendingReason(Database &db, qint64 storeId);
    // Forgets the resource's checkpoints (`resource` and `resource.*`) unless
    // the re-read has started already. Returns true when it starts now.
    static bool start(Database &db, qint64 storeId, const QString &resource);
    static void finish(Database &db, qint64 storeId, const QString &resource);
    // What the user is told, e.g. "Discounts of earlier syncs were incomplete:
    // re-reading orders".
    static QString describe(const QString &reason);
};

} // namespace storelens
