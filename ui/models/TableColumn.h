#pragma once

#include <QString>

namespace storelens {

// One column of a data table: how it is read from SQL and shown.
struct TableColumn
{
    enum class Kind
    {
        Text,
        Integer,  // a count or quantity
        Money,    // minor units in the row's currency
        DateTime, // UTC ms, shown in the shop's time zone
        Status,   // a platform status word, shown in words
        Id,       // a platform id, shown as it is
        Store,    // a store id, shown as the store's name
        Channel   // an order's source name, shown as the sales channel
    };

    QString key;   // stable name, for settings and CSV
    QString title; // translated header
    QString expr;  // SQL expression over the table's FROM clause
    // What rows are ordered by when sorting by this column, over the bare
    // table of the id query (TableSpec::idFrom); `expr` when empty.
    QString sortExpr;
    Kind kind = Kind::Text;
    // Sortable only where an index (or a small table) makes every window of
    // rows cheap to read in that order.
    bool sortable = false;
    // Nullable sort values page by offset instead of by key.
    bool nullable = true;
    // For short text of a known length (codes, order names): its width in
    // average characters, kept whatever the table's width. 0 chooses by kind:
    // free text is sized to the first rows' content and gives way (elided)
    // when the table is narrow, as statuses do; amounts, dates and counts
    // keep the width of their widest plausible value.
    int widthChars = 0;

    QString orderExpr() const { return sortExpr.isEmpty() ? expr : sortExpr; }
};

} // namespace storelens
