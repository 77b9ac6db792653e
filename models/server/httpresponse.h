// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/storeerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Flowdesk::Server {

/// One HTTP response. The factories give MLflow's shapes: JSON answers, JSON error bodies
/// `{"error_code", "message"}`, and Flask's HTML pages for unknown routes and wrong methods.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse error(const Store::StoreError &error);
    static HttpResponse error(Store::ErrorCode code, const QString &message);
    static HttpResponse text(int status,
                             const QByteArray &body,
                             const QByteArray &contentType = "text/html; charset=utf-8");
    static HttpResponse notFound();
    static HttpResponse methodNotAllowed();
    static HttpResponse unauthorized(const QByteArray &challenge);

    HttpResponse withStatus(int newStatus) const
    {
        HttpResponse copy = *this;
        copy.status = newStatus;
        return copy;
    }

    /// Status line, headers and body. `keepAlive` decides the Connection header.
    QByteArray serialize(bool keepAlive) const;
};

} // namespace Flowdesk::Server
