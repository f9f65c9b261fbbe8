#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace storelens {

// Turns a user's passphrase into a 32-byte workspace key with scrypt (OWASP's
// recommended N=2^17, r=8, p=1). The salt and parameters are not secret; they
// are kept beside the workspace file so the same passphrase finds the same key.
struct KdfParams
{
    QByteArray salt;
    quint64 n = 1u << 17;
    quint32 r = 8;
    quint32 p = 1;

    static KdfParams generate();
    QJsonObject toJson() const;
    static KdfParams fromJson(const QJsonObject &object, bool *ok);
};

class KeyDerivation
{
public:
    static constexpr int kKeyBytes = 32;
    // Returns an empty array only if OpenSSL fails (e.g. out of memory).
    static QByteArray deriveKey(const QString &passphrase, const KdfParams &params);
    static QByteArray randomBytes(int count);
    // A short value that tells whether a key is the right one without trying to
    // decrypt: HMAC-SHA256(key, label), first 16 bytes.
    static QByteArray keyCheck(const QByteArray &key);
    // Overwrites a buffer holding key material.
    static void wipe(QByteArray &secret);
};

} // namespace storelens
