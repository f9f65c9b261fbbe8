#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace storelens {

// The OS keychain (Secret Service / KWallet / macOS Keychain / Windows
// Credential Manager) through QtKeychain, service "StoreLens". Calls block the
// calling thread on a local event loop, with a timeout so a keychain that never
// answers counts as unavailable. Call from a thread that may spin an event
// loop (the CLI, the GUI thread during unlock, tests).
//
// STORELENS_NO_KEYCHAIN=1 makes the keychain count as absent, for servers and
// CI boxes where a passphrase is the intended path.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable,
        Denied,
        Failed
    };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray secret;
        QString error; // human-readable, never contains the secret
        bool ok() const { return status == Status::Ok; }
    };

    static QString serviceName();
    static Result read(const QString &key);
    static Result write(const QString &key, const QByteArray &secret);
    static Result remove(const QString &key);
    // True when a keychain backend answers (an absent entry still counts).
    static bool isAvailable();
    static bool disabledByEnvironment();
};

} // namespace storelens
