#include "BulkOperations.h"

#include "BulkQueryValidator.h"
#include "SimRandom.h"

#include <QFile>

#include <chrono>

namespace storelens::sim {

namespace {
constexpr qint64 ResultLifetimeMs = 7LL * 24 * 3600 * 1000;
constexpr int RootsPerChunk = 100;
} // namespace

struct BulkOperations::Operation
{
    QMutex mutex;
    qint64 id = 0;
    QByteArray app;
    QByteArray query;
    bool groupObjects = false;
    QByteArrayList scopes;
    QByteArray shopGid;
    std::optional<QueryPlan> plan;
    QByteArray status = "CREATED";
    QByteArray errorCode;
    qint64 objects = 0;
    qint64 roots = 0;
    qint64 fileSize = -1;
    qint64 createdAt = 0;
    qint64 completedAt = 0;
    qint64 failAfterRoots = -1;
    QByteArray signature;
    QString path;
    bool partial = false; // failed: the URL is a partialDataUrl
    std::atomic<bool> cancel{false};
    std::thread thread;
};

BulkOperations::BulkOperations(const ShopData &data, QReadWriteLock &dataLock,
                               const SimulatedClock &clock, QString directory)
    : m_data(data)
    , m_dataLock(dataLock)
    , m_clock(clock)
    , m_dir(std::move(directory))
    , m_nextId(ShopData::OrderBase / 2 + qint64(SimRandom::mix(data.config().seed, 0xb01) % 1000))
{}

BulkOperations::~BulkOperations()
{
    m_stopping = true;
    std::map<qint64, std::shared_ptr<Operation>> ops;
    {
        QMutexLocker lock(&m_mutex);
        ops = m_ops;
    }
    for (auto &[id, op] : ops) {
        op->cancel = true;
        if (op->thread.joinable())
            op->thread.join();
    }
}

void BulkOperations::setBaseUrl(const QByteArray &url)
{
    QMutexLocker lock(&m_mutex);
    m_baseUrl = url;
}

void BulkOperations::setObjectsPerSecond(double perSimulatedSecond)
{
    QMutexLocker lock(&m_mutex);
    m_rate = perSimulatedSecond;
}

void BulkOperations::failNext(qint64 afterRootObjects)
{
    QMutexLocker lock(&m_mutex);
    m_failNextAfter = afterRootObjects;
}

int BulkOperations::concurrencyLimit(const QByteArray &apiVersion)
{
    if (apiVersion == "unstable")
        return 5;
    return apiVersion >= "2026-01" ? 5 : 1;
}

int BulkOperations::running() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &[id, op] : m_ops) {
        QMutexLocker l(&op->mutex);
        if (op->status == "CREATED" || op->status == "RUNNING" || op->status == "CANCELING")
            ++n;
    }
    return n;
}

BulkOperationView BulkOperations::viewOf(Operation &op)
{
    // Results expire seven days after completion.
    if ((op.status == "COMPLETED" || op.status == "FAILED") && op.completedAt &&
        m_clock.nowMs() >= op.completedAt + ResultLifetimeMs)
        op.status = "EXPIRED";
    BulkOperationView v;
    v.id = op.id;
    v.status = op.status;
    v.errorCode = op.errorCode;
    v.objectCount = op.objects;
    v.rootObjectCount = op.roots;
    v.fileSize = op.fileSize;
    v.createdAtMs = op.createdAt;
    v.completedAtMs = op.completedAt;
    v.query = op.query;
    const QByteArray url = m_baseUrl + "/bulk-results/" + op.signature + "/bulk-" +
                           QByteArray::number(op.id) + ".jsonl";
    if (op.status == "COMPLETED" && op.objects > 0)
        v.url = url;
    if (op.status == "FAILED" && op.partial && op.objects > 0)
        v.partialDataUrl = url;
    return v;
}

std::optional<BulkOperationView>
BulkOperations::run(const QByteArray &app, const QByteArray &apiVersion,
                    const QByteArrayList &scopes, const QByteArray &shopGid,
                    const QByteArray &query, bool groupObjects, QList<BulkUserError> *errors)
{
    std::optional<QueryPlan> plan;
    *errors = BulkQueryValidator::validate(query, &plan);
    if (!errors->isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    int active = 0;
    qint64 anyActive = 0;
    for (const auto &[id, op] : m_ops) {
        QMutexLocker l(&op->mutex);
        if (op->app == app &&
            (op->status == "CREATED" || op->status == "RUNNING" || op->status == "CANCELING")) {
            ++active;
            anyActive = id;
        }
    }
    const int limit = concurrencyLimit(apiVersion);
    if (active >= limit) {
        if (limit == 1)
            errors->append(BulkUserError{
                "A bulk query operation for this app and shop is already in progress: "
                "gid://shopify/BulkOperation/" +
                    QByteArray::number(anyActive) + ".",
                "OPERATION_IN_PROGRESS", false});
        else
            errors->append(BulkUserError{"Bulk operations limit reached. Please try again later.",
                                         "LIMIT_REACHED", false});
        return std::nullopt;
    }
    auto op = std::make_shared<Operation>();
    op->id = ++m_nextId;
    op->app = app;
    op->query = query;
    op->groupObjects = groupObjects;
    op->scopes = scopes;
    op->shopGid = shopGid;
    op->plan = std::move(plan);
    op->createdAt = m_clock.nowMs();
    op->failAfterRoots = m_failNextAfter;
    m_failNextAfter = -1;
    SimRandom rng(SimRandom::mix(quint64(op->id), quint64(op->createdAt)));
    op->signature = QByteArray::number(rng.next(), 16) + QByteArray::number(rng.next(), 16);
    op->path = m_dir + QStringLiteral("/bulk-%1.jsonl").arg(op->id);
    m_ops[op->id] = op;
    BulkOperationView v = viewOf(*op);
    op->thread = std::thread([this, op] { work(op); });
    return v;
}

std::optional<BulkOperationView> BulkOperations::view(const QByteArray &app, qint64 id)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_ops.find(id);
    if (it == m_ops.end() || (!app.isEmpty() && it->second->app != app))
        return std::nullopt;
    QMutexLocker l(&it->second->mutex);
    return viewOf(*it->second);
}

