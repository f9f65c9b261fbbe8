#include "ShopifyClient.h"

#include "RequestedQueryCost.h"
#include "common/Redaction.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace storelens {

namespace {
// Renew a client-credentials token this long before Shopify says it expires.
constexpr qint64 kTokenRenewMarginMs = 5 * 60'000;
// THROTTLED answers are the bucket doing its job: retry them more patiently
// than failures.
constexpr int kMaxThrottledRetries = 30;

std::optional<qint64> retryAfterMs(const QByteArray &header)
{
    bool ok = false;
    const double seconds = QString::fromLatin1(header).trimmed().toDouble(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return qint64(seconds * 1000);
}

CostBucketLimiter::Status throttleStatus(const QJsonObject &extensions)
{
    const QJsonObject s = extensions.value(QLatin1String("cost"))
                              .toObject()
                              .value(QLatin1String("throttleStatus"))
                              .toObject();
    return {s.value(QLatin1String("maximumAvailable")).toDouble(),
            s.value(QLatin1String("currentlyAvailable")).toDouble(),
            s.value(QLatin1String("restoreRate")).toDouble()};
}
} // namespace

struct ShopifyClient::HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QByteArray retryAfter;
    bool cancelled = false;
};

ShopifyClient::ShopifyClient(ShopifyConnection connection, QNetworkAccessManager &network,
                             CostBucketLimiter &limiter, const Clock &clock, RetryPolicy policy)
    : m_connection(std::move(connection))
    , m_network(network)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_policy(policy)
{}

ShopifyClient::~ShopifyClient()
{
    m_connection.accessToken.fill('\0');
    m_connection.clientSecret.fill('\0');
}

void ShopifyClient::cancel()
{
    m_waits.cancel();
}

QUrl ShopifyClient::graphQlUrl() const
{
    QUrl url = m_connection.baseUrl;
    url.setPath(
        url.path(QUrl::FullyDecoded).chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
        QStringLiteral("/admin/api/%1/graphql.json").arg(m_connection.apiVersion));
    return url;
}

bool ShopifyClient::sleep(qint64 ms)
{
    return m_waits.sleep(ms);
}

