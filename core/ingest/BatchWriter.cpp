#include "BatchWriter.h"

#include "CustomerRollupRebuild.h"
#include "common/ContentHash.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace storelens {

namespace {
constexpr const char *kOrderColumns =
    "name, customer_id, email, created_at, processed_at, updated_at, cancelled_at, closed_at, day, "
    "financial_status, fulfillment_status, source_name, currency, presentment_currency, subtotal, "
    "total_discounts, total_shipping, total_tax, total_price, presentment_total, test, "
    "content_hash, total_refunded, excluded";

qint64 refundedTotal(const Order &o)
{
    qint64 refunded = 0;
    for (const Refund &r : o.refunds)
        refunded += r.total;
    return refunded;
}

// What an order adds to customer_activity.amount_spent.
qint64 amountSpentOn(qint64 totalPrice, qint64 totalRefunded)
{
    return std::max<qint64>(0, totalPrice - totalRefunded);
}

// What an order adds to customer_activity.spend_list.
CustomerSpendList::Entry spendEntry(int day, qint64 totalPrice, qint64 totalRefunded)
{
    return {day, totalPrice - totalRefunded};
}

// A spend list, or NULL for none.
void bindSpendList(Statement &q, int index, const QByteArray &list)
{
    if (list.isNull())
        q.bind(index, nullptr);
    else
        q.bindBlob(index, list);
}

// Built once: cached() finds a statement by its text's address first.
const std::string &insertOrderSql()
{
    static const std::string sql =
        std::string("INSERT OR IGNORE INTO orders (store_id, platform_id, ") + kOrderColumns +
        ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return sql;
}

void bindOrderColumns(Statement &q, int first, const Order &o, int day, qint64 hash)
{
    const qint64 refunded = refundedTotal(o);
    const bool excluded = o.excludedFromSales();
    const auto values = std::forward_as_tuple(
        o.name, o.customerId, o.email, o.createdAtMs, o.processedAtMs, o.updatedAtMs,
        o.cancelledAtMs, o.closedAtMs, day, o.financialStatus, o.fulfillmentStatus, o.sourceName,
        o.currency, o.presentmentCurrency, o.subtotal, o.totalDiscounts, o.totalShipping,
        o.totalTax, o.totalPrice, o.presentmentTotal, o.test, hash, refunded, excluded);
    std::apply(
        [&](const auto &...v) {
            int i = first;
            (q.bind(i++, v), ...);
        },
        values);
}
} // namespace

