#include "IngestBatch.h"

namespace storelens {

IngestReport &IngestReport::operator+=(const IngestReport &o)
{
    if (!o.ok && ok) {
        ok = false;
        error = o.error;
        diskFull = o.diskFull;
    }
    ordersInserted += o.ordersInserted;
    ordersUpdated += o.ordersUpdated;
    ordersUnchanged += o.ordersUnchanged;
    ordersDeleted += o.ordersDeleted;
    customers += o.customers;
    products += o.products;
    variants += o.variants;
    locations += o.locations;
    inventoryLevels += o.inventoryLevels;
    checkouts += o.checkouts;
    rejected += o.rejected;
    return *this;
}

} // namespace storelens
