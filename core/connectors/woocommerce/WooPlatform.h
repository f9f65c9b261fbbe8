#pragma once

#include "platform/Platform.h"

#include <QCoreApplication>

namespace storelens {

// WooCommerce as PlatformRegistry knows it: the site's address and a REST API
// key (consumer key and secret, read access); webhooks signed with
// X-WC-Webhook-Signature. A store row keeps the site as its domain
// ("shop.example.com/store"); a loopback site on plain HTTP (a local server)
// keeps its whole address as the api base.
class WooPlatform final : public Platform
{
    Q_DECLARE_TR_FUNCTIONS(WooPlatform)
public:
    QString id() const override { return QStringLiteral("woocommerce"); }
    QString name() const override { return tr("WooCommerce"); }
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
    bool deliversWebhooks() const override { return true; }
    bool verifyWebhook(const WebhookDelivery &delivery, const QByteArray &secret) const override;
    bool mapWebhook(const WebhookDelivery &delivery, const Store &store, WebhookEvent *out,
                    QString *reason) const override;

    // The site of a store row.
    static QUrl siteUrl(const Store &store);
};

} // namespace storelens
