#include "Platform.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace storelens {

QList<CredentialField> CredentialScheme::secretFields() const
{
    QList<CredentialField> out;
    for (const CredentialField &f : fields) {
        if (f.secret)
            out << f;
    }
    return out;
}

QByteArray CredentialScheme::pack(const QMap<QString, QByteArray> &secrets) const
{
    const QList<CredentialField> keys = secretFields();
    if (keys.size() == 1)
        return secrets.value(keys.first().key);
    QJsonObject object;
    for (const CredentialField &f : keys)
        object.insert(f.key, QString::fromUtf8(secrets.value(f.key)));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMap<QString, QByteArray> CredentialScheme::unpack(const QByteArray &stored) const
{
    QMap<QString, QByteArray> out;
    const QList<CredentialField> keys = secretFields();
    if (keys.size() == 1) {
        out.insert(keys.first().key, stored);
        return out;
    }
    const QJsonObject object = QJsonDocument::fromJson(stored).object();
    for (const CredentialField &f : keys)
        out.insert(f.key, object.value(f.key).toString().toUtf8());
    return out;
}

SyncError Platform::importExport(QIODevice &, const Store &store, const ConnectorContext::Sink &,
                                 qint64 *records) const
{
    if (records)
        *records = 0;
    return {SyncError::Kind::ShopNotFound,
            tr("%1 has no export file StoreLens can import; store \"%2\" syncs on its own.")
                .arg(name(), store.name),
            {},
            {}};
}

std::optional<CredentialScheme> Platform::scheme(const QString &authKind) const
{
    for (const CredentialScheme &s : schemes()) {
        if (s.authKind == authKind)
            return s;
    }
    return std::nullopt;
}

} // namespace storelens