std::optional<BulkOperationView> BulkOperations::cancel(const QByteArray &app, qint64 id,
                                                        QList<BulkUserError> *errors)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_ops.find(id);
    if (it == m_ops.end() || it->second->app != app) {
        errors->append(BulkUserError{"Bulk operation does not exist", {}, true});
        return std::nullopt;
    }
    Operation &op = *it->second;
    QMutexLocker l(&op.mutex);
    if (op.status != "CREATED" && op.status != "RUNNING") {
        errors->append(BulkUserError{
            "A bulk operation cannot be canceled when it is " + op.status.toLower(), {}, false});
        return viewOf(op);
    }
    op.status = "CANCELING";
    op.cancel = true;
    return viewOf(op);
}

BulkOperations::Download BulkOperations::download(const QByteArray &signature)
{
    QMutexLocker lock(&m_mutex);
    for (auto &[id, op] : m_ops) {
        QMutexLocker l(&op->mutex);
        if (op->signature != signature)
            continue;
        const BulkOperationView v = viewOf(*op);
        Download d;
        d.found = !v.url.isEmpty() || !v.partialDataUrl.isEmpty() || v.status == "EXPIRED";
        d.expired = v.status == "EXPIRED";
        d.path = op->path;
        d.size = QFile(op->path).size();
        return d;
    }
    return {};
}

void BulkOperations::work(std::shared_ptr<Operation> op)
{
    using namespace std::chrono_literals;
    QFile file(op->path);
    const bool opened = file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    const PlanField &root = op->plan->root.front();
    const QByteArray scope = GraphQlExecutor::requiredScope(root.name);
    const bool allowed = scope.isEmpty() || op->scopes.contains(scope) ||
                         op->scopes.contains("write_" + scope.mid(5));
    const qint64 started = m_clock.nowMs();
    {
        QMutexLocker l(&op->mutex);
        op->status = "RUNNING";
        if (!opened || !allowed) {
            op->status = "FAILED";
            op->errorCode = opened ? "ACCESS_DENIED" : "INTERNAL_SERVER_ERROR";
            op->completedAt = m_clock.nowMs();
            return;
        }
    }
    double rate = 0;
    {
        QMutexLocker lock(&m_mutex);
        rate = m_rate;
    }
    QByteArray resume;
    qint64 objects = 0, roots = 0;
    bool failed = false;
    for (;;) {
        if (op->cancel || m_stopping)
            break;
        // Simulated throughput: no more objects than the elapsed time allows.
        const double allowedObjects = double(m_clock.nowMs() - started) * rate / 1000.0;
        if (double(objects) > allowedObjects) {
            std::this_thread::sleep_for(5ms);
            continue;
        }
        GraphQlExecutor::BulkChunk chunk;
        {
            QReadLocker lock(&m_dataLock);
            ExecutionContext cx;
            cx.data = &m_data;
            cx.nowMs = op->createdAt;
            cx.scopes = op->scopes;
            cx.shopGid = op->shopGid;
            GraphQlExecutor executor(cx);
            chunk = executor.bulkChunk(root, resume, RootsPerChunk, op->groupObjects);
        }
        file.write(chunk.lines);
        file.flush();
        objects += chunk.objects;
        roots += chunk.roots;
        {
            QMutexLocker l(&op->mutex);
            op->objects = objects;
            op->roots = roots;
        }
        if (op->failAfterRoots >= 0 && roots >= op->failAfterRoots && !chunk.done) {
            failed = true;
            break;
        }
        if (chunk.done)
            break;
        resume = chunk.resume;
    }
    file.close();
    QMutexLocker l(&op->mutex);
    op->completedAt = m_clock.nowMs();
    if (failed) {
        op->status = "FAILED";
        op->errorCode = "INTERNAL_SERVER_ERROR";
        op->partial = true;
    } else if (op->cancel) {
        op->status = "CANCELED";
    } else {
        op->status = "COMPLETED";
        op->fileSize = objects > 0 ? file.size() : -1;
    }
}

} // namespace storelens::sim
