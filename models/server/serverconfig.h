// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/server/authenticator.h"

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Flowdesk::Server {

/// How to run the embedded tracking server; built by `flowdesk serve` or the GUI toggle.
struct ServerConfig
{
    QString storeDirectory;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 5000; ///< 0 picks a free port
    /// Largest REST request body; larger ones are answered with 413.
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    /// Largest artifact upload (PUT to mlflow-artifacts).
    qint64 maxArtifactBytes = qint64(1024) * 1024 * 1024;
    /// Threads serving requests, each with its own SQLite connection.
    int workerThreads = 4;
    /// Without one, every request is served (fine on 127.0.0.1).
    std::optional<Authenticator> authenticator;
};

} // namespace Flowdesk::Server
