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
    for (const char *sql :
         {"SELECT store_id, platform_id, name, customer_id, created_at, processed_at, updated_at, "
          "cancelled_at, day, currency, total_price, total_tax, total_shipping, test FROM orders "
          "ORDER BY id",
          "SELECT * FROM line_items ORDER BY order_id, platform_id",
          "SELECT order_id, platform_id, created_at, day, shipping, shipping_tax, total FROM "
          "refunds "
          "ORDER BY order_id, platform_id",
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
