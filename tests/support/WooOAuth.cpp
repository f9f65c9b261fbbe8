#include "WooOAuth.h"

#include <QDateTime>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>

namespace storelens::test {

namespace {
QByteArray enc(const QByteArray &v)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(v)); // RFC 3986: unreserved kept
}
} // namespace

QUrl WooOAuthSigner::sign(const QUrl &url, const QByteArray &method, qint64 timestamp,
                          QByteArray nonce, bool rfcBaseUri)
{
    QList<std::pair<QByteArray, QByteArray>> params;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        params.append({item.first.toUtf8(), item.second.toUtf8()});
    if (!timestamp)
        timestamp = QDateTime::currentSecsSinceEpoch();
    static std::atomic<qint64> nonces{0};
    if (nonce.isEmpty())
        nonce = "n" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "x" +
                QByteArray::number(++nonces);
    params.append({"oauth_consumer_key", key});
    params.append({"oauth_nonce", nonce});
    params.append({"oauth_signature_method", signatureMethod});
    params.append({"oauth_timestamp", QByteArray::number(timestamp)});
    // RFC 5849 3.4.1: encoded names and values, sorted, joined with "=" and "&".
    QList<std::pair<QByteArray, QByteArray>> encoded;
    for (const auto &[k, v] : params)
        encoded.append({enc(k), enc(v)});
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList pairs;
    for (const auto &[k, v] : encoded)
        pairs.append(k + '=' + v);
    QByteArray baseUri = url.scheme().toLatin1() + "://" + url.host().toLatin1() + ':' +
                         QByteArray::number(url.port()) + url.path(QUrl::FullyEncoded).toLatin1();
    if (url.path().isEmpty())
        baseUri += '/';
    if (!rfcBaseUri && baseUri.endsWith('/'))
        baseUri.chop(1);
    const QByteArray base = method + '&' + enc(baseUri) + '&' + enc(pairs.join('&'));
    const QByteArray signature = QMessageAuthenticationCode::hash(base, enc(secret) + '&',
                                                                  signatureMethod == "HMAC-SHA1"
                                                                      ? QCryptographicHash::Sha1
                                                                      : QCryptographicHash::Sha256)
                                     .toBase64();
    QByteArrayList query;
    for (const auto &[k, v] : params)
        query.append(enc(k) + '=' + enc(v));
    query.append("oauth_signature=" + enc(signature));
    QUrl out = url;
    out.setQuery(QString::fromLatin1(query.join('&')), QUrl::StrictMode);
    return out;
}

} // namespace storelens::test
