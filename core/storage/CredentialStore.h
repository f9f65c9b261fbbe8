#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace storelens {

class Workspace;

// Keeps store credentials (access tokens, client secrets) out of every plain
// file: in the OS keychain under "workspace/<uuid>/store/<n>/<what>" when the
// workspace's own key is there, otherwise in the encrypted workspace itself.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
public:
    explicit CredentialStore(Workspace &workspace)
        : m_workspace(workspace)
    {}

    // A new reference for a store's credential; `what` is e.g. "token".
    QString newRef(qint64 storeId, const QString &what) const;
    // Throws std::runtime_error with a user-facing message on failure.
    void put(const QString &ref, const QByteArray &secret);
    std::optional<QByteArray> get(const QString &ref, QString *error = nullptr) const;
    void remove(const QString &ref);

private:
    Workspace &m_workspace;
};

} // namespace storelens
