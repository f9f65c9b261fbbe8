#include "HttpDownloader.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace storelens {

namespace {
constexpr int kTransferTimeoutMs = 120'000;
constexpr qint64 kReadBufferBytes = 1 << 20;
} // namespace

HttpDownloader::HttpDownloader(QNetworkAccessManager &network, RetryPolicy policy)
    : m_network(network)
    , m_policy(policy)
{}

HttpDownloader::Result HttpDownloader::download(const QUrl &url, const Target &target)
{
    int failures = 0;
    for (;;) {
        if (m_cancelled)
            return Result::Cancelled;
        const qint64 have = target.size();
        QNetworkRequest request(url);
        if (have > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
        request.setTransferTimeout(kTransferTimeoutMs);
        QNetworkReply *reply = m_network.get(request);
        // Without a bound, Qt reads the whole body into memory as fast as the
        // network gives it, whatever the writer keeps up with.
        reply->setReadBufferSize(kReadBufferBytes);
        bool writeFailed = false;
        QEventLoop loop;
        QTimer cancelPoll;
        QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
            if (m_cancelled)
                reply->abort();
        });
        cancelPoll.start(100);
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200 && have > 0 && !target.reset())
                writeFailed = true;
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > 0)
                m_total = length + (status == 206 ? have : 0);
        });
        auto drain = [&] {
            if (!reply->isOpen())
                return; // aborted (cancelled, or the disk is full): nothing more to read
            const QByteArray chunk = reply->readAll();
            if (!chunk.isEmpty() && !writeFailed && !target.append(chunk)) {
                writeFailed = true;
                reply->abort();
            }
        };
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, drain);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        drain();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        m_error = QStringLiteral("%1 (HTTP %2)").arg(reply->errorString()).arg(status);
        reply->deleteLater();
        if (writeFailed)
            return Result::WriteFailed;
        if (m_cancelled)
            return Result::Cancelled;
        const bool whole = m_total < 0 || target.size() >= m_total;
        if (error == QNetworkReply::NoError && (status == 200 || status == 206) && whole)
            return Result::Complete;
        if (status == 416 && have > 0)
            return Result::Complete; // nothing left to send
        if (status == 403 || status == 404 || status == 410)
            return Result::Gone; // an expired or withdrawn export
        ++failures;
        if (!m_policy.canRetry(failures))
            return Result::Failed;
        ++m_retries;
        QEventLoop wait;
        QTimer::singleShot(m_policy.delayMs(failures), &wait, &QEventLoop::quit);
        wait.exec();
    }
}

} // namespace storelens
