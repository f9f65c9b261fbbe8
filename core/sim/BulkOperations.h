#pragma once

#include "GraphQlExecutor.h"
#include "SimulatedClock.h"

#include <QMutex>
#include <QReadWriteLock>

#include <atomic>
#include <map>
#include <memory>
#include <thread>

namespace storelens::sim {

// Bulk query operations: each runs on its own worker thread at a
// (time-scaled) number of objects per second, writes Shopify's JSONL to a
// file in the simulator's directory, and is served from a signed-style URL
// for seven simulated days, after which it reports EXPIRED. Enforces the
// number of concurrent bulk queries per app and shop of the API version.
class BulkOperations
{
public:
    struct Download
    {
        QString path;
        qint64 size = 0;
        bool found = false;
        bool expired = false;
    };

    BulkOperations(const ShopData &data, QReadWriteLock &dataLock, const SimulatedClock &clock,
                   QString directory);
    ~BulkOperations();

    void setBaseUrl(const QByteArray &url);
    void setObjectsPerSecond(double perSimulatedSecond);
    // The next bulk operation to start fails after writing this many root
    // objects (with a partial data URL).
    void failNext(qint64 afterRootObjects);

    std::optional<BulkOperationView> run(const QByteArray &app, const QByteArray &apiVersion,
                                         const QByteArrayList &scopes, const QByteArray &shopGid,
                                         const QByteArray &query, bool groupObjects,
                                         QList<BulkUserError> *errors);
    std::optional<BulkOperationView> view(const QByteArray &app, qint64 id);
    std::optional<BulkOperationView> cancel(const QByteArray &app, qint64 id,
                                            QList<BulkUserError> *errors);
    Download download(const QByteArray &signature);
    // Concurrent bulk queries allowed per app and shop: 5 from API 2026-01, 1 before.
    static int concurrencyLimit(const QByteArray &apiVersion);
    int running() const;

private:
    struct Operation;
    void work(std::shared_ptr<Operation> op);
    BulkOperationView viewOf(Operation &op);

    const ShopData &m_data;
    QReadWriteLock &m_dataLock;
    const SimulatedClock &m_clock;
    QString m_dir;
    mutable QMutex m_mutex;
    std::map<qint64, std::shared_ptr<Operation>> m_ops;
    QByteArray m_baseUrl;
    double m_rate = 20000;
    qint64 m_failNextAfter = -1;
    qint64 m_nextId = 0;
    std::atomic<bool> m_stopping{false};
};

} // namespace storelens::sim
