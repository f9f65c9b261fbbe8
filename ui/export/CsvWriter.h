#pragma once

#include "model/Store.h"
#include "models/TableRow.h"
#include "models/TableSpec.h"

#include <QHash>
#include <QIODevice>
#include <QTimeZone>

namespace storelens {

// Writes table rows as CSV (RFC 4180, UTF-8, comma, CRLF) for spreadsheets
// and scripts: money as plain decimals with a currency column, times in ISO
// 8601 with the shop's UTC offset, statuses in words. Text that a spreadsheet
// would run as a formula is quoted with a leading apostrophe.
class CsvWriter
{
public:
    CsvWriter(const TableSpec &spec, const QList<Store> &stores);

    QByteArray header() const;
    QByteArray row(const TableRow &row) const;

    static QByteArray escape(const QString &field, bool guardFormula);

private:
    const TableSpec &m_spec;
    QHash<qint64, QString> m_storeNames;
    QHash<qint64, QTimeZone> m_zones;
    bool m_hasMoney = false;
};

} // namespace storelens
