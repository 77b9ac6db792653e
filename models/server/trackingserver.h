// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/server/requestlogentry.h"
#include "models/server/serverconfig.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QThread;

namespace Flowdesk::Server {

class ServerWorker;
class TcpListener;

/// The embedded MLflow-compatible tracking server (MLflow REST API 2.0, the proxied artifact
/// service, /health and /version) over a Flowdesk store. The listening socket lives in the
/// thread that owns this object; requests are served by worker threads, each with its own
/// SQLite connection. Used by `flowdesk serve` and by the GUI's "Local tracking server" toggle.
///
/// Why not Qt HttpServer (6.4): it runs every handler on the one thread that owns the server,
/// so a slow artifact download or a long search stalls all clients and JSON parsing cannot use
/// a second core; it buffers request bodies without any size limit, so an oversized upload is
/// held in memory before a handler can refuse it; and it pulls in QtWebSockets for nothing.
/// A small HTTP/1.1 server on QTcpServer gives per-thread store connections, a body limit
/// enforced while reading, keep-alive and exact control over MLflow's 404/405 pages.
class TrackingServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingServer)
public:
    explicit TrackingServer(QObject *parent = nullptr);
    ~TrackingServer() override;

    /// Opens the store in every worker and starts listening. On failure returns false and
    /// errorString() says why (translated, for the user).
    bool start(const ServerConfig &config);
    /// Stops listening, closes every connection and the workers' store connections.
    void stop();

    bool isRunning() const { return m_running; }

    /// http://host:port, with the port actually bound (useful with port 0).
    QUrl url() const;
    quint16 port() const;

    QString errorString() const { return m_errorString; }

signals:
    void started(const QUrl &url);
    void stopped();
    void requestHandled(const Flowdesk::Server::RequestLogEntry &entry);
    /// A request changed the store (for live views).
    void storeChanged();

private:
    void dispatch(qintptr socketDescriptor);

    ServerConfig m_config;
    QMutex m_writeLock;
    std::unique_ptr<TcpListener> m_listener;
    std::vector<QThread *> m_threads;
    std::vector<ServerWorker *> m_workers;
    size_t m_nextWorker = 0;
    bool m_running = false;
    QString m_errorString;
};

} // namespace Flowdesk::Server
