// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

// Test helper: one keep-alive HTTP/1.1 connection that sends a list of requests one after the
// other, driven by the event loop, and records each answer's status, body and latency. Many of
// them run side by side for concurrency tests and the server benchmark.

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace Flowdesk::TestSupport {

class LoadConnection : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
    };

    struct Answer
    {
        int status = 0;
        QByteArray body;
        qint64 nanoseconds = 0;
    };

    LoadConnection(const QUrl &server, QList<Request> requests, QObject *parent = nullptr)
        : QObject(parent)
        , m_server(server)
        , m_requests(std::move(requests))
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, this, [this] {
            sendNext();
        });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            onReadyRead();
        });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (!isDone()) {
                m_error = m_socket.errorString();
                m_done = true;
            }
        });
    }

    void start()
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(m_server.host(), quint16(m_server.port()));
    }

    bool isDone() const { return m_done; }

    QString error() const { return m_error; }

    const QList<Answer> &answers() const { return m_answers; }

private:
    void sendNext()
    {
        if (m_answers.size() == m_requests.size()) {
            m_done = true;
            m_socket.disconnectFromHost();
            return;
        }
        const Request &r = m_requests.at(m_answers.size());
        QByteArray data = r.method + ' ' + r.path + " HTTP/1.1\r\nHost: " + m_server.host().toUtf8()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body;
        m_timer.start();
        m_socket.write(data);
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        forever {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            Answer answer;
            answer.status = head.split(' ').value(1).toInt();
            answer.body = m_buffer.mid(end + 4, length);
            answer.nanoseconds = m_timer.nsecsElapsed();
            m_buffer.remove(0, end + 4 + length);
            m_answers.append(answer);
            sendNext();
        }
    }

    QUrl m_server;
    QList<Request> m_requests;
    QList<Answer> m_answers;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    QString m_error;
    bool m_done = false;
};

} // namespace Flowdesk::TestSupport
