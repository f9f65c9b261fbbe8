#include "WebhookSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>

namespace storelens {

QByteArray WebhookSignature::sign(const QByteArray &rawBody, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(rawBody, secret, QCryptographicHash::Sha256).toBase64();
}

bool WebhookSignature::verify(const QByteArray &rawBody, const QByteArray &header,
                              const QByteArray &secret)
{
    if (secret.isEmpty() || header.isEmpty())
        return false;
    const QByteArray expected = sign(rawBody, secret);
    const QByteArray given = header.trimmed();
    if (given.size() != expected.size())
        return false;
    return CRYPTO_memcmp(given.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace storelens
