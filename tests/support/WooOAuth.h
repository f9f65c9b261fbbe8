#pragma once

#include <QByteArray>
#include <QUrl>

namespace storelens::test {

// OAuth 1.0a one-legged request signing (HMAC-SHA256 or HMAC-SHA1) as RFC 5849
// describes it and WooCommerce's REST API documentation asks for over plain
// HTTP, written from those documents, independently of the simulator: the
// oauth_* parameters and the signature are added to the URL's query.
struct WooOAuthSigner
{
    QByteArray key, secret;
    QByteArray signatureMethod = "HMAC-SHA256";

    // timestamp 0 = now; an empty nonce = a fresh one. `rfcBaseUri` false
    // signs the site root "/" as WooCommerce does (the home URL without its
    // trailing slash).
    QUrl sign(const QUrl &url, const QByteArray &method = "GET", qint64 timestamp = 0,
              QByteArray nonce = {}, bool rfcBaseUri = true);
};

} // namespace storelens::test
