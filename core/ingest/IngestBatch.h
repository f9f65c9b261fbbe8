#pragma once

#include "model/Checkout.h"
#include "model/Customer.h"
#include "model/Inventory.h"
#include "model/Order.h"
#include "model/Product.h"

#include <QString>

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
    Order header;        // Header: the order without lines and refunds
    LineItem line;       // Line
    Refund refund;       // Refund (without lines); RefundShipping: shipping, shippingTax
    RefundLine refundLine;
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
