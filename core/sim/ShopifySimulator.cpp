#include "ShopifySimulator.h"

#include "AccessTokens.h"
#include "BulkOperations.h"
#include "CostBucket.h"
#include "DataGenerator.h"
#include "GraphQlExecutor.h"
#include "GraphQlParser.h"
#include "HttpServer.h"
#include "JsonWriter.h"
#include "QueryCost.h"
#include "QueryPlanner.h"
#include "ShopData.h"
#include "SimulatedClock.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace storelens::sim {

namespace {
const QByteArray InvalidTokenBody =
    "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}";

QByteArray formatFloat(double v)
{
    if (std::floor(v) == v)
        return QByteArray::number(v, 'f', 1);
    return QByteArray::number(v, 'g', 12);
}

void writeErrors(JsonWriter &w, const QList<GqlError> &errors)
{
    w.beginArray();
    for (const GqlError &e : errors) {
        w.beginObject();
        w.key("message");
        w.string(e.message);
        if (!e.locations.isEmpty()) {
            w.key("locations");
            w.beginArray();
            for (const auto &[line, column] : e.locations) {
                w.beginObject();
                w.key("line");
                w.number(line);
                w.key("column");
                w.number(column);
                w.endObject();
            }
            w.endArray();
        }
        if (!e.path.isEmpty()) {
            w.key("path");
            w.raw(QJsonDocument(QJsonArray::fromVariantList([&] {
                      QVariantList l;
                      for (const QJsonValue &p : e.path)
                          l.append(p.toVariant());
                      return l;
                  }()))
                      .toJson(QJsonDocument::Compact));
        }
        if (!e.extensions.isEmpty()) {
            w.key("extensions");
            w.raw(QJsonDocument(e.extensions).toJson(QJsonDocument::Compact));
        }
        w.endObject();
    }
    w.endArray();
}

// The bulk mutations and lookups of one request, on behalf of its app.
class RequestBulkHooks final : public BulkOperationHooks
{
public:
    RequestBulkHooks(BulkOperations &bulk, QByteArray app, QByteArray version,
                     QByteArrayList scopes, QByteArray shopGid)
        : m_bulk(bulk)
        , m_app(std::move(app))
        , m_version(std::move(version))
        , m_scopes(std::move(scopes))
        , m_shopGid(std::move(shopGid))
    {}
    std::optional<BulkOperationView> bulkOperation(qint64 id) override
    {
        return m_bulk.view(m_app, id);
    }
    std::optional<BulkOperationView> runBulkQuery(const QByteArray &query, bool groupObjects,
                                                  QList<BulkUserError> *errors) override
    {
        return m_bulk.run(m_app, m_version, m_scopes, m_shopGid, query, groupObjects, errors);
    }
    std::optional<BulkOperationView> cancelBulk(qint64 id, QList<BulkUserError> *errors) override
    {
        return m_bulk.cancel(m_app, id, errors);
    }

private:
    BulkOperations &m_bulk;
    QByteArray m_app, m_version;
    QByteArrayList m_scopes;
    QByteArray m_shopGid;
};
} // namespace

ShopifySimulator::ShopifySimulator(ShopifySimConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    const Clock &base = m_config.clock ? *m_config.clock : Clock::system();
    if (m_config.dataEndMs == 0)
        m_config.dataEndMs = base.nowMs() / 60000 * 60000;
    m_clock = std::make_unique<SimulatedClock>(base, m_config.timeScale, m_config.dataEndMs);
    m_data = std::make_unique<ShopData>(m_config);
    DataGenerator::generate(*m_data);
    m_tokens = std::make_unique<AccessTokens>(m_config);
    m_faults = std::make_unique<FaultInjector>(m_config.faults, m_config.faultSeed);
    m_scopes = m_config.scopes;
    m_bulk = std::make_unique<BulkOperations>(*m_data, m_dataLock, *m_clock, m_dir.path());
    m_bulk->setObjectsPerSecond(m_config.bulkObjectsPerSecond);
    m_stats.restoreRate = ShopifySimConfig::restoreRate(m_config.plan);
    m_stats.bucketSize = ShopifySimConfig::bucketSize(m_config.plan);
}

ShopifySimulator::~ShopifySimulator()
{
    m_bulk.reset(); // joins the workers before the data goes
}

