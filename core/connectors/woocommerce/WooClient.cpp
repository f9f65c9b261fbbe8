#include "WooClient.h"

#include "common/Redaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <map>

namespace storelens {

namespace {
// Being told to slow down is the limiter doing its job: retried patiently.
constexpr int kMaxThrottledRetries = 30;

QByteArray enc(const QString &v)
{
    return QUrl::toPercentEncoding(v); // RFC 3986: only unreserved characters stay
}

std::optional<qint64> retryAfterMs(const QByteArray &header)
{
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (at.isValid())
        return std::max<qint64>(0, at.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch());
    return std::nullopt;
}

bool looksLikePhpError(const QByteArray &body)
{
    return body.contains("Fatal error") || body.contains("critical error") ||
           body.contains("Parse error") || body.contains("Warning</b>:");
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith('<') || head.contains("<html") || head.contains("<!doctype");
}
} // namespace

struct WooClient::Job
{
    QUrl url; // probes only
    WooRequest request;
    bool probe = false;
    int failures = 0;
    int throttles = 0;
    qint64 notBeforeMs = 0;
    bool done = false;
    bool authSwitched = false;
    SyncError lastError;
    WooResponse response;
};

struct WooClient::Batch
{
    std::vector<Job> jobs;
    size_t open = 0;        // jobs not done yet
    bool urgent = false;    // sent before the sets started earlier
    bool discarded = false; // nobody collects it: dropped once nothing of it is in flight
};

WooClient::WooClient(WooConnection connection, QNetworkAccessManager &network,
                     std::shared_ptr<AdaptiveConcurrencyLimiter> limiter, RetryPolicy policy,
                     const Clock &clock)
    : m_connection(std::move(connection))
    , m_network(network)
    , m_limiter(limiter
                    ? std::move(limiter)
                    : AdaptiveConcurrencyLimiter::forHost(
                          m_connection.siteUrl.host() + QLatin1Char(':') +
                          QString::number(m_connection.siteUrl.port(
                              m_connection.siteUrl.scheme() == QLatin1String("https") ? 443 : 80))))
    , m_policy(policy)
    , m_clock(clock)
{
    m_tick = new QTimer(m_waits.context());
    m_tick->setInterval(10);
    QObject::connect(m_tick, &QTimer::timeout, m_waits.context(), [this] { pump(); });
    m_auth = m_connection.auth;
    if (m_auth == WooConnection::Auth::Automatic)
        m_auth = m_connection.siteUrl.scheme() == QLatin1String("https")
                     ? WooConnection::Auth::BasicHeader
                     : WooConnection::Auth::OAuth1;
}

WooClient::~WooClient()
{
    // Answers nobody waits for: their slots go back to the host's shared limiter.
    for (const auto &[reply, where] : m_active) {
        QObject::disconnect(reply, nullptr, m_waits.context(), nullptr);
        reply->abort();
        reply->deleteLater();
        m_limiter->release(AdaptiveConcurrencyLimiter::Outcome::Failure, 0);
    }
    m_connection.consumerKey.fill('\0');
    m_connection.consumerSecret.fill('\0');
}

void WooClient::cancel()
{
    m_waits.cancel();
}

RequestStats WooClient::stats() const
{
    return m_stats;
}

bool WooClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString WooClient::storeLabel() const
{
    return m_connection.storeName.isEmpty() ? m_connection.siteUrl.host() : m_connection.storeName;
}

QUrl WooClient::indexUrl(bool plain) const
{
    WooRequest index;
    index.route = QStringLiteral("/");
    QUrl url = m_connection.siteUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (plain) {
        url.setPath(path + QLatin1Char('/'));
        url.setQuery(QStringLiteral("rest_route=%2F"));
    } else {
        url.setPath(path + QStringLiteral("/wp-json/"));
        url.setQuery(QString());
    }
    return url;
}

QUrl WooClient::urlFor(const WooRequest &request) const
{
    QUrl url = m_connection.siteUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QList<std::pair<QString, QString>> params;
    if (m_connection.plainPermalinks) {
        path += QLatin1Char('/');
        params.append({QStringLiteral("rest_route"), request.route});
    } else {
        path += QStringLiteral("/wp-json") + request.route;
    }
    params += request.query;
    url.setPath(path);
    if (m_auth == WooConnection::Auth::QueryString) {
        params.append(
            {QStringLiteral("consumer_key"), QString::fromUtf8(m_connection.consumerKey)});
        params.append(
            {QStringLiteral("consumer_secret"), QString::fromUtf8(m_connection.consumerSecret)});
    } else if (m_auth == WooConnection::Auth::OAuth1) {
        // RFC 5849 one-legged, as WC_REST_Authentication checks it: every query
        // parameter signed, sorted by name; the base URI is the home URL plus
        // the request path (the site root without its trailing slash).
        const QByteArray nonce = QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                 QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        params.append(
            {QStringLiteral("oauth_consumer_key"), QString::fromUtf8(m_connection.consumerKey)});
        params.append({QStringLiteral("oauth_nonce"), QString::fromLatin1(nonce)});
        params.append({QStringLiteral("oauth_signature_method"), QStringLiteral("HMAC-SHA256")});
        params.append({QStringLiteral("oauth_timestamp"), QString::number(m_clock.nowMs() / 1000)});
        QList<std::pair<QByteArray, QByteArray>> encoded;
        for (const auto &[k, v] : std::as_const(params))
            encoded.append({enc(k), enc(v)});
        std::stable_sort(encoded.begin(), encoded.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QByteArrayList pairs;
        for (const auto &[k, v] : std::as_const(encoded))
            pairs.append(k + '=' + v);
        QByteArray baseUri = url.scheme().toLatin1() + "://" + url.host().toLatin1();
        if (url.port() != -1)
            baseUri += ':' + QByteArray::number(url.port());
        QByteArray signedPath = enc(path).replace("%2F", "/");
        if (signedPath.endsWith('/') && m_connection.plainPermalinks)
            signedPath.chop(1);
        baseUri += signedPath;
        const QByteArray base = "GET&" + enc(QString::fromLatin1(baseUri)) + '&' +
                                enc(QString::fromLatin1(pairs.join('&')));
        const QByteArray signature =
            QMessageAuthenticationCode::hash(
                base, enc(QString::fromUtf8(m_connection.consumerSecret)) + '&',
                QCryptographicHash::Sha256)
                .toBase64();
        params.append({QStringLiteral("oauth_signature"), QString::fromLatin1(signature)});
    }
    QByteArrayList query;
    for (const auto &[k, v] : std::as_const(params))
        query.append(enc(k) + '=' + enc(v));
    url.setQuery(QString::fromLatin1(query.join('&')), QUrl::StrictMode);
    return url;
}

SyncError WooClient::errorFor(SyncError::Kind kind, const QString &detail) const
{
    SyncError e;
    e.kind = kind;
    e.detail = Redaction::redact(detail);
    const QString store = storeLabel();
    switch (kind) {
    case SyncError::Kind::Network:
        e.message = tr("Could not reach the WooCommerce store \"%1\". Check the internet "
                       "connection and the site address; StoreLens will try again.")
                        .arg(store);
        break;
    case SyncError::Kind::Throttled:
        e.message = tr("The host of WooCommerce store \"%1\" kept asking StoreLens to slow down. "
                       "The sync will continue later, more slowly.")
                        .arg(store);
        break;
    case SyncError::Kind::ServerError:
        e.message = tr("The WooCommerce store \"%1\" answered with errors. StoreLens will try "
                       "again later; if it persists, see the details.")
                        .arg(store);
        break;
    case SyncError::Kind::InvalidToken:
        e.message = tr("WooCommerce refused the API key of store \"%1\" (wrong, revoked or "
                       "deleted). Create a key in WooCommerce > Settings > Advanced > REST API "
                       "and reconnect the store.")
                        .arg(store);
        break;
    case SyncError::Kind::MissingScopes:
        e.message = tr("The API key of WooCommerce store \"%1\" does not have read permission. "
                       "Give it \"Read\" permission in WooCommerce > Settings > Advanced > REST "
                       "API, then reconnect.")
                        .arg(store);
        break;
    case SyncError::Kind::ShopNotFound:
        e.message = tr("There is no WordPress site at %1. Check the site address (the address of "
                       "the shop's home page).")
                        .arg(m_connection.siteUrl.toDisplayString(QUrl::RemoveUserInfo |
                                                                  QUrl::RemoveQuery));
        break;
    case SyncError::Kind::ShopUnavailable:
        e.message = tr("The WooCommerce store \"%1\" is unavailable. Check that the site and "
                       "WooCommerce are running.")
                        .arg(store);
        break;
    case SyncError::Kind::Cancelled:
        e.message =
            tr("The sync of store \"%1\" was cancelled; it resumes where it stopped.").arg(store);
        break;
    case SyncError::Kind::BulkFailed:
    case SyncError::Kind::Storage:
    case SyncError::Kind::None:
        e.message = detail;
        break;
    }
    return e;
}

bool WooClient::sleep(qint64 ms)
{
    return m_waits.sleep(ms);
}

WooResponse WooClient::get(const WooRequest &request)
{
    return getAll({request}).front();
}

WooResponse WooClient::probe(const QUrl &url)
{
    std::vector<Job> jobs(1);
    jobs[0].url = url;
    jobs[0].probe = true;
    return collectJobs(startJobs(std::move(jobs), true)).front();
}

std::vector<WooResponse> WooClient::getAll(const std::vector<WooRequest> &requests)
{
    return collect(start(requests, true));
}

WooClient::Ticket WooClient::start(const std::vector<WooRequest> &requests, bool urgent)
{
    std::vector<Job> jobs(requests.size());
    for (size_t i = 0; i < requests.size(); ++i)
        jobs[i].request = requests[i];
    return startJobs(std::move(jobs), urgent);
}

std::vector<WooResponse> WooClient::collect(Ticket ticket)
{
    return collectJobs(ticket);
}

WooClient::Ticket WooClient::startJobs(std::vector<Job> jobs, bool urgent)
{
    const Ticket ticket = m_nextTicket++;
    auto batch = std::make_unique<Batch>();
    batch->jobs = std::move(jobs);
    batch->open = batch->jobs.size();
    batch->urgent = urgent;
    if (urgent) {
        // Before the others waiting, after the urgent ones already there.
        auto at = m_pending.begin();
        while (at != m_pending.end() && m_batches.at(at->first)->urgent)
            ++at;
        for (size_t i = 0; i < batch->jobs.size(); ++i)
            at = std::next(m_pending.insert(at, {ticket, i}));
    } else {
        for (size_t i = 0; i < batch->jobs.size(); ++i)
            m_pending.emplace_back(ticket, i);
    }
    m_batches.emplace(ticket, std::move(batch));
    pump();
    return ticket;
}

void WooClient::discard(Ticket ticket)
{
    const auto it = m_batches.find(ticket);
    if (it == m_batches.end())
        return;
    Batch &batch = *it->second;
    batch.discarded = true;
    for (auto p = m_pending.begin(); p != m_pending.end();) {
        if (p->first == ticket) {
            batch.jobs[p->second].done = true;
            --batch.open;
            p = m_pending.erase(p);
        } else {
            ++p;
        }
    }
    if (batch.open == 0)
        m_batches.erase(it);
}

std::vector<WooResponse> WooClient::collectJobs(Ticket ticket)
{
    Batch &batch = *m_batches.at(ticket);
    pump();
    if (batch.open > 0 && !m_waits.isCancelled()) {
        QEventLoop loop(m_waits.context());
        QEventLoop *const outer = m_waiting;
        const Ticket outerTicket = m_awaited;
        m_waiting = &loop;
        m_awaited = ticket;
        m_tick->start();
        if (!m_waits.isCancelled())
            loop.exec();
        m_waiting = outer;
        m_awaited = outerTicket;
        if (!outer)
            m_tick->stop();
    }
    if (m_waits.isCancelled()) {
        // Every set ends here; what is still in flight is dropped once it answers.
        for (const auto &[reply, where] : std::map(m_active))
            reply->abort();
        m_pending.clear();
        for (auto &[t, b] : m_batches) {
            b->open = size_t(std::count_if(m_active.cbegin(), m_active.cend(),
                                           [t = t](const auto &a) { return a.second.first == t; }));
            b->discarded = true;
            for (Job &job : b->jobs)
                if (!job.done) {
                    job.done = true;
                    job.response.error = errorFor(SyncError::Kind::Cancelled, {});
                }
        }
    }
    std::vector<WooResponse> out;
    out.reserve(batch.jobs.size());
    for (Job &job : batch.jobs)
        out.push_back(std::move(job.response));
    if (batch.open == 0)
        m_batches.erase(ticket);
    else
        batch.discarded = true;
    return out;
}

void WooClient::jobDone(Ticket ticket)
{
    const auto it = m_batches.find(ticket);
    if (it == m_batches.end())
        return;
    Batch &batch = *it->second;
    if (batch.open > 0)
        --batch.open;
    if (batch.open > 0)
        return;
    if (batch.discarded)
        m_batches.erase(it);
    else if (m_waiting && ticket == m_awaited)
        m_waiting->quit();
}

WooClient::Verdict WooClient::classify(Job &job, int status, const QByteArray &body, bool timedOut,
                                       int netError, const QByteArray &cfMitigated,
                                       std::optional<qint64> *retryAfter)
{
    Q_UNUSED(retryAfter)
    WooResponse &r = job.response;
    const QString what = job.probe ? QStringLiteral("GET %1").arg(job.url.path())
                                   : QStringLiteral("GET %1").arg(job.request.route);
    const QString snippet = QString::fromUtf8(body.left(300)).simplified();
    r.status = status;
    r.body = body;
    if (status == 0) {
        job.lastError = errorFor(
            SyncError::Kind::Network,
            QStringLiteral("%1: %2 (network error %3)")
                .arg(what, timedOut ? QStringLiteral("timed out") : QStringLiteral("no answer"))
                .arg(netError));
        return Verdict::Retry;
    }
    QJsonParseError parse;
    r.json = QJsonDocument::fromJson(body, &parse);
    const bool isJson = parse.error == QJsonParseError::NoError && !r.json.isNull();
    if (isJson && r.json.isObject()) {
        r.code = r.json.object().value(QLatin1String("code")).toString();
        r.message = r.json.object().value(QLatin1String("message")).toString();
    }
    if (status == 429 || status == 503) {
        SyncError e =
            errorFor(SyncError::Kind::Throttled,
                     QStringLiteral("%1: HTTP %2: %3").arg(what).arg(status).arg(snippet));
        if (status == 503 && (body.contains("Wordfence") || body.contains("blocked"))) {
            e.kind = SyncError::Kind::ServerError;
            e.message = tr("A security plugin of WooCommerce store \"%1\" blocks StoreLens "
                           "(HTTP 503 block page). Allow StoreLens's requests to /wp-json/ in "
                           "the plugin (for example Wordfence's allowlist), then sync again.")
                            .arg(storeLabel());
            job.lastError = e;
            return Verdict::Retry;
        }
        job.lastError = e;
        return Verdict::Throttled;
    }
    if (status >= 500) {
        job.lastError =
            errorFor(SyncError::Kind::ServerError,
                     QStringLiteral("%1: HTTP %2: %3").arg(what).arg(status).arg(snippet));
        if (looksLikePhpError(body))
            job.lastError.message =
                tr("WordPress on WooCommerce store \"%1\" reports a critical error (a PHP error "
                   "in a plugin or theme). StoreLens will try again; the site's administrator "
                   "can find the cause in the PHP error log.")
                    .arg(storeLabel());
        return Verdict::Retry;
    }
    if (status == 403 && (!cfMitigated.isEmpty() || (!isJson && looksLikeHtml(body)))) {
        job.lastError =
            errorFor(SyncError::Kind::ServerError,
                     QStringLiteral("%1: HTTP 403 challenge page: %2").arg(what, snippet));
        job.lastError.message =
            tr("A security service in front of WooCommerce store \"%1\" answers with a browser "
               "challenge instead of the REST API (HTTP 403). Allow requests to /wp-json/ (or "
               "?rest_route=) from StoreLens in the firewall or CDN settings, then sync again.")
                .arg(storeLabel());
        return Verdict::Retry;
    }
    if (status == 200 && !isJson) {
        if (body.isEmpty()) {
            job.lastError = errorFor(SyncError::Kind::ServerError,
                                     QStringLiteral("%1: HTTP 200 with an empty body").arg(what));
            return Verdict::Retry;
        }
        if (looksLikePhpError(body)) {
            job.lastError = errorFor(SyncError::Kind::ServerError,
                                     QStringLiteral("%1: PHP error page: %2").arg(what, snippet));
            job.lastError.message =
                tr("WordPress on WooCommerce store \"%1\" answered with a PHP error instead of "
                   "data. StoreLens will try again; if it persists, the site's administrator "
                   "can find the cause in the PHP error log.")
                    .arg(storeLabel());
            return Verdict::Retry;
        }
        if (job.probe && looksLikeHtml(body))
            return Verdict::Done; // a page, not the API: the caller decides
        job.lastError = errorFor(SyncError::Kind::ServerError,
                                 QStringLiteral("%1: malformed JSON (%2) after %3 bytes")
                                     .arg(what, parse.errorString())
                                     .arg(body.size()));
        return Verdict::Retry;
    }
    if (job.probe)
        return Verdict::Done;
    if (status == 401 || status == 403) {
        if (r.code == QLatin1String("woocommerce_rest_cannot_view") &&
            m_connection.auth == WooConnection::Auth::Automatic &&
            m_auth == WooConnection::Auth::BasicHeader) {
            // The host dropped the Authorization header: credentials in the query.
            m_auth = WooConnection::Auth::QueryString;
            job.authSwitched = true;
            return Verdict::Retry;
        }
        const QString detail =
            QStringLiteral("%1: HTTP %2 %3: %4").arg(what).arg(status).arg(r.code, r.message);
        if (r.message.contains(QLatin1String("read permission"), Qt::CaseInsensitive))
            job.lastError = errorFor(SyncError::Kind::MissingScopes, detail);
        else if (r.message.contains(QLatin1String("nonce"), Qt::CaseInsensitive)) {
            job.lastError = errorFor(SyncError::Kind::ServerError, detail);
            return Verdict::Retry; // a fresh nonce next time
        } else if (r.message.contains(QLatin1String("timestamp"), Qt::CaseInsensitive)) {
            job.lastError = errorFor(SyncError::Kind::InvalidToken, detail);
            job.lastError.message =
                tr("WooCommerce store \"%1\" refused StoreLens's request time (OAuth timestamp). "
                   "Check that this computer's clock is set correctly.")
                    .arg(storeLabel());
        } else
            job.lastError = errorFor(SyncError::Kind::InvalidToken, detail);
        return Verdict::Fail;
    }
    if (status != 200) {
        job.lastError = errorFor(
            SyncError::Kind::ServerError,
            QStringLiteral("%1: HTTP %2 %3: %4").arg(what).arg(status).arg(r.code, r.message));
        return Verdict::Fail;
    }
    return Verdict::Done;
}

void WooClient::finish(QNetworkReply *reply, qint64 latency, bool timedOut)
{
    const auto where = m_active.find(reply);
    if (where == m_active.end())
        return;
    const auto [ticket, index] = where->second;
    m_active.erase(where);
    reply->deleteLater();
    const auto batchIt = m_batches.find(ticket);
    if (m_waits.isCancelled() || batchIt == m_batches.end()) {
        m_limiter->release(AdaptiveConcurrencyLimiter::Outcome::Failure, latency);
        if (batchIt != m_batches.end())
            jobDone(ticket);
        return;
    }
    Batch &batch = *batchIt->second;
    Job &job = batch.jobs[index];
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        body.clear();
    // A body cut short by the connection: not an answer.
    const bool broken = status != 0 && (reply->error() == QNetworkReply::RemoteHostClosedError ||
                                        reply->error() == QNetworkReply::OperationCanceledError ||
                                        reply->error() == QNetworkReply::TimeoutError);
    const int netError = int(reply->error());
    job.response.total = reply->rawHeader("X-WP-Total").toLongLong(nullptr);
    if (reply->rawHeader("X-WP-Total").isEmpty())
        job.response.total = -1;
    job.response.totalPages = reply->hasRawHeader("X-WP-TotalPages")
                                  ? reply->rawHeader("X-WP-TotalPages").toLongLong()
                                  : -1;
    std::optional<qint64> retryAfter = retryAfterMs(reply->rawHeader("Retry-After"));
    const QByteArray cf = reply->rawHeader("cf-mitigated");
    Verdict v =
        broken ? Verdict::Retry : classify(job, status, body, timedOut, netError, cf, &retryAfter);
    if (broken)
        job.lastError = errorFor(SyncError::Kind::Network,
                                 QStringLiteral("GET %1: answer cut short (network error %2)")
                                     .arg(job.request.route)
                                     .arg(netError));
    using O = AdaptiveConcurrencyLimiter::Outcome;
    m_limiter->release(v == Verdict::Throttled ? O::Throttled
                       : timedOut              ? O::Timeout
                       : v == Verdict::Retry   ? O::Failure
                                               : O::Success,
                       latency, v == Verdict::Throttled ? retryAfter : std::nullopt);
    bool requeued = false;
    if (v == Verdict::Throttled) {
        ++m_stats.throttled;
        if (++job.throttles > kMaxThrottledRetries) {
            v = Verdict::Fail;
        } else if (!batch.discarded) {
            ++m_stats.retries;
            job.notBeforeMs = m_clock.monotonicMs() + m_policy.delayMs(1) / 4;
            requeued = true;
        }
    } else if (v == Verdict::Retry) {
        if (job.authSwitched) {
            job.authSwitched = false;
            requeued = !batch.discarded; // again, with the credentials in the query
        } else if (!m_policy.canRetry(++job.failures)) {
            v = Verdict::Fail;
        } else if (!batch.discarded) {
            ++m_stats.retries;
            job.notBeforeMs = m_clock.monotonicMs() + m_policy.delayMs(job.failures);
            requeued = true;
        }
    }
    if (requeued) {
        m_pending.emplace_front(ticket, index);
    } else {
        job.response.error = v == Verdict::Done ? SyncError() : job.lastError;
        job.done = true;
        jobDone(ticket);
    }
    pump();
}

void WooClient::pump()
{
    if (m_waits.isCancelled()) {
        if (m_waiting && m_active.empty())
            m_waiting->quit();
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    while (!m_pending.empty()) {
        auto it = std::find_if(m_pending.begin(), m_pending.end(), [&](const auto &p) {
            return m_batches.at(p.first)->jobs[p.second].notBeforeMs <= now;
        });
        if (it == m_pending.end())
            break;
        if (!m_limiter->tryAcquire())
            break;
        const auto [ticket, index] = *it;
        m_pending.erase(it);
        Job &job = m_batches.at(ticket)->jobs[index];
        QNetworkRequest request(job.probe ? job.url : urlFor(job.request));
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QStringLiteral("StoreLens/%1").arg(QLatin1String(STORELENS_VERSION)));
        if (!job.probe && m_auth == WooConnection::Auth::BasicHeader)
            request.setRawHeader(
                "Authorization",
                "Basic " + QByteArray(m_connection.consumerKey + ':' + m_connection.consumerSecret)
                               .toBase64());
        request.setTransferTimeout(m_connection.timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        ++m_stats.requests;
        QNetworkReply *reply = m_network.get(request);
        m_active.emplace(reply, std::pair(ticket, index));
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QObject::connect(
            reply, &QNetworkReply::finished, m_waits.context(), [this, reply, started] {
                const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                      reply->error() == QNetworkReply::TimeoutError;
                finish(reply, started->elapsed(), timedOut);
            });
    }
}

} // namespace storelens
