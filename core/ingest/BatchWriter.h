#pragma once

#include "IngestBatch.h"
#include "RollupDelta.h"
#include "common/Clock.h"
#include "common/ShopCalendar.h"
#include "model/CustomerSpendList.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <set>

namespace storelens {

// Writes one IngestBatch on one connection in one transaction: idempotent
// upserts keyed on (store_id, platform_id), the rollups, the change log and the
// batch's checkpoints. Either all of it lands or none of it. Used by the
// Ingestor's writer thread; usable directly where a caller already owns a
// writer connection.
//
// SQL style on this path: INSERT or INSERT OR IGNORE, and UPDATE OR FAIL; never
// INSERT OR REPLACE or a bare UPDATE. Those make SQLite keep a statement
// journal, whose pages SQLCipher encrypts one by one: measured 10-13x slower.
class BatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchWriter)
public:
    explicit BatchWriter(Database &db, const Clock &clock = Clock::system());

    // Throws DatabaseError on storage failure (the transaction is rolled back).
    IngestReport write(const IngestBatch &batch);
    // Several batches in one transaction (the ingestor coalesces what is queued,
    // saving commits); all land or none.
    std::vector<IngestReport> writeAll(const std::vector<const IngestBatch *> &batches);
    // The same over several calls, for a caller that writes batches as they
    // come and frees them before the commit: begin(), writeMore() any number
    // of times, commit(). The rollups are flushed once, at the commit. A throw
    // from any of them rolls back everything since begin().
    void begin();
    std::vector<IngestReport> writeMore(const std::vector<const IngestBatch *> &batches);
    void commit();
    void rollback(); // takes back what was written since begin(), if anything
    // Drops what this writer remembers about a store between transactions (its
    // calendar, its stored orders): another connection may have changed its
    // time zone, or removed it and added a store under the same id.
    void forgetStore(qint64 storeId);

    // Computes what an order contributes to the rollups, with its days in the
    // shop's calendar. Public for tests.
    static OrderFacts factsOf(const Order &order, const ShopCalendar &calendar,
                              SalesDefinitions definitions = SalesDefinitions::Shopify);
    static qint64 contentHash(const Order &order);

private:
    const ShopCalendar &calendarFor(qint64 storeId);
    // The report definitions of the store's platform (looked up with its calendar).
    SalesDefinitions definitionsFor(qint64 storeId);
    IngestReport writeOne(const IngestBatch &batch);
    // Returns true when the order is valid; otherwise fills `reason`.
    static bool validate(const Order &order, QString *reason);
    void writeOrder(qint64 storeId, const Order &order, IngestReport &report);
    // Replaces the stored order `rowId` with `o`: takes its share out of the
    // rollups, settles its customer, deletes its lines and refunds and rewrites
    // the row. The caller adds the new children and their share.
    void replaceStoredOrder(qint64 storeId, qint64 rowId, const Order &o, int day, qint64 hash);
    void deleteOrder(qint64 storeId, const PlatformId &id, IngestReport &report);
    void writePiece(qint64 storeId, const OrderPiece &piece, IngestReport &report,
                    std::vector<RejectedRecord> &rejected);
    void writeHeaderPiece(qint64 storeId, const Order &header, IngestReport &report);
    struct StoredOrder
    {
        qint64 rowId = 0;
        int day = 0;
        bool excluded = false; // Order::excludedFromSales()
        QString channel;       // source_name, for the channel rollups of its pieces
    };
    // The stored order a bulk piece belongs to (cached: pieces follow their order).
    std::optional<StoredOrder> storedOrder(qint64 storeId, const PlatformId &orderId);
    void rememberOrder(qint64 storeId, const PlatformId &orderId, const StoredOrder &stored);
    std::optional<std::pair<qint64, int>> storedRefund(qint64 orderRowId,
                                                       const PlatformId &refundId);
    OrderFacts loadFacts(qint64 orderRowId);
    void insertChildren(qint64 orderRowId, const Order &order, const ShopCalendar &calendar);
    void touchCustomer(qint64 storeId, qint64 orderRowId, const Order &order, int day);
    // One of the customer's orders now spends `after` instead of `before` (a
    // refund, an edited total): customer_activity.amount_spent and spend_list.
    void changeOrderSpend(qint64 storeId, const PlatformId &customerId, bool excluded,
                          const CustomerSpendList::Entry &before,
                          const CustomerSpendList::Entry &after);
    // Queues a customer for recomputeCustomer() at the end of the batch and takes
    // the customer's current contribution out of the rollups (once per batch).
    // `excludeRowId`: an order already inserted but not yet rolled up.
    void markCustomer(qint64 storeId, const PlatformId &customerId, qint64 excludeRowId = 0);
    std::vector<int> customerOrderDays(qint64 storeId, const PlatformId &customerId,
                                       qint64 excludeRowId = 0);
    void recomputeCustomer(qint64 storeId, const PlatformId &customerId);
    // Whether the store's customer rollups wait for a rebuild (persisted in
    // customer_rollups_deferred, cached until a rollback or forgetStore()).
    bool customerRollupsDeferred(qint64 storeId);
    void deferCustomerRollups(qint64 storeId);
    void rebuildCustomerRollups(qint64 storeId);
    void writeCustomer(qint64 storeId, const Customer &c);
    void writeProduct(qint64 storeId, const Product &p);
    void writeVariant(qint64 storeId, const Variant &v);
    void writeLocation(qint64 storeId, const Location &l);
    void writeInventoryLevel(qint64 storeId, const InventoryLevel &l);
    void writeCheckout(qint64 storeId, const Checkout &c, const ShopCalendar &calendar);
    void logEvent(qint64 storeId, const char *kind, const char *resource, const PlatformId &id,
                  const QString &detail = {});

    Database &m_db;
    const Clock &m_clock;
    std::optional<Transaction> m_tx;
    RollupDelta m_delta;
    std::map<qint64, ShopCalendar> m_calendars;
    std::map<qint64, SalesDefinitions> m_definitions;
    std::set<std::pair<qint64, PlatformId>> m_customersToRecompute;
    std::map<qint64, bool> m_customerRollupsDeferred;
    // The batch being written leaves the customer rollups to a rebuild.
    bool m_skipCustomerRollups = false;
    static constexpr size_t kOrderCacheSize = 20000;
    std::map<std::pair<qint64, PlatformId>, StoredOrder> m_orderCache;
    // The order whose header this writer wrote last, and the variants its
    // lines have sold so far: a bulk export sends an order's lines right after
    // it, so this spares a query per line (other orders are asked for).
    qint64 m_currentOrderRowId = 0;
    std::vector<std::pair<PlatformId, PlatformId>> m_currentOrderVariants;
};

} // namespace storelens
