#pragma once

#include <QString>
#include <QVariantList>

namespace storelens {

// One row of a data table as read: its id, its sort key (to page on from
// it), its store and currency, and one raw value per column (qint64, QString
// or null) that the model formats when shown.
struct TableRow
{
    qint64 id = 0;
    QVariant sortKey;
    qint64 storeId = 0;
    QString currency;
    QVariantList values;
};

} // namespace storelens
