#pragma once

#include <QString>

#include <memory>

namespace storelens {

class Workspace;

namespace test {

// Fills a store of a workspace with a consistent shop through the real
// ingestor: a catalogue with variants, customers with names, two locations
// with inventory, orders (OrderFactory) over their products and customers,
// and abandoned checkouts, some recovered. For GUI tests and benchmarks that
// need a big or realistic workspace without a network.
class ShopFixture
{
public:
    int orders = 2000;
    int products = 60;
    int customers = 600;
    int days = 365;
    quint32 seed = 42;
    // The instant the history ends, UTC ms (0: now).
    qint64 endMs = 0;

    // Returns the number of orders written.
    qint64 fill(const Workspace &workspace, qint64 storeId, const QString &currency) const;
};

} // namespace test
} // namespace storelens
