// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

// Test helper: blocking HTTP requests against a test server. Requests go through
// QNetworkAccessManager; a POST without Content-Type goes over a plain socket, because
// QNetworkAccessManager would invent one.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Flowdesk::TestSupport {

struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-case
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first == name.toLower())
                return h.second;
        }
        return {};
    }

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base)
        : m_base(std::move(base))
    {}

    /// `pathAndQuery` like "/api/2.0/mlflow/runs/get?run_id=...", sent as is.
    HttpReply send(const QByteArray &method,
                   const QByteArray &pathAndQuery,
                   const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        bool hasContentType = false;
        for (const auto &h : headers)
            hasContentType |= h.first.toLower() == "content-type";
        if (method == "POST" && !hasContentType)
            return sendRaw(method, pathAndQuery, body, headers);
        QNetworkRequest request(QUrl::fromEncoded(m_base.toEncoded() + pathAndQuery));
        request.setTransferTimeout(60000);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = nullptr;
        if (method == "GET" && body.isEmpty())
            reply = m_manager.get(request);
        else
            reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.append({pair.first.toLower(), pair.second});
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    HttpReply postJson(const QByteArray &path, const QJsonObject &body)
    {
        return send("POST",
                    path,
                    QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}});
    }

    HttpReply get(const QByteArray &pathAndQuery) { return send("GET", pathAndQuery); }

    /// One request on its own connection, written byte for byte.
    HttpReply sendRaw(const QByteArray &method,
                      const QByteArray &pathAndQuery,
                      const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), quint16(m_base.port()));
        HttpReply result;
        if (!socket.waitForConnected(10000))
            return result;
        QByteArray request = method + ' ' + pathAndQuery
            + " HTTP/1.1\r\nHost: " + m_base.host().toUtf8() + "\r\nConnection: close\r\n";
        for (const auto &h : headers)
            request += h.first + ": " + h.second + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket.write(request);
        QByteArray response;
        while (socket.waitForReadyRead(10000))
            response += socket.readAll();
        response += socket.readAll();
        return parse(response);
    }

    static HttpReply parse(const QByteArray &response)
    {
        HttpReply result;
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            return result;
        const QList<QByteArray> lines = response.left(end).split('\n');
        result.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                result.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        }
        result.body = response.mid(end + 4);
        return result;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

} // namespace Flowdesk::TestSupport
