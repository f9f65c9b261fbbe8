#include "TestEnvironment.h"

#include "model/Store.h"
#include "storage/Database.h"
#include "storage/StoreRepository.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace storelens::test {

TempHome::TempHome()
    : m_previous(qgetenv("STORELENS_HOME"))
{
    qputenv("STORELENS_HOME", m_dir.path().toUtf8());
}

TempHome::~TempHome()
{
    if (m_previous.isEmpty())
        qunsetenv("STORELENS_HOME");
    else
        qputenv("STORELENS_HOME", m_previous);
}

std::unique_ptr<Workspace> createWorkspaceWithStore(const QString &dir, const QString &name,
                                                    const QByteArray &timezone, qint64 *storeId,
                                                    const QString &currency)
{
    QDir().mkpath(dir);
    auto ws = Workspace::create(dir + QLatin1Char('/') + name + QStringLiteral(".storelens"),
                                dir + QLatin1Char('/') + name + QStringLiteral(".storelens.json"),
                                name, QStringLiteral("correct horse battery staple"));
    Store store;
    store.platform = QStringLiteral("shopify");
    store.domain = name.toLower() + QStringLiteral(".myshopify.com");
    store.name = name;
    store.currency = currency;
    store.timezone = QString::fromUtf8(timezone);
    store.authKind = QStringLiteral("token");
    store.credentialRef = QStringLiteral("none");
    store.createdAtMs = 1;
    const qint64 id = StoreRepository(ws->db()).insert(store);
    if (storeId)
        *storeId = id;
    return ws;
}

QString canonicalOrderTables(Database &db)
{
    QString out;
    // Ordered and joined by platform ids, not local row ids: two workspaces
    // that hold the same data may have inserted it in another order.
    for (const char *sql :
         {"SELECT store_id, platform_id, name, customer_id, created_at, processed_at, updated_at, "
          "cancelled_at, day, currency, total_price, total_tax, total_shipping, test FROM orders "
          "ORDER BY store_id, platform_id",
          "SELECT o.platform_id, l.platform_id, l.product_id, l.variant_id, l.sku, l.title, "
          "l.quantity, "
          "l.original_unit_price, l.total_discount, l.tax FROM line_items l "
          "JOIN orders o ON o.id = l.order_id ORDER BY 1, 2",
          "SELECT o.platform_id, r.platform_id, r.created_at, r.day, r.shipping, r.shipping_tax, "
          "r.total "
          "FROM refunds r JOIN orders o ON o.id = r.order_id ORDER BY 1, 2",
          "SELECT r.platform_id, l.line_item_id, l.quantity, l.subtotal, l.tax FROM refund_lines l "
          "JOIN refunds r ON r.id = l.refund_id ORDER BY 1, 2",
          "SELECT * FROM customer_activity ORDER BY 1, 2",
          "SELECT * FROM rollup_store_day ORDER BY 1, 2",
          "SELECT * FROM rollup_product_day ORDER BY 1, 2, 3, 4"}) {
        Statement q = db.prepare(sql);
        while (q.step()) {
            for (int c = 0; c < q.columnCount(); ++c)
                out += q.text(c) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("--\n");
    }
    return out;
}

// The store-day rollup recomputed from the raw rows with plain SQL, in the
// same shape as rollup_store_day (zero rows dropped).
QString recomputedStoreDays(Database &db, qint64 storeId)
{
    const std::string sql = R"SQL(
        WITH facts AS (
            SELECT o.day AS day, 1 AS orders, o.cancelled_at IS NOT NULL AS cancelled,
                   (SELECT coalesce(sum(quantity * original_unit_price), 0) FROM line_items WHERE order_id = o.id) AS gross,
                   (SELECT coalesce(sum(total_discount), 0) FROM line_items WHERE order_id = o.id) AS discounts,
                   0 AS returns, o.total_shipping AS shipping, 0 AS shipping_returned,
                   o.total_tax AS taxes, 0 AS taxes_returned,
                   (SELECT coalesce(sum(quantity), 0) FROM line_items WHERE order_id = o.id) AS units,
                   0 AS units_returned, 0 AS new_customers
            FROM orders o WHERE o.store_id = ?1 AND o.test = 0
            UNION ALL
            SELECT r.day, 0, 0, 0, 0,
                   (SELECT coalesce(sum(subtotal), 0) FROM refund_lines WHERE refund_id = r.id),
                   0, r.shipping, 0,
                   r.shipping_tax + (SELECT coalesce(sum(tax), 0) FROM refund_lines WHERE refund_id = r.id), 0,
                   (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE refund_id = r.id), 0
            FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.store_id = ?1 AND o.test = 0
            UNION ALL
            SELECT (SELECT day FROM orders f WHERE f.store_id = ?1 AND f.customer_id = c.customer_id
                    AND f.test = 0 ORDER BY f.processed_at, f.id LIMIT 1),
                   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
            FROM (SELECT DISTINCT customer_id FROM orders WHERE store_id = ?1 AND test = 0
                  AND customer_id IS NOT NULL) c
        )
        SELECT day, sum(orders), sum(cancelled), sum(gross), sum(discounts), sum(returns),
               sum(shipping), sum(shipping_returned), sum(taxes), sum(taxes_returned),
               sum(units), sum(units_returned), sum(new_customers)
        FROM facts GROUP BY day ORDER BY day)SQL";
    Statement q = db.prepare(sql);
    q.bind(1, storeId);
    QString out;
    while (q.step()) {
        QString row;
        bool allZero = true;
        for (int c = 1; c < q.columnCount(); ++c) {
            allZero = allZero && q.int64(c) == 0;
            row += QLatin1Char('|') + QString::number(q.int64(c));
        }
        if (!allZero)
            out += QString::number(q.int64(0)) + row + QLatin1Char('\n');
    }
    return out;
}

QString rolledUpStoreDays(Database &db, qint64 storeId)
{
    Statement q = db.prepare(
        "SELECT day, orders, cancelled_orders, gross_sales, discounts, returns, shipping, "
        "shipping_returned, taxes, taxes_returned, units_sold, units_returned, new_customers "
        "FROM rollup_store_day WHERE store_id = ? ORDER BY day");
    q.bind(1, storeId);
    QString out;
    while (q.step()) {
        QString row;
        bool allZero = true;
        for (int c = 1; c < q.columnCount(); ++c) {
            allZero = allZero && q.int64(c) == 0;
            row += QLatin1Char('|') + QString::number(q.int64(c));
        }
        if (!allZero)
            out += QString::number(q.int64(0)) + row + QLatin1Char('\n');
    }
    return out;
}

QString sourcePath(const QString &relative)
{
    return qEnvironmentVariable("STORELENS_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace storelens::test
