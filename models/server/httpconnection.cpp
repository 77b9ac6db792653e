// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/httpconnection.h"

#include <QTcpSocket>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr int IdleTimeoutMs = 120 * 1000;
// Past this much beyond the limit a client is not worth reading to the end: answer and close.
constexpr qint64 MaxDiscardBytes = 64 * 1024 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket,
                               Handler handler,
                               BodyLimit bodyLimit,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_bodyLimit(std::move(bodyLimit))
{
    m_socket->setParent(this);
    m_request.peer = m_socket->peerAddress().toString();
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::close);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finished);
    m_idleTimer.start();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::close()
{
    m_state = State::Closing;
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        emit finished();
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closing) {
        m_socket->readAll();
        return;
    }
    m_buffer += m_socket->readAll();
    m_idleTimer.start();
    processBuffer();
}

void HttpConnection::resetRequest()
{
    const QString peer = m_request.peer;
    m_request = HttpRequest();
    m_request.peer = peer;
    m_bodyRemaining = 0;
    m_bodySeen = 0;
    m_bodyTooLarge = false;
    m_state = State::Headers;
}

void HttpConnection::processBuffer()
{
    while (m_state != State::Closing) {
        if (m_state == State::Headers) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > MaxHeaderBytes)
                    fail(431, "Request header fields too large");
                return;
            }
            if (end > MaxHeaderBytes) {
                fail(431, "Request header fields too large");
                return;
            }
            if (!parseHeaders(end))
                return;
            continue;
        }
        if (m_state == State::Chunked) {
            if (!readChunks())
                return;
            completeRequest();
            continue;
        }
        // State::Body
        const qint64 take = qMin<qint64>(m_bodyRemaining, m_buffer.size());
        if (!m_bodyTooLarge)
            m_request.body += m_buffer.left(take);
        m_buffer.remove(0, take);
        m_bodyRemaining -= take;
        if (m_bodyRemaining > 0)
            return;
        completeRequest();
    }
}

bool HttpConnection::parseHeaders(qsizetype headerEnd)
{
    const QByteArray head = m_buffer.left(headerEnd);
    m_buffer.remove(0, headerEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "Malformed request line");
        return false;
    }
    m_request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    m_request.rawPath = question < 0 ? target : target.left(question);
    m_request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    m_request.path = QUrl::fromPercentEncoding(m_request.rawPath);
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    m_keepAlive = !http10;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "Malformed header line");
            return false;
        }
        m_request.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;

    m_bodyLimitBytes = m_bodyLimit(m_request.method, m_request.path);
    const bool chunked = m_request.header("transfer-encoding").toLower().contains("chunked");
    qint64 length = 0;
    if (!chunked && m_request.hasHeader("content-length")) {
        bool ok = false;
        length = m_request.header("content-length").toLongLong(&ok);
        if (!ok || length < 0) {
            fail(400, "Invalid Content-Length");
            return false;
        }
    }
    m_bodyTooLarge = length > m_bodyLimitBytes;
    if (m_bodyTooLarge && length > m_bodyLimitBytes + MaxDiscardBytes) {
        m_keepAlive = false;
        completeRequest();
        return false;
    }
    if (m_request.header("expect").toLower() == "100-continue") {
        if (m_bodyTooLarge) {
            // The client has not sent the body yet: refuse now and drop the connection.
            m_keepAlive = false;
            completeRequest();
            return false;
        }
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (chunked) {
        m_state = State::Chunked;
    } else {
        m_bodyRemaining = length;
        m_state = State::Body;
    }
    return true;
}

bool HttpConnection::readChunks()
{
    forever {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0) {
            if (m_buffer.size() > 1024)
                fail(400, "Malformed chunk");
            return false;
        }
        const QByteArray sizeText = m_buffer.left(lineEnd).split(';').first().trimmed();
        bool ok = false;
        const qint64 size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(400, "Malformed chunk");
            return false;
        }
        if (size == 0) {
            // Last chunk; optional trailers end with an empty line.
            if (m_buffer.size() < lineEnd + 4)
                return false;
            const qsizetype end = m_buffer.mid(lineEnd, 4) == "\r\n\r\n"
                ? lineEnd
                : m_buffer.indexOf("\r\n\r\n", lineEnd + 2);
            if (end < 0)
                return false;
            m_buffer.remove(0, end + 4);
            return true;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return false;
        m_bodySeen += size;
        if (m_bodySeen > m_bodyLimitBytes) {
            m_bodyTooLarge = true;
            if (m_bodySeen > m_bodyLimitBytes + MaxDiscardBytes) {
                m_keepAlive = false;
                completeRequest();
                return false;
            }
        }
        if (!m_bodyTooLarge)
            m_request.body += m_buffer.mid(lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

void HttpConnection::completeRequest()
{
    if (m_bodyTooLarge) {
        const QString message =
            u"The request body exceeds the server's limit of %1 bytes."_s.arg(m_bodyLimitBytes);
        respond(
            HttpResponse::error(Store::ErrorCode::InvalidParameterValue, message).withStatus(413),
            m_keepAlive);
    } else {
        respond(m_handler(m_request), m_keepAlive);
    }
    if (m_state != State::Closing)
        resetRequest();
}

void HttpConnection::respond(const HttpResponse &response, bool keepAlive)
{
    m_socket->write(response.serialize(keepAlive));
    if (!keepAlive) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    respond(HttpResponse::text(status, message + '\n', "text/plain; charset=utf-8"), false);
}

} // namespace Flowdesk::Server
