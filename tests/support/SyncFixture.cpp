#include "SyncFixture.h"

#include "storage/Database.h"
#include "storage/StoreRepository.h"
#include "sync/StoreCredentials.h"

#include <QDir>

#include <map>

namespace storelens::test {

SyncFixture::SyncFixture(sim::ShopifySimConfig config, const QString &workspaceName,
                         bool clientCredentials)
    : m_clientCredentials(clientCredentials)
{
    m_host = std::make_unique<sim::ShopifySimulatorHost>(config);
    QString error;
    if (!m_host->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    const QString dir = qEnvironmentVariable("STORELENS_HOME") + QStringLiteral("/workspaces");
    QDir().mkpath(dir);
    m_workspace = Workspace::create(
        dir + QLatin1Char('/') + workspaceName + QStringLiteral(".storelens"),
        dir + QLatin1Char('/') + workspaceName + QStringLiteral(".storelens.json"), workspaceName,
        QStringLiteral("correct horse battery staple"));
    Store s;
    s.platform = QStringLiteral("shopify");
    s.domain = QString::fromLatin1(sim().shopDomain());
    s.name = QStringLiteral("Acme");
    s.apiBase = m_host->baseUrl().toString();
    s.authKind = clientCredentials ? QStringLiteral("client_credentials") : QStringLiteral("token");
    s.clientId = clientCredentials ? QString::fromLatin1(sim().clientApp().clientId) : QString();
    s.credentialRef = QStringLiteral("unused");
    s.createdAtMs = 1;
    m_storeId = StoreRepository(m_workspace->db()).insert(s);
    m_ingestor = std::make_unique<Ingestor>(*m_workspace);
}

SyncFixture::~SyncFixture()
{
    m_ingestor.reset();
    m_workspace.reset();
    m_host.reset();
}

QProcessEnvironment SyncFixture::cliEnvironment()
{
    Statement &q = db().cached("INSERT OR REPLACE INTO secrets (ref, value) VALUES "
                               "('vault:token', ?)");
    q.bindBlob(1, sim().accessToken());
    q.exec();
    db().exec("UPDATE stores SET credential_ref = 'vault:token'");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STORELENS_HOME"), qEnvironmentVariable("STORELENS_HOME"));
    env.insert(QStringLiteral("STORELENS_PASSPHRASE"),
               QStringLiteral("correct horse battery staple"));
    return env;
}

Store SyncFixture::store() const
{
    return *StoreRepository(m_workspace->db()).byId(m_storeId);
}

StoreConnection SyncFixture::connection() const
{
    StoreConnection c;
    c.store = store();
    if (m_clientCredentials)
        c.secrets.insert(QStringLiteral("client_secret"),
                         m_host->simulator().clientApp().clientSecret);
    else
        c.secrets.insert(QStringLiteral("token"), m_host->simulator().accessToken());
    return c;
}

SyncEngine::Result SyncFixture::sync(SyncEngine::Options options, int cancelAfter)
{
    int events = 0;
    return syncUntil(options, [&](const SyncEngine::Progress &) {
        return cancelAfter >= 0 && ++events == cancelAfter;
    });
}

SyncEngine::Result
SyncFixture::syncUntil(SyncEngine::Options options,
                       const std::function<bool(const SyncEngine::Progress &)> &cancelAt,
                       SyncEngine::Deferral deferral)
{
    SyncEngine engine(*m_workspace, *m_ingestor);
    return engine.run(connection(), options, [&](const SyncEngine::Progress &p) {
        if (cancelAt(p))
            engine.cancel(deferral);
    });
}

QStringList SyncFixture::compareWithTruth()
{
    QStringList diffs;
    Database &db = m_workspace->db();
    auto check = [&](bool same, const QString &what) {
        if (!same && diffs.size() < 40)
            diffs << what;
    };

    // Orders, their lines and refunds.
    const QList<sim::SimOrder> orders = sim().orders();
    check(db.scalar("SELECT count(*) FROM orders") == orders.size(),
          QStringLiteral("order count %1 vs %2")
              .arg(db.scalar("SELECT count(*) FROM orders"))
              .arg(orders.size()));
    Statement &o = db.cached(
        "SELECT id, name, created_at, processed_at, updated_at, coalesce(cancelled_at, 0), test, "
        "coalesce(customer_id, 0), currency, subtotal, total_discounts, total_shipping, total_tax, "
        "total_price, financial_status, source_name FROM orders WHERE store_id = ? AND platform_id "
        "= ?");
    for (const sim::SimOrder &t : orders) {
        o.bindAll(m_storeId, t.id);
        if (!o.step()) {
            check(false, QStringLiteral("order %1 missing").arg(t.id));
            continue;
        }
        const QString id = QString::number(t.id);
        const qint64 rowId = o.int64(0);
        check(o.text(1) == t.name, id + QStringLiteral(" name"));
        check(o.int64(2) == t.createdAtMs && o.int64(3) == t.processedAtMs &&
                  o.int64(4) == t.updatedAtMs,
              id + QStringLiteral(" times"));
        check(o.int64(5) == t.cancelledAtMs, id + QStringLiteral(" cancelled"));
        check((o.int64(6) != 0) == t.test, id + QStringLiteral(" test"));
        check(o.int64(7) == t.customerId, id + QStringLiteral(" customer"));
        check(o.text(8) == QString::fromLatin1(t.currency), id + QStringLiteral(" currency"));
        // Shipping as charged: the shipping line's price less its discounts.
        check(o.int64(9) == t.subtotal && o.int64(10) == t.discounts &&
                  o.int64(11) == t.shipping - t.shippingDiscount && o.int64(12) == t.tax &&
                  o.int64(13) == t.total,
              id + QStringLiteral(" amounts"));
        check(o.text(14) == QString::fromLatin1(t.financialStatus),
              id + QStringLiteral(" financial status"));
        check(o.text(15) == QString::fromLatin1(t.sourceName), id + QStringLiteral(" source"));
        o.reset();

        std::map<qint64, sim::SimLineItem> expectedLines;
        for (const sim::SimLineItem &l : t.lines)
            expectedLines[l.id] = l;
        Statement &lines =
            db.cached("SELECT platform_id, coalesce(product_id, 0), coalesce(variant_id, 0), "
                      "sku, title, quantity, original_unit_price, total_discount, tax "
                      "FROM line_items WHERE order_id = ?");
        lines.bind(1, rowId);
        int lineCount = 0;
        while (lines.step()) {
            ++lineCount;
            const auto it = expectedLines.find(lines.int64(0));
            if (it == expectedLines.end()) {
                check(false, id + QStringLiteral(" unexpected line"));
                continue;
            }
            const sim::SimLineItem &l = it->second;
            check(lines.int64(1) == l.productId && lines.int64(2) == l.variantId &&
                      lines.text(3) == l.sku && lines.text(4) == l.title &&
                      lines.int64(5) == l.quantity && lines.int64(6) == l.unitPrice &&
                      lines.int64(7) == l.discount && lines.int64(8) == l.tax,
                  id + QStringLiteral(" line ") + QString::number(l.id));
        }
        check(lineCount == t.lines.size(), id + QStringLiteral(" line count"));

        Statement &refunds =
            db.cached("SELECT id, platform_id, created_at, coalesce(note, ''), shipping, "
                      "shipping_tax, total FROM refunds WHERE order_id = ? ORDER BY platform_id");
        refunds.bind(1, rowId);
        std::map<qint64, sim::SimRefund> expectedRefunds;
        for (const sim::SimRefund &r : t.refunds)
            expectedRefunds[r.id] = r;
        int refundCount = 0;
        std::vector<std::pair<qint64, sim::SimRefund>> refundRows;
        while (refunds.step()) {
            ++refundCount;
            const auto it = expectedRefunds.find(refunds.int64(1));
            if (it == expectedRefunds.end()) {
                check(false, id + QStringLiteral(" unexpected refund"));
                continue;
            }
            const sim::SimRefund &r = it->second;
            check(refunds.int64(2) == r.createdAtMs && refunds.text(3) == r.note &&
                      refunds.int64(4) == r.shipping && refunds.int64(5) == r.shippingTax &&
                      refunds.int64(6) == r.total,
                  id + QStringLiteral(" refund ") + QString::number(r.id));
            refundRows.emplace_back(refunds.int64(0), r);
        }
        check(refundCount == t.refunds.size(), id + QStringLiteral(" refund count"));
        for (const auto &[refundRow, r] : refundRows) {
            std::map<qint64, std::tuple<qint64, qint64, qint64>> expected;
            for (const sim::SimRefundLine &rl : r.lines) {
                auto &[q, sub, tax] = expected[rl.lineItemId];
                q += rl.quantity;
                sub += rl.subtotal;
                tax += rl.tax;
            }
            Statement &rls = db.cached("SELECT line_item_id, quantity, subtotal, tax FROM "
                                       "refund_lines WHERE refund_id = ?");
            rls.bind(1, refundRow);
            int n = 0;
            while (rls.step()) {
                ++n;
                const auto it = expected.find(rls.int64(0));
                check(it != expected.end() && std::get<0>(it->second) == rls.int64(1) &&
                          std::get<1>(it->second) == rls.int64(2) &&
                          std::get<2>(it->second) == rls.int64(3),
                      id + QStringLiteral(" refund line"));
            }
            check(n == int(expected.size()), id + QStringLiteral(" refund line count"));
        }
    }

    // Customers.
    const QList<sim::SimCustomer> customers = sim().customers();
    check(db.scalar("SELECT count(*) FROM customers") == customers.size(),
          QStringLiteral("customer count"));
    Statement &c =
        db.cached("SELECT first_name, last_name, email, orders_count, amount_spent, updated_at "
                  "FROM customers WHERE store_id = ? AND platform_id = ?");
    for (const sim::SimCustomer &t : customers) {
        c.bindAll(m_storeId, t.id);
        if (!c.step()) {
            check(false, QStringLiteral("customer %1 missing").arg(t.id));
            continue;
        }
        check(c.text(0) == t.firstName && c.text(1) == t.lastName && c.text(2) == t.email &&
                  c.int64(3) == t.numberOfOrders && c.int64(4) == t.amountSpent &&
                  c.int64(5) == t.updatedAtMs,
              QStringLiteral("customer %1 (orders %2/%3, spent %4/%5, updated %6/%7)")
                  .arg(t.id)
                  .arg(c.int64(3))
                  .arg(t.numberOfOrders)
                  .arg(c.int64(4))
                  .arg(t.amountSpent)
                  .arg(c.int64(5))
                  .arg(t.updatedAtMs));
        c.reset();
    }

    // Catalogue.
    check(db.scalar("SELECT count(*) FROM products") == sim().products().size(),
          QStringLiteral("product count"));
    const QList<sim::SimVariant> variants = sim().variants();
    check(db.scalar("SELECT count(*) FROM variants") == variants.size(),
          QStringLiteral("variant count"));
    Statement &v = db.cached(
        "SELECT product_id, price, coalesce(unit_cost, -1), coalesce(compare_at_price, -1), "
        "inventory_item_id, sku FROM variants WHERE store_id = ? AND platform_id = ?");
    for (const sim::SimVariant &t : variants) {
        v.bindAll(m_storeId, t.id);
        if (!v.step()) {
            check(false, QStringLiteral("variant %1 missing").arg(t.id));
            continue;
        }
        check(v.int64(0) == t.productId && v.int64(1) == t.price && v.int64(2) == t.unitCost &&
                  v.int64(3) == t.compareAtPrice && v.int64(4) == t.inventoryItemId &&
                  v.text(5) == t.sku,
              QStringLiteral("variant %1").arg(t.id));
        v.reset();
    }
    check(db.scalar("SELECT count(*) FROM locations") == sim().locations().size(),
          QStringLiteral("location count"));
    const QList<sim::SimInventoryLevel> levels = sim().inventoryLevels();
    check(db.scalar("SELECT count(*) FROM inventory_levels") == levels.size(),
          QStringLiteral("inventory level count"));
    Statement &lv =
        db.cached("SELECT available, on_hand FROM inventory_levels WHERE store_id = ? AND "
                  "inventory_item_id = ? AND location_id = ?");
    for (const sim::SimInventoryLevel &t : levels) {
        lv.bindAll(m_storeId, t.inventoryItemId, t.locationId);
        check(lv.step() && lv.int64(0) == t.available && lv.int64(1) == t.onHand,
              QStringLiteral("inventory %1@%2").arg(t.inventoryItemId).arg(t.locationId));
        lv.reset();
    }

    // Abandoned checkouts.
    const QList<sim::SimCheckout> checkouts = sim().checkouts();
    check(db.scalar("SELECT count(*) FROM checkouts") == checkouts.size(),
          QStringLiteral("checkout count"));
    Statement &co =
        db.cached("SELECT created_at, coalesce(completed_at, 0), subtotal, total_price, "
                  "coalesce(customer_id, 0) FROM checkouts WHERE store_id = ? AND platform_id = ?");
    for (const sim::SimCheckout &t : checkouts) {
        co.bindAll(m_storeId, t.id);
        check(co.step() && co.int64(0) == t.createdAtMs && co.int64(1) == t.completedAtMs &&
                  co.int64(2) == t.subtotal && co.int64(3) == t.total &&
                  co.int64(4) == t.customerId,
              QStringLiteral("checkout %1").arg(t.id));
        co.reset();
    }
    if (!diffs.isEmpty())
        qWarning("differences from the simulator: %s",
                 qPrintable(diffs.mid(0, 12).join(QStringLiteral("; "))));
    return diffs;
}

} // namespace storelens::test
