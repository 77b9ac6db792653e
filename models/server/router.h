// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/mlflow/requestreader.h"
#include "models/server/httprequest.h"
#include "models/server/httpresponse.h"

#include <QByteArrayList>
#include <QHash>
#include <QJsonObject>

#include <functional>

class QMutex;

namespace Flowdesk::Server {

/// Maps method + path to handlers the way MLflow's Flask app does: every REST endpoint under
/// /api/2.0/mlflow/ and /ajax-api/2.0/mlflow/, MLflow's Content-Type rule for POST bodies,
/// MLflow's JSON errors for a StoreError, Flask's HTML pages for unknown paths (404) and
/// wrong methods (405). Handlers of Access::Write routes run under the shared write lock, so
/// that the threads of one server queue for SQLite's single writer instead of polling it.
class Router final
{
public:
    enum class Access { Read, Write };
    using JsonHandler = std::function<QJsonObject(const Mlflow::RequestReader &)>;
    using RawHandler = std::function<HttpResponse(const HttpRequest &)>;

    explicit Router(QMutex *writeLock);

    /// `endpoint` like "experiments/create", served under both API prefixes.
    void addEndpoint(const QString &endpoint,
                     const QByteArrayList &methods,
                     Access access,
                     JsonHandler handler);
    /// An exact path, e.g. "/health".
    void
    addPath(const QString &path, const QByteArrayList &methods, Access access, RawHandler handler);
    /// Every path below `prefix` (e.g. "/api/2.0/mlflow-artifacts/artifacts/").
    void addPrefix(const QString &prefix,
                   const QByteArrayList &methods,
                   Access access,
                   RawHandler handler);

    /// Whether the request changed the store (a successful Write route).
    HttpResponse dispatch(const HttpRequest &request, bool *wroteStore = nullptr) const;

    /// The reader for a JSON API request: the query string of a GET, the JSON body otherwise.
    static Mlflow::RequestReader readerFor(const HttpRequest &request);

private:
    struct Route
    {
        QByteArrayList methods;
        Access access = Access::Read;
        RawHandler raw;
        JsonHandler json;
    };

    HttpResponse run(const Route &route, const HttpRequest &request, bool *wroteStore) const;

    QMutex *m_writeLock = nullptr;
    QHash<QString, QList<Route>> m_paths;
    QList<QPair<QString, Route>> m_prefixes;
};

} // namespace Flowdesk::Server
