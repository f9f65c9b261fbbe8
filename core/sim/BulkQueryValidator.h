#pragma once

#include "GraphQlExecutor.h"
#include "QueryPlanner.h"

namespace storelens::sim {

// Checks a bulk query the way bulkOperationRunQuery does (shopify.dev, "Perform
// bulk operations with the GraphQL Admin API", operation restrictions): a
// query operation with one top-level connection, at least one and at most
// five connections, connections nested at most two levels deep, no top-level
// node or nodes, no connection inside a list field, and every nested
// connection's parent node selecting `id`. No page arguments are needed.
class BulkQueryValidator
{
public:
    // Empty list = valid, and `plan` holds the compiled query.
    static QList<BulkUserError> validate(const QByteArray &query, std::optional<QueryPlan> *plan);
};

} // namespace storelens::sim
