#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace storelens {

// Why a sync could not finish, in words a store owner can act on: what
// happened, to which store, and what to do. `detail` carries the technical
// cause for the "details" view; both are free of secrets.
struct SyncError
{
    enum class Kind
    {
        None,
        Network,         // no connection, resets, timeouts — after retries
        Throttled,       // the platform kept asking to slow down — after retries
        ServerError,     // 5xx, malformed answers — after retries
        InvalidToken,    // 401: wrong, expired or revoked credentials
        MissingScopes,   // the app lacks access scopes
        ShopNotFound,    // wrong shop domain
        ShopUnavailable, // frozen, locked or closed shop (402, 423)
        BulkFailed,      // a bulk operation failed or expired
        Storage,         // the workspace could not be written (disk full, ...)
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;
    QStringList missingScopes;

    bool isError() const { return kind != Kind::None; }
    // The store cannot sync again until the user does something (reconnect,
    // grant scopes, fix the domain).
    bool needsUser() const
    {
        return kind == Kind::InvalidToken || kind == Kind::MissingScopes ||
               kind == Kind::ShopNotFound || kind == Kind::ShopUnavailable;
    }
    // Machine-readable name, for the sync history and --json output.
    QString kindName() const;
};

} // namespace storelens

Q_DECLARE_METATYPE(storelens::SyncError)
