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
                                                    const QString &currency,
                                                    const QString &platform)
{
    QDir().mkpath(dir);
    auto ws = Workspace::create(dir + QLatin1Char('/') + name + QStringLiteral(".storelens"),
                                dir + QLatin1Char('/') + name + QStringLiteral(".storelens.json"),
                                name, QStringLiteral("correct horse battery staple"));
    Store store;
    store.platform = platform;
    store.domain =
        name.toLower() + (platform == QLatin1String("shopify") ? QStringLiteral(".myshopify.com")
                                                               : QStringLiteral(".example"));
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
          "total_refunded, excluded "
          "FROM orders "
          "ORDER BY store_id, platform_id",
          "SELECT o.platform_id, l.platform_id, l.product_id, l.variant_id, l.sku, l.title, "
          "l.quantity, "
          "l.original_unit_price, l.subtotal, l.total_discount, l.tax FROM line_items l "
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

void removeSchema10Columns(Database &db)
{
    // The tables' own definitions without what ADD COLUMN appended to them.
    const auto rebuild = [&db](const std::string &table, const std::string &added) {
        Statement q = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
        q.bind(1, QString::fromStdString(table));
        if (!q.step())
            qFatal("no table %s", table.c_str());
        std::string sql = q.text(0).toStdString();
        q.reset();
        const size_t at = sql.find(added);
        if (at == std::string::npos)
            qFatal("%s has no %s", table.c_str(), added.c_str());
        sql.erase(at, added.size());
        sql.replace(sql.find(table), table.size(), table + "_v9");
        Statement columns = db.prepare("PRAGMA table_info(" + table + ")");
        QStringList kept;
        const QString addedName = QString::fromStdString(added).section(QLatin1Char(' '), 1, 1);
        while (columns.step()) {
            if (columns.text(1) != addedName)
                kept << columns.text(1);
        }
        const std::string list = kept.join(QStringLiteral(", ")).toStdString();
        db.exec(sql);
        db.exec("INSERT INTO " + table + "_v9 (" + list + ") SELECT " + list + " FROM " + table);
        db.exec("DROP TABLE " + table);
        db.exec("ALTER TABLE " + table + "_v9 RENAME TO " + table);
    };
    // Children refer to the tables by name: nothing cascades while they are swapped.
    db.exec("PRAGMA foreign_keys = OFF");
    {
        Transaction tx(db);
        rebuild("orders", ", excluded INTEGER NOT NULL DEFAULT 0");
        rebuild("line_items", ", subtotal INTEGER");
        db.exec("CREATE INDEX orders_day ON orders (store_id, day, processed_at, customer_id, "
                "test, total_price, total_refunded)");
        db.exec("CREATE INDEX orders_customer ON orders (store_id, customer_id, processed_at, "
                "day, test, total_price, total_refunded)");
        tx.commit();
    }
    db.exec("PRAGMA foreign_keys = ON");
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