bool ShopifySimulator::start(QString *error)
{
    m_server = new HttpServer([this](const HttpRequest &r) { return handle(r); }, this);
    if (!m_server->listen(m_config.port, error))
        return false;
    m_port = m_server->port();
    m_bulk->setBaseUrl(baseUrl().toString().toUtf8());
    return true;
}

void ShopifySimulator::stop()
{
    if (m_server)
        m_server->close();
}

QUrl ShopifySimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

quint16 ShopifySimulator::port() const
{
    return m_port;
}

QByteArray ShopifySimulator::shopDomain() const
{
    return m_config.shopDomain();
}

QByteArray ShopifySimulator::accessToken() const
{
    return m_config.staticTokens.value(0);
}

SimClientApp ShopifySimulator::clientApp() const
{
    return m_config.clientApps.value(0);
}

qint64 ShopifySimulator::nowMs() const
{
    return m_clock->nowMs();
}

void ShopifySimulator::advanceTime(qint64 ms)
{
    m_clock->advance(ms);
}

void ShopifySimulator::setFaultRates(const FaultRates &rates)
{
    m_faults->setRates(rates);
}

void ShopifySimulator::revokeToken(const QByteArray &token)
{
    m_tokens->revoke(token);
}

void ShopifySimulator::addToken(const QByteArray &token)
{
    m_tokens->addStaticToken(token);
}

void ShopifySimulator::setScopes(const QByteArrayList &scopes)
{
    QMutexLocker lock(&m_stateMutex);
    m_scopes = scopes;
}

QByteArrayList ShopifySimulator::scopes() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_scopes;
}

void ShopifySimulator::failNextBulkOperation(qint64 afterRootObjects)
{
    m_bulk->failNext(afterRootObjects);
}

void ShopifySimulator::setBulkObjectsPerSecond(double perSimulatedSecond)
{
    m_bulk->setObjectsPerSecond(perSimulatedSecond);
}

ShopifyApiStats ShopifySimulator::stats() const
{
    QMutexLocker lock(&m_stateMutex);
    ShopifyApiStats s = m_stats;
    s.faults = m_faults->counts();
    return s;
}

void ShopifySimulator::resetStats()
{
    QMutexLocker lock(&m_stateMutex);
    const double restore = m_stats.restoreRate, bucket = m_stats.bucketSize;
    m_stats = ShopifyApiStats();
    m_stats.restoreRate = restore;
    m_stats.bucketSize = bucket;
    m_faults->resetCounts();
}

int ShopifySimulator::runningBulkOperations() const
{
    return m_bulk->running();
}

template <typename F>
auto ShopifySimulator::mutate(F f)
{
    QWriteLocker lock(&m_dataLock);
    // Whole seconds, as Shopify's timestamps.
    const qint64 now = m_clock->nowMs() / 1000 * 1000;
    return f(*m_data, now);
}

QList<qint64> ShopifySimulator::addOrders(int count)
{
    return mutate([&](ShopData &d, qint64 now) { return d.addOrders(count, now); });
}

std::optional<qint64> ShopifySimulator::addOrder(const SimOrderRequest &request, QString *error)
{
    QString e;
    auto r = mutate([&](ShopData &d, qint64 now) { return d.addOrder(request, now, &e); });
    if (error)
        *error = e;
    return r;
}

std::optional<qint64> ShopifySimulator::addRefund(qint64 orderId,
                                                  const QList<SimRefundRequest> &lines,
                                                  bool refundShipping, const QString &note,
                                                  QString *error)
{
    QString e;
    auto r = mutate([&](ShopData &d, qint64 now) {
        return d.addRefund(orderId, lines, refundShipping, note, now, &e);
    });
    if (error)
        *error = e;
    return r;
}

std::optional<qint64> ShopifySimulator::refundInFull(qint64 orderId, bool refundShipping,
                                                     QString *error)
{
    QString e;
    auto r = mutate([&](ShopData &d, qint64 now) -> std::optional<qint64> {
        const qint32 o = d.indexOf(ShopData::OrderBase, orderId, qint32(d.orders.size()));
        if (o < 0) {
            e = QStringLiteral("no such order");
            return std::nullopt;
        }
        QList<SimRefundRequest> rest;
        const ShopData::OrderRow &row = d.orders[size_t(o)];
        for (qint32 l = row.firstLine; l < row.firstLine + row.lineCount; ++l) {
            const int left = d.lines[size_t(l)].quantity - d.refundedQuantity(l);
            if (left > 0)
                rest.append({d.lineItemId(l), left});
        }
        return d.addRefund(orderId, rest, refundShipping, QString(), now, &e);
    });
    if (error)
        *error = e;
    return r;
}

