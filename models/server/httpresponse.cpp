// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/httpresponse.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Request Entity Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(const Store::StoreError &error)
{
    return HttpResponse::error(error.code(), error.message());
}

HttpResponse HttpResponse::error(Store::ErrorCode code, const QString &message)
{
    return json({{u"error_code"_s, Store::errorCodeName(code)}, {u"message"_s, message}},
                Store::httpStatusFor(code));
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

// Flask's pages, byte for byte: clients written against MLflow see the same thing.
HttpResponse HttpResponse::notFound()
{
    return text(
        404,
        "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
        "<p>The requested URL was not found on the server. If you entered the URL manually "
        "please check your spelling and try again.</p>\n");
}

HttpResponse HttpResponse::methodNotAllowed()
{
    return text(405,
                "<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n"
                "<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested "
                "URL.</p>\n");
}

HttpResponse HttpResponse::unauthorized(const QByteArray &challenge)
{
    HttpResponse response = text(401,
                                 "You are not authenticated. Please see "
                                 "https://www.mlflow.org/docs/latest/auth/index.html"
                                 "#authenticating-to-mlflow on how to authenticate.");
    response.headers.append({QByteArray("WWW-Authenticate"), challenge});
    return response;
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Server: Flowdesk\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += body;
    return out;
}

} // namespace Flowdesk::Server
