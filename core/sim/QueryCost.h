#pragma once

#include "QueryPlanner.h"

namespace storelens::sim {

// Shopify's calculated query cost (shopify.dev, "GraphQL Admin API rate
// limits", cost calculation): scalars and enums 0, objects 1, interfaces the
// maximum of their possible selections, connections 2 plus the page size
// (first or last) times the cost of one node, mutation fields 10. The
// requested cost is computed before execution from the arguments; the actual
// cost after, from the number of nodes returned (GraphQlExecutor).
class QueryCost
{
public:
    static int requested(const QueryPlan &plan);
    static constexpr int MutationCost = 10;
    static constexpr int MaxQueryCost = 1000;

    // Cost of one object with the given sub-selection (1 + its fields).
    static qint64 objectCost(const PlanField &field);
    static qint64 fieldCost(const PlanField &field);
};

} // namespace storelens::sim