BatchWriter::BatchWriter(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

const ShopCalendar &BatchWriter::calendarFor(qint64 storeId)
{
    auto it = m_calendars.find(storeId);
    if (it != m_calendars.end())
        return it->second;
    Statement &q = m_db.cached("SELECT timezone, platform FROM stores WHERE id = ?");
    q.bind(1, storeId);
    if (!q.step())
        throw DatabaseError(0, tr("store %1 does not exist in this workspace").arg(storeId));
    QByteArray zone = q.text(0).toUtf8();
    m_definitions[storeId] = salesDefinitionsOf(q.text(1));
    q.reset();
    if (zone.isEmpty())
        zone = QByteArrayLiteral("UTC");
    return m_calendars.emplace(storeId, ShopCalendar(zone)).first->second;
}

SalesDefinitions BatchWriter::definitionsFor(qint64 storeId)
{
    calendarFor(storeId); // looks both up
    return m_definitions.at(storeId);
}

OrderFacts BatchWriter::factsOf(const Order &o, const ShopCalendar &calendar,
                                SalesDefinitions definitions)
{
    OrderFacts f;
    f.definitions = definitions;
    f.day = calendar.dayOf(o.processedAtMs);
    f.cancelled = o.cancelledAtMs.has_value();
    f.excluded = o.excludedFromSales();
    f.hasCustomer = !o.customerId.isNull();
    f.channel = o.sourceName;
    f.shipping = o.totalShipping;
    f.tax = o.totalTax;
    f.lines.reserve(o.lines.size());
    for (const LineItem &l : o.lines)
        f.lines.push_back(
            {l.id, l.productId, l.variantId, l.quantity, l.grossSales(), l.totalDiscount});
    for (const Refund &r : o.refunds) {
        OrderFacts::RefundFacts rf;
        rf.day = calendar.dayOf(r.createdAtMs);
        rf.total = r.total;
        rf.shipping = r.shipping;
        rf.shippingTax = r.shippingTax;
        for (const RefundLine &rl : r.lines)
            rf.lines.push_back({rl.lineItemId, rl.quantity, rl.subtotal, rl.tax});
        f.refunds.push_back(std::move(rf));
    }
    return f;
}

qint64 BatchWriter::contentHash(const Order &o)
{
    ContentHash h;
    auto id = [&h](const PlatformId &p) {
        h.add(qint64(p.isNull() ? 0 : p.isNumber() ? 1 : 2)).add(p.number()).add(p.text());
    };
    id(o.id);
    h.add(o.name);
    id(o.customerId);
    h.add(o.email).add(o.createdAtMs).add(o.processedAtMs).add(o.updatedAtMs);
    h.add(o.cancelledAtMs.value_or(-1)).add(o.closedAtMs.value_or(-1));
    h.add(o.financialStatus).add(o.fulfillmentStatus).add(o.sourceName).add(o.currency);
    h.add(o.presentmentCurrency).add(o.subtotal).add(o.totalDiscounts).add(o.totalShipping);
    h.add(o.totalTax).add(o.totalPrice).add(o.presentmentTotal.value_or(-1)).add(o.test);
    // Added only where they differ from what older hashes assumed, so that
    // orders stored before them are not all rewritten at their next sync.
    if (!o.countsInSales)
        h.add(QStringLiteral("not counted"));
    h.add(qint64(o.lines.size()));
    for (const LineItem &l : o.lines) {
        id(l.id);
        id(l.productId);
        id(l.variantId);
        h.add(l.sku)
            .add(l.title)
            .add(l.quantity)
            .add(l.originalUnitPrice)
            .add(l.totalDiscount)
            .add(l.tax);
        if (l.subtotal)
            h.add(QStringLiteral("subtotal")).add(*l.subtotal);
    }
    h.add(qint64(o.refunds.size()));
    for (const Refund &r : o.refunds) {
        id(r.id);
        h.add(r.createdAtMs).add(r.note).add(r.shipping).add(r.shippingTax).add(r.total);
        h.add(qint64(r.lines.size()));
        for (const RefundLine &rl : r.lines) {
            id(rl.lineItemId);
            h.add(rl.quantity).add(rl.subtotal).add(rl.tax);
        }
    }
    return h.value();
}

bool BatchWriter::validate(const Order &o, QString *reason)
{
    if (o.id.isNull()) {
        *reason = tr("order without an id");
        return false;
    }
    if (o.currency.size() != 3) {
        *reason = tr("order %1 has no valid currency").arg(o.id.toString());
        return false;
    }
    if (o.processedAtMs <= 0 || o.updatedAtMs <= 0) {
        *reason = tr("order %1 has no processing or update time").arg(o.id.toString());
        return false;
    }
    std::set<PlatformId> lineIds;
    for (const LineItem &l : o.lines) {
        if (!lineIds.insert(l.id).second) {
            *reason = tr("order %1 lists line item %2 twice").arg(o.id.toString(), l.id.toString());
            return false;
        }
        if (l.id.isNull() || l.quantity < 0) {
            *reason = tr("order %1 has a line item without id or with a negative quantity")
                          .arg(o.id.toString());
            return false;
        }
    }
    std::set<PlatformId> refundIds;
    for (const Refund &r : o.refunds) {
        if (!refundIds.insert(r.id).second) {
            *reason = tr("order %1 lists refund %2 twice").arg(o.id.toString(), r.id.toString());
            return false;
        }
        if (r.id.isNull() || r.createdAtMs <= 0) {
            *reason = tr("order %1 has a refund without id or date").arg(o.id.toString());
            return false;
        }
    }
    return true;
}

IngestReport BatchWriter::write(const IngestBatch &batch)
{
    return writeAll({&batch}).front();
}

std::vector<IngestReport> BatchWriter::writeAll(const std::vector<const IngestBatch *> &batches)
{
    begin();
    std::vector<IngestReport> reports = writeMore(batches);
    commit();
    return reports;
}

void BatchWriter::begin()
{
    rollback();
    m_tx.emplace(m_db);
}

std::vector<IngestReport> BatchWriter::writeMore(const std::vector<const IngestBatch *> &batches)
{
    Q_ASSERT(m_tx); // after begin()
    std::vector<IngestReport> reports;
    try {
        for (const IngestBatch *batch : batches)
            reports.push_back(writeOne(*batch));
    } catch (...) {
        rollback();
        throw;
    }
    return reports;
}

void BatchWriter::commit()
{
    Q_ASSERT(m_tx); // after begin()
    try {
        m_delta.flush(m_db);
        m_tx->commit();
    } catch (...) {
        rollback();
        throw;
    }
    m_tx.reset();
    m_delta.clear();
}

void BatchWriter::rollback()
{
    m_delta.clear();
    if (!m_tx)
        return;
    m_tx.reset();
    // Rolled back: what we cached about stored rows may be untrue now.
    m_orderCache.clear();
    m_customerRollupsDeferred.clear();
    m_currentOrderRowId = 0;
    m_currentOrderVariants.clear();
}

void BatchWriter::forgetStore(qint64 storeId)
{
    m_calendars.erase(storeId);
    m_definitions.erase(storeId);
    m_customerRollupsDeferred.erase(storeId);
    m_orderCache.erase(m_orderCache.lower_bound({storeId, PlatformId()}),
                       m_orderCache.lower_bound({storeId + 1, PlatformId()}));
    m_currentOrderRowId = 0;
    m_currentOrderVariants.clear();
}

IngestReport BatchWriter::writeOne(const IngestBatch &batch)
{
    IngestReport report;
    m_customersToRecompute.clear();
    const qint64 storeId = batch.storeId;
    const ShopCalendar &calendar = calendarFor(storeId);

    // Catalogue first, so that order lines can refer to products already stored.
    for (const Product &p : batch.products)
        writeProduct(storeId, p);
    for (const Variant &v : batch.variants)
        writeVariant(storeId, v);
    for (const Location &l : batch.locations)
        writeLocation(storeId, l);
    for (const InventoryLevel &l : batch.inventoryLevels)
        writeInventoryLevel(storeId, l);
    for (const Customer &c : batch.customers)
        writeCustomer(storeId, c);
    report.products = qint64(batch.products.size());
    report.variants = qint64(batch.variants.size());
    report.locations = qint64(batch.locations.size());
    report.inventoryLevels = qint64(batch.inventoryLevels.size());
    report.customers = qint64(batch.customers.size());

    using CustomerRollups = IngestBatch::CustomerRollups;
    const bool changesOrders =
        !batch.orders.empty() || !batch.orderPieces.empty() || !batch.deletedOrders.empty();
    const bool deferring = batch.customerRollups == CustomerRollups::Deferred ||
                           batch.customerRollups == CustomerRollups::Rebuild;
    if (deferring)
        deferCustomerRollups(storeId);
    else if ((changesOrders || batch.customerRollups == CustomerRollups::Settle) &&
             customerRollupsDeferred(storeId))
        rebuildCustomerRollups(storeId); // per order from here on: start from exact figures
    m_skipCustomerRollups = deferring;
    struct SkipEnds
    {
        bool &skip;
        ~SkipEnds() { skip = false; }
    } skipEnds{m_skipCustomerRollups};

    std::vector<RejectedRecord> rejected = batch.rejected;
    for (const Order &o : batch.orders) {
        QString reason;
        if (!validate(o, &reason)) {
            rejected.push_back({QStringLiteral("orders"), o.id.toString(), reason, {}});
            continue;
        }
        writeOrder(storeId, o, report);
    }
    for (const OrderPiece &piece : batch.orderPieces)
        writePiece(storeId, piece, report, rejected);
    for (const PlatformId &id : batch.deletedOrders)
        deleteOrder(storeId, id, report);
    for (const auto &[store, customer] : m_customersToRecompute)
        recomputeCustomer(store, customer);
    m_skipCustomerRollups = false;
    if (batch.customerRollups == CustomerRollups::Rebuild)
        rebuildCustomerRollups(storeId);

    for (const Checkout &c : batch.checkouts) {
        if (c.id.isNull() || c.createdAtMs <= 0) {
            rejected.push_back({QStringLiteral("checkouts"),
                                c.id.toString(),
                                tr("checkout without id or creation time"),
                                {}});
            continue;
        }
        writeCheckout(storeId, c, calendar);
        ++report.checkouts;
    }

    const qint64 now = m_clock.nowMs();
    for (const RejectedRecord &r : rejected) {
        Statement &q = m_db.cached("INSERT INTO rejected_records (store_id, resource, platform_id, "
                                   "reason, payload, at) VALUES (?, ?, ?, ?, ?, ?)");
        q.bindAll(storeId, r.resource, r.platformId, r.reason, r.payload, now).exec();
    }
    report.rejected = qint64(rejected.size());

    for (const Checkpoint &c : batch.checkpoints) {
        Statement &q = m_db.cached("INSERT OR REPLACE INTO sync_checkpoints (store_id, resource, "
                                   "cursor, updated_at) VALUES (?, ?, ?, ?)");
        q.bindAll(storeId, c.resource, c.cursor, now).exec();
    }
    // One summary event per batch that added orders; updates and deletions log
    // their own events. A batch that changes nothing leaves no trace.
    if (report.ordersInserted > 0) {
        const QJsonObject detail{{QStringLiteral("orders_inserted"), report.ordersInserted},
                                 {QStringLiteral("orders_updated"), report.ordersUpdated},
                                 {QStringLiteral("customers"), report.customers},
                                 {QStringLiteral("products"), report.products},
                                 {QStringLiteral("checkouts"), report.checkouts}};
        logEvent(storeId, "ingest", nullptr, {},
                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    }
    return report;
}

void BatchWriter::writeOrder(qint64 storeId, const Order &o, IngestReport &report)
{
    const ShopCalendar &calendar = calendarFor(storeId);
    const qint64 hash = contentHash(o);
    const int day = calendar.dayOf(o.processedAtMs);

    // New orders are the common case in a backfill: try the insert first.
    Statement &ins = m_db.cached(insertOrderSql());
    ins.bind(1, storeId).bind(2, o.id);
    bindOrderColumns(ins, 3, o, day, hash);
    ins.exec();
    if (m_db.changes() == 1) {
        const qint64 rowId = m_db.lastInsertRowId();
        insertChildren(rowId, o, calendar);
        m_delta.addOrder(storeId, factsOf(o, calendar, definitionsFor(storeId)), +1);
        touchCustomer(storeId, rowId, o, day);
        ++report.ordersInserted;
        return;
    }

    Statement &find =
        m_db.cached("SELECT id, content_hash FROM orders WHERE store_id = ? AND platform_id = ?");
    find.bind(1, storeId).bind(2, o.id);
    if (!find.step())
        throw DatabaseError(0, QStringLiteral("order vanished during upsert"));
    const qint64 rowId = find.int64(0);
    const qint64 oldHash = find.int64(1);
    find.reset();
    if (oldHash == hash) {
        ++report.ordersUnchanged;
        return;
    }
    replaceStoredOrder(storeId, rowId, o, day, hash);
    insertChildren(rowId, o, calendar);
    m_delta.addOrder(storeId, factsOf(o, calendar, definitionsFor(storeId)), +1);
    ++report.ordersUpdated;
}

void BatchWriter::replaceStoredOrder(qint64 storeId, qint64 rowId, const Order &o, int day,
                                     qint64 hash)
{
    Statement &find = m_db.cached("SELECT customer_id, processed_at, excluded, total_price, "
                                  "total_refunded, day FROM orders WHERE id = ?");
    find.bind(1, rowId);
    if (!find.step())
        throw DatabaseError(0, QStringLiteral("order row %1 missing").arg(rowId));
    const PlatformId oldCustomer = find.platformId(0);
    const qint64 oldProcessedAt = find.int64(1);
    const bool oldExcluded = find.int64(2) != 0;
    const CustomerSpendList::Entry oldSpend =
        spendEntry(find.int32(5), find.int64(3), find.int64(4));
    find.reset();
    // The customer rollups depend only on who ordered when: most updates (a
    // refund, a fulfilment) leave them alone.
    if (oldCustomer != o.customerId || oldProcessedAt != o.processedAtMs ||
        oldExcluded != o.excludedFromSales()) {
        markCustomer(storeId, oldCustomer);
        markCustomer(storeId, o.customerId);
    } else {
        // A refund or an edit: only what the customer spent changes.
        changeOrderSpend(storeId, o.customerId, o.excludedFromSales(), oldSpend,
                         spendEntry(day, o.totalPrice, refundedTotal(o)));
    }
    m_delta.addOrder(storeId, loadFacts(rowId), -1);
    m_db.cached("DELETE FROM line_items WHERE order_id = ?").bind(1, rowId).exec();
    m_db.cached("DELETE FROM refunds WHERE order_id = ?").bind(1, rowId).exec();
    m_orderCache.erase({storeId, o.id});
    static const std::string updateSql = [] {
        // "a, b, c" -> "UPDATE OR FAIL orders SET a = ?, b = ?, c = ? WHERE id = ?"
        std::string sql = "UPDATE OR FAIL orders SET ";
        const std::string columns = kOrderColumns;
        size_t start = 0;
        while (start < columns.size()) {
            size_t end = columns.find(',', start);
            if (end == std::string::npos)
                end = columns.size();
            std::string name = columns.substr(start, end - start);
            name.erase(0, name.find_first_not_of(' '));
            sql += (start ? ", " : "") + name + " = ?";
            start = end + 1;
        }
        return sql + " WHERE id = ?";
    }();
    Statement &up = m_db.cached(updateSql);
    bindOrderColumns(up, 1, o, day, hash);
    up.bind(25, rowId).exec();
    logEvent(storeId, "updated", "orders", o.id);
}

void BatchWriter::deleteOrder(qint64 storeId, const PlatformId &id, IngestReport &report)
{
    Statement &find =
        m_db.cached("SELECT id, customer_id FROM orders WHERE store_id = ? AND platform_id = ?");
    find.bind(1, storeId).bind(2, id);
    if (!find.step())
        return; // already gone: deleting is idempotent
    const qint64 rowId = find.int64(0);
    const PlatformId customer = find.platformId(1);
    find.reset();
    markCustomer(storeId, customer);
    m_delta.addOrder(storeId, loadFacts(rowId), -1);
    m_db.cached("DELETE FROM orders WHERE id = ?").bind(1, rowId).exec();
    m_orderCache.erase({storeId, id});
    logEvent(storeId, "deleted", "orders", id);
    ++report.ordersDeleted;
}

std::optional<BatchWriter::StoredOrder> BatchWriter::storedOrder(qint64 storeId,
                                                                 const PlatformId &orderId)
{
    const auto key = std::make_pair(storeId, orderId);
    if (auto it = m_orderCache.find(key); it != m_orderCache.end())
        return it->second;
    Statement &q =
        m_db.cached("SELECT id, day, excluded, source_name FROM orders WHERE store_id = ? AND "
                    "platform_id = ?");
    q.bind(1, storeId).bind(2, orderId);
    if (!q.step())
        return std::nullopt;
    const StoredOrder stored{q.int64(0), q.int32(1), q.int64(2) != 0, q.text(3)};
    q.reset();
    rememberOrder(storeId, orderId, stored);
    return stored;
}

void BatchWriter::rememberOrder(qint64 storeId, const PlatformId &orderId,
                                const StoredOrder &stored)
{
    // Bounded: a million-order import must not keep a million entries.
    if (m_orderCache.size() >= kOrderCacheSize)
        m_orderCache.clear();
    m_orderCache.insert_or_assign({storeId, orderId}, stored);
}

std::optional<std::pair<qint64, int>> BatchWriter::storedRefund(qint64 orderRowId,
                                                                const PlatformId &refundId)
{
    Statement &q =
        m_db.cached("SELECT id, day FROM refunds WHERE order_id = ? AND platform_id = ?");
    q.bind(1, orderRowId).bind(2, refundId);
    if (!q.step())
        return std::nullopt;
    const auto found = std::make_pair(q.int64(0), q.int32(1));
    q.reset();
    return found;
}

void BatchWriter::writeHeaderPiece(qint64 storeId, const Order &o, IngestReport &report)
{
    const ShopCalendar &calendar = calendarFor(storeId);
    const int day = calendar.dayOf(o.processedAtMs);
    // No lines or refunds yet.
    const OrderFacts header = factsOf(o, calendar, definitionsFor(storeId));
    // A bulk header carries no children, so it has no complete content hash:
    // 0 makes the next page-based sync rewrite the order whole.
    Statement &ins = m_db.cached(insertOrderSql());
    ins.bind(1, storeId).bind(2, o.id);
    bindOrderColumns(ins, 3, o, day, 0);
    ins.exec();
    qint64 rowId = 0;
    const bool inserted = m_db.changes() == 1;
    if (inserted) {
        rowId = m_db.lastInsertRowId();
        ++report.ordersInserted;
    } else {
        // Seen before (an earlier sync): replace it whole; its pieces follow.
        const auto stored = storedOrder(storeId, o.id);
        if (!stored)
            throw DatabaseError(0, QStringLiteral("order vanished during upsert"));
        rowId = stored->rowId;
        // Refunds follow as pieces: what the customer spent starts from the
        // total (a header has no refunds).
        replaceStoredOrder(storeId, rowId, o, day, 0);
        ++report.ordersUpdated;
    }
    rememberOrder(storeId, o.id, StoredOrder{rowId, day, o.excludedFromSales(), o.sourceName});
    m_currentOrderRowId = rowId; // no lines yet: the old ones were deleted above
    m_currentOrderVariants.clear();
    if (!o.excludedFromSales()) {
        m_delta.addOrderHeader(storeId, header, +1);
        if (inserted) // an update settled its customer above
            touchCustomer(storeId, rowId, o, day);
    }
}

void BatchWriter::writePiece(qint64 storeId, const OrderPiece &piece, IngestReport &report,
                             std::vector<RejectedRecord> &rejected)
{
    using Kind = OrderPiece::Kind;
    if (piece.kind == Kind::Header) {
        QString reason;
        if (!validate(piece.header(), &reason)) {
            rejected.push_back(
                {QStringLiteral("orders"), piece.header().id.toString(), reason, {}});
            return;
        }
        writeHeaderPiece(storeId, piece.header(), report);
        return;
    }
    const auto order = storedOrder(storeId, piece.orderId);
    if (!order) {
        rejected.push_back(
            {QStringLiteral("orders"),
             piece.orderId.toString(),
             tr("part of order %1 arrived without the order").arg(piece.orderId.toString()),
             {}});
        return;
    }
    switch (piece.kind) {
    case Kind::Header:
        break;
    case Kind::Line: {
        const LineItem &l = piece.line();
        if (l.id.isNull() || l.quantity < 0) {
            rejected.push_back(
                {QStringLiteral("orders"),
                 piece.orderId.toString(),
                 tr("order %1 has a line item without id or with a negative quantity")
                     .arg(piece.orderId.toString()),
                 {}});
            return;
        }
        // Does another line of this order already sell the same variant?
        bool firstOfVariant = false;
        if (order->rowId == m_currentOrderRowId) {
            const std::pair<PlatformId, PlatformId> variant{l.productId, l.variantId};
            firstOfVariant = std::find(m_currentOrderVariants.begin(), m_currentOrderVariants.end(),
                                       variant) == m_currentOrderVariants.end();
            if (firstOfVariant)
                m_currentOrderVariants.push_back(variant);
        } else {
            Statement &same = m_db.cached("SELECT count(*) FROM line_items WHERE order_id = ? AND "
                                          "product_id IS ? AND variant_id IS ?");
            same.bindAll(order->rowId, l.productId, l.variantId);
            same.step();
            firstOfVariant = same.int64(0) == 0;
            same.reset();
        }
        Statement &ins = m_db.cached(
            "INSERT OR IGNORE INTO line_items (order_id, platform_id, product_id, variant_id, sku, "
            "title, quantity, original_unit_price, subtotal, total_discount, tax) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?)");
        ins.bindAll(order->rowId, l.id, l.productId, l.variantId, l.sku, l.title, l.quantity,
                    l.originalUnitPrice, l.subtotal, l.totalDiscount, l.tax)
            .exec();
        if (m_db.changes() == 1 && !order->excluded)
            m_delta.addLine(
                storeId, order->day, order->channel,
                {l.id, l.productId, l.variantId, l.quantity, l.grossSales(), l.totalDiscount},
                firstOfVariant, +1);
        return;
    }
    case Kind::Refund: {
        const Refund &r = piece.refund();
        if (r.id.isNull() || r.createdAtMs <= 0) {
            rejected.push_back(
                {QStringLiteral("orders"),
                 piece.orderId.toString(),
                 tr("order %1 has a refund without id or date").arg(piece.orderId.toString()),
                 {}});
            return;
        }
        const int day = calendarFor(storeId).dayOf(r.createdAtMs);
        m_db.cached("INSERT OR IGNORE INTO refunds (order_id, platform_id, created_at, day, note, "
                    "shipping, shipping_tax, total) VALUES (?,?,?,?,?,?,?,?)")
            .bindAll(order->rowId, r.id, r.createdAtMs, day, r.note, r.shipping, r.shippingTax,
                     r.total)
            .exec();
        if (m_db.changes() == 0)
            return; // delivered before
        // What the order's customer spent drops with every refund.
        m_db.cached("UPDATE OR FAIL orders SET total_refunded = total_refunded + ? WHERE id = ?")
            .bindAll(r.total, order->rowId)
            .exec();
        Statement &refunded =
            m_db.cached("SELECT customer_id, total_price, total_refunded FROM orders WHERE id = ?");
        refunded.bind(1, order->rowId);
        refunded.step();
        const PlatformId customer = refunded.platformId(0);
        const qint64 price = refunded.int64(1);
        const qint64 nowRefunded = refunded.int64(2);
        refunded.reset();
        changeOrderSpend(storeId, customer, order->excluded,
                         spendEntry(order->day, price, nowRefunded - r.total),
                         spendEntry(order->day, price, nowRefunded));
        if (!order->excluded)
            m_delta.addRefund(storeId, definitionsFor(storeId), day, order->channel, r.total,
                              r.shipping, r.shippingTax, +1);
        return;
    }
    case Kind::RefundLine:
    case Kind::RefundShipping: {
        const auto refund = storedRefund(order->rowId, piece.refundId);
        if (!refund) {
            rejected.push_back({QStringLiteral("orders"),
                                piece.orderId.toString(),
                                tr("a line of refund %1 arrived without the refund")
                                    .arg(piece.refundId.toString()),
                                {}});
            return;
        }
        const auto [refundRowId, refundDay] = *refund;
        if (piece.kind == Kind::RefundShipping) {
            m_db.cached("UPDATE OR FAIL refunds SET shipping = shipping + ?, shipping_tax = "
                        "shipping_tax + ? "
                        "WHERE id = ?")
                .bindAll(piece.refund().shipping, piece.refund().shippingTax, refundRowId)
                .exec();
            if (!order->excluded)
                m_delta.addRefund(storeId, definitionsFor(storeId), refundDay, order->channel, 0,
                                  piece.refund().shipping, piece.refund().shippingTax, +1);
            return;
        }
        const RefundLine &l = piece.refundLine();
        Statement &ins = m_db.cached("INSERT OR IGNORE INTO refund_lines (refund_id, line_item_id, "
                                     "quantity, subtotal, tax) VALUES (?,?,?,?,?)");
        ins.bindAll(refundRowId, l.lineItemId, l.quantity, l.subtotal, l.tax).exec();
        if (m_db.changes() == 0)
            m_db.cached("UPDATE OR FAIL refund_lines SET quantity = quantity + ?, subtotal = "
                        "subtotal + ?, "
                        "tax = tax + ? WHERE refund_id = ? AND line_item_id = ?")
                .bindAll(l.quantity, l.subtotal, l.tax, refundRowId, l.lineItemId)
                .exec();
        if (order->excluded)
            return;
        Statement &line = m_db.cached(
            "SELECT product_id, variant_id FROM line_items WHERE order_id = ? AND platform_id = ?");
        line.bindAll(order->rowId, l.lineItemId);
        PlatformId productId, variantId;
        if (line.step()) {
            productId = line.platformId(0);
            variantId = line.platformId(1);
        }
        line.reset();
        m_delta.addRefundLine(storeId, definitionsFor(storeId), refundDay, order->channel,
                              productId, variantId, {l.lineItemId, l.quantity, l.subtotal, l.tax},
                              +1);
        return;
    }
    }
}

OrderFacts BatchWriter::loadFacts(qint64 rowId)
{
    OrderFacts f;
    Statement &o = m_db.cached("SELECT day, cancelled_at IS NOT NULL, excluded, total_shipping, "
                               "total_tax, customer_id IS NOT NULL, source_name, store_id "
                               "FROM orders WHERE id = ?");
    o.bind(1, rowId);
    if (!o.step())
        throw DatabaseError(0, QStringLiteral("order row %1 missing").arg(rowId));
    f.day = o.int32(0);
    f.cancelled = o.int64(1) != 0;
    f.excluded = o.int64(2) != 0;
    f.shipping = o.int64(3);
    f.tax = o.int64(4);
    f.hasCustomer = o.int64(5) != 0;
    f.channel = o.text(6);
    const qint64 storeId = o.int64(7);
    o.reset();
    f.definitions = definitionsFor(storeId);

    Statement &lines = m_db.cached(
        "SELECT platform_id, product_id, variant_id, quantity, "
        "coalesce(subtotal, quantity * original_unit_price), total_discount FROM line_items "
        "WHERE order_id = ?");
    lines.bind(1, rowId);
    while (lines.step())
        f.lines.push_back({lines.platformId(0), lines.platformId(1), lines.platformId(2),
                           lines.int64(3), lines.int64(4), lines.int64(5)});

    Statement &refunds =
        m_db.cached("SELECT r.id, r.day, r.shipping, r.shipping_tax, l.line_item_id, l.quantity, "
                    "l.subtotal, l.tax, r.total "
                    "FROM refunds r LEFT JOIN refund_lines l ON l.refund_id = r.id "
                    "WHERE r.order_id = ? ORDER BY r.id");
    refunds.bind(1, rowId);
    qint64 current = -1;
    while (refunds.step()) {
        if (refunds.int64(0) != current) {
            current = refunds.int64(0);
            f.refunds.push_back(
                {refunds.int32(1), refunds.int64(8), refunds.int64(2), refunds.int64(3), {}});
        }
        if (!refunds.isNull(4))
            f.refunds.back().lines.push_back(
                {refunds.platformId(4), refunds.int64(5), refunds.int64(6), refunds.int64(7)});
    }
    return f;
}

void BatchWriter::insertChildren(qint64 rowId, const Order &o, const ShopCalendar &calendar)
{
    // Children are inserted fresh (an update deleted them first).
    Statement &line = m_db.cached(
        "INSERT INTO line_items (order_id, platform_id, product_id, variant_id, sku, title, "
        "quantity, original_unit_price, subtotal, total_discount, tax) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    for (const LineItem &l : o.lines) {
        line.bindAll(rowId, l.id, l.productId, l.variantId, l.sku, l.title, l.quantity,
                     l.originalUnitPrice, l.subtotal, l.totalDiscount, l.tax)
            .exec();
    }
    for (const Refund &r : o.refunds) {
        Statement &refund = m_db.cached("INSERT INTO refunds (order_id, platform_id, "
                                        "created_at, day, note, shipping, shipping_tax, total) "
                                        "VALUES (?,?,?,?,?,?,?,?)");
        refund
            .bindAll(rowId, r.id, r.createdAtMs, calendar.dayOf(r.createdAtMs), r.note, r.shipping,
                     r.shippingTax, r.total)
            .exec();
        const qint64 refundRowId = m_db.lastInsertRowId();
        Statement &rl = m_db.cached("INSERT OR IGNORE INTO refund_lines (refund_id, line_item_id, "
                                    "quantity, subtotal, tax) VALUES (?,?,?,?,?)");
        for (const RefundLine &l : r.lines) {
            rl.bindAll(refundRowId, l.lineItemId, l.quantity, l.subtotal, l.tax).exec();
            if (m_db.changes() == 0) {
                // Two refund lines for the same line item: keep their sum.
                m_db.cached("UPDATE OR FAIL refund_lines SET quantity = quantity + ?, subtotal = "
                            "subtotal + ?, "
                            "tax = tax + ? WHERE refund_id = ? AND line_item_id = ?")
                    .bindAll(l.quantity, l.subtotal, l.tax, refundRowId, l.lineItemId)
                    .exec();
            }
        }
    }
}

void BatchWriter::touchCustomer(qint64 storeId, qint64 orderRowId, const Order &order, int day)
{
    const PlatformId &customerId = order.customerId;
    if (customerId.isNull() || order.excludedFromSales() || m_skipCustomerRollups)
        return;
    if (m_customersToRecompute.count({storeId, customerId}))
        return; // recomputed at the end of the batch anyway
    Statement &q = m_db.cached("SELECT first_order_day, last_order_at, orders_count, spend_list "
                               "FROM customer_activity WHERE store_id = ? AND customer_id = ?");
    q.bind(1, storeId).bind(2, customerId);
    const qint64 refunded = refundedTotal(order);
    const qint64 spent = amountSpentOn(order.totalPrice, refunded);
    const CustomerSpendList::Entry entry = spendEntry(day, order.totalPrice, refunded);
    if (!q.step()) {
        Statement &ins =
            m_db.cached("INSERT INTO customer_activity (store_id, customer_id, first_order_at, "
                        "first_order_day, last_order_at, orders_count, amount_spent, spend_list) "
                        "VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
        ins.bindAll(storeId, customerId, order.processedAtMs, day, order.processedAtMs, spent)
            .bindBlob(7, CustomerSpendList::encode({entry}))
            .exec();
        m_delta.addNewCustomer(storeId, day, +1);
        m_delta.addCohortMonth(storeId, day / 100, day / 100, +1);
        return;
    }
    const int firstDay = q.int32(0);
    const qint64 lastAt = q.int64(1);
    const qint64 count = q.int64(2);
    const QByteArray list = q.isNull(3) ? QByteArray() : q.blob(3);
    q.reset();
    if (order.processedAtMs < lastAt) {
        // An older order arrived late: the order sequence changes in the middle.
        markCustomer(storeId, customerId, orderRowId);
        return;
    }
    // The common case: the customer's newest order (on a tie of processed_at the
    // new row's larger id puts it last, as the sequence order says).
    const int lastDay = calendarFor(storeId).dayOf(lastAt);
    m_delta.addCustomerReturn(storeId, lastDay, day, count == 1, +1);
    if (day / 100 != lastDay / 100)
        m_delta.addCohortMonth(storeId, firstDay / 100, day / 100, +1);
    Statement &up =
        m_db.cached("UPDATE OR FAIL customer_activity SET orders_count = orders_count + "
                    "1, last_order_at = ?, amount_spent = amount_spent + ?, spend_list = ? "
                    "WHERE store_id = ? AND customer_id = ?");
    up.bindAll(order.processedAtMs, spent);
    bindSpendList(up, 3, CustomerSpendList::append(list, int(count) + 1, entry));
    up.bind(4, storeId).bind(5, customerId).exec();
}

std::vector<int> BatchWriter::customerOrderDays(qint64 storeId, const PlatformId &customerId,
                                                qint64 excludeRowId)
{
    Statement &q = m_db.cached("SELECT id, day FROM orders WHERE store_id = ? AND customer_id = ? "
                               "AND excluded = 0 ORDER BY processed_at, id");
    q.bind(1, storeId).bind(2, customerId);
    std::vector<int> days;
    while (q.step()) {
        if (q.int64(0) != excludeRowId)
            days.push_back(q.int32(1));
    }
    return days;
}

void BatchWriter::changeOrderSpend(qint64 storeId, const PlatformId &customerId, bool excluded,
                                   const CustomerSpendList::Entry &before,
                                   const CustomerSpendList::Entry &after)
{
    if (before == after || customerId.isNull() || excluded || m_skipCustomerRollups ||
        m_customersToRecompute.count({storeId, customerId}))
        return; // nothing changes, or recomputed later anyway
    Statement &q = m_db.cached(
        "SELECT spend_list FROM customer_activity WHERE store_id = ? AND customer_id = ?");
    q.bind(1, storeId).bind(2, customerId);
    const QByteArray list = q.step() && !q.isNull(0) ? q.blob(0) : QByteArray();
    q.reset();
    Statement &up = m_db.cached("UPDATE OR FAIL customer_activity SET amount_spent = amount_spent "
                                "+ ?, spend_list = ? WHERE store_id = ? AND customer_id = ?");
    up.bind(1, std::max<qint64>(0, after.spent) - std::max<qint64>(0, before.spent));
    bindSpendList(up, 2, CustomerSpendList::replace(list, before, after));
    up.bind(3, storeId).bind(4, customerId).exec();
}

void BatchWriter::markCustomer(qint64 storeId, const PlatformId &customerId, qint64 excludeRowId)
{
    if (customerId.isNull() || m_skipCustomerRollups ||
        !m_customersToRecompute.insert({storeId, customerId}).second)
        return;
    // Take out what the customer's orders contribute now; recomputeCustomer()
    // adds back what they contribute at the end of the batch.
    m_delta.addCustomerOrders(storeId, customerOrderDays(storeId, customerId, excludeRowId), -1);
}

void BatchWriter::recomputeCustomer(qint64 storeId, const PlatformId &customerId)
{
    // The customer's first order, count, last order and spend, from the orders themselves.
    Statement &agg =
        m_db.cached("SELECT count(*), max(processed_at), "
                    "coalesce(sum(max(total_price - total_refunded, 0)), 0) FROM orders "
                    "WHERE store_id = ? AND customer_id = ? AND excluded = 0");
    agg.bind(1, storeId).bind(2, customerId);
    agg.step();
    const qint64 count = agg.int64(0);
    const qint64 lastAt = agg.int64(1);
    const qint64 spent = agg.int64(2);
    agg.reset();
    m_delta.addCustomerOrders(storeId, customerOrderDays(storeId, customerId), +1);
    QByteArray list;
    if (count <= CustomerSpendList::kMaxOrders) {
        Statement &orders = m_db.cached("SELECT day, total_price, total_refunded FROM orders "
                                        "WHERE store_id = ? AND customer_id = ? AND excluded = 0");
        orders.bind(1, storeId).bind(2, customerId);
        std::vector<CustomerSpendList::Entry> entries;
        while (orders.step())
            entries.push_back(spendEntry(orders.int32(0), orders.int64(1), orders.int64(2)));
        list = CustomerSpendList::encode(entries);
    }

    Statement &old = m_db.cached("SELECT first_order_day FROM customer_activity "
                                 "WHERE store_id = ? AND customer_id = ?");
    old.bind(1, storeId).bind(2, customerId);
    std::optional<int> oldDay;
    if (old.step())
        oldDay = old.int32(0);
    old.reset();

    if (count == 0) {
        if (oldDay) {
            m_db.cached("DELETE FROM customer_activity WHERE store_id = ? AND customer_id = ?")
                .bindAll(storeId, customerId)
                .exec();
            m_delta.addNewCustomer(storeId, *oldDay, -1);
        }
        return;
    }
    Statement &first =
        m_db.cached("SELECT processed_at, day FROM orders WHERE store_id = ? AND "
                    "customer_id = ? AND excluded = 0 ORDER BY processed_at, id LIMIT 1");
    first.bind(1, storeId).bind(2, customerId);
    first.step();
    const qint64 firstAt = first.int64(0);
    const int firstDay = first.int32(1);
    first.reset();

    if (oldDay) {
        Statement &up = m_db.cached(
            "UPDATE OR FAIL customer_activity SET first_order_at = ?, first_order_day = ?, "
            "last_order_at = ?, orders_count = ?, amount_spent = ?, spend_list = ? "
            "WHERE store_id = ? AND customer_id = ?");
        up.bindAll(firstAt, firstDay, lastAt, count, spent);
        bindSpendList(up, 6, list);
        up.bind(7, storeId).bind(8, customerId).exec();
    } else {
        Statement &ins =
            m_db.cached("INSERT INTO customer_activity (store_id, customer_id, first_order_at, "
                        "first_order_day, last_order_at, orders_count, amount_spent, spend_list) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bindAll(storeId, customerId, firstAt, firstDay, lastAt, count, spent);
        bindSpendList(ins, 8, list);
        ins.exec();
    }
    if (oldDay != firstDay) {
        if (oldDay)
            m_delta.addNewCustomer(storeId, *oldDay, -1);
        m_delta.addNewCustomer(storeId, firstDay, +1);
    }
}

bool BatchWriter::customerRollupsDeferred(qint64 storeId)
{
    auto it = m_customerRollupsDeferred.find(storeId);
    if (it == m_customerRollupsDeferred.end()) {
        Statement &q =
            m_db.cached("SELECT count(*) FROM customer_rollups_deferred WHERE store_id = ?");
        q.bind(1, storeId);
        q.step();
        it = m_customerRollupsDeferred.emplace(storeId, q.int64(0) > 0).first;
        q.reset();
    }
    return it->second;
}

void BatchWriter::deferCustomerRollups(qint64 storeId)
{
    if (customerRollupsDeferred(storeId))
        return;
    m_db.cached("INSERT INTO customer_rollups_deferred (store_id) VALUES (?)")
        .bind(1, storeId)
        .exec();
    m_customerRollupsDeferred[storeId] = true;
}

void BatchWriter::rebuildCustomerRollups(qint64 storeId)
{
    CustomerRollupRebuild::run(m_db, m_delta, storeId);
    m_db.cached("DELETE FROM customer_rollups_deferred WHERE store_id = ?").bind(1, storeId).exec();
    m_customerRollupsDeferred[storeId] = false;
}

void BatchWriter::writeCustomer(qint64 storeId, const Customer &c)
{
    Statement &ins =
        m_db.cached("INSERT OR IGNORE INTO customers (store_id, platform_id, email, "
                    "first_name, last_name, phone, country, created_at, updated_at, "
                    "orders_count, amount_spent, currency) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    ins.bindAll(storeId, c.id, c.email, c.firstName, c.lastName, c.phone, c.country, c.createdAtMs,
                c.updatedAtMs, c.ordersCount, c.amountSpent, c.currency)
        .exec();
    if (m_db.changes() == 1)
        return;
    // The earliest creation time known wins: a guest's record is made from
    // each of their orders, in whatever order they arrive.
    Statement &up = m_db.cached(
        "UPDATE OR FAIL customers SET email=?1, first_name=?2, last_name=?3, phone=?4, "
        "country=?5, created_at=CASE WHEN ?6 <= 0 OR (created_at > 0 AND created_at < ?6) "
        "THEN created_at ELSE ?6 END, updated_at=?7, orders_count=?8, amount_spent=?9, "
        "currency=?10 WHERE store_id=?11 AND platform_id=?12");
    up.bindAll(c.email, c.firstName, c.lastName, c.phone, c.country, c.createdAtMs, c.updatedAtMs,
               c.ordersCount, c.amountSpent, c.currency, storeId, c.id)
        .exec();
}

void BatchWriter::writeProduct(qint64 storeId, const Product &p)
{
    Statement &ins = m_db.cached("INSERT OR IGNORE INTO products (store_id, platform_id, title, "
                                 "handle, vendor, product_type, status, created_at, updated_at) "
                                 "VALUES (?,?,?,?,?,?,?,?,?)");
    ins.bindAll(storeId, p.id, p.title, p.handle, p.vendor, p.productType, p.status, p.createdAtMs,
                p.updatedAtMs)
        .exec();
    if (m_db.changes() == 1)
        return;
    Statement &up =
        m_db.cached("UPDATE OR FAIL products SET title=?, handle=?, vendor=?, product_type=?, "
                    "status=?, created_at=?, updated_at=? WHERE store_id=? AND platform_id=?");
    up.bindAll(p.title, p.handle, p.vendor, p.productType, p.status, p.createdAtMs, p.updatedAtMs,
               storeId, p.id)
        .exec();
}

void BatchWriter::writeVariant(qint64 storeId, const Variant &v)
{
    Statement &ins =
        m_db.cached("INSERT OR IGNORE INTO variants (store_id, platform_id, product_id, "
                    "sku, title, price, compare_at_price, unit_cost, inventory_item_id, "
                    "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
    ins.bindAll(storeId, v.id, v.productId, v.sku, v.title, v.price, v.compareAtPrice, v.unitCost,
                v.inventoryItemId, v.updatedAtMs)
        .exec();
    if (m_db.changes() == 1)
        return;
    Statement &up =
        m_db.cached("UPDATE OR FAIL variants SET product_id=?, sku=?, title=?, price=?, "
                    "compare_at_price=?, unit_cost=?, inventory_item_id=?, updated_at=? "
                    "WHERE store_id=? AND platform_id=?");
    up.bindAll(v.productId, v.sku, v.title, v.price, v.compareAtPrice, v.unitCost,
               v.inventoryItemId, v.updatedAtMs, storeId, v.id)
        .exec();
}

void BatchWriter::writeLocation(qint64 storeId, const Location &l)
{
    Statement &ins = m_db.cached(
        "INSERT OR IGNORE INTO locations (store_id, platform_id, name, active) VALUES (?,?,?,?)");
    ins.bindAll(storeId, l.id, l.name, l.active).exec();
    if (m_db.changes() == 1)
        return;
    m_db.cached("UPDATE OR FAIL locations SET name=?, active=? WHERE store_id=? AND platform_id=?")
        .bindAll(l.name, l.active, storeId, l.id)
        .exec();
}

void BatchWriter::writeInventoryLevel(qint64 storeId, const InventoryLevel &l)
{
    m_db.cached("INSERT OR IGNORE INTO inventory_levels (store_id, inventory_item_id, location_id, "
                "available, on_hand, updated_at) VALUES (?,?,?,?,?,?)")
        .bindAll(storeId, l.inventoryItemId, l.locationId, l.available, l.onHand, l.updatedAtMs)
        .exec();
    if (m_db.changes() == 1)
        return;
    m_db.cached("UPDATE OR FAIL inventory_levels SET available = ?, on_hand = ?, updated_at = ? "
                "WHERE store_id = ? AND inventory_item_id = ? AND location_id = ?")
        .bindAll(l.available, l.onHand, l.updatedAtMs, storeId, l.inventoryItemId, l.locationId)
        .exec();
}

void BatchWriter::writeCheckout(qint64 storeId, const Checkout &c, const ShopCalendar &calendar)
{
    const int day = calendar.dayOf(c.createdAtMs);
    Statement &find = m_db.cached("SELECT id, day, total_price, completed_at IS NOT NULL FROM "
                                  "checkouts WHERE store_id = ? AND platform_id = ?");
    find.bind(1, storeId).bind(2, c.id);
    if (find.step()) {
        const qint64 rowId = find.int64(0);
        m_delta.addCheckout(storeId, find.int32(1), find.int64(2), find.int64(3) != 0, -1);
        find.reset();
        m_db.cached("UPDATE OR FAIL checkouts SET created_at=?, updated_at=?, completed_at=?, "
                    "day=?, email=?, "
                    "customer_id=?, currency=?, subtotal=?, total_price=? WHERE id=?")
            .bindAll(c.createdAtMs, c.updatedAtMs, c.completedAtMs, day, c.email, c.customerId,
                     c.currency, c.subtotal, c.totalPrice, rowId)
            .exec();
    } else {
        find.reset();
        m_db.cached("INSERT INTO checkouts (store_id, platform_id, created_at, updated_at, "
                    "completed_at, day, email, customer_id, currency, subtotal, total_price) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)")
            .bindAll(storeId, c.id, c.createdAtMs, c.updatedAtMs, c.completedAtMs, day, c.email,
                     c.customerId, c.currency, c.subtotal, c.totalPrice)
            .exec();
    }
    m_delta.addCheckout(storeId, day, c.totalPrice, c.completedAtMs.has_value(), +1);
}

void BatchWriter::logEvent(qint64 storeId, const char *kind, const char *resource,
                           const PlatformId &id, const QString &detail)
{
    m_db.cached("INSERT INTO events (store_id, at, kind, resource, platform_id, detail) "
                "VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(storeId, m_clock.nowMs(), kind, resource, id, detail)
        .exec();
}

} // namespace storelens
