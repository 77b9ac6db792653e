// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/router.h"

#include <QMutex>
#include <QtDebug>

#include <exception>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

using Store::ErrorCode;
using Store::StoreError;

namespace {

const QStringList ApiPrefixes = {u"/api/2.0/mlflow/"_s, u"/ajax-api/2.0/mlflow/"_s};

// MLflow checks the Content-Type of POST bodies only; GET, PATCH and DELETE go unchecked.
void checkContentType(const HttpRequest &request)
{
    if (request.method != "POST")
        return;
    if (!request.hasHeader("content-type")) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Bad Request. Content-Type header is missing."_s);
    }
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type != "application/json") {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Bad Request. Content-Type must be one of ['application/json']."_s);
    }
}

} // namespace

Router::Router(QMutex *writeLock)
    : m_writeLock(writeLock)
{}

Mlflow::RequestReader Router::readerFor(const HttpRequest &request)
{
    if (request.method == "GET" && !request.query.isEmpty())
        return Mlflow::RequestReader::fromQuery(request.query);
    return Mlflow::RequestReader::fromJsonBody(request.body);
}

void Router::addEndpoint(const QString &endpoint,
                         const QByteArrayList &methods,
                         Access access,
                         JsonHandler handler)
{
    for (const QString &prefix : ApiPrefixes)
        m_paths[prefix + endpoint].append({methods, access, {}, handler});
}

void Router::addPath(const QString &path,
                     const QByteArrayList &methods,
                     Access access,
                     RawHandler handler)
{
    m_paths[path].append({methods, access, std::move(handler), {}});
}

void Router::addPrefix(const QString &prefix,
                       const QByteArrayList &methods,
                       Access access,
                       RawHandler handler)
{
    m_prefixes.append({prefix, {methods, access, std::move(handler), {}}});
}

HttpResponse Router::dispatch(const HttpRequest &request, bool *wroteStore) const
{
    if (wroteStore)
        *wroteStore = false;
    const QList<Route> *candidates = nullptr;
    QList<Route> prefixRoutes;
    const auto exact = m_paths.constFind(request.path);
    if (exact != m_paths.cend()) {
        candidates = &exact.value();
    } else {
        for (const auto &[prefix, route] : m_prefixes) {
            if (request.path.startsWith(prefix) && request.path.size() > prefix.size())
                prefixRoutes.append(route);
        }
        if (!prefixRoutes.isEmpty())
            candidates = &prefixRoutes;
    }
    if (!candidates)
        return HttpResponse::notFound();
    for (const Route &route : *candidates) {
        if (route.methods.contains(request.method))
            return run(route, request, wroteStore);
    }
    return HttpResponse::methodNotAllowed();
}

HttpResponse Router::run(const Route &route, const HttpRequest &request, bool *wroteStore) const
{
    try {
        // Parsing happens outside the write lock: only the store work is serialised.
        std::optional<Mlflow::RequestReader> reader;
        if (route.json) {
            checkContentType(request);
            reader = readerFor(request);
        }
        const auto call = [&] {
            return route.json ? HttpResponse::json(route.json(*reader)) : route.raw(request);
        };
        HttpResponse response;
        if (route.access == Access::Write && m_writeLock) {
            const QMutexLocker locker(m_writeLock);
            response = call();
        } else {
            response = call();
        }
        if (wroteStore)
            *wroteStore = route.access == Access::Write && response.status < 300;
        return response;
    } catch (const StoreError &error) {
        return HttpResponse::error(error);
    } catch (const std::exception &error) {
        qWarning("Flowdesk server: %s %s failed: %s",
                 request.method.constData(),
                 qPrintable(request.path),
                 error.what());
        return HttpResponse::error(ErrorCode::InternalError,
                                   u"Internal error: %1"_s.arg(QString::fromUtf8(error.what())));
    }
}

} // namespace Flowdesk::Server
