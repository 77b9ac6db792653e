// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/serverworker.h"

#include "models/server/artifactapi.h"
#include "models/server/httpconnection.h"
#include "models/server/registryapi.h"
#include "models/server/router.h"
#include "models/server/trackingapi.h"
#include "models/store/artifactrepository.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storeerror.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

namespace {

// The MLflow version whose REST API this server speaks; clients compare against it.
const QByteArray MlflowApiVersion = "2.14.1";

} // namespace

ServerWorker::ServerWorker(const ServerConfig &config, QMutex *writeLock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_writeLock(writeLock)
{}

ServerWorker::~ServerWorker() = default;

QString ServerWorker::open()
{
    try {
        const Store::StoreLocation location(m_config.storeDirectory);
        location.ensureExists();
        m_database = Store::Database::open(location.databasePath());
        m_tracking = std::make_unique<Store::TrackingStore>(*m_database);
        m_registry = std::make_unique<Store::RegistryStore>(*m_database);
        m_artifacts = std::make_unique<Store::ArtifactRepository>(location.artifactRoot());
    } catch (const Store::StoreError &error) {
        return error.message();
    }
    const ApiContext context{*m_database, *m_tracking, *m_registry, *m_artifacts};
    m_router = std::make_unique<Router>(m_writeLock);
    m_trackingApi = std::make_unique<TrackingApi>(context);
    m_registryApi = std::make_unique<RegistryApi>(context);
    m_artifactApi = std::make_unique<ArtifactApi>(context);
    m_trackingApi->registerRoutes(*m_router);
    m_registryApi->registerRoutes(*m_router);
    m_artifactApi->registerRoutes(*m_router);
    m_router->addPath(u"/health"_s, {"GET"}, Router::Access::Read, [](const HttpRequest &) {
        return HttpResponse::text(200, "OK");
    });
    m_router->addPath(u"/version"_s, {"GET"}, Router::Access::Read, [](const HttpRequest &) {
        return HttpResponse::text(200, MlflowApiVersion);
    });
    return {};
}

void ServerWorker::adopt(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const qint64 maxBody = m_config.maxBodyBytes;
    const qint64 maxArtifact = m_config.maxArtifactBytes;
    auto *connection = new HttpConnection(
        socket,
        [this](const HttpRequest &request) {
            return handle(request);
        },
        [maxBody, maxArtifact](const QByteArray &method, const QString &path) {
            const bool upload = method == "PUT" && path.contains(u"/mlflow-artifacts/"_s);
            return upload ? maxArtifact : maxBody;
        },
        this);
    m_connections.append(connection);
    connect(connection, &HttpConnection::finished, this, [this, connection] {
        m_connections.removeOne(connection);
        connection->deleteLater();
    });
}

void ServerWorker::shutdown()
{
    for (HttpConnection *connection : std::as_const(m_connections)) {
        connection->disconnect(this);
        delete connection;
    }
    m_connections.clear();
    m_artifactApi.reset();
    m_registryApi.reset();
    m_trackingApi.reset();
    m_router.reset();
    m_registry.reset();
    m_tracking.reset();
    m_database.reset();
}

HttpResponse ServerWorker::handle(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    HttpResponse response;
    bool wroteStore = false;
    // Only the liveness probe is open; everything else, artifacts included, needs credentials.
    if (m_config.authenticator && request.path != u"/health"_s
        && !m_config.authenticator->isAuthorized(request.header("authorization"))) {
        response = HttpResponse::unauthorized(m_config.authenticator->challenge());
    } else {
        response = m_router->dispatch(request, &wroteStore);
    }
    RequestLogEntry entry;
    entry.peer = request.peer;
    entry.method = request.method;
    entry.path = request.path;
    entry.status = response.status;
    entry.responseBytes = response.body.size();
    entry.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    emit requestHandled(entry);
    if (wroteStore)
        emit storeChanged();
    return response;
}

} // namespace Flowdesk::Server
