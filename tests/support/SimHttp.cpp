#include "SimHttp.h"

#include "TestEnvironment.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QTimeZone>

namespace storelens::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SimHttp::SimHttp(QUrl base, QByteArray token, QByteArray apiVersion)
    : m_base(std::move(base))
    , m_token(std::move(token))
    , m_version(std::move(apiVersion))
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

HttpResult SimHttp::run(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

HttpResult SimHttp::post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                         const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setTransferTimeout(60000);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    return run(m_nam.post(req, body));
}

HttpResult SimHttp::get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(60000);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    return run(m_nam.get(req));
}

HttpResult SimHttp::graphql(const QByteArray &query, const QJsonObject &variables)
{
    QJsonObject body{{QStringLiteral("query"), QString::fromUtf8(query)}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    return post(QStringLiteral("/admin/api/%1/graphql.json").arg(QString::fromLatin1(m_version)),
                QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                {{"X-Shopify-Access-Token", m_token}});
}

QJsonObject SimHttp::gql(const QByteArray &query, const QJsonObject &variables)
{
    HttpResult r = graphql(query, variables);
    // Like a well-behaved client: on THROTTLED, wait what throttleStatus says.
    for (int attempt = 0; attempt < 50 && r.status == 200; ++attempt) {
        const QJsonObject o = r.json();
        const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
        if (errors.isEmpty() ||
            errors.first()[QLatin1String("extensions")][QLatin1String("code")].toString() !=
                QLatin1String("THROTTLED"))
            break;
        const QJsonObject cost = o[QLatin1String("extensions")][QLatin1String("cost")].toObject();
        const QJsonObject status = cost[QLatin1String("throttleStatus")].toObject();
        const double missing = cost[QLatin1String("requestedQueryCost")].toDouble() -
                               status[QLatin1String("currentlyAvailable")].toDouble();
        const double rate = status[QLatin1String("restoreRate")].toDouble();
        QThread::msleep(ulong(std::max(1.0, 1000.0 * missing / rate + 1)));
        r = graphql(query, variables);
    }
    if (r.status != 200)
        qWarning("GraphQL answered HTTP %d: %s", r.status, r.body.left(300).constData());
    else if (r.json().contains(QLatin1String("errors")))
        qInfo("GraphQL errors: %s", r.body.left(300).constData());
    return r.json();
}

QByteArray connectorDocument(const QString &operationFile)
{
    const QDir dir(sourcePath(QStringLiteral("core/connectors/shopify/graphql")));
    QHash<QString, QString> fragmentFile;
    static const QRegularExpression fragmentDef(QStringLiteral("fragment\\s+(\\w+)\\s+on"));
    static const QRegularExpression spread(QStringLiteral("\\.\\.\\.\\s*(\\w+)"));
    for (const QString &f : dir.entryList({QStringLiteral("*.graphql")})) {
        QFile file(dir.filePath(f));
        file.open(QIODevice::ReadOnly);
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = fragmentDef.globalMatch(text); it.hasNext();)
            fragmentFile.insert(it.next().captured(1), f);
    }
    auto read = [&](const QString &f) {
        QFile file(dir.filePath(f));
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll());
    };
    QString text = read(operationFile);
    QStringList included{operationFile};
    for (;;) {
        QStringList missing;
        for (auto it = spread.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (name == QLatin1String("on"))
                continue;
            const QString file = fragmentFile.value(name);
            if (!file.isEmpty() && !included.contains(file) && !missing.contains(file))
                missing.append(file);
        }
        if (missing.isEmpty())
            break;
        for (const QString &f : missing) {
            included.append(f);
            text += QLatin1Char('\n') + read(f);
        }
    }
    return text.toUtf8();
}

qint64 gidNumber(const QJsonValue &gid)
{
    const QString s = gid.toString();
    if (!s.startsWith(QLatin1String("gid://shopify/")))
        return -1;
    QString digits = s.mid(s.lastIndexOf(QLatin1Char('/')) + 1);
    digits.truncate(digits.indexOf(QLatin1Char('?')) < 0 ? digits.size()
                                                         : digits.indexOf(QLatin1Char('?')));
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok ? n : -1;
}

qint64 minorUnits(const QJsonValue &decimal, int exponent)
{
    QString s = decimal.toString();
    bool negative = s.startsWith(QLatin1Char('-'));
    if (negative)
        s = s.mid(1);
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? s : s.left(dot);
    QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (frac.size() > exponent)
        qFatal("amount %s has more digits than the currency", qPrintable(decimal.toString()));
    frac += QString(exponent - frac.size(), QLatin1Char('0'));
    const qint64 v = QString(whole + frac).toLongLong();
    return negative ? -v : v;
}

qint64 isoMs(const QJsonValue &time)
{
    if (time.isNull() || time.isUndefined())
        return 0;
    return QDateTime::fromString(time.toString(), Qt::ISODate).toMSecsSinceEpoch();
}

QByteArray isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate).toUtf8();
}

} // namespace storelens::test
