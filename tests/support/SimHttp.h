#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace storelens::test {

// One HTTP exchange as a test sees it.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

// Talks to a simulated store over real HTTP on loopback, blocking with a
// local event loop (the simulator runs on its own thread).
class SimHttp
{
public:
    SimHttp(QUrl base, QByteArray token, QByteArray apiVersion = "2026-10");

    void setToken(const QByteArray &token) { m_token = token; }
    void setApiVersion(const QByteArray &v) { m_version = v; }
    HttpResult post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResult get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResult graphql(const QByteArray &query, const QJsonObject &variables = {});
    // The parsed body of a GraphQL answer (fails the test on a non-200 answer).
    QJsonObject gql(const QByteArray &query, const QJsonObject &variables = {});

private:
    HttpResult run(QNetworkReply *reply);
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
    QByteArray m_version;
};

// A connector document as the connector sends it: the operation file plus the
// fragment files it references (transitively), concatenated.
QByteArray connectorDocument(const QString &operationFile);
// The number of a Shopify gid, exactly (never through a double); -1 if not a gid.
qint64 gidNumber(const QJsonValue &gid);
// A Decimal or Money string in minor units, exactly; fails on more digits.
qint64 minorUnits(const QJsonValue &decimal, int exponent = 2);
// An ISO 8601 DateTime in UTC ms; 0 for null.
qint64 isoMs(const QJsonValue &time);
// An ISO 8601 DateTime as Shopify writes it, for search filters.
QByteArray isoTime(qint64 ms);

} // namespace storelens::test
