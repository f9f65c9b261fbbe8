#include "TestEnvironment.h"

#include "model/Store.h"
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