#define STORELENS_SIM_MUTATION(call)                                                               \
    QString e;                                                                                     \
    const bool ok = mutate([&](ShopData &d, qint64 now) { return d.call; });                       \
    if (error)                                                                                     \
        *error = e;                                                                                \
    return ok;

bool ShopifySimulator::cancelOrder(qint64 orderId, QString *error)
{
    STORELENS_SIM_MUTATION(cancelOrder(orderId, now, &e))
}

bool ShopifySimulator::setLineItemQuantity(qint64 lineItemId, int quantity, QString *error)
{
    STORELENS_SIM_MUTATION(setLineItemQuantity(lineItemId, quantity, now, &e))
}

bool ShopifySimulator::updateCustomer(qint64 customerId, const std::optional<QString> &firstName,
                                      const std::optional<QString> &lastName,
                                      const std::optional<QString> &email, QString *error)
{
    STORELENS_SIM_MUTATION(updateCustomer(customerId, firstName, lastName, email, now, &e))
}

bool ShopifySimulator::updateVariant(qint64 variantId, std::optional<qint64> price,
                                     std::optional<qint64> unitCost, QString *error)
{
    STORELENS_SIM_MUTATION(updateVariant(variantId, price, unitCost, now, &e))
}

bool ShopifySimulator::setInventoryLevel(qint64 inventoryItemId, qint64 locationId, int available,
                                         int onHand, QString *error)
{
    STORELENS_SIM_MUTATION(
        setInventoryLevel(inventoryItemId, locationId, available, onHand, now, &e))
}

bool ShopifySimulator::completeCheckout(qint64 checkoutId, QString *error)
{
    STORELENS_SIM_MUTATION(completeCheckout(checkoutId, now, &e))
}

bool ShopifySimulator::deleteOrder(qint64 orderId, QString *error){
    STORELENS_SIM_MUTATION(deleteOrder(orderId, now, &e))}

#undef STORELENS_SIM_MUTATION

QList<SimOrder> ShopifySimulator::orders() const
{
    QReadLocker lock(&m_dataLock);
    QList<SimOrder> out;
    out.reserve(qsizetype(m_data->orders.size()));
    for (qint32 i = 0; i < qint32(m_data->orders.size()); ++i)
        if (m_data->orderVisible(i))
            out.append(m_data->orderTruth(i));
    return out;
}

std::optional<SimOrder> ShopifySimulator::order(qint64 id) const
{
    QReadLocker lock(&m_dataLock);
    const qint32 i = m_data->indexOf(ShopData::OrderBase, id, qint32(m_data->orders.size()));
    if (i < 0 || !m_data->orderVisible(i))
        return std::nullopt;
    return m_data->orderTruth(i);
}

qint64 ShopifySimulator::orderCount() const
{
    QReadLocker lock(&m_dataLock);
    return qint64(m_data->ordersByUpdated.size());
}

QList<SimCustomer> ShopifySimulator::customers() const
{
    QReadLocker lock(&m_dataLock);
    QList<SimCustomer> out;
    for (qint32 i = 0; i < qint32(m_data->customers.size()); ++i)
        out.append(m_data->customerTruth(i));
    return out;
}

QList<SimProduct> ShopifySimulator::products() const
{
    QReadLocker lock(&m_dataLock);
    QList<SimProduct> out;
    for (qint32 i = 0; i < qint32(m_data->products.size()); ++i)
        out.append(m_data->productTruth(i));
    return out;
}

QList<SimVariant> ShopifySimulator::variants() const
{
    QReadLocker lock(&m_dataLock);
    QList<SimVariant> out;
    for (qint32 i = 0; i < qint32(m_data->variants.size()); ++i)
        out.append(m_data->variantTruth(i));
    return out;
}

