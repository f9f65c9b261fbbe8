#include "CsvWriter.h"

#include "model/Money.h"
#include "models/StatusText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace storelens {

CsvWriter::CsvWriter(const TableSpec &spec, const QList<Store> &stores)
    : m_spec(spec)
{
    for (const Store &s : stores) {
        m_storeNames.insert(s.id, s.name);
        const QTimeZone zone(s.timezone.toUtf8());
        m_zones.insert(s.id, zone.isValid() ? zone : QTimeZone::utc());
    }
    for (const TableColumn &c : spec.columns)
        m_hasMoney = m_hasMoney || c.kind == TableColumn::Kind::Money;
}

QByteArray CsvWriter::escape(const QString &field, bool guardFormula)
{
    QString text = field;
    if (guardFormula && !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

QByteArray CsvWriter::header() const
{
    QByteArrayList fields;
    for (const TableColumn &c : m_spec.columns)
        fields << escape(c.title, true);
    if (m_hasMoney)
        fields << escape(QCoreApplication::translate("CsvWriter", "Currency"), true);
    return fields.join(',') + "\r\n";
}

QByteArray CsvWriter::row(const TableRow &row) const
{
    QByteArrayList fields;
    for (qsizetype i = 0; i < m_spec.columns.size(); ++i) {
        const TableColumn &c = m_spec.columns[i];
        const QVariant &v = row.values.value(i);
        if (v.isNull()) {
            fields << QByteArray();
            continue;
        }
        switch (c.kind) {
        case TableColumn::Kind::Money:
            fields << Money::toDecimalString(v.toLongLong(), row.currency).toUtf8();
            break;
        case TableColumn::Kind::Integer:
            fields << QByteArray::number(v.toLongLong());
            break;
        case TableColumn::Kind::DateTime:
            fields << QDateTime::fromMSecsSinceEpoch(v.toLongLong(),
                                                     m_zones.value(row.storeId, QTimeZone::utc()))
                          .toString(Qt::ISODate)
                          .toUtf8();
            break;
        case TableColumn::Kind::Status:
            fields << escape(StatusText::label(v.toString()), true);
            break;
        case TableColumn::Kind::Channel:
            fields << escape(StatusText::channel(v.toString()), true);
            break;
        case TableColumn::Kind::Store:
            fields << escape(m_storeNames.value(v.toLongLong()), true);
            break;
        case TableColumn::Kind::Id:
            fields << escape(v.toString(), false);
            break;
        case TableColumn::Kind::Text:
            fields << escape(v.toString(), true);
            break;
        }
    }
    if (m_hasMoney)
        fields << escape(row.currency, true);
    return fields.join(',') + "\r\n";
}

} // namespace storelens
