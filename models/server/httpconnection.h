// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/server/httprequest.h"
#include "models/server/httpresponse.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace Flowdesk::Server {

/// One client connection: reads HTTP/1.1 requests (Content-Length or chunked bodies, pipelined,
/// keep-alive, `Expect: 100-continue`), hands each complete request to the handler and writes
/// the answer. Bodies over the limit are read and dropped, then answered with 413, so that
/// nothing oversized is ever held in memory.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /// The largest body accepted for a request (method, decoded path).
    using BodyLimit = std::function<qint64(const QByteArray &, const QString &)>;

    HttpConnection(QTcpSocket *socket,
                   Handler handler,
                   BodyLimit bodyLimit,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    void close();

signals:
    void finished();

private:
    enum class State { Headers, Body, Chunked, Closing };

    void onReadyRead();
    void processBuffer();
    bool parseHeaders(qsizetype headerEnd);
    bool readChunks();
    void completeRequest();
    void respond(const HttpResponse &response, bool keepAlive);
    void fail(int status, const QByteArray &message);
    void resetRequest();

    QTcpSocket *m_socket = nullptr;
    Handler m_handler;
    BodyLimit m_bodyLimit;
    QTimer m_idleTimer;
    QByteArray m_buffer;
    State m_state = State::Headers;
    HttpRequest m_request;
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyLimitBytes = 0;
    qint64 m_bodySeen = 0;
    bool m_bodyTooLarge = false;
    bool m_keepAlive = true;
};

} // namespace Flowdesk::Server
