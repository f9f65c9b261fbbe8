#include "HandCheckedStore.h"

#include "TestEnvironment.h"
#include "ingest/BatchWriter.h"
#include "storage/Workspace.h"

#include <QDateTime>

namespace storelens::test {

qint64 utcMs(int y, int m, int d, int h, int min, int s)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC).toMSecsSinceEpoch();
}

Order handOrder(qint64 id, qint64 processedAt, const PlatformId &customer,
                std::vector<LineItem> lines, qint64 shipping, qint64 tax)
{
    Order o;
    o.id = PlatformId(id);
    o.name = QStringLiteral("#%1").arg(1000 + id);
    o.customerId = customer;
    o.email =
        customer.isNull() ? QString() : QStringLiteral("c%1@example.com").arg(customer.number());
    o.processedAtMs = o.createdAtMs = processedAt;
    o.updatedAtMs = processedAt + 1;
    o.currency = QStringLiteral("EUR");
    o.sourceName = QStringLiteral("web");
    o.lines = std::move(lines);
    o.totalShipping = shipping;
    o.totalTax = tax;
    for (const LineItem &l : o.lines)
        o.subtotal += l.originalUnitPrice * l.quantity - l.totalDiscount;
    o.totalPrice = o.subtotal + shipping + tax;
    return o;
}

LineItem handLine(qint64 id, qint64 product, qint64 variant, qint64 quantity, qint64 unitPrice,
                  qint64 discount)
{
    LineItem l;
    l.id = PlatformId(id);
    l.productId = product ? PlatformId(product) : PlatformId();
    l.variantId = variant ? PlatformId(variant) : PlatformId();
    l.quantity = quantity;
    l.originalUnitPrice = unitPrice;
    l.totalDiscount = discount;
    return l;
}

std::unique_ptr<Workspace> createHandCheckedStore(const QString &dir, qint64 *storeId)
{
    auto ws = createWorkspaceWithStore(dir, QStringLiteral("Hand"), "Europe/Berlin", storeId,
                                       QStringLiteral("EUR"));
    const PlatformId c1(qint64(1)), c2(qint64(2));
    IngestBatch batch;
    batch.storeId = *storeId;
    Product socks;
    socks.id = PlatformId(qint64(100));
    socks.title = QStringLiteral("Wool socks");
    batch.products.push_back(socks);
    Variant grey;
    grey.id = PlatformId(qint64(101));
    grey.productId = socks.id;
    grey.title = QStringLiteral("Grey / M");
    grey.sku = QStringLiteral("SOCK-GM");
    batch.variants.push_back(grey);
    Customer anna;
    anna.id = c1;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Berg");
    anna.email = QStringLiteral("anna@example.com");
    batch.customers.push_back(anna);

    // A: 2024-03-30 22:30 UTC = 23:30 on March 30 in Berlin (UTC+1).
    batch.orders.push_back(
        handOrder(1, utcMs(2024, 3, 30, 22, 30), c1,
                  {handLine(11, 100, 101, 2, 2500, 500), handLine(12, 0, 0, 1, 1000)}, 490, 798));
    // B: 2024-03-31 22:30 UTC = 00:30 on April 1 (UTC+2 since the night
    // before); C1's second order, fully refunded on April 2.
    Order b =
        handOrder(2, utcMs(2024, 3, 31, 22, 30), c1, {handLine(21, 100, 101, 1, 4000)}, 0, 760);
    Refund rb;
    rb.id = PlatformId(qint64(201));
    rb.createdAtMs = utcMs(2024, 4, 2, 10, 0);
    rb.lines.push_back({PlatformId(qint64(21)), 1, 4000, 760});
    rb.total = 4760;
    b.refunds.push_back(rb);
    batch.orders.push_back(b);
    // C: 23:59:59 on April 1 in Berlin; C2's first order; cancelled with a
    // full refund on April 3.
    Order c =
        handOrder(3, utcMs(2024, 4, 1, 21, 59, 59), c2, {handLine(31, 0, 0, 3, 1500)}, 490, 855);
    c.cancelledAtMs = utcMs(2024, 4, 3, 8, 0);
    Refund rc;
    rc.id = PlatformId(qint64(301));
    rc.createdAtMs = *c.cancelledAtMs;
    rc.lines.push_back({PlatformId(qint64(31)), 3, 4500, 855});
    rc.shipping = 490;
    rc.total = c.totalPrice;
    c.refunds.push_back(rc);
    batch.orders.push_back(c);
    // D: a test order, never counted.
    Order d = handOrder(4, utcMs(2024, 4, 1, 12, 0), c2, {handLine(41, 100, 101, 5, 9999)}, 0, 0);
    d.test = true;
    batch.orders.push_back(d);
    // E: 2024-04-01 22:00:00 UTC = midnight starting April 2; a guest.
    batch.orders.push_back(handOrder(5, utcMs(2024, 4, 1, 22, 0), PlatformId(),
                                     {handLine(51, 0, 0, 1, 9999, 999)}, 0, 1710));
    Checkout k1;
    k1.id = PlatformId(qint64(1));
    k1.createdAtMs = k1.updatedAtMs = utcMs(2024, 4, 1, 10, 0);
    k1.completedAtMs = utcMs(2024, 4, 1, 11, 0);
    k1.currency = QStringLiteral("EUR");
    k1.totalPrice = 6000;
    Checkout k2 = k1;
    k2.id = PlatformId(qint64(2));
    k2.createdAtMs = k2.updatedAtMs = utcMs(2024, 4, 2, 12, 0);
    k2.completedAtMs.reset();
    k2.totalPrice = 3550;
    batch.checkouts = {k1, k2};
    BatchWriter(ws->db()).write(batch);
    return ws;
}

} // namespace storelens::test