QList<SimLocation> ShopifySimulator::locations() const
{
    QReadLocker lock(&m_dataLock);
    QList<SimLocation> out;
    for (qint32 i = 0; i < m_data->locationCount(); ++i)
        out.append({m_data->locationId(i), m_data->locations[size_t(i)].name,
                    m_data->locations[size_t(i)].active});
    return out;
}

QList<SimInventoryLevel> ShopifySimulator::inventoryLevels() const
{
    QReadLocker lock(&m_dataLock);
    QList<SimInventoryLevel> out;
    for (qint32 v = 0; v < qint32(m_data->variants.size()); ++v)
        for (qint32 l = 0; l < m_data->locationCount(); ++l) {
            const ShopData::LevelRow &row = m_data->level(v, l);
            out.append({m_data->inventoryItemId(v), m_data->locationId(l), row.available,
                        row.onHand, row.updatedAt});
        }
    return out;
}

QList<SimCheckout> ShopifySimulator::checkouts() const
{
    QReadLocker lock(&m_dataLock);
    QList<SimCheckout> out;
    for (qint32 i = 0; i < qint32(m_data->checkouts.size()); ++i)
        out.append(m_data->checkoutTruth(i));
    return out;
}

qint64 ShopifySimulator::dataMemoryBytes() const
{
    QReadLocker lock(&m_dataLock);
    return qint64(m_data->memoryBytes());
}

HttpResponse ShopifySimulator::jsonResponse(int status, const QByteArray &body) const
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

CostBucket &ShopifySimulator::bucketFor(const QByteArray &app)
{
    auto &b = m_buckets[app];
    if (!b)
        b = std::make_unique<CostBucket>(ShopifySimConfig::bucketSize(m_config.plan),
                                         ShopifySimConfig::restoreRate(m_config.plan),
                                         m_clock->nowMs());
    return *b;
}

QByteArray ShopifySimulator::throttleStatus(CostBucket &bucket) const
{
    // restoreRate is reported per real second, so that a client pacing itself
    // by throttleStatus works at any time scale.
    return "{\"maximumAvailable\":" + formatFloat(bucket.maximum()) + ",\"currentlyAvailable\":" +
           QByteArray::number(qint64(std::floor(bucket.available(m_clock->nowMs())))) +
           ",\"restoreRate\":" + formatFloat(bucket.restorePerSecond() * m_clock->scale()) + "}";
}

HttpResponse ShopifySimulator::handle(const HttpRequest &request)
{
    // Requests naming another shop are not ours.
    QByteArray host = request.header("host").toLower();
    host = host.left(host.indexOf(':') < 0 ? host.size() : host.indexOf(':'));
    if (host.endsWith(".myshopify.com") && host != m_config.shopDomain())
        return jsonResponse(404, "{\"errors\":\"Not Found\"}");

    static const QRegularExpression graphqlPath(
        QStringLiteral("^/admin/api/(\\d{4}-(?:01|04|07|10)|unstable)/graphql\\.json$"));
    static const QRegularExpression downloadPath(
        QStringLiteral("^/bulk-results/([0-9a-f]+)/bulk-\\d+\\.jsonl$"));
    const QString path = QString::fromUtf8(request.path);
    if (path == QLatin1String("/admin/oauth/access_token")) {
        if (request.method != "POST")
            return jsonResponse(405, "{\"errors\":\"Method Not Allowed\"}");
        return handleAccessToken(request);
    }
    const auto g = graphqlPath.match(path);
    if (g.hasMatch()) {
        if (request.method != "POST")
            return jsonResponse(405, "{\"errors\":\"Method Not Allowed\"}");
        return handleGraphQl(request, g.captured(1).toUtf8());
    }
    const auto d = downloadPath.match(path);
    if (d.hasMatch() && (request.method == "GET" || request.method == "HEAD"))
        return handleDownload(request, d.captured(1).toUtf8());
    return jsonResponse(404, "{\"errors\":\"Not Found\"}");
}

