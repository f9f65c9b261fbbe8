#pragma once

#include "WooSimConfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace storelens::sim {

// A query string as PHP's $_GET holds it: keys and values URL-decoded ("+" is
// a space), a repeated key replacing the earlier value in place, `k[]=v`
// building a list and `k[x]=v` a keyed array, dots and spaces in top-level
// keys turned into underscores.
class PhpQuery
{
public:
    struct Param
    {
        QByteArray key;
        QByteArray value;                               // when not an array
        QList<std::pair<QByteArray, QByteArray>> items; // when an array
        bool isArray = false;
    };

    static PhpQuery parse(const QByteArray &query);
    static QByteArray urlDecode(const QByteArray &text); // "+" = space
    // PHP's rawurlencode: everything but A-Z a-z 0-9 - _ . ~ percent-encoded.
    static QByteArray rawUrlEncode(const QByteArray &text);

    const QList<Param> &params() const { return m_params; }
    const Param *find(const QByteArray &key) const;
    bool has(const QByteArray &key) const { return find(key) != nullptr; }
    QByteArray value(const QByteArray &key) const; // scalar value, or empty
    // A list parameter: "a,b" (wp_parse_list) or a[]=a&a[]=b.
    QByteArrayList list(const QByteArray &key) const;
    void set(const QByteArray &key, const QByteArray &value); // in place or appended
    void remove(const QByteArray &key);
    // The query again, values raw (not re-encoded), as WordPress's
    // add_query_arg() builds the Link header from the decoded request.
    QByteArray joinRaw() const;

private:
    QList<Param> m_params;
};

// WooCommerce's API-key authentication as WC_REST_Authentication does it:
// over HTTPS (is_ssl()) the consumer_key/consumer_secret query parameters or
// HTTP Basic; otherwise, and after a failed Basic lookup, OAuth 1.0a
// "one-legged" with the parameters in the query string or an OAuth
// Authorization header, HMAC-SHA1 or HMAC-SHA256 over the normalized request,
// a 15-minute timestamp window and nonces remembered for 15 minutes.
// Thread-safe.
class WooAuth
{
public:
    struct Result
    {
        enum Kind
        {
            Anonymous, // no credentials WooCommerce looks at: user 0
            Authenticated,
            Failed
        };
        Kind kind = Anonymous;
        WooApiKey key;
        QByteArray code; // e.g. woocommerce_rest_authentication_error
        QString message;
    };

    explicit WooAuth(QList<WooApiKey> keys);

    // `homeUrl` is the site URL WordPress signs against (scheme from is_ssl()).
    Result authenticate(const QByteArray &method, const QByteArray &rawPath, const PhpQuery &query,
                        const QByteArray &authorization, const QByteArray &homeUrl, bool isSsl,
                        qint64 wallNowSeconds);

    // The signature WooCommerce expects for a request (tests sign with their
    // own implementation; this one is what the server compares against).
    static QByteArray signature(const QByteArray &method, const QByteArray &baseUri,
                                const QList<PhpQuery::Param> &params, const QByteArray &secret,
                                const QByteArray &signatureMethod);

    void revoke(const QByteArray &consumerKey);
    void add(const WooApiKey &key);
    QList<WooApiKey> keys() const;

private:
    const WooApiKey *findKey(const QByteArray &consumerKey) const;

    mutable QMutex m_mutex;
    QList<WooApiKey> m_keys;
    QHash<QByteArray, QHash<QByteArray, qint64>> m_nonces; // key -> nonce -> timestamp
};

} // namespace storelens::sim