ShopifyClient::HttpResult ShopifyClient::send(const QUrl &url, const QByteArray &body,
                                              const QByteArray &contentType, bool authorized)
{
    HttpResult result;
    if (m_waits.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("StoreLens/%1").arg(QLatin1String(STORELENS_VERSION)));
    if (authorized)
        request.setRawHeader("X-Shopify-Access-Token", m_connection.accessToken);
    request.setTransferTimeout(kGraphQlTimeoutMs);
    QNetworkReply *reply = m_network.post(request, body);
    QEventLoop loop(m_waits.context());
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) { // cancelled
        reply->abort();
        result.cancelled = true;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

SyncError ShopifyClient::errorFor(SyncError::Kind kind, const QString &detail) const
{
    SyncError e;
    e.kind = kind;
    e.detail = Redaction::redact(detail);
    const QString store =
        m_connection.storeName.isEmpty() ? m_connection.domain : m_connection.storeName;
    switch (kind) {
    case SyncError::Kind::Network:
        e.message = tr("Could not reach Shopify for store \"%1\". Check the internet connection; "
                       "StoreLens will try again.")
                        .arg(store);
        break;
    case SyncError::Kind::Throttled:
        e.message = tr("Shopify kept asking StoreLens to slow down for store \"%1\". The sync will "
                       "continue later within Shopify's limits.")
                        .arg(store);
        break;
    case SyncError::Kind::ServerError:
        e.message = tr("Shopify answered with an error for store \"%1\". StoreLens will try again "
                       "later; if it persists, see the details.")
                        .arg(store);
        break;
    case SyncError::Kind::InvalidToken:
        e.message = tr("Shopify refused the credentials of store \"%1\" (wrong, expired or revoked "
                       "token). Reconnect the store with a valid access token or client secret.")
                        .arg(store);
        break;
    case SyncError::Kind::MissingScopes:
        e.message = tr("The Shopify app of store \"%1\" lacks access scopes. Grant them in the "
                       "app's configuration, then reconnect.")
                        .arg(store);
        break;
    case SyncError::Kind::ShopNotFound:
        e.message = tr("There is no Shopify store at %1. Check the shop domain (it looks like "
                       "your-shop.myshopify.com).")
                        .arg(m_connection.domain);
        break;
    case SyncError::Kind::ShopUnavailable:
        e.message = tr("Shopify store \"%1\" is unavailable (frozen, locked or closed). Check the "
                       "store's status in Shopify.")
                        .arg(store);
        break;
    case SyncError::Kind::BulkFailed:
        e.message = tr("Shopify could not export the data of store \"%1\" in bulk. StoreLens will "
                       "start a new export.")
                        .arg(store);
        break;
    case SyncError::Kind::Cancelled:
        e.message =
            tr("The sync of store \"%1\" was cancelled; it resumes where it stopped.").arg(store);
        break;
    case SyncError::Kind::Storage:
    case SyncError::Kind::None:
        e.message = detail;
        break;
    }
    return e;
}

SyncError ShopifyClient::httpError(const HttpResult &r) const
{
    if (r.cancelled)
        return errorFor(SyncError::Kind::Cancelled, {});
    const QString body = QString::fromUtf8(r.body.left(500));
    switch (r.status) {
    case 401:
        return errorFor(SyncError::Kind::InvalidToken, QStringLiteral("HTTP 401: %1").arg(body));
    case 402:
    case 423:
        return errorFor(SyncError::Kind::ShopUnavailable,
                        QStringLiteral("HTTP %1: %2").arg(r.status).arg(body));
    case 403: {
        SyncError e =
            errorFor(SyncError::Kind::MissingScopes, QStringLiteral("HTTP 403: %1").arg(body));
        return e;
    }
    case 404:
        return errorFor(SyncError::Kind::ShopNotFound, QStringLiteral("HTTP 404: %1").arg(body));
    default:
        break;
    }
    if (r.status >= 500 || r.status == 429)
        return errorFor(SyncError::Kind::ServerError,
                        QStringLiteral("HTTP %1: %2").arg(r.status).arg(body));
    return errorFor(SyncError::Kind::Network,
                    QStringLiteral("%1 (HTTP %2)").arg(r.networkErrorText).arg(r.status));
}

SyncError ShopifyClient::ensureToken(bool forceRenew)
{
    if (m_connection.authKind != QLatin1String("client_credentials"))
        return {};
    if (!forceRenew && !m_connection.accessToken.isEmpty() &&
        m_clock.nowMs() < m_tokenExpiresAtMs - kTokenRenewMarginMs)
        return {};
    // Shopify's client credentials grant: a fresh ~24 h token for the app of
    // the merchant's own organization.
    QUrl url = m_connection.baseUrl;
    url.setPath(QStringLiteral("/admin/oauth/access_token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_connection.clientId);
    form.addQueryItem(QStringLiteral("client_secret"),
                      QString::fromUtf8(m_connection.clientSecret));
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    for (int attempt = 1;; ++attempt) {
        const HttpResult r = send(url, body, "application/x-www-form-urlencoded", false);
        if (r.status == 200) {
            const QJsonObject json = QJsonDocument::fromJson(r.body).object();
            const QString token = json.value(QLatin1String("access_token")).toString();
            if (!token.isEmpty()) {
                body.fill('\0');
                m_connection.accessToken = token.toUtf8();
                const qint64 expiresIn = json.value(QLatin1String("expires_in")).toInteger(86'399);
                m_tokenExpiresAtMs = m_clock.nowMs() + expiresIn * 1000;
                return {};
            }
        }
        const bool transient =
            r.status >= 500 || r.status == 429 || r.status == 0 || r.status == 200;
        if (r.cancelled || !transient || !m_policy.canRetry(attempt)) {
            body.fill('\0');
            if (r.status == 400 || r.status == 401 || r.status == 403)
                return errorFor(SyncError::Kind::InvalidToken,
                                QStringLiteral("token request: HTTP %1: %2")
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body.left(300))));
            return httpError(r);
        }
        ++m_retries;
        if (!sleep(m_policy.delayMs(attempt, retryAfterMs(r.retryAfter))))
            return errorFor(SyncError::Kind::Cancelled, {});
    }
}

GraphQlResponse ShopifyClient::query(const QString &document, const QJsonObject &variables)
{
    GraphQlResponse response;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("query"), document},
                                                      {QStringLiteral("variables"), variables}})
                                .toJson(QJsonDocument::Compact);
    // The requested cost depends on the document and the page sizes, not on
    // cursors or filters: key the remembered cost on those.
    size_t costKey = qHash(document);
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        if (it.value().isDouble())
            costKey = qHashMulti(costKey, it.key(), it.value().toInteger());
    }
    // What Shopify will charge before running it: what it said for the same
    // document and sizes, else computed from the document as Shopify does.
    const qint64 calculated = RequestedQueryCost::of(document)->cost(variables);
    bool renewedToken = false;
    int failures = 0;
    int throttles = 0;
    for (;;) {
        if (SyncError e = ensureToken(false); e.isError()) {
            response.error = e;
            return response;
        }
        // Wait for the bucket to hold what this request will ask for.
        const double estimate =
            m_lastRequestedCost.value(costKey, double(std::max<qint64>(0, calculated)));
        const qint64 wait = m_limiter.delayFor(estimate);
        if (wait > 0) {
            m_limiter.addWaited(wait);
            if (!sleep(wait)) {
                response.error = errorFor(SyncError::Kind::Cancelled, {});
                return response;
            }
        }
        m_limiter.reserve(estimate);
        const HttpResult r = send(graphQlUrl(), body, "application/json", true);
        if (r.cancelled) {
            response.error = errorFor(SyncError::Kind::Cancelled, {});
            return response;
        }

        SyncError failure;
        std::optional<qint64> retryAfter = retryAfterMs(r.retryAfter);
        bool throttled = false;
        if (r.status == 200) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                // A body cut short or mangled on the way: try again.
                failure = errorFor(SyncError::Kind::ServerError,
                                   QStringLiteral("malformed JSON (%1) after %2 bytes")
                                       .arg(parseError.errorString())
                                       .arg(r.body.size()));
            } else {
                const QJsonObject root = doc.object();
                const QJsonObject extensions = root.value(QLatin1String("extensions")).toObject();
                const QJsonObject cost = extensions.value(QLatin1String("cost")).toObject();
                response.requestedCost = cost.value(QLatin1String("requestedQueryCost")).toDouble();
                response.actualCost = cost.value(QLatin1String("actualQueryCost")).toDouble();
                if (response.requestedCost > 0)
                    m_lastRequestedCost.insert(costKey, response.requestedCost);
                const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
                QString code, message;
                if (!errors.isEmpty()) {
                    const QJsonObject first = errors.first().toObject();
                    code = first.value(QLatin1String("extensions"))
                               .toObject()
                               .value(QLatin1String("code"))
                               .toString();
                    message = first.value(QLatin1String("message")).toString();
                }
                if (code == QLatin1String("THROTTLED")) {
                    m_limiter.throttled(throttleStatus(extensions));
                    throttled = true;
                } else {
                    if (code == QLatin1String("MAX_COST_EXCEEDED"))
                        m_limiter.costExceeded(throttleStatus(extensions));
                    else
                        m_limiter.update(throttleStatus(extensions), response.actualCost);
                    if (errors.isEmpty()) {
                        response.data = root.value(QLatin1String("data")).toObject();
                        return response;
                    }
                    if (code == QLatin1String("ACCESS_DENIED")) {
                        response.error = errorFor(SyncError::Kind::MissingScopes, message);
                        static const QRegularExpression scope(QStringLiteral("`(\\w+)`"));
                        auto it = scope.globalMatch(message);
                        while (it.hasNext())
                            response.error.missingScopes << it.next().captured(1);
                        if (!response.error.missingScopes.isEmpty())
                            response.error.message =
                                tr("The Shopify app of store \"%1\" lacks the access scope %2. "
                                   "Grant "
                                   "it in the app's configuration, then reconnect.")
                                    .arg(m_connection.storeName.isEmpty() ? m_connection.domain
                                                                          : m_connection.storeName,
                                         response.error.missingScopes.join(QStringLiteral(", ")));
                        return response;
                    }
                    if (code == QLatin1String("MAX_COST_EXCEEDED")) {
                        response.costExceeded = true;
                        response.error = errorFor(SyncError::Kind::ServerError, message);
                        return response;
                    }
                    if (code == QLatin1String("INTERNAL_SERVER_ERROR")) {
                        failure = errorFor(SyncError::Kind::ServerError, message);
                    } else {
                        // A query Shopify rejects will be rejected again.
                        response.error = errorFor(SyncError::Kind::ServerError,
                                                  QStringLiteral("%1: %2").arg(code, message));
                        return response;
                    }
                }
            }
        } else if (r.status == 401 &&
                   m_connection.authKind == QLatin1String("client_credentials") && !renewedToken) {
            // The token may have been revoked or expired early: one fresh grant.
            renewedToken = true;
            if (SyncError e = ensureToken(true); e.isError()) {
                response.error = e;
                return response;
            }
            continue;
        } else {
            failure = httpError(r);
            if (failure.needsUser()) {
                response.error = failure;
                return response;
            }
        }

        if (throttled) {
            if (++throttles > kMaxThrottledRetries) {
                response.error = errorFor(SyncError::Kind::Throttled, QStringLiteral("THROTTLED"));
                return response;
            }
            // The limiter now knows the bucket: the next loop waits exactly
            // long enough; a little jitter keeps concurrent clients apart.
            if (!sleep(m_policy.delayMs(1) / 10)) {
                response.error = errorFor(SyncError::Kind::Cancelled, {});
                return response;
            }
            continue;
        }
        ++failures;
        if (!m_policy.canRetry(failures)) {
            response.error = failure;
            return response;
        }
        ++m_retries;
        if (!sleep(m_policy.delayMs(failures, retryAfter))) {
            response.error = errorFor(SyncError::Kind::Cancelled, {});
            return response;
        }
    }
}

} // namespace storelens
