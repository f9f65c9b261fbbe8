#include "GraphQlDocuments.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace storelens {

namespace {
const QString kDir = QStringLiteral(":/storelens/connectors/shopify/graphql");

QSet<QString> namesMatching(const QRegularExpression &re, const QString &text)
{
    QSet<QString> names;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}
} // namespace

const QHash<QString, QString> &GraphQlDocuments::files()
{
    static const QHash<QString, QString> all = [] {
        QHash<QString, QString> map;
        const QStringList names = QDir(kDir).entryList({QStringLiteral("*.graphql")}, QDir::Files);
        for (const QString &name : names) {
            QFile file(kDir + QLatin1Char('/') + name);
            if (file.open(QIODevice::ReadOnly))
                map.insert(name.chopped(8), QString::fromUtf8(file.readAll()));
        }
        return map;
    }();
    return all;
}

QString GraphQlDocuments::document(const QString &operation)
{
    static const QRegularExpression definedFragment(QStringLiteral(R"(\bfragment\s+(\w+)\s+on\b)"));
    static const QRegularExpression spread(QStringLiteral(R"(\.\.\.\s*(\w+))"));
    const auto &all = files();
    QString text = all.value(operation);
    if (text.isEmpty())
        return {};
    // Add the file defining each fragment that is spread but not yet defined.
    QSet<QString> included{operation};
    for (;;) {
        const QSet<QString> defined = namesMatching(definedFragment, text);
        QSet<QString> missing = namesMatching(spread, text);
        missing.remove(QStringLiteral("on")); // "... on Type" is an inline fragment
        missing.subtract(defined);
        if (missing.isEmpty())
            return text;
        const QString fragment = *missing.begin();
        QString file;
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (!included.contains(it.key()) &&
                namesMatching(definedFragment, it.value()).contains(fragment)) {
                file = it.key();
                break;
            }
        }
        if (file.isEmpty())
            return {}; // a fragment nobody defines: a programming error caught by tests
        included.insert(file);
        text += QLatin1Char('\n') + all.value(file);
    }
}

QStringList GraphQlDocuments::operations()
{
    static const QRegularExpression operation(
        QStringLiteral(R"(^\s*(query|mutation|subscription)\b)"),
        QRegularExpression::MultilineOption);
    QStringList names;
    const auto &all = files();
    for (auto it = all.begin(); it != all.end(); ++it)
        if (operation.match(it.value()).hasMatch())
            names << it.key();
    names.sort();
    return names;
}

QString GraphQlDocuments::bulkOrdersQuery(const QString &filter)
{
    QString text = files().value(QStringLiteral("BulkOrders"));
    if (filter.isEmpty()) // every order: no query argument at all
        return text.replace(QStringLiteral("orders(query: \"QUERY_FILTER\", sortKey: UPDATED_AT)"),
                            QStringLiteral("orders(sortKey: UPDATED_AT)"));
    // Comments are not needed by the server; the filter goes into a string literal.
    QString escaped = filter;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return text.replace(QStringLiteral("QUERY_FILTER"), escaped);
}

} // namespace storelens
