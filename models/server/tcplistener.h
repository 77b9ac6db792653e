// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTcpServer>

#include <functional>

namespace Flowdesk::Server {

/// Accepts connections and hands the raw socket descriptors on, so that each socket is
/// created in the worker thread that will serve it.
class TcpListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpListener)
public:
    using Dispatch = std::function<void(qintptr)>;
    explicit TcpListener(Dispatch dispatch, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Dispatch m_dispatch;
};

} // namespace Flowdesk::Server
