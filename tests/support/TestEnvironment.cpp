#include "TestEnvironment.h"

#include "RollupRecompute.h"
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
          "cancelled_at, day, currency, total_price, total_tax, total_shipping, test, "
          "total_refunded "
          "FROM orders "
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
          "SELECT * FROM rollup_store_day ORDER BY 1, 2"}) {
        Statement q = db.prepare(sql);
        while (q.step()) {
            for (int c = 0; c < q.columnCount(); ++c)
                out += q.text(c) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("--\n");
    }
    // The product days as figures: a day may be kept in rows or packed alone,
    // as the transactions that wrote it fell.
    Statement stores = db.prepare("SELECT id FROM stores ORDER BY id");
    while (stores.step())
        out += rolledUpProductDays(db, stores.int64(0));
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
