#pragma once

#include "model/Store.h"
#include "platform/SyncError.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace storelens {

class ConnectionTester;
class WorkspaceSession;

// "Reconnect": new credentials for a store that Shopify refused (revoked or
// expired token, changed client secret, scopes granted since). Tests them
// against the shop first, as the Add Store wizard does, then keeps the new
// secret in the keychain (or the workspace vault) and lets the scheduler
// sync the store again. The secret stays in memory only until it is saved.
class ReconnectStoreDialog : public QDialog
{
    Q_OBJECT
public:
    // `why`: what Shopify said last (refused credentials, missing scopes).
    ReconnectStoreDialog(WorkspaceSession &session, const Store &store, SyncError::Kind why,
                         QWidget *parent = nullptr);
    ~ReconnectStoreDialog() override;

    qint64 storeId() const { return m_store.id; }
    QLineEdit *secretField() const { return m_secret; }
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
    QLineEdit *m_secret = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_reconnect = nullptr;
};

} // namespace storelens
