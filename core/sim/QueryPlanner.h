#pragma once

#include "GraphQlAst.h"
#include "GraphQlError.h"
#include "ShopifySchema.h"

#include <QJsonObject>

#include <memory>

namespace storelens::sim {

struct PlanField;

// FNV-1a of a field name, so that resolvers can switch on names.
constexpr quint64 fieldHash(const char *s)
{
    quint64 v = 1469598103934665603ull;
    while (*s) {
        v ^= quint64(static_cast<unsigned char>(*s++));
        v *= 1099511628211ull;
    }
    return v;
}

// The fields to resolve on an object, per concrete type the object may have
// (one entry for object types, one per implementation for interfaces).
struct PlanChildren
{
    std::vector<std::pair<QByteArray, std::vector<PlanField>>> byType;
    const std::vector<PlanField> *forType(const QByteArray &type) const
    {
        if (byType.size() == 1) // object types: no need to compare
            return &byType.front().second;
        for (const auto &p : byType)
            if (p.first == type)
                return &p.second;
        return nullptr;
    }
};

// A validated field with its arguments coerced (defaults applied, variables
// substituted) and its sub-selection merged from fields, fragments and inline
// fragments, ready to execute.
struct PlanField
{
    QByteArray key;     // response key (alias or name)
    QByteArray jsonKey; // the key as JSON with its colon, written as is
    QByteArray name;    // schema field name, or __typename
    quint64 nameHash = 0;
    QByteArray typeText;
    QByteArray baseType;
    bool leaf = true;
    bool connection = false;
    bool list = false;
    bool nonNull = false;
    QJsonObject args;
    std::shared_ptr<PlanChildren> children;
    int line = 0, column = 0;

    bool hasArg(const char *n) const { return args.contains(QLatin1String(n)); }
    QJsonValue arg(const char *n) const { return args.value(QLatin1String(n)); }
    // Fields of the sub-selection for one concrete type (empty list if none).
    const std::vector<PlanField> &fieldsFor(const QByteArray &type) const;
};

struct QueryPlan
{
    QByteArray operationKind; // query or mutation
    QByteArray operationName;
    QByteArray rootType;
    std::vector<PlanField> root;
};

// Validates an executable document against the simulator's schema and
// compiles the chosen operation into a QueryPlan. Error messages and codes
// follow graphql-ruby, which Shopify's Admin API answers with.
class QueryPlanner
{
public:
    QueryPlanner(const GqlDocument &doc, const QJsonObject &variables);
    std::optional<QueryPlan> plan(const QByteArray &operationName, QList<GqlError> *errors);

private:
    void coerceVariables(const GqlOperation &op);
    std::vector<PlanField> collect(const QByteArray &concrete, const QByteArray &staticType,
                                   const std::vector<const std::vector<GqlSelection> *> &sets);
    void gather(const QByteArray &concrete, const QByteArray &staticType,
                const std::vector<GqlSelection> &set,
                std::vector<std::pair<QByteArray, std::vector<const GqlSelection *>>> *byKey,
                std::vector<QByteArray> *fragmentPath);
    bool included(const std::vector<GqlDirective> &directives);
    bool coerceArgument(const ShopifySchema::Argument &def, const GqlValue &literal,
                        const GqlSelection &field, const QByteArray &parentType, QJsonValue *out);
    bool literalToJson(const QByteArray &type, const GqlValue &v, QJsonValue *out);
    void error(const GqlError &e);
    void markFragmentsUsed(const std::vector<GqlSelection> &set, QByteArrayList *used);
    void markVariablesUsed(const std::vector<GqlSelection> &set, QByteArrayList *used,
                           QByteArrayList *seenFragments);

    const GqlDocument &m_doc;
    QJsonObject m_rawVariables;
    QJsonObject m_variables; // coerced
    QHash<QByteArray, QByteArray> m_variableTypes;
    QHash<QByteArray, bool> m_variableHasDefault;
    QList<GqlError> m_errors;
    QByteArray m_operationLabel;
};

// Coerces a JSON input value to a GraphQL input type; the explanation on
// failure is graphql-ruby's.
bool coerceInputValue(const QByteArray &type, const QJsonValue &in, QJsonValue *out,
                      QByteArray *explanation);

} // namespace storelens::sim
