#include "TableQuery.h"

#include "storage/Database.h"

#include <QHash>

#include <algorithm>

namespace storelens {

namespace {
// SQLite's fundamental column types (sqlite3.h), which the UI does not include.
constexpr int kSqliteInteger = 1;
constexpr int kSqliteText = 3;
constexpr int kSqliteNull = 5;

QVariant valueAt(const Statement &q, int column)
{
    switch (q.type(column)) {
    case kSqliteInteger:
        return QVariant::fromValue(q.int64(column));
    case kSqliteNull:
        return {};
    case kSqliteText:
    default:
        return q.text(column);
    }
}

void bindValue(Statement &q, int index, const QVariant &value)
{
    if (value.isNull())
        q.bind(index, nullptr);
    else if (value.typeId() == QMetaType::QString)
        q.bind(index, value.toString());
    else
        q.bind(index, value.toLongLong());
}

std::string utf8(const QString &sql)
{
    return sql.toStdString();
}
} // namespace

TableQuery::TableQuery(TableSpec spec, QList<TableFilter> filters, int sortColumn,
                       Qt::SortOrder order)
    : m_spec(std::move(spec))
    , m_filters(std::move(filters))
    , m_sortColumn(sortColumn)
    , m_order(order)
{
    if (m_sortColumn < 0 || m_sortColumn >= m_spec.columns.size())
        m_sortColumn = m_spec.defaultSortColumn;
}

QString TableQuery::sortExpr() const
{
    return m_spec.columns.at(m_sortColumn).orderExpr();
}

QString TableQuery::idSql(bool keyset, bool backwards) const
{
    const bool descending = (m_order == Qt::DescendingOrder) != backwards;
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList conditions;
    for (const TableFilter &f : m_filters)
        conditions << QLatin1Char('(') + f.sql + QLatin1Char(')');
    if (keyset) {
        // A row value comparison: SQLite seeks an index on (sort, id) to it.
        conditions << QStringLiteral("(%1, %2) %3 (?, ?)")
                          .arg(sortExpr(), m_spec.idExpr,
                               descending ? QStringLiteral("<") : QStringLiteral(">"));
    }
    return QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %2%5, %1%5 LIMIT ? OFFSET ?")
        .arg(m_spec.idExpr, sortExpr(), m_spec.idFrom,
             conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND ")),
             dir);
}

int TableQuery::bindFilters(Statement &q) const
{
    int index = 0;
    for (const TableFilter &f : m_filters) {
        for (const QVariant &v : f.binds)
            bindValue(q, ++index, v);
    }
    return index;
}

qint64 TableQuery::count(Database &db) const
{
    QStringList conditions;
    for (const TableFilter &f : m_filters)
        conditions << QLatin1Char('(') + f.sql + QLatin1Char(')');
    const QString sql =
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
            .arg(m_spec.idFrom, conditions.isEmpty() ? QStringLiteral("1")
                                                     : conditions.join(QStringLiteral(" AND ")));
    Statement q = db.prepare(utf8(sql));
    bindFilters(q);
    return q.step() ? q.int64(0) : 0;
}

std::vector<TableRow> TableQuery::page(Database &db, const std::optional<Anchor> &anchor,
                                       bool backwards, qint64 offset, int limit) const
{
    const bool keyset = anchor && !anchor->sortKey.isNull();
    Statement q = db.prepare(utf8(idSql(keyset, backwards)));
    int index = bindFilters(q);
    if (keyset) {
        bindValue(q, ++index, anchor->sortKey);
        q.bind(++index, anchor->id);
    }
    q.bind(++index, qint64(limit));
    q.bind(++index, std::max<qint64>(0, offset));
    std::vector<qint64> ids;
    ids.reserve(size_t(limit));
    while (q.step())
        ids.push_back(q.int64(0));
    if (backwards)
        std::reverse(ids.begin(), ids.end());
    return rowsFor(db, ids);
}

QString TableQuery::columnList() const
{
    QStringList columns{m_spec.idExpr, sortExpr(), m_spec.storeExpr,
                        m_spec.currencyExpr.isEmpty() ? QStringLiteral("NULL")
                                                      : m_spec.currencyExpr};
    for (const TableColumn &c : m_spec.columns)
        columns << c.expr;
    return columns.join(QStringLiteral(", "));
}

TableRow TableQuery::readRow(const Statement &q) const
{
    TableRow row;
    row.id = q.int64(0);
    row.sortKey = valueAt(q, 1);
    row.storeId = q.int64(2);
    row.currency = q.text(3);
    row.values.reserve(m_spec.columns.size());
    for (qsizetype c = 0; c < m_spec.columns.size(); ++c)
        row.values << valueAt(q, 4 + int(c));
    return row;
}

std::vector<TableRow> TableQuery::rowsFor(Database &db, const std::vector<qint64> &ids) const
{
    QHash<qint64, TableRow> byId;
    byId.reserve(qsizetype(ids.size()));
    // SQLite takes at most 999 parameters per statement.
    constexpr size_t kChunk = 500;
    for (size_t start = 0; start < ids.size(); start += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - start);
        QStringList marks;
        marks.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        const QString sql =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                .arg(columnList(), m_spec.from, m_spec.idExpr, marks.join(QLatin1Char(',')));
        Statement q = db.prepare(utf8(sql));
        for (size_t i = 0; i < n; ++i)
            q.bind(int(i) + 1, ids[start + i]);
        while (q.step()) {
            TableRow row = readRow(q);
            byId.insert(row.id, std::move(row));
        }
    }
    std::vector<TableRow> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.push_back(std::move(*it));
    }
    return rows;
}

void TableQuery::forEach(Database &db, int batch,
                         const std::function<bool(const std::vector<TableRow> &)> &sink) const
{
    // One pass in order: the sort's index drives the scan, rows stream out.
    QStringList conditions;
    for (const TableFilter &f : m_filters)
        conditions << QLatin1Char('(') + f.sql + QLatin1Char(')');
    const QString dir =
        m_order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4%5, %6%5")
                            .arg(columnList(), m_spec.from,
                                 conditions.isEmpty() ? QStringLiteral("1")
                                                      : conditions.join(QStringLiteral(" AND ")),
                                 sortExpr(), dir, m_spec.idExpr);
    Transaction snapshot(db, Transaction::Kind::Deferred);
    Statement q = db.prepare(utf8(sql));
    bindFilters(q);
    std::vector<TableRow> rows;
    rows.reserve(size_t(batch));
    while (q.step()) {
        rows.push_back(readRow(q));
        if (int(rows.size()) == batch) {
            if (!sink(rows))
                return;
            rows.clear();
        }
    }
    if (!rows.empty())
        sink(rows);
}

} // namespace storelens
