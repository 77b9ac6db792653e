// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Flowdesk::Server {

/// One served request, for the request log.
struct RequestLogEntry
{
    QString peer;
    QByteArray method;
    QString path;
    int status = 0;
    qint64 responseBytes = 0;
    double milliseconds = 0;
};

} // namespace Flowdesk::Server

Q_DECLARE_METATYPE(Flowdesk::Server::RequestLogEntry)
