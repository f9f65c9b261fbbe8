#pragma once

#include "TableRow.h"
#include "TableSpec.h"

#include <functional>
#include <optional>
#include <vector>

namespace storelens {

class Database;
class Statement;

// The SQL of one table view (spec, filters, sort) and the reads a lazy model
// and an export need. Runs on a reader thread; never loads all rows.
//
// Paging is by key (keyset): the window after a known row continues from that
// row's sort key and id, which an index on (store, sort column) answers by
// seeking, however deep in the table. Windows far from any known row skip
// rows by offset over the ids alone (a covering index scan).
class TableQuery
{
public:
    struct Anchor
    {
        QVariant sortKey;
        qint64 id = 0;
    };

    TableQuery() = default;
    TableQuery(TableSpec spec, QList<TableFilter> filters, int sortColumn, Qt::SortOrder order);

    const TableSpec &spec() const { return m_spec; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    const QList<TableFilter> &filters() const { return m_filters; }

    qint64 count(Database &db) const;
    // Up to `limit` rows in display order. With an anchor: the rows after it
    // (before it when `backwards`), skipping `offset` first.
    std::vector<TableRow> page(Database &db, const std::optional<Anchor> &anchor, bool backwards,
                               qint64 offset, int limit) const;
    // Every matching row in order, `batch` at a time; `sink` returns false to stop.
    void forEach(Database &db, int batch,
                 const std::function<bool(const std::vector<TableRow> &)> &sink) const;

    // The SQL of the id query, for tests that check the plan.
    QString idSql(bool keyset, bool backwards) const;

private:
    QString sortExpr() const;
    int bindFilters(Statement &q) const;
    std::vector<TableRow> rowsFor(Database &db, const std::vector<qint64> &ids) const;
    QString columnList() const;
    TableRow readRow(const Statement &q) const;

    TableSpec m_spec;
    QList<TableFilter> m_filters;
    int m_sortColumn = 0;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace storelens
