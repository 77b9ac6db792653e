// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/server/httprequest.h"
#include "models/server/httpresponse.h"
#include "models/server/requestlogentry.h"
#include "models/server/serverconfig.h"

#include <QObject>

#include <memory>

class QMutex;

namespace Flowdesk::Store {
class ArtifactRepository;
class Database;
class RegistryStore;
class TrackingStore;
} // namespace Flowdesk::Store

namespace Flowdesk::Server {

class ArtifactApi;
class HttpConnection;
class RegistryApi;
class Router;
class TrackingApi;

/// One request-serving thread: owns its SQLite connection (opened and closed in that thread),
/// the stores and handlers over it, and the client connections handed to it.
class ServerWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerWorker)
public:
    ServerWorker(const ServerConfig &config, QMutex *writeLock, QObject *parent = nullptr);
    ~ServerWorker() override;

    /// In the worker's thread: opens the store. Returns an error text on failure.
    QString open();
    /// In the worker's thread: takes over an accepted socket.
    void adopt(qintptr socketDescriptor);
    /// In the worker's thread: closes every connection and the database.
    void shutdown();

    HttpResponse handle(const HttpRequest &request);

signals:
    void requestHandled(const Flowdesk::Server::RequestLogEntry &entry);
    void storeChanged();

private:
    ServerConfig m_config;
    QMutex *m_writeLock = nullptr;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::TrackingStore> m_tracking;
    std::unique_ptr<Store::RegistryStore> m_registry;
    std::unique_ptr<Store::ArtifactRepository> m_artifacts;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<TrackingApi> m_trackingApi;
    std::unique_ptr<RegistryApi> m_registryApi;
    std::unique_ptr<ArtifactApi> m_artifactApi;
    QList<HttpConnection *> m_connections;
};

} // namespace Flowdesk::Server