HttpResponse ShopifySimulator::applyFault(FaultInjector::Kind kind, HttpResponse response)
{
    switch (kind) {
    case FaultInjector::None:
    case FaultInjector::KindCount:
        return response;
    case FaultInjector::ServerError: {
        const int status = m_faults->serverErrorStatus();
        HttpResponse r;
        r.status = status;
        if (status == 502) {
            r.body = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                     "Gateway</h1></body></html>";
            r.setHeader("Content-Type", "text/html");
        } else {
            r = jsonResponse(status, status == 503   ? "{\"errors\":\"Unavailable Shop\"}"
                                     : status == 504 ? "{\"errors\":\"Gateway Timeout\"}"
                                                     : "{\"errors\":\"Internal Server Error\"}");
        }
        return r;
    }
    case FaultInjector::TooManyRequests: {
        HttpResponse r = jsonResponse(429, "{\"errors\":\"Exceeded 2 calls per second for api "
                                           "client. Reduce request rates to resume "
                                           "uninterrupted service.\"}");
        r.setHeader("Retry-After", "1");
        return r;
    }
    case FaultInjector::ResetBeforeResponse:
        response.fault = HttpResponse::Fault::ResetBeforeResponse;
        return response;
    case FaultInjector::ResetMidResponse:
        response.fault = HttpResponse::Fault::ResetMidResponse;
        return response;
    case FaultInjector::TruncatedBody:
        response.fault = HttpResponse::Fault::TruncatedBody;
        return response;
    case FaultInjector::SlowResponse:
        response.delayMs = m_faults->rates().slowDelayMs;
        return response;
    }
    return response;
}

HttpResponse ShopifySimulator::handleAccessToken(const HttpRequest &request)
{
    QByteArray grantType, clientId, clientSecret;
    if (request.header("content-type").startsWith("application/json")) {
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        grantType = o.value(QLatin1String("grant_type")).toString().toUtf8();
        clientId = o.value(QLatin1String("client_id")).toString().toUtf8();
        clientSecret = o.value(QLatin1String("client_secret")).toString().toUtf8();
    } else {
        const QUrlQuery form(QString::fromUtf8(request.body));
        grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded).toUtf8();
        clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded).toUtf8();
        clientSecret =
            form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8();
    }
    AccessTokens::GrantError error = AccessTokens::GrantError::None;
    const QByteArray token =
        m_tokens->issue(grantType, clientId, clientSecret, m_clock->nowMs(), &error);
    switch (error) {
    case AccessTokens::GrantError::None:
        break;
    case AccessTokens::GrantError::InvalidClient:
        return jsonResponse(400, "{\"error\":\"invalid_client\",\"error_description\":\"Client "
                                 "authentication failed due to unknown client, no client "
                                 "authentication included, or unsupported authentication "
                                 "method.\"}");
    case AccessTokens::GrantError::UnsupportedGrantType:
        return jsonResponse(400, "{\"error\":\"unsupported_grant_type\",\"error_description\":"
                                 "\"The authorization grant type is not supported by the "
                                 "authorization server.\"}");
    case AccessTokens::GrantError::InvalidRequest:
        return jsonResponse(400, "{\"error\":\"invalid_request\",\"error_description\":\"The "
                                 "request is missing a required parameter, includes an "
                                 "unsupported parameter value, or is otherwise malformed.\"}");
    }
    QByteArray out;
    JsonWriter w(&out);
    w.beginObject();
    w.key("access_token");
    w.string(token);
    w.key("scope");
    w.string(scopes().join(','));
    w.key("expires_in");
    // In real seconds, like restoreRate, so a client renewing on time works at any scale.
    w.number(std::max<qint64>(1, m_clock->realMs(m_tokens->lifetimeSeconds() * 1000) / 1000));
    w.endObject();
    return jsonResponse(200, out);
}

