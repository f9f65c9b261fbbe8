#pragma once

#include "PlatformConnector.h"
#include "RetryPolicy.h"
#include "StoreConnection.h"
#include "WebhookEvent.h"
#include "common/Clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;
class QNetworkAccessManager;

namespace storelens {

// One thing a user gives to reach a store: an address, an id, a secret. The
// wizard builds its form from these and `store add` its options, so a new
// platform needs no code there.
struct CredentialField
{
    QString key;            // "shop", "token", "consumer_key": the value's name
    QString option;         // the CLI option: "shop", "token-env" (secrets name a variable)
    QString valueName;      // its value in the CLI's usage: "DOMAIN", "URL", "VAR"
    QString label;          // the form's label, with its mnemonic: "Shop &domain:"
    QString accessibleName; // "Shop domain"
    QString placeholder;    // "your-shop.myshopify.com"
    QString missing;        // what the form says while it is empty: "Enter the access token."
    bool secret = false;    // kept in the keychain; read from the environment or a terminal
    bool optional = false;
    bool advanced = false; // behind "Advanced" in the wizard (a local server's address)
};

// One way to sign in to a platform (Shopify: an access token, or a client id
// and secret); `authKind` is what the store row keeps.
struct CredentialScheme
{
    QString authKind;
    QString label; // "Admin API &access token (custom app)"
    QList<CredentialField> fields;

    QList<CredentialField> secretFields() const;
    // The secrets as one keychain entry: a single secret as it is (what earlier
    // versions stored), several as a JSON object.
    QByteArray pack(const QMap<QString, QByteArray> &secrets) const;
    QMap<QString, QByteArray> unpack(const QByteArray &stored) const;
};

// What the sync engine lets a connector decide for one run.
struct ConnectorSettings
{
    const Clock *clock = &Clock::system();
    RetryPolicy::Config retries;
    // Records to fetch at or above which a platform's bulk path (an export, a
    // report) is used instead of pages.
    qint64 bulkThreshold = 2500;
};

// A platform StoreLens connects to: how a user names a store and signs in,
// how a store row and its secrets become a connector, and how its webhooks
// are checked and read. One instance per platform, kept by PlatformRegistry;
// const and callable from any thread.
class Platform
{
    Q_DECLARE_TR_FUNCTIONS(Platform)
public:
    virtual ~Platform() = default;

    virtual QString id() const = 0;   // "shopify", kept in Store::platform
    virtual QString name() const = 0; // "Shopify", for people
    // The wizard's title and explanation of the credentials page.
    virtual QString credentialsTitle() const = 0;
    virtual QString credentialsHint() const = 0;
    // What the Reconnect dialog says of a store whose credentials were refused
    // or lack permissions (rich text: the store's name in bold, escaped).
    virtual QString reconnectHint(const Store &store, bool missingPermissions) const = 0;
    // Where the store is ("shop", "url") and, advanced, a local server.
    virtual QList<CredentialField> addressFields() const = 0;
    virtual QList<CredentialScheme> schemes() const = 0;
    // The store row for what a user typed (`values` by CredentialField::key,
    // secrets left out): domain, api base, auth kind, client id. Empty
    // optional and `error` saying what is wrong.
    virtual std::optional<Store> storeFor(const QMap<QString, QString> &values,
                                          const QString &authKind, QString *error) const = 0;
    // The resources a store of this platform syncs, in the order they sync.
    virtual QStringList resources() const = 0;
    // The connector of one store for one run, on the calling thread.
    virtual std::unique_ptr<PlatformConnector>
    connector(const StoreConnection &connection, QNetworkAccessManager &network,
              const ConnectorSettings &settings) const = 0;

    // An export a user brought as a file (Shopify: a bulk operation's JSONL
    // result), read into batches for `sink`; `records` counts what it read.
    // A platform without one answers with an error saying so.
    virtual SyncError importExport(QIODevice &file, const Store &store,
                                   const ConnectorContext::Sink &sink, qint64 *records) const;

    // Webhooks: whether the platform can deliver them to a relay (Amazon's
    // notifications go to SQS only), how a delivery's signature is checked,
    // and how its body becomes records.
    virtual bool deliversWebhooks() const = 0;
    virtual bool verifyWebhook(const WebhookDelivery &delivery, const QByteArray &secret) const = 0;
    virtual bool mapWebhook(const WebhookDelivery &delivery, const Store &store, WebhookEvent *out,
                            QString *reason) const = 0;

    std::optional<CredentialScheme> scheme(const QString &authKind) const;
};

} // namespace storelens
