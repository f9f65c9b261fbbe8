#include "WorkspaceMeta.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace storelens {

QString WorkspaceMeta::keychainKey() const
{
    return QStringLiteral("workspace/") + uuid.toString(QUuid::WithoutBraces);
}

QByteArray WorkspaceMeta::toJson() const
{
    QJsonObject key{{QStringLiteral("source"), keySource == KeySource::Keychain
                                                   ? QStringLiteral("keychain")
                                                   : QStringLiteral("passphrase")},
                    {QStringLiteral("check"), QString::fromLatin1(keyCheck.toBase64())}};
    if (keySource == KeySource::Passphrase)
        key.insert(QStringLiteral("derivation"), kdf.toJson());
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("application"), QStringLiteral("StoreLens")},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("created_at"), createdAtMs},
                           {QStringLiteral("key"), key}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool WorkspaceMeta::fromJson(const QByteArray &json, WorkspaceMeta *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("application")).toString() != QLatin1String("StoreLens") ||
        root.value(QStringLiteral("format")).toInteger() != 1)
        return false;
    WorkspaceMeta meta;
    meta.name = root.value(QStringLiteral("name")).toString();
    meta.uuid = QUuid::fromString(root.value(QStringLiteral("uuid")).toString());
    meta.createdAtMs = root.value(QStringLiteral("created_at")).toInteger();
    const QJsonObject key = root.value(QStringLiteral("key")).toObject();
    const QString source = key.value(QStringLiteral("source")).toString();
    meta.keyCheck =
        QByteArray::fromBase64(key.value(QStringLiteral("check")).toString().toLatin1());
    if (source == QLatin1String("keychain")) {
        meta.keySource = KeySource::Keychain;
    } else if (source == QLatin1String("passphrase")) {
        meta.keySource = KeySource::Passphrase;
        bool ok = false;
        meta.kdf = KdfParams::fromJson(key.value(QStringLiteral("derivation")).toObject(), &ok);
        if (!ok)
            return false;
    } else {
        return false;
    }
    if (meta.uuid.isNull() || meta.keyCheck.size() != 16)
        return false;
    *out = meta;
    return true;
}

} // namespace storelens
