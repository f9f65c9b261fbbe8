#pragma once

#include "platform/Platform.h"

#include <QCoreApplication>

namespace storelens {

// Shopify as PlatformRegistry knows it: a shop domain and the credentials of
// a custom app (an Admin API access token, or a client id and secret for the
// client credentials grant); webhooks signed with X-Shopify-Hmac-Sha256.
class ShopifyPlatform final : public Platform
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyPlatform)
public:
    QString id() const override { return QStringLiteral("shopify"); }
    QString name() const override { return tr("Shopify"); }
    QString credentialsTitle() const override;
    QString credentialsHint() const override;
    QString reconnectHint(const Store &store, bool missingPermissions) const override;
    QList<CredentialField> addressFields() const override;
    QList<CredentialScheme> schemes() const override;
    std::optional<Store> storeFor(const QMap<QString, QString> &values, const QString &authKind,
                                  QString *error) const override;
    QStringList resources() const override;
    std::unique_ptr<PlatformConnector> connector(const StoreConnection &connection,
                                                 QNetworkAccessManager &network,
                                                 const ConnectorSettings &settings) const override;
    // The JSONL result of a bulk operation (`import-bulk`).
    SyncError importExport(QIODevice &file, const Store &store, const ConnectorContext::Sink &sink,
                           qint64 *records) const override;
    bool deliversWebhooks() const override { return true; }
    bool verifyWebhook(const WebhookDelivery &delivery, const QByteArray &secret) const override;
    bool mapWebhook(const WebhookDelivery &delivery, const Store &store, WebhookEvent *out,
                    QString *reason) const override;
};

} // namespace storelens
