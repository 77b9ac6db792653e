// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/trackingserver.h"

#include "models/server/servertr.h"
#include "models/server/serverworker.h"
#include "models/server/tcplistener.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

TrackingServer::TrackingServer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Flowdesk::Server::RequestLogEntry>();
}

TrackingServer::~TrackingServer()
{
    stop();
}

bool TrackingServer::start(const ServerConfig &config)
{
    if (m_running)
        return true;
    m_config = config;
    m_errorString.clear();
    const int count = std::max(1, config.workerThreads);
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"flowdesk-server-%1"_s.arg(i));
        auto *worker = new ServerWorker(m_config, &m_writeLock);
        worker->moveToThread(thread);
        connect(worker, &ServerWorker::requestHandled, this, &TrackingServer::requestHandled);
        connect(worker, &ServerWorker::storeChanged, this, &TrackingServer::storeChanged);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
        QString error;
        QMetaObject::invokeMethod(
            worker,
            [worker, &error] {
                error = worker->open();
            },
            Qt::BlockingQueuedConnection);
        if (!error.isEmpty()) {
            m_errorString = Tr::tr("Cannot open the store: %1").arg(error);
            stop();
            return false;
        }
    }
    m_listener = std::make_unique<TcpListener>([this](qintptr fd) {
        dispatch(fd);
    });
    if (!m_listener->listen(config.host, config.port)) {
        m_errorString = Tr::tr("Cannot listen on %1:%2: %3")
                            .arg(config.host.toString())
                            .arg(config.port)
                            .arg(m_listener->errorString());
        m_listener.reset();
        stop();
        return false;
    }
    m_running = true;
    emit started(url());
    return true;
}

void TrackingServer::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    if (m_listener) {
        m_listener->close();
        m_listener.reset();
    }
    for (size_t i = 0; i < m_workers.size(); ++i) {
        ServerWorker *worker = m_workers[i];
        // Connections and the SQLite connection are closed in the thread that owns them.
        QMetaObject::invokeMethod(
            worker,
            [worker] {
                worker->shutdown();
            },
            Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete m_threads[i];
    }
    m_workers.clear();
    m_threads.clear();
    if (wasRunning)
        emit stopped();
}

void TrackingServer::dispatch(qintptr socketDescriptor)
{
    ServerWorker *worker = m_workers[m_nextWorker++ % m_workers.size()];
    QMetaObject::invokeMethod(
        worker,
        [worker, socketDescriptor] {
            worker->adopt(socketDescriptor);
        },
        Qt::QueuedConnection);
}

QUrl TrackingServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    QString host = m_config.host.toString();
    if (m_config.host == QHostAddress::Any || m_config.host == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (m_config.host == QHostAddress::AnyIPv6)
        host = u"::1"_s;
    url.setHost(host);
    url.setPort(port());
    return url;
}

quint16 TrackingServer::port() const
{
    return m_listener ? m_listener->serverPort() : m_config.port;
}

} // namespace Flowdesk::Server
