#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace storelens::sim {

namespace {
constexpr qint64 MaxHeaderBytes = 64 * 1024;
constexpr qint64 MaxBodyBytes = 64 * 1024 * 1024;
constexpr qint64 ChunkBytes = 256 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // Headers and body go out in separate writes; without this, Nagle's
    // algorithm and delayed ACKs stall every response by ~40 ms.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::fail(int status)
{
    HttpResponse r;
    r.status = status;
    r.body = "{\"errors\":\"" + HttpResponse::reason(status) + "\"}";
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    m_closeAfter = true;
    send(r);
}

void HttpConnection::processBuffer()
{
    if (m_busy)
        return;
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            fail(413);
        return;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    HttpRequest req;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3) {
        fail(400);
        return;
    }
    req.method = requestLine[0];
    req.target = requestLine[1];
    req.version = requestLine[2];
    const qsizetype q = req.target.indexOf('?');
    req.path = q < 0 ? req.target : req.target.left(q);
    req.query = q < 0 ? QByteArray() : req.target.mid(q + 1);
    for (int i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        req.headers.insert(lines[i].left(colon).trimmed().toLower(),
                           lines[i].mid(colon + 1).trimmed());
    }
    if (req.headers.contains("transfer-encoding")) {
        fail(411); // chunked request bodies are not needed by any client here
        return;
    }
    bool ok = true;
    const qint64 length = req.headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0 || length > MaxBodyBytes) {
        fail(ok ? 413 : 400);
        return;
    }
    if (m_buffer.size() < end + 4 + length) {
        // curl and others wait for this before sending a larger body.
        if (req.header("expect").toLower() == "100-continue" && !m_continued) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continued = true;
        }
        return; // body not complete yet
    }
    m_continued = false;
    req.body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    const QByteArray connection = req.header("connection").toLower();
    m_closeAfter =
        connection == "close" || (req.version == "HTTP/1.0" && connection != "keep-alive");
    m_busy = true;
    send(m_handler(req));
}

void HttpConnection::send(HttpResponse response)
{
    m_busy = true;
    m_response = std::move(response);
    if (m_response.delayMs > 0) {
        const int delay = m_response.delayMs;
        m_response.delayMs = 0;
        QTimer::singleShot(delay, this, &HttpConnection::startSending);
        return;
    }
    startSending();
}

void HttpConnection::resetConnection()
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger l = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    m_socket->abort();
    deleteLater();
}

void HttpConnection::startSending()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    if (m_response.fault == HttpResponse::Fault::ResetBeforeResponse) {
        resetConnection();
        return;
    }
    const qint64 length = m_response.contentLength();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + " " +
                      HttpResponse::reason(m_response.status) + "\r\n";
    m_response.setHeader("Content-Length", QByteArray::number(length));
    m_response.setHeader("Date", QLocale::c()
                                     .toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                     .toLatin1());
    m_response.setHeader("Connection", m_closeAfter ? "close" : "keep-alive");
    for (const auto &h : m_response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (m_response.headOnly) {
        finishResponse();
        return;
    }
    m_remaining = length;
    m_sendLimit = -1;
    m_faultPending = m_response.fault != HttpResponse::Fault::None;
    if (m_faultPending)
        m_sendLimit = length / 2;
    if (!m_response.filePath.isEmpty()) {
        m_file = std::make_unique<QFile>(m_response.filePath);
        if (!m_file->open(QIODevice::ReadOnly) || !m_file->seek(m_response.fileOffset)) {
            resetConnection();
            return;
        }
    }
    pump();
}

void HttpConnection::pump()
{
    if (!m_busy)
        return;
    while (m_remaining > 0 && m_socket->bytesToWrite() < ChunkBytes) {
        qint64 n = std::min(m_remaining, ChunkBytes);
        if (m_sendLimit >= 0)
            n = std::min(n, m_sendLimit - (m_response.contentLength() - m_remaining));
        if (n <= 0)
            break;
        QByteArray chunk;
        if (m_file) {
            chunk = m_file->read(n);
            if (chunk.isEmpty()) {
                resetConnection();
                return;
            }
        } else {
            chunk = m_response.body.mid(m_response.contentLength() - m_remaining, n);
        }
        m_socket->write(chunk);
        m_remaining -= chunk.size();
    }
    if (m_socket->bytesToWrite() > 0)
        return;
    const bool reachedLimit =
        m_faultPending && m_response.contentLength() - m_remaining >= m_sendLimit;
    if (reachedLimit) {
        m_faultPending = false;
        if (m_response.fault == HttpResponse::Fault::ResetMidResponse) {
            // Let the partial body reach the client before the reset.
            QTimer::singleShot(30, this, &HttpConnection::resetConnection);
        } else {
            m_busy = false;
            m_socket->disconnectFromHost();
        }
        return;
    }
    if (m_remaining == 0)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    m_file.reset();
    m_busy = false;
    m_response = HttpResponse();
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

} // namespace storelens::sim
