#pragma once

#include "model/Store.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace storelens {

// A store and its secrets, by CredentialField::key ("token",
// "consumer_secret"): what a connector needs to reach it. Secrets live here
// only in memory, between the keychain and the connector.
struct StoreConnection
{
    Store store;
    QMap<QString, QByteArray> secrets;

    QByteArray secret(const QString &key) const { return secrets.value(key); }
};

} // namespace storelens
