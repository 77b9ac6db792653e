// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/tcplistener.h"

namespace Flowdesk::Server {

TcpListener::TcpListener(Dispatch dispatch, QObject *parent)
    : QTcpServer(parent)
    , m_dispatch(std::move(dispatch))
{}

void TcpListener::incomingConnection(qintptr socketDescriptor)
{
    m_dispatch(socketDescriptor);
}

} // namespace Flowdesk::Server
