// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Flowdesk::Server {

/// One parsed HTTP/1.1 request, body complete.
struct HttpRequest
{
    QByteArray method;
    QByteArray rawPath; ///< as sent, still percent-encoded
    QString path; ///< percent-decoded
    QByteArray query; ///< raw query string, without '?'
    QList<QPair<QByteArray, QByteArray>> headers; ///< names in lower case
    QByteArray body;
    QString peer;

    /// The first header with that (lower-case) name; empty if absent.
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        for (const auto &header : headers) {
            if (header.first == lowerCaseName)
                return header.second;
        }
        return {};
    }

    bool hasHeader(const QByteArray &lowerCaseName) const
    {
        for (const auto &header : headers) {
            if (header.first == lowerCaseName)
                return true;
        }
        return false;
    }
};

} // namespace Flowdesk::Server