HttpResponse ShopifySimulator::handleDownload(const HttpRequest &request,
                                              const QByteArray &signature)
{
    const FaultInjector::Kind fault = m_faults->next(true);
    const BulkOperations::Download d = m_bulk->download(signature);
    auto xml = [&](int status, const QByteArray &code, const QByteArray &message) {
        HttpResponse r;
        r.status = status;
        r.body = "<?xml version='1.0' encoding='UTF-8'?><Error><Code>" + code + "</Code><Message>" +
                 message + "</Message></Error>";
        r.setHeader("Content-Type", "application/xml; charset=UTF-8");
        return r;
    };
    if (!d.found)
        return xml(404, "NoSuchKey", "The specified key does not exist.");
    if (d.expired)
        return xml(403, "ExpiredToken", "The provided token has expired.");
    if (fault == FaultInjector::ServerError)
        return xml(503, "ServiceUnavailable", "Service Unavailable");
    if (fault == FaultInjector::TooManyRequests) {
        HttpResponse r = xml(429, "SlowDown", "Please reduce your request rate.");
        r.setHeader("Retry-After", "1");
        return r;
    }
    HttpResponse r;
    r.filePath = d.path;
    r.fileOffset = 0;
    r.fileLength = d.size;
    r.setHeader("Content-Type", "application/jsonl");
    r.setHeader("Accept-Ranges", "bytes");
    const QByteArray range = request.header("range");
    if (!range.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
        const auto m = re.match(QString::fromLatin1(range));
        qint64 start = 0, end = d.size - 1;
        bool valid = m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty());
        if (valid) {
            if (m.captured(1).isEmpty()) { // suffix: the last N bytes
                start = std::max<qint64>(0, d.size - m.captured(2).toLongLong());
            } else {
                start = m.captured(1).toLongLong();
                if (!m.captured(2).isEmpty())
                    end = std::min(end, m.captured(2).toLongLong());
            }
            valid = start < d.size && start <= end;
        }
        if (!valid) {
            HttpResponse bad = xml(416, "InvalidRange", "The requested range cannot be satisfied.");
            bad.setHeader("Content-Range", "bytes */" + QByteArray::number(d.size));
            return bad;
        }
        r.status = 206;
        r.fileOffset = start;
        r.fileLength = end - start + 1;
        r.setHeader("Content-Range", "bytes " + QByteArray::number(start) + "-" +
                                         QByteArray::number(end) + "/" +
                                         QByteArray::number(d.size));
    }
    r.headOnly = request.method == "HEAD";
    return applyFault(fault, r);
}

