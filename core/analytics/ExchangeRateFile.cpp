#include "ExchangeRateFile.h"

#include "model/Money.h"

#include <QRegularExpression>

namespace storelens {

ExchangeRateFile::Result ExchangeRateFile::parse(const QByteArray &content)
{
    Result result;
    static const QRegularExpression separator(QStringLiteral("[,;\\t]"));
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(separator);
        for (QString &f : fields)
            f = f.trimmed();
        if (i == 0 && fields.value(0).compare(QLatin1String("base"), Qt::CaseInsensitive) == 0)
            continue;
        const int lineNumber = int(i) + 1;
        if (fields.size() != 3) {
            result.errors << tr("line %1: expected BASE,QUOTE,RATE").arg(lineNumber);
            continue;
        }
        const QString base = fields[0].toUpper();
        const QString quote = fields[1].toUpper();
        if (!Money::isCurrencyCode(base) || !Money::isCurrencyCode(quote) || base == quote) {
            result.errors << tr("line %1: \"%2\" and \"%3\" are not two different ISO 4217 "
                                "currency codes")
                                 .arg(lineNumber)
                                 .arg(fields[0], fields[1]);
            continue;
        }
        QString why;
        const auto rate = ExchangeRate::parse(fields[2], &why);
        if (!rate) {
            result.errors << tr("line %1: %2").arg(lineNumber).arg(why);
            continue;
        }
        result.entries.push_back({base, quote, *rate});
    }
    if (!result.ok())
        result.entries.clear();
    return result;
}

} // namespace storelens
