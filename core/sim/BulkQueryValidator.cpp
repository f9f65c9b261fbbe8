#include "BulkQueryValidator.h"

#include "GraphQlParser.h"

namespace storelens::sim {

namespace {
struct Analysis
{
    int connections = 0;
    int maxDepth = 0;
    bool connectionInList = false;
    QByteArrayList parentsWithoutId;
};

bool selectsId(const PlanField &node)
{
    if (!node.children)
        return false;
    for (const auto &[type, fields] : node.children->byType)
        for (const PlanField &f : fields)
            if (f.name == "id" && f.key == "id")
                return true;
    return false;
}

void analyse(const PlanField &f, int depth, bool insideList, Analysis *a)
{
    // The top-level connection is level 0; Shopify allows two levels below it.
    int childDepth = depth;
    if (f.connection) {
        ++a->connections;
        a->maxDepth = std::max(a->maxDepth, depth);
        childDepth = depth + 1;
        if (insideList)
            a->connectionInList = true;
    }
    const bool list =
        insideList || (f.list && !f.connection && f.name != "edges" && f.name != "nodes");
    if (!f.children)
        return;
    for (const auto &[type, fields] : f.children->byType) {
        for (const PlanField &c : fields) {
            // A connection nested in a node needs the node's id for __parentId.
            if (c.connection && (f.name == "node" || f.name == "nodes") && !selectsId(f) &&
                !a->parentsWithoutId.contains(c.name))
                a->parentsWithoutId.append(c.name);
            analyse(c, childDepth, list, a);
        }
    }
}
} // namespace

QList<BulkUserError> BulkQueryValidator::validate(const QByteArray &query,
                                                  std::optional<QueryPlan> *plan)
{
    QList<BulkUserError> errors;
    auto invalid = [&](const QByteArray &message) {
        errors.append(BulkUserError{message, "INVALID", true});
    };
    GraphQlParser::Error parseError;
    const auto doc = GraphQlParser::parse(query, &parseError);
    if (!doc) {
        invalid("Invalid bulk query: " + parseError.message);
        return errors;
    }
    for (const GqlOperation &op : doc->operations)
        if (op.kind != "query") {
            invalid("Invalid operation type. Only `query` operations are supported.");
            return errors;
        }
    QList<GqlError> gqlErrors;
    QueryPlanner planner(*doc, QJsonObject());
    *plan = planner.plan({}, &gqlErrors);
    if (!*plan) {
        invalid("Invalid bulk query: " + gqlErrors.first().message);
        return errors;
    }
    const QueryPlan &p = **plan;
    for (const PlanField &f : p.root)
        if (f.name == "node" || f.name == "nodes")
            invalid("Bulk queries cannot contain a top level `" + f.name + "` field.");
    Analysis a;
    for (const PlanField &f : p.root)
        analyse(f, 0, false, &a);
    if (a.maxDepth > 2)
        invalid("Bulk queries cannot contain connections with a nesting depth greater than 2.");
    if (a.connections > 5)
        invalid("Bulk queries cannot contain more than 5 connections.");
    if (!a.parentsWithoutId.isEmpty())
        invalid("The parent 'node' field for a nested connection must select the 'id' field "
                "without an alias and must be of 'ID' return type. Connection fields without "
                "'id': " +
                a.parentsWithoutId.join(", ") + ".");
    if (a.connectionInList)
        invalid("Queries that contain a connection field within a list field are not currently "
                "supported.");
    if (a.connections == 0 && errors.isEmpty())
        invalid("Bulk queries must contain at least one connection.");
    if (errors.isEmpty() && (p.root.size() != 1 || !p.root.front().connection))
        invalid("Bulk queries must have exactly one top-level field, and it must be a connection.");
    if (!errors.isEmpty())
        plan->reset();
    return errors;
}

} // namespace storelens::sim
