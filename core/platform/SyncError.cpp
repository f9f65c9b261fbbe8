#include "SyncError.h"

namespace storelens {

QString SyncError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::InvalidToken:
        return QStringLiteral("invalid_token");
    case Kind::MissingScopes:
        return QStringLiteral("missing_scopes");
    case Kind::ShopNotFound:
        return QStringLiteral("shop_not_found");
    case Kind::ShopUnavailable:
        return QStringLiteral("shop_unavailable");
    case Kind::BulkFailed:
        return QStringLiteral("bulk_failed");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace storelens
