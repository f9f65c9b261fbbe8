#include "WooAuth.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>

namespace storelens::sim {

namespace {
constexpr qint64 ValidWindowSeconds = 15 * 60;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray percentDecode(const QByteArray &text, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
                   hexValue(text[i + 2]) >= 0) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}
} // namespace

QByteArray PhpQuery::urlDecode(const QByteArray &text)
{
    return percentDecode(text, true);
}

QByteArray PhpQuery::rawUrlEncode(const QByteArray &text)
{
    static const char Hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size() * 3);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            out.append(char(c));
        } else {
            out.append('%');
            out.append(Hex[c >> 4]);
            out.append(Hex[c & 15]);
        }
    }
    return out;
}

PhpQuery PhpQuery::parse(const QByteArray &query)
{
    PhpQuery q;
    for (const QByteArray &piece : query.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        QByteArray key = urlDecode(eq < 0 ? piece : piece.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : urlDecode(piece.mid(eq + 1));
        if (key.isEmpty())
            continue;
        const qsizetype open = key.indexOf('[');
        const qsizetype close = open > 0 ? key.indexOf(']', open) : -1;
        QByteArray base = close > 0 ? key.left(open) : key;
        base.replace('.', '_').replace(' ', '_');
        Param *existing = nullptr;
        for (Param &p : q.m_params)
            if (p.key == base)
                existing = &p;
        if (close < 0) {
            if (existing) {
                existing->isArray = false;
                existing->items.clear();
                existing->value = value;
            } else {
                q.m_params.append({base, value, {}, false});
            }
            continue;
        }
        if (!existing || !existing->isArray) {
            if (existing) {
                existing->isArray = true;
                existing->value.clear();
            } else {
                q.m_params.append({base, {}, {}, true});
                existing = &q.m_params.last();
            }
        }
        QByteArray sub = key.mid(open + 1, close - open - 1);
        if (sub.isEmpty()) {
            qint64 next = 0;
            for (const auto &item : existing->items) {
                bool isInt = false;
                const qint64 n = item.first.toLongLong(&isInt);
                if (isInt)
                    next = std::max(next, n + 1);
            }
            sub = QByteArray::number(next);
        }
        bool replaced = false;
        for (auto &item : existing->items)
            if (item.first == sub) {
                item.second = value;
                replaced = true;
            }
        if (!replaced)
            existing->items.append({sub, value});
    }
    return q;
}

const PhpQuery::Param *PhpQuery::find(const QByteArray &key) const
{
    for (const Param &p : m_params)
        if (p.key == key)
            return &p;
    return nullptr;
}

QByteArray PhpQuery::value(const QByteArray &key) const
{
    const Param *p = find(key);
    return p && !p->isArray ? p->value : QByteArray();
}

QByteArrayList PhpQuery::list(const QByteArray &key) const
{
    const Param *p = find(key);
    QByteArrayList out;
    if (!p)
        return out;
    if (p->isArray) {
        for (const auto &item : p->items)
            out.append(item.second);
        return out;
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &s : QString::fromUtf8(p->value).split(separators, Qt::SkipEmptyParts))
        out.append(s.toUtf8());
    return out;
}

void PhpQuery::set(const QByteArray &key, const QByteArray &value)
{
    for (Param &p : m_params)
        if (p.key == key) {
            p.isArray = false;
            p.items.clear();
            p.value = value;
            return;
        }
    m_params.append({key, value, {}, false});
}

void PhpQuery::remove(const QByteArray &key)
{
    m_params.removeIf([&](const Param &p) { return p.key == key; });
}

QByteArray PhpQuery::joinRaw() const
{
    QByteArrayList parts;
    for (const Param &p : m_params) {
        if (!p.isArray) {
            parts.append(p.key + '=' + p.value);
            continue;
        }
        for (const auto &item : p.items)
            parts.append(p.key + "%5B" + item.first + "%5D=" + item.second);
    }
    return parts.join('&');
}

WooAuth::WooAuth(QList<WooApiKey> keys)
    : m_keys(std::move(keys))
{}

const WooApiKey *WooAuth::findKey(const QByteArray &consumerKey) const
{
    for (const WooApiKey &k : m_keys)
        if (k.consumerKey == consumerKey.trimmed())
            return &k;
    return nullptr;
}

void WooAuth::revoke(const QByteArray &consumerKey)
{
    QMutexLocker lock(&m_mutex);
    m_keys.removeIf([&](const WooApiKey &k) { return k.consumerKey == consumerKey; });
}

void WooAuth::add(const WooApiKey &key)
{
    QMutexLocker lock(&m_mutex);
    m_keys.append(key);
}

QList<WooApiKey> WooAuth::keys() const
{
    QMutexLocker lock(&m_mutex);
    return m_keys;
}

QByteArray WooAuth::signature(const QByteArray &method, const QByteArray &baseUri,
                              const QList<PhpQuery::Param> &params, const QByteArray &secret,
                              const QByteArray &signatureMethod)
{
    // WC_REST_Authentication::check_oauth_signature: sort the (decoded) keys
    // with strcmp, encode keys and values, join each pair with "=" and encode
    // the pair again, join the pairs with "%26".
    QList<PhpQuery::Param> sorted = params;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const PhpQuery::Param &a, const PhpQuery::Param &b) { return a.key < b.key; });
    QByteArrayList parts;
    for (const PhpQuery::Param &p : sorted) {
        const QByteArray key = PhpQuery::rawUrlEncode(p.key);
        if (!p.isArray) {
            parts.append(PhpQuery::rawUrlEncode(key + '=' + PhpQuery::rawUrlEncode(p.value)));
            continue;
        }
        for (const auto &item : p.items)
            parts.append(PhpQuery::rawUrlEncode(key + "%5B" + item.first +
                                                "%5D=" + PhpQuery::rawUrlEncode(item.second)));
    }
    const QByteArray base =
        method.toUpper() + '&' + PhpQuery::rawUrlEncode(baseUri) + '&' + parts.join("%26");
    const auto algorithm =
        signatureMethod == "HMAC-SHA1" ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return QMessageAuthenticationCode::hash(base, secret + '&', algorithm).toBase64();
}

