#include "QueryCost.h"

#include <algorithm>

namespace storelens::sim {

qint64 QueryCost::objectCost(const PlanField &field)
{
    // Interfaces cost the most expensive of their possible selections.
    qint64 best = 0;
    if (field.children)
        for (const auto &[type, fields] : field.children->byType) {
            qint64 sum = 0;
            for (const PlanField &f : fields)
                sum += fieldCost(f);
            best = std::max(best, sum);
        }
    return 1 + best;
}

static qint64 nodeCost(const PlanField &connection)
{
    // The connection's node selection, through edges { node } or nodes.
    qint64 cost = 0;
    if (!connection.children || connection.children->byType.empty())
        return 0;
    for (const PlanField &f : connection.children->byType.front().second) {
        if (f.name == "nodes") {
            cost += QueryCost::objectCost(f);
        } else if (f.name == "edges" && f.children && !f.children->byType.empty()) {
            for (const PlanField &e : f.children->byType.front().second)
                if (e.name == "node")
                    cost += QueryCost::objectCost(e);
        }
    }
    return cost;
}

qint64 QueryCost::fieldCost(const PlanField &field)
{
    if (field.leaf)
        return 0;
    if (field.connection) {
        qint64 size = 0;
        if (field.arg("first").isDouble())
            size = field.arg("first").toInteger();
        else if (field.arg("last").isDouble())
            size = field.arg("last").toInteger();
        return 2 + size * nodeCost(field);
    }
    return objectCost(field);
}

int QueryCost::requested(const QueryPlan &plan)
{
    qint64 total = 0;
    for (const PlanField &f : plan.root)
        total += plan.operationKind == "mutation" ? (f.name == "__typename" ? 0 : MutationCost)
                                                  : fieldCost(f);
    return int(std::min<qint64>(total, 1'000'000'000));
}

} // namespace storelens::sim
