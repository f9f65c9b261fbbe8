#include "KeyDerivation.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace storelens {

KdfParams KdfParams::generate()
{
    KdfParams params;
    params.salt = KeyDerivation::randomBytes(16);
    return params;
}

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{{QStringLiteral("kdf"), QStringLiteral("scrypt")},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                       {QStringLiteral("N"), qint64(n)},
                       {QStringLiteral("r"), qint64(r)},
                       {QStringLiteral("p"), qint64(p)}};
}

KdfParams KdfParams::fromJson(const QJsonObject &object, bool *ok)
{
    KdfParams params;
    params.salt =
        QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
    params.n = quint64(object.value(QStringLiteral("N")).toInteger());
    params.r = quint32(object.value(QStringLiteral("r")).toInteger());
    params.p = quint32(object.value(QStringLiteral("p")).toInteger());
    const bool valid = object.value(QStringLiteral("kdf")).toString() == QLatin1String("scrypt") &&
                       params.salt.size() >= 16 && params.n >= 1024 &&
                       (params.n & (params.n - 1)) == 0 && params.r >= 1 && params.p >= 1;
    if (ok)
        *ok = valid;
    return params;
}

QByteArray KeyDerivation::deriveKey(const QString &passphrase, const KdfParams &params)
{
    QByteArray utf8 = passphrase.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const quint64 maxMem = 128ull * params.r * params.n * 2 + (16u << 20);
    const int ok =
        EVP_PBE_scrypt(utf8.constData(), size_t(utf8.size()),
                       reinterpret_cast<const unsigned char *>(params.salt.constData()),
                       size_t(params.salt.size()), params.n, params.r, params.p, maxMem,
                       reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()));
    wipe(utf8);
    if (ok != 1)
        return {};
    return key;
}

QByteArray KeyDerivation::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("OpenSSL could not produce random bytes");
    return bytes;
}

QByteArray KeyDerivation::keyCheck(const QByteArray &key)
{
    static const QByteArray label = QByteArrayLiteral("StoreLens workspace key check v1");
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    HMAC(EVP_sha256(), key.constData(), key.size(),
         reinterpret_cast<const unsigned char *>(label.constData()), size_t(label.size()), out,
         &outLen);
    return QByteArray(reinterpret_cast<const char *>(out), 16);
}

void KeyDerivation::wipe(QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace storelens
