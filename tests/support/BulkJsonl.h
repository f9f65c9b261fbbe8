#pragma once

#include "model/Order.h"

#include <QByteArray>

namespace storelens::test {

// Writes normalized orders as Shopify bulk-export JSONL lines for the
// BulkOrders query (groupObjects false): the order, its line items, its
// sales agreements (the original sale and each refund) and their sales,
// children after their parent with "__parentId". For parser tests and the
// ingest benchmark, independent of the simulator.
class BulkJsonl
{
public:
    static QByteArray order(const Order &order);
};

} // namespace storelens::test