WooAuth::Result WooAuth::authenticate(const QByteArray &method, const QByteArray &rawPath,
                                      const PhpQuery &query, const QByteArray &authorization,
                                      const QByteArray &homeUrl, bool isSsl, qint64 wallNowSeconds)
{
    QMutexLocker lock(&m_mutex);
    Result result;
    auto fail = [&](const QByteArray &code, const QString &message) {
        result.kind = Result::Failed;
        result.code = code;
        result.message = message;
        return result;
    };

    // Basic authentication, only when WordPress thinks the request is HTTPS.
    if (isSsl) {
        QByteArray ck = query.value("consumer_key"), cs = query.value("consumer_secret");
        if ((ck.isEmpty() || cs.isEmpty()) && authorization.startsWith("Basic ")) {
            const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            if (colon > 0) {
                ck = decoded.left(colon);
                cs = decoded.mid(colon + 1);
            }
        }
        if (!ck.isEmpty() && !cs.isEmpty()) {
            if (const WooApiKey *key = findKey(ck)) {
                if (key->consumerSecret == cs) {
                    result.kind = Result::Authenticated;
                    result.key = *key;
                    return result;
                }
                fail("woocommerce_rest_authentication_error",
                     QStringLiteral("Consumer secret is invalid."));
            }
        }
    }

    // OAuth 1.0a: parameters from the query, overridden by an OAuth header.
    QList<PhpQuery::Param> params = query.params();
    if (authorization.startsWith("OAuth ")) {
        static const QRegularExpression re(
            QStringLiteral("(oauth_[a-z_-]*)=(:?\"([^\"]*)\"|([^,]*))"));
        for (auto it = re.globalMatch(QString::fromUtf8(authorization)); it.hasNext();) {
            const auto m = it.next();
            const QByteArray name = m.captured(1).toUtf8();
            const QByteArray raw =
                (m.captured(3).isEmpty() ? m.captured(4) : m.captured(3)).toUtf8();
            const QByteArray value = PhpQuery::urlDecode(raw);
            params.removeIf([&](const PhpQuery::Param &p) { return p.key == name; });
            params.append({name, value, {}, false});
        }
    }
    auto param = [&](const char *name) -> QByteArray {
        for (const PhpQuery::Param &p : params)
            if (p.key == name && !p.isArray)
                return p.value;
        return {};
    };
    static const char *const Names[] = {"oauth_consumer_key", "oauth_timestamp", "oauth_nonce",
                                        "oauth_signature", "oauth_signature_method"};
    QStringList missing;
    for (const char *n : Names)
        if (param(n).isEmpty())
            missing << QString::fromLatin1(n);
    if (missing.size() == int(std::size(Names)))
        return result; // not trying OAuth: anonymous, or the Basic error above
    if (!missing.isEmpty())
        return fail("woocommerce_rest_authentication_missing_parameter",
                    (missing.size() == 1 ? QStringLiteral("Missing OAuth parameter %1")
                                         : QStringLiteral("Missing OAuth parameters %1"))
                        .arg(missing.join(QStringLiteral(", "))));
    const WooApiKey *key = findKey(param("oauth_consumer_key"));
    if (!key)
        return fail("woocommerce_rest_authentication_error",
                    QStringLiteral("Consumer key is invalid."));

    QByteArray path = rawPath;
    if (path.startsWith('/'))
        path = path.mid(1);
    const QByteArray baseUri = path.isEmpty() ? homeUrl : homeUrl + '/' + path;
    const QByteArray given =
        percentDecode(QByteArray(param("oauth_signature")).replace(' ', '+'), false);
    QList<PhpQuery::Param> signed_ = params;
    signed_.removeIf([](const PhpQuery::Param &p) { return p.key == "oauth_signature"; });
    const QByteArray signatureMethod = param("oauth_signature_method");
    const QByteArray expected =
        signature(method, baseUri, signed_, key->consumerSecret, signatureMethod);
    if (signatureMethod != "HMAC-SHA1" && signatureMethod != "HMAC-SHA256")
        return fail("woocommerce_rest_authentication_error",
                    QStringLiteral("Invalid signature - signature method is invalid."));
    if (given != expected)
        return fail("woocommerce_rest_authentication_error",
                    QStringLiteral("Invalid signature - provided signature does not match."));

    const qint64 timestamp = param("oauth_timestamp").toLongLong();
    if (timestamp < wallNowSeconds - ValidWindowSeconds ||
        timestamp > wallNowSeconds + ValidWindowSeconds)
        return fail("woocommerce_rest_authentication_error", QStringLiteral("Invalid timestamp."));
    QHash<QByteArray, qint64> &used = m_nonces[key->consumerKey];
    const QByteArray nonce = param("oauth_nonce");
    if (used.contains(nonce))
        return fail("woocommerce_rest_authentication_error",
                    QStringLiteral("Invalid nonce - nonce has already been used."));
    used.insert(nonce, timestamp);
    used.removeIf([&](const QHash<QByteArray, qint64>::iterator it) {
        return it.value() < wallNowSeconds - ValidWindowSeconds;
    });
    result = Result();
    result.kind = Result::Authenticated;
    result.key = *key;
    return result;
}

} // namespace storelens::sim
