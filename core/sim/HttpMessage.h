#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace storelens::sim {

// A parsed HTTP/1.1 request; header names are lower-cased.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray path;
    QByteArray query;
    QByteArray version;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// A response to write: a body in memory or a range of a file streamed in
// chunks, and the misbehaviour to simulate while sending it.
struct HttpResponse
{
    enum class Fault
    {
        None,
        ResetBeforeResponse, // connection reset, nothing sent
        ResetMidResponse,    // headers and part of the body, then reset
        TruncatedBody        // headers and part of the body, then a clean close
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString filePath; // when set, the body is bytes [fileOffset, fileOffset + fileLength)
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    Fault fault = Fault::None;
    int delayMs = 0;
    bool headOnly = false; // HEAD: headers with the body's length, no body
    // Held while the connection sends this response and released once it is
    // sent or abandoned (for counting requests in flight).
    std::shared_ptr<void> inFlight;

    qint64 contentLength() const { return filePath.isEmpty() ? body.size() : fileLength; }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        headers.append({name, value});
    }
    static QByteArray reason(int status);
};

} // namespace storelens::sim
