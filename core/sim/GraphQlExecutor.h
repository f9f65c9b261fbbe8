#pragma once

#include "GraphQlError.h"
#include "QueryPlanner.h"
#include "ShopData.h"

#include <QTimeZone>

#include <functional>
#include <map>

namespace storelens::sim {

class JsonWriter;
class SearchQuery;

// What the executor shows of a bulk operation.
struct BulkOperationView
{
    qint64 id = 0;
    QByteArray status;    // BulkOperationStatus
    QByteArray errorCode; // empty = null
    qint64 objectCount = 0;
    qint64 rootObjectCount = 0;
    qint64 fileSize = -1; // -1 = null
    QByteArray url;       // empty = null
    QByteArray partialDataUrl;
    qint64 createdAtMs = 0;
    qint64 completedAtMs = 0;
    QByteArray query;
};

// A user error of bulkOperationRunQuery / bulkOperationCancel.
struct BulkUserError
{
    QByteArray message;
    QByteArray code; // empty = null
    bool fieldIsQuery = true;
};

// The simulator's side of the bulk mutations and lookups.
class BulkOperationHooks
{
public:
    virtual ~BulkOperationHooks() = default;
    virtual std::optional<BulkOperationView> bulkOperation(qint64 id) = 0;
    virtual std::optional<BulkOperationView>
    runBulkQuery(const QByteArray &query, bool groupObjects, QList<BulkUserError> *errors) = 0;
    virtual std::optional<BulkOperationView> cancelBulk(qint64 id,
                                                        QList<BulkUserError> *errors) = 0;
};

struct ExecutionContext
{
    const ShopData *data = nullptr;
    qint64 nowMs = 0;
    QByteArrayList scopes;
    BulkOperationHooks *hooks = nullptr;
    QByteArray shopGid;
    QByteArray appInstallationGid;
};

// Executes a QueryPlan over the shop's data and writes the `data` member of
// the response, with Shopify's connection semantics (first/after/last/before,
// reverse, sortKey, opaque cursors, search filters) and the actual query cost.
// Also writes bulk exports (JSONL, children on their own lines with
// __parentId). The caller holds the data's read lock.
class GraphQlExecutor
{
public:
    explicit GraphQlExecutor(const ExecutionContext &context);

    // Checks Shopify makes before running: access scopes, page sizes, cursors.
    // Root keys whose field is denied are returned in `denied`.
    void precheck(const QueryPlan &plan, QList<GqlError> *errors, QByteArrayList *denied,
                  bool bulk = false) const;
    // Writes the data object (or null); appends field errors.
    QByteArray execute(const QueryPlan &plan, const QByteArrayList &denied, QList<GqlError> *errors,
                       int *actualCost);

    // Bulk export of the plan's single root connection, in chunks: writes up to
    // `maxRoots` root objects after `resume` (an opaque position; empty = from
    // the start) with their children, and returns the position to resume from
    // (empty when done).
    struct BulkChunk
    {
        QByteArray lines;
        qint64 objects = 0;
        qint64 roots = 0;
        QByteArray resume;
        bool done = false;
    };
    BulkChunk bulkChunk(const PlanField &root, const QByteArray &resume, int maxRoots,
                        bool groupObjects);

    static QByteArray requiredScope(const QByteArray &rootField);
    // Search fields Shopify accepts for a root list field (the simulator filters
    // on a subset; the others match everything).
    static bool knownSearchField(const QByteArray &rootField, const QByteArray &field);

    // `query:` terms Shopify would ignore, reported in extensions.search.
    struct SearchWarning
    {
        QByteArray path;
        QByteArray query;
        QByteArrayList fields;
    };
    const std::vector<SearchWarning> &searchWarnings() const { return m_searchWarnings; }
    static QByteArray formatTime(qint64 ms);
    // Into `buf` (at least 32 bytes); returns the length.
    static int formatTime(qint64 ms, char *buf);

    // An object of the simulator's model, resolved lazily.
    struct Obj
    {
        quint8 type = 0;
        qint32 a = -1;
        qint32 b = -1;
        qint64 x = 0;
    };
    struct Page
    {
        std::vector<Obj> items;
        std::vector<QByteArray> cursors;
        bool hasNext = false;
        bool hasPrevious = false;
    };

private:
    qint64 writeObject(JsonWriter &w, const PlanField &field, const Obj &obj);
    qint64 writeField(JsonWriter &w, const PlanField &f, const Obj &obj);
    qint64 writeConnection(JsonWriter &w, const PlanField &f, const Page &page);
    void writeLeaf(JsonWriter &w, const PlanField &f, const Obj &obj);
    bool resolveObject(const PlanField &f, const Obj &obj, Obj *out);
    std::vector<Obj> resolveList(const PlanField &f, const Obj &obj);
    Page resolveConnection(const PlanField &f, const Obj &obj, const QByteArray &resumeKey = {},
                           int bulkLimit = -1);
    Page topLevel(const PlanField &f, const QByteArray &resumeKey, int bulkLimit);
    QByteArray typeName(const Obj &obj) const;
    QByteArray gid(const Obj &obj) const;
    qint64 numericId(const Obj &obj) const;
    bool writeGid(JsonWriter &w, const Obj &obj) const;
    bool parseGid(const QJsonValue &v, const char *type, qint64 *id) const;
    std::optional<Obj> nodeFor(const QJsonValue &idValue);
    bool orderReadable(qint32 order) const;
    void bulkItem(const PlanField &connection, const Obj &item, const QByteArray &parentGid,
                  QByteArray *out, qint64 *objects);
    const PlanField *nodeField(const PlanField &connection) const;
    const PlanField *findNodeField(const PlanField &connection) const;

    ExecutionContext m_cx;
    const ShopData &m_data;
    QTimeZone m_zone;
    QList<GqlError> *m_errors = nullptr;
    QByteArrayList m_path;
    // Bulk mode: connections met inside a node are exported as child lines.
    bool m_bulk = false;
    std::vector<std::pair<const PlanField *, Obj>> *m_pendingChildren = nullptr;
    QList<BulkUserError> m_payloadErrors;
    std::optional<BulkOperationView> m_payloadView;
    std::vector<SearchWarning> m_searchWarnings;
    void noteSearch(const PlanField &f, const SearchQuery &q);
    mutable std::map<const PlanField *, const PlanField *> m_nodeFields;
};

} // namespace storelens::sim
