#pragma once

#include "model/Store.h"
#include "platform/Platform.h"
#include "platform/StoreConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace storelens {

class Workspace;

// A store's secrets between the keychain (or the workspace vault) and its
// connector: one entry per store, packed as its platform's credential scheme
// says. Reads the keychain: call it on the thread that owns the workspace
// (the GUI or CLI main thread), not a worker.
class StoreCredentials
{
    Q_DECLARE_TR_FUNCTIONS(StoreCredentials)
public:
    static std::optional<StoreConnection> connectionFor(Workspace &workspace, const Store &store,
                                                        QString *error);
    // The platform of a store; null and `error` set for one this build lacks.
    static const Platform *platformOf(const Store &store, QString *error);
    // The platform's sign-in of a store (Store::authKind).
    static std::optional<CredentialScheme> schemeOf(const Store &store, QString *error);
    // The keychain entry of a store's secrets (by CredentialField::key).
    static std::optional<QByteArray> pack(const Store &store,
                                          const QMap<QString, QByteArray> &secrets, QString *error);
    // What a store's credential reference is named after ("token").
    static QString secretLabel(const Store &store);
    // The base URL of a Shopify shop: its api_base override, or https://<domain>.
    static QUrl baseUrl(const Store &store);
};

} // namespace storelens
