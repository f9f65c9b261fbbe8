#include "ShopFixture.h"

#include "OrderFactory.h"
#include "ingest/Ingestor.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <vector>

namespace storelens::test {

namespace {
const char *const kFirstNames[] = {"Anna",   "Ben",  "Clara", "David", "Emma",  "Felix", "Greta",
                                   "Hugo",   "Ida",  "Jonas", "Klara", "Lukas", "Mia",   "Noah",
                                   "Olivia", "Paul", "Rosa",  "Sam",   "Tara",  "Uwe"};
const char *const kLastNames[] = {
    "Meyer", "Schmidt", "Fischer", "Weber",  "Wagner", "Becker",     "Hoffmann", "Koch",  "Richter",
    "Klein", "Wolf",    "Neumann", "Schulz", "Braun",  "Zimmermann", "Hartmann", "Lange", "Krause"};
const char *const kProducts[] = {
    "Trail Backpack", "Rain Jacket",  "Camping Stove", "Headlamp",
    "Sleeping Bag",   "Water Filter", "Hiking Boots",  "Wool Socks",
    "Trekking Poles", "Tent 2P",      "Fleece Hoodie", "Map Case",
    "Dry Bag",        "Camp Mug",     "Sun Hat",       "First Aid Kit"};
const char *const kSizes[] = {"S", "M", "L"};
} // namespace

qint64 ShopFixture::fill(const Workspace &workspace, qint64 storeId, const QString &currency) const
{
    QRandomGenerator rng(seed);
    const qint64 end = endMs ? endMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(days) * 86'400'000;
    const qint64 start = end - span;
    Ingestor ingestor(workspace);

    IngestBatch catalogue;
    catalogue.storeId = storeId;
    catalogue.locations.push_back(
        {PlatformId(qint64(6'000'000'000'001)), QStringLiteral("Main Warehouse"), true});
    catalogue.locations.push_back(
        {PlatformId(qint64(6'000'000'000'002)), QStringLiteral("City Store"), true});
    // OrderFactory's ids: product 8e12 + p, variant 9e12 + 3p + k (p >= 1).
    for (int p = 1; p < products; ++p) {
        Product product;
        product.id = PlatformId(qint64(8'000'000'000'000) + p);
        const int names = int(std::size(kProducts));
        product.title = p <= names ? QString::fromLatin1(kProducts[p - 1])
                                   : QStringLiteral("%1 %2")
                                         .arg(QString::fromLatin1(kProducts[(p - 1) % names]))
                                         .arg(p / names + 1);
        product.handle = product.title.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        product.vendor = p % 3 ? QStringLiteral("Acme Outdoor") : QStringLiteral("Northfield");
        product.productType = p % 2 ? QStringLiteral("Gear") : QStringLiteral("Apparel");
        product.status = p % 17 == 0 ? QStringLiteral("DRAFT") : QStringLiteral("ACTIVE");
        product.createdAtMs = start;
        product.updatedAtMs = start;
        catalogue.products.push_back(product);
        for (int k = 0; k < 3; ++k) {
            Variant v;
            v.id = PlatformId(qint64(9'000'000'000'000) + qint64(p) * 3 + k);
            v.productId = product.id;
            v.sku = QStringLiteral("SKU-%1-%2").arg(p).arg(QString::fromLatin1(kSizes[k]));
            v.title = QString::fromLatin1(kSizes[k]);
            v.price = 1000 + qint64(rng.bounded(20000));
            v.unitCost = v.price / 2;
            v.inventoryItemId = PlatformId(qint64(10'000'000'000'000) + qint64(p) * 3 + k);
            v.updatedAtMs = start;
            catalogue.variants.push_back(v);
            for (const Location &l : catalogue.locations) {
                InventoryLevel level;
                level.inventoryItemId = v.inventoryItemId;
                level.locationId = l.id;
                level.available = qint64(rng.bounded(120)) - 5;
                level.onHand = std::max<qint64>(0, level.available) + rng.bounded(3);
                level.updatedAtMs = end;
                catalogue.inventoryLevels.push_back(level);
            }
        }
    }
    ingestor.submit(std::move(catalogue));

    for (int done = 0; done < customers; done += 5000) {
        IngestBatch batch;
        batch.storeId = storeId;
        for (int c = done; c < std::min(customers, done + 5000); ++c) {
            Customer customer;
            customer.id = PlatformId(qint64(7'000'000'000'000) + c);
            customer.firstName = QString::fromLatin1(kFirstNames[c % std::size(kFirstNames)]);
            customer.lastName = QString::fromLatin1(kLastNames[(c / 7) % std::size(kLastNames)]);
            customer.email = QStringLiteral("customer%1@example.com").arg(customer.id.number());
            customer.country = c % 4 ? QStringLiteral("DE") : QStringLiteral("AT");
            customer.createdAtMs = start + qint64(rng.bounded(quint64(span)));
            customer.updatedAtMs = customer.createdAtMs;
            customer.ordersCount = rng.bounded(6);
            customer.amountSpent = *customer.ordersCount * (2000 + rng.bounded(8000));
            customer.currency = currency;
            batch.customers.push_back(customer);
        }
        ingestor.submit(std::move(batch));
    }

    OrderFactory factory(seed, currency);
    factory.productCount = products;
    factory.customerCount = customers;
    const int batchSize = 2000;
    for (int done = 0; done < orders; done += batchSize) {
        IngestBatch batch;
        batch.storeId = storeId;
        for (int i = done; i < std::min(orders, done + batchSize); ++i)
            batch.orders.push_back(factory.make(i + 1, start, span, 1 + int(rng.bounded(4))));
        ingestor.waitForRoom(4);
        ingestor.submit(std::move(batch));
    }

    IngestBatch checkouts;
    checkouts.storeId = storeId;
    for (int i = 0; i < orders / 4 + 1; ++i) {
        Checkout c;
        c.id = PlatformId(qint64(12'000'000'000'000) + i);
        c.createdAtMs = start + qint64(rng.bounded(quint64(span)));
        c.updatedAtMs = c.createdAtMs;
        if (rng.bounded(5) == 0)
            c.completedAtMs = c.createdAtMs + qint64(rng.bounded(72)) * 3'600'000;
        c.customerId = PlatformId(qint64(7'000'000'000'000) + rng.bounded(customers));
        c.email = QStringLiteral("customer%1@example.com").arg(c.customerId.number());
        c.currency = currency;
        c.subtotal = 1500 + qint64(rng.bounded(30000));
        c.totalPrice = c.subtotal + c.subtotal / 5;
        checkouts.checkouts.push_back(c);
    }
    ingestor.submit(std::move(checkouts));
    ingestor.waitForIdle();
    return orders;
}

} // namespace storelens::test
