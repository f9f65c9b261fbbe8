#pragma once

#include "connectors/shopify/ShopifyClient.h"
#include "model/Store.h"

#include <QCoreApplication>

#include <optional>

namespace storelens {

class Workspace;

// Builds what a sync needs to reach a store from the store row and its secret
// (keychain or workspace vault). Reads the keychain: call it on the thread
// that owns the workspace (the GUI or CLI main thread), not a worker.
class StoreCredentials
{
    Q_DECLARE_TR_FUNCTIONS(StoreCredentials)
public:
    static std::optional<ShopifyConnection> connectionFor(Workspace &workspace, const Store &store,
                                                          QString *error);
    // The base URL of a shop: its api_base override, or https://<domain>.
    static QUrl baseUrl(const Store &store);
};

} // namespace storelens
