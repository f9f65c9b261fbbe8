#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace storelens {

// The requested cost of one of the connector's GraphQL documents, known before
// it is sent, computed as Shopify documents it (shopify.dev, "GraphQL Admin
// API rate limits", cost calculation): scalars and enums 0, objects 1 (a list
// of objects costs one object), interfaces and unions the most expensive of
// their possible selections, connections 2 plus `first` (or `last`) times the
// cost of one node, so nested connections multiply, and each mutation field
// 10. Shopify refuses a query whose requested cost is over 1000 points
// (MAX_COST_EXCEEDED) and takes the requested cost from the bucket before it
// runs the query (refunding what the answer did not use).
//
// Without Shopify's schema, a field's kind is read from its selection: a field
// without one is a scalar or an enum; one whose selection holds `edges` or
// `nodes` is a connection; any other field with a selection is an object.
// Named fragments are spread where they are used; inline fragments `... on T`
// are the type-specific parts of an interface, so a node costs its common
// fields plus those of its most expensive type. Fields with the same response
// key are merged as GraphQL merges them; @include and @skip are honoured.
//
// It reads the connector's own documents (repository resources, assembled by
// GraphQlDocuments), not input from the network: the document is parsed once
// into a cost tree, evaluated for each set of variables.
class RequestedQueryCost
{
public:
    static constexpr int kMaxQueryCost = 1000; // Shopify's single-query maximum
    static constexpr int kMaxPageSize = 250;   // Shopify's largest first/last

    explicit RequestedQueryCost(const QString &document);
    ~RequestedQueryCost();
    RequestedQueryCost(const RequestedQueryCost &) = delete;
    RequestedQueryCost &operator=(const RequestedQueryCost &) = delete;

    // The cost tree of a document, built on first use and shared; thread-safe.
    static std::shared_ptr<const RequestedQueryCost> of(const QString &document);

    // False when the document could not be read (error() says why).
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The requested cost with these variables; -1 for an unreadable document.
    // Page sizes are numbers in `variables`; a missing or null size counts 0
    // (a variable's default value applies when it is missing).
    qint64 cost(const QJsonObject &variables) const;

    // The largest value in [1, maxSize] of the page-size variable `name` for
    // which the cost stays at or under `limit`, the other variables as given;
    // 0 when even one record per page is over the limit or the document is
    // unreadable.
    int largestFitting(QJsonObject variables, const QString &name, double limit,
                       int maxSize = kMaxPageSize) const;

    struct Field;

private:
    QString m_error;
    bool m_mutation = false;
    QJsonObject m_defaults;                 // the variables' default values
    std::vector<std::vector<Field>> m_root; // the root selection, per possible type
};

} // namespace storelens
