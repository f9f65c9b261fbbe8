#pragma once

#include "HttpMessage.h"

#include <QFile>
#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;

namespace storelens::sim {

// One client connection: reads requests (request line, headers,
// Content-Length bodies), answers them in order with keep-alive, streams file
// bodies in chunks, and plays the faults a response asks for.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent);
    ~HttpConnection() override;

private:
    void onReadyRead();
    void processBuffer();
    void send(HttpResponse response);
    void startSending();
    void pump();
    void finishResponse();
    void resetConnection();
    void fail(int status);

    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfter = false;
    // The response in flight.
    HttpResponse m_response;
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining = 0;  // body bytes still to send
    qint64 m_sendLimit = -1; // for partial faults: body bytes to send before failing
    bool m_faultPending = false;
    bool m_continued = false; // 100 Continue sent for the request being read
};

} // namespace storelens::sim
