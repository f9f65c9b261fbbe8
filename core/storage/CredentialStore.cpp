#include "CredentialStore.h"

#include "KeyStore.h"
#include "Workspace.h"

#include <stdexcept>

namespace storelens {

QString CredentialStore::newRef(qint64 storeId, const QString &what) const
{
    return QStringLiteral("workspace/%1/store/%2/%3")
        .arg(m_workspace.meta().uuid.toString(QUuid::WithoutBraces))
        .arg(storeId)
        .arg(what);
}

void CredentialStore::put(const QString &ref, const QByteArray &secret)
{
    if (m_workspace.usesKeychain()) {
        const KeyStore::Result result = KeyStore::write(ref, secret);
        if (!result.ok())
            throw std::runtime_error(tr("Could not save the credential in the system keychain: %1")
                                         .arg(result.error)
                                         .toStdString());
        return;
    }
    Statement &q =
        m_workspace.db().cached("INSERT OR REPLACE INTO secrets (ref, value) VALUES (?, ?)");
    q.bind(1, ref).bindBlob(2, secret);
    q.exec();
}

std::optional<QByteArray> CredentialStore::get(const QString &ref, QString *error) const
{
    if (m_workspace.usesKeychain()) {
        const KeyStore::Result result = KeyStore::read(ref);
        if (result.ok())
            return result.secret;
        if (error)
            *error =
                result.status == KeyStore::Status::NotFound
                    ? tr("The system keychain holds no credential for this store; reconnect it.")
                    : result.error;
        return std::nullopt;
    }
    Statement &q = m_workspace.db().cached("SELECT value FROM secrets WHERE ref = ?");
    q.bind(1, ref);
    if (!q.step()) {
        if (error)
            *error = tr("The workspace holds no credential for this store; reconnect it.");
        return std::nullopt;
    }
    QByteArray value = q.blob(0);
    q.reset();
    return value;
}

void CredentialStore::remove(const QString &ref)
{
    if (m_workspace.usesKeychain()) {
        KeyStore::remove(ref);
        return;
    }
    Statement &q = m_workspace.db().cached("DELETE FROM secrets WHERE ref = ?");
    q.bind(1, ref);
    q.exec();
}

} // namespace storelens
