#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace storelens {

class Database;
class Workspace;

// An answer computed off the calling thread: the value, or the message to
// show instead (a missing exchange rate, a storage failure).
template <typename T>
struct AnalyticsAnswer
{
    std::optional<T> value;
    QString error;
    bool ok() const { return value.has_value(); }
};

// Runs analytics queries on one background thread with its own read-only
// connection, so the GUI thread never waits on the database:
//
//   AnalyticsWorker worker(workspace);
//   auto future = worker.run([scope, range](Database &db) {
//       return SalesAnalytics(db).summary(scope, range);
//   });
//   future.then(this, [](const AnalyticsAnswer<SummaryReport> &a) { ... });
//
// Queries run one after another in submission order. The worker must not
// outlive its workspace; its destructor waits for the queries still queued.
class AnalyticsWorker
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWorker)
public:
    explicit AnalyticsWorker(const Workspace &workspace);
    ~AnalyticsWorker();
    AnalyticsWorker(const AnalyticsWorker &) = delete;
    AnalyticsWorker &operator=(const AnalyticsWorker &) = delete;

    template <typename Query, typename Result = std::invoke_result_t<Query, Database &>>
    QFuture<AnalyticsAnswer<Result>> run(Query query)
    {
        return QtConcurrent::run(&m_pool, [this, query = std::move(query)]() {
            AnalyticsAnswer<Result> answer;
            answer.error = guarded([&](Database &db) { answer.value = query(db); });
            return answer;
        });
    }

private:
    // Runs `body` with the worker's connection (opened on first use); returns
    // the user-facing message of an AnalyticsError or DatabaseError, else empty.
    QString guarded(const std::function<void(Database &)> &body);

    const Workspace &m_workspace;
    QThreadPool m_pool;
    std::unique_ptr<Database> m_db; // used only by the pool's single thread
};

} // namespace storelens