HttpResponse ShopifySimulator::handleGraphQl(const HttpRequest &request,
                                             const QByteArray &apiVersion)
{
    const qint64 now = m_clock->nowMs();
    const auto grant = m_tokens->lookup(request.header("x-shopify-access-token"), now);
    if (!grant) {
        QMutexLocker lock(&m_stateMutex);
        ++m_stats.unauthorized;
        return jsonResponse(401, InvalidTokenBody);
    }
    const FaultInjector::Kind fault = m_faults->next(false);
    if (fault == FaultInjector::ServerError || fault == FaultInjector::TooManyRequests ||
        fault == FaultInjector::ResetBeforeResponse)
        return applyFault(fault, HttpResponse());

    QJsonParseError jsonError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &jsonError);
    const QJsonValue queryValue = body.object().value(QLatin1String("query"));
    if (!body.isObject() || !queryValue.isString())
        return applyFault(fault, jsonResponse(400, "{\"errors\":{\"query\":\"Required parameter "
                                                   "missing or invalid\"}}"));
    const QJsonObject variables = body.object().value(QLatin1String("variables")).toObject();
    const QByteArray operationName =
        body.object().value(QLatin1String("operationName")).toString().toUtf8();

    QList<GqlError> errors;
    std::optional<QueryPlan> plan;
    GraphQlParser::Error parseError;
    const auto doc = GraphQlParser::parse(queryValue.toString().toUtf8(), &parseError);
    if (!doc) {
        GqlError e = GqlError::make(parseError.message, {}, parseError.line, parseError.column);
        errors.append(e);
    } else {
        QueryPlanner planner(*doc, variables);
        plan = planner.plan(operationName, &errors);
    }

    QMutexLocker stateLock(&m_stateMutex);
    ++m_stats.graphqlRequests;
    if (!m_stats.firstRequestMs)
        m_stats.firstRequestMs = now;
    m_stats.lastRequestMs = now;
    CostBucket &bucket = bucketFor(grant->app);
    if (m_stats.availableAtFirst < 0)
        m_stats.availableAtFirst = bucket.available(now);
    QByteArray out;
    JsonWriter w(&out);
    std::vector<GraphQlExecutor::SearchWarning> searchWarnings;
    auto finish = [&](int requested, std::optional<int> actual) {
        w.key("extensions");
        w.beginObject();
        if (!searchWarnings.empty()) {
            // Shopify reports search terms it ignored here.
            w.key("search");
            w.beginArray();
            for (const auto &s : searchWarnings) {
                w.beginObject();
                w.key("path");
                w.beginArray();
                w.string(s.path);
                w.endArray();
                w.key("query");
                w.string(s.query);
                w.key("warnings");
                w.beginArray();
                for (const QByteArray &field : s.fields) {
                    w.beginObject();
                    w.key("field");
                    w.string(field);
                    w.key("message");
                    w.string(QByteArray("Invalid search field for this query."));
                    w.endObject();
                }
                w.endArray();
                w.endObject();
            }
            w.endArray();
        }
        w.key("cost");
        w.beginObject();
        w.key("requestedQueryCost");
        w.number(requested);
        w.key("actualQueryCost");
        if (actual)
            w.number(*actual);
        else
            w.null();
        w.key("throttleStatus");
        w.raw(throttleStatus(bucket));
        w.endObject();
        w.endObject();
        w.endObject();
        HttpResponse r = jsonResponse(200, out);
        r.setHeader("X-Shopify-API-Version", apiVersion);
        r.setHeader("X-Request-Id", QByteArray::number(++m_requestCounter));
        return applyFault(fault, r);
    };
    w.beginObject();
    if (!plan) {
        w.key("errors");
        writeErrors(w, errors);
        return finish(0, std::nullopt);
    }
    const int requested = QueryCost::requested(*plan);
    if (requested > QueryCost::MaxQueryCost) {
        ++m_stats.costExceeded;
        GqlError e = GqlError::make(
            "Query cost is " + QByteArray::number(requested) +
                ", which exceeds the single query max cost limit (1000).\n\nSee "
                "https://shopify.dev/concepts/about-apis/rate-limits for more information on how "
                "the\ncost of a query is calculated.\n\nTo query larger amounts of data with "
                "fewer limits, bulk operations should be used instead.\nSee "
                "https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage "
                "details.\n",
            "MAX_COST_EXCEEDED");
        e.with("cost", requested);
        e.with("maxCost", QueryCost::MaxQueryCost);
        e.with("documentation", QStringLiteral("https://shopify.dev/api/usage/rate-limits"));
        w.key("errors");
        writeErrors(w, {e});
        return finish(requested, std::nullopt);
    }
    if (!bucket.take(requested, now)) {
        ++m_stats.throttled;
        GqlError e = GqlError::make("Throttled", "THROTTLED");
        e.with("documentation", QStringLiteral("https://shopify.dev/api/usage/rate-limits"));
        w.key("errors");
        writeErrors(w, {e});
        return finish(requested, std::nullopt);
    }
    const QByteArray shopGid =
        "gid://shopify/Shop/" + QByteArray::number(60'000'000'000LL + qint64(m_config.seed % 1000));
    RequestBulkHooks hooks(*m_bulk, grant->app, apiVersion, m_scopes, shopGid);
    int actual = 0;
    QByteArray data;
    {
        QReadLocker dataLock(&m_dataLock);
        ExecutionContext cx;
        cx.data = m_data.get();
        cx.nowMs = now;
        cx.scopes = m_scopes;
        cx.hooks = &hooks;
        cx.shopGid = shopGid;
        cx.appInstallationGid =
            "gid://shopify/AppInstallation/" +
            QByteArray::number(
                70'000'000'000LL +
                qint64(qHashBits(grant->app.constData(), size_t(grant->app.size())) % 1'000'000));
        GraphQlExecutor executor(cx);
        QByteArrayList denied;
        executor.precheck(*plan, &errors, &denied);
        if (!errors.isEmpty() && denied.isEmpty()) {
            // Argument errors: nothing runs.
            bucket.refund(requested);
            w.key("errors");
            writeErrors(w, errors);
            return finish(requested, 0);
        }
        data = executor.execute(*plan, denied, &errors, &actual);
        searchWarnings = executor.searchWarnings();
    }
    bucket.refund(std::max(0, requested - actual));
    m_stats.availableAtLast = bucket.available(now);
    ++m_stats.executed;
    m_stats.requestedPoints += requested;
    m_stats.actualPoints += actual;
    if (!errors.isEmpty()) {
        w.key("errors");
        writeErrors(w, errors);
    }
    w.key("data");
    w.raw(data);
    return finish(requested, actual);
}

} // namespace storelens::sim
