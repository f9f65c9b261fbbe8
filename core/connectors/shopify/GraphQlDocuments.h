#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace storelens {

// The Shopify connector's GraphQL documents, kept as .graphql files in the
// resources: a document is an operation file plus the fragment files it uses,
// assembled here exactly as tests/graphql/validate.cjs assembles them for the
// schema check.
class GraphQlDocuments
{
public:
    // "OrdersPage" -> the full document text. Empty if no such operation.
    static QString document(const QString &operation);
    // The operations the connector sends (files that define a query or a
    // mutation, not fragments or the bulk query), sorted.
    static QStringList operations();
    // The bulk backfill query with its filter string in place.
    static QString bulkOrdersQuery(const QString &filter);

private:
    static const QHash<QString, QString> &files();
};

} // namespace storelens
