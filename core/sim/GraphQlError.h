#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <utility>

namespace storelens::sim {

// One entry of a GraphQL response's `errors`, shaped as Shopify (graphql-ruby)
// shapes them: message, locations, path and extensions (with a code).
struct GqlError
{
    QByteArray message;
    QList<std::pair<int, int>> locations;
    QList<QJsonValue> path;
    QJsonObject extensions;

    static GqlError make(const QByteArray &message, const QByteArray &code, int line = 0,
                         int column = 0)
    {
        GqlError e;
        e.message = message;
        if (line > 0)
            e.locations.append({line, column});
        if (!code.isEmpty())
            e.extensions.insert(QStringLiteral("code"), QString::fromUtf8(code));
        return e;
    }
    GqlError &with(const char *key, const QJsonValue &value)
    {
        extensions.insert(QString::fromLatin1(key), value);
        return *this;
    }
};

} // namespace storelens::sim
