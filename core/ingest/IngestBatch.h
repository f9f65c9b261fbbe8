#pragma once

#include "model/Checkout.h"
#include "model/Customer.h"
#include "model/Inventory.h"
#include "model/Order.h"
#include "model/Product.h"

#include <QString>

#include <memory>
#include <variant>
#include <vector>

namespace storelens {

// A record the connector could not map, kept aside with the reason.
struct RejectedRecord
{
    QString resource; // "orders", "customers", ...
    QString platformId;
    QString reason;
    QString payload; // the raw record, for the user to inspect
};

// Where a resource's sync got to; committed with the data that got it there.
struct Checkpoint
{
    QString resource;
    QString cursor;
};

// One piece of an order from a bulk export, where an order, its line items,
// its refunds and their lines arrive as separate records (each after its
// parent). Applying all pieces of an order equals writing the whole order.
struct OrderPiece
{
    enum class Kind
    {
        Header,
        Line,
        Refund,
        RefundLine,
        RefundShipping
    };
    Kind kind = Kind::Header;
    PlatformId orderId;
    PlatformId refundId; // Refund, RefundLine, RefundShipping

    // The payload of the kind: the order without lines and refunds (Header),
    // a line item (Line), a refund without lines (Refund) or its refunded
    // shipping (RefundShipping), a refund line (RefundLine). One of them only:
    // a million-order export passes through here in batches.
    Order &header() { return *as<BoxedOrder>().order; }
    LineItem &line() { return as<LineItem>(); }
    Refund &refund() { return as<Refund>(); }
    RefundLine &refundLine() { return as<RefundLine>(); }
    const Order &header() const { return *std::get<BoxedOrder>(m_data).order; }
    const LineItem &line() const { return std::get<LineItem>(m_data); }
    const Refund &refund() const { return std::get<Refund>(m_data); }
    const RefundLine &refundLine() const { return std::get<RefundLine>(m_data); }

private:
    // An order header is several times the size of the other pieces: kept on
    // the heap, so that the lines and refunds (most pieces) stay small.
    struct BoxedOrder
    {
        std::unique_ptr<Order> order = std::make_unique<Order>();
        BoxedOrder() = default;
        BoxedOrder(const BoxedOrder &other)
            : order(other.order ? std::make_unique<Order>(*other.order) : std::make_unique<Order>())
        {}
        BoxedOrder &operator=(const BoxedOrder &other)
        {
            order = other.order ? std::make_unique<Order>(*other.order) : std::make_unique<Order>();
            return *this;
        }
        BoxedOrder(BoxedOrder &&) noexcept = default;
        BoxedOrder &operator=(BoxedOrder &&) noexcept = default;
    };
    template <typename T>
    T &as()
    {
        if (!std::holds_alternative<T>(m_data))
            m_data.template emplace<T>();
        return std::get<T>(m_data);
    }
    std::variant<std::monostate, BoxedOrder, LineItem, Refund, RefundLine> m_data;
};

// Normalized records of one store, written in one transaction together with
// the checkpoints they advance.
struct IngestBatch
{
    qint64 storeId = 0;
    std::vector<Order> orders;
    std::vector<PlatformId> deletedOrders;
    std::vector<OrderPiece> orderPieces;
    std::vector<Customer> customers;
    std::vector<Product> products;
    std::vector<Variant> variants;
    std::vector<Location> locations;
    std::vector<InventoryLevel> inventoryLevels;
    std::vector<Checkout> checkouts;
    std::vector<RejectedRecord> rejected;
    std::vector<Checkpoint> checkpoints;
    // The customer rollups (customer_activity, return pairs, cohorts, new
    // customers per day) cost a random read and write per order. A bulk
    // export's batches leave them (Deferred) for its last batch (Rebuild),
    // which recounts them in one pass over the store's orders. Until then
    // they are stale, and a batch that changes orders recounts them first.
    // A sync that stops before its export's end sends Settle, so that the
    // figures are exact for what it brought.
    enum class CustomerRollups
    {
        PerOrder,
        Deferred,
        Rebuild,
        Settle // per order, after recounting them if they are deferred
    };
    CustomerRollups customerRollups = CustomerRollups::PerOrder;

    // An empty batch that settles the store's deferred customer rollups.
    static IngestBatch settle(qint64 storeId)
    {
        IngestBatch batch;
        batch.storeId = storeId;
        batch.customerRollups = CustomerRollups::Settle;
        return batch;
    }

    bool isEmpty() const
    {
        return orders.empty() && deletedOrders.empty() && orderPieces.empty() &&
               customers.empty() && products.empty() && variants.empty() && locations.empty() &&
               inventoryLevels.empty() && checkouts.empty() && rejected.empty() &&
               checkpoints.empty();
    }
};

struct IngestReport
{
    bool ok = true;
    QString error;         // user-facing, when !ok
    bool diskFull = false; // the error was a full disk
    qint64 ordersInserted = 0;
    qint64 ordersUpdated = 0;
    qint64 ordersUnchanged = 0;
    qint64 ordersDeleted = 0;
    qint64 customers = 0;
    qint64 products = 0;
    qint64 variants = 0;
    qint64 locations = 0;
    qint64 inventoryLevels = 0;
    qint64 checkouts = 0;
    qint64 rejected = 0;

    IngestReport &operator+=(const IngestReport &o);
};

} // namespace storelens
