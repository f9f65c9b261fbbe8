#pragma once

#include "RetryPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <atomic>
#include <functional>

class QNetworkAccessManager;

namespace storelens {

// Downloads a (possibly large) file over HTTP, handing chunks to a writer as
// they arrive and resuming with a Range request after a dropped connection or
// a body cut short. Blocking; runs on its own thread (it spins a local event
// loop for its QNetworkAccessManager).
class HttpDownloader
{
    Q_DECLARE_TR_FUNCTIONS(HttpDownloader)
public:
    enum class Result
    {
        Complete,
        Gone,
        Failed,
        WriteFailed,
        Cancelled
    };

    struct Target
    {
        // Bytes already held from an earlier attempt: the download resumes there.
        std::function<qint64()> size;
        // Appends a chunk; false when it could not be stored (disk full).
        std::function<bool(const QByteArray &)> append;
        // The server ignored the range: forget what is held.
        std::function<bool()> reset;
    };

    explicit HttpDownloader(QNetworkAccessManager &network, RetryPolicy policy = RetryPolicy());

    Result download(const QUrl &url, const Target &target);
    void cancel() { m_cancelled = true; }
    QString errorString() const { return m_error; }
    int retries() const { return m_retries; }
    qint64 totalSize() const { return m_total; }

private:
    QNetworkAccessManager &m_network;
    RetryPolicy m_policy;
    std::atomic<bool> m_cancelled{false};
    QString m_error;
    int m_retries = 0;
    qint64 m_total = -1;
};

} // namespace storelens
