#pragma once

#include "HttpConnection.h"

#include <QObject>

class QTcpServer;

namespace storelens::sim {

// A small HTTP/1.1 server bound to 127.0.0.1 only. Lives in the thread that
// creates it; the handler runs there.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(HttpConnection::Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;
    // port 0 = any free port.
    bool listen(quint16 port, QString *error);
    quint16 port() const;
    void close();

private:
    void onNewConnection();
    QTcpServer *m_server;
    HttpConnection::Handler m_handler;
};

} // namespace storelens::sim
