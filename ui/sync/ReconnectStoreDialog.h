#pragma once

#include "model/Store.h"
#include "platform/SyncError.h"

#include <QDialog>
#include <QMap>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace storelens {

class ConnectionTester;
class WorkspaceSession;

// "Reconnect": new credentials for a store its platform refused (revoked or
// expired token or key, changed client secret, permissions granted since),
// one field per secret of the store's way of signing in. Tests them
// against the shop first, as the Add Store wizard does, then keeps the new
// secret in the keychain (or the workspace vault) and lets the scheduler
// sync the store again. The secret stays in memory only until it is saved.
class ReconnectStoreDialog : public QDialog
{
    Q_OBJECT
public:
    // `why`: what the platform said last (refused credentials, missing scopes).
    ReconnectStoreDialog(WorkspaceSession &session, const Store &store, SyncError::Kind why,
                         QWidget *parent = nullptr);
    ~ReconnectStoreDialog() override;

    qint64 storeId() const { return m_store.id; }
    // The first secret field, or the one of a CredentialField::key.
    QLineEdit *secretField(const QString &key = {}) const
    {
        return key.isEmpty() ? m_secrets.value(m_keys.value(0)) : m_secrets.value(key);
    }
    QPushButton *reconnectButton() const { return m_reconnect; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    // The new secret is stored and the store is syncing again.
    void reconnected(qint64 storeId);

private:
    void start();
    void setBusy(bool busy, const QString &status = {});

    WorkspaceSession &m_session;
    Store m_store;
    ConnectionTester *m_tester = nullptr;
    QStringList m_keys; // the secrets' keys, in the order of their fields
    QMap<QString, QLineEdit *> m_secrets;
    bool allGiven() const;
    QLabel *m_problem = nullptr;
    QPushButton *m_reconnect = nullptr;
};

} // namespace storelens
