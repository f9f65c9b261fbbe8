#pragma once

#include "TableColumn.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace storelens {

// A data table as SQL: the rows of `from` that match `where`, one column per
// TableColumn. Rows are paged in two steps: their ids first, in sort order,
// from `idFrom` (the bare table, so an index can cover the scan), then the
// columns of those ids from `from` (with its joins).
struct TableSpec
{
    QString name;         // "orders"; also the CSV file's default name
    QString idExpr;       // e.g. "o.id"
    QString idFrom;       // e.g. "orders o"
    QString from;         // e.g. "orders o LEFT JOIN customers c ON ..."
    QString storeExpr;    // the row's store id, e.g. "o.store_id"
    QString currencyExpr; // the currency of the row's Money columns
    QList<TableColumn> columns;
    int defaultSortColumn = 0;
    Qt::SortOrder defaultSortOrder = Qt::DescendingOrder;
};

// A condition on the rows, with its bound values (qint64 or QString).
struct TableFilter
{
    QString sql;
    QVariantList binds;
};

} // namespace storelens
