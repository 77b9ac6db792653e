// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/server/localservercontrol.h"

#include "models/server/serverconfig.h"
#include "models/server/trackingserver.h"
#include "views/icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalBlocker>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

namespace {

// Long enough to fold a training loop's log-metric calls into one table reload, short enough
// that a run appears "live".
constexpr int ChangeBatchMs = 250;

bool portIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), port);
}

} // namespace

LocalServerControl::LocalServerControl(const QString &storeDirectory, QWidget *parent)
    : QObject(parent)
    , m_storeDirectory(storeDirectory)
    , m_server(new Server::TrackingServer(this))
{
    m_toggleAction = new QAction(tr("Local &Tracking Server"), this);
    m_toggleAction->setObjectName(u"serverAction"_s);
    m_toggleAction->setCheckable(true);
    m_toggleAction->setToolTip(
        tr("Serve MLflow's REST API on 127.0.0.1 so that unmodified MLflow code logs to this "
           "store."));
    connect(m_toggleAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            start();
        else
            stop();
    });

    m_copyAction = new QAction(tr("&Copy MLFLOW_TRACKING_URI Export"), this);
    m_copyAction->setObjectName(u"copyTrackingUriAction"_s);
    m_copyAction->setIcon(Icons::action(u"edit-copy"_s, u"edit-copy.svg"_s));
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (!isRunning())
            return;
        QGuiApplication::clipboard()->setText(exportCommand());
        //: Status bar message; %1 is the shell command that was copied
        emit message(tr("Copied %1").arg(exportCommand()));
    });

    m_statusLabel = new QLabel(parent);
    m_statusLabel->setObjectName(u"serverStatusLabel"_s);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_changeTimer = new QTimer(this);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(ChangeBatchMs);
    connect(m_changeTimer, &QTimer::timeout, this, &LocalServerControl::storeChanged);
    connect(m_server, &Server::TrackingServer::storeChanged, this, [this] {
        if (!m_changeTimer->isActive())
            m_changeTimer->start();
    });
    updateUi();
}

LocalServerControl::~LocalServerControl()
{
    m_server->stop();
}

bool LocalServerControl::isRunning() const
{
    return m_server->isRunning();
}

QUrl LocalServerControl::url() const
{
    return isRunning() ? m_server->url() : QUrl();
}

QString LocalServerControl::exportCommand() const
{
    return u"export MLFLOW_TRACKING_URI="_s + url().toString();
}

bool LocalServerControl::start()
{
    if (isRunning())
        return true;
    Server::ServerConfig config;
    config.storeDirectory = m_storeDirectory;
    config.host = QHostAddress(QHostAddress::LocalHost);
    config.workerThreads = 2;
    // Another server (often a forgotten `mlflow ui`) commonly holds 5000: take a free port
    // rather than fail, and say so.
    const bool fallback = m_preferredPort != 0 && !portIsFree(m_preferredPort);
    config.port = fallback ? 0 : m_preferredPort;
    const bool ok = m_server->start(config);
    if (!ok) {
        emit failed(tr("The local tracking server could not be started."), m_server->errorString());
    } else if (fallback) {
        //: %1 is the preferred port number, %2 the URL used instead
        emit message(tr("Port %1 is in use; the local tracking server listens on %2 instead.")
                         .arg(m_preferredPort)
                         .arg(url().toString()));
    } else {
        //: %1 is the server's URL
        emit message(tr("Local tracking server started at %1").arg(url().toString()));
    }
    updateUi();
    emit runningChanged(ok);
    return ok;
}

void LocalServerControl::stop()
{
    if (!isRunning())
        return;
    m_server->stop();
    // Whatever the last requests wrote is shown now rather than after the batching delay.
    if (m_changeTimer->isActive()) {
        m_changeTimer->stop();
        emit storeChanged();
    }
    emit message(tr("Local tracking server stopped"));
    updateUi();
    emit runningChanged(false);
}

void LocalServerControl::updateUi()
{
    const bool running = isRunning();
    {
        const QSignalBlocker blocker(m_toggleAction);
        m_toggleAction->setChecked(running);
    }
    m_copyAction->setEnabled(running);
    m_statusLabel->setVisible(running);
    if (running) {
        //: Status bar: %1 is the URL of the embedded tracking server
        m_statusLabel->setText(tr("Local server %1").arg(url().toString()));
        m_statusLabel->setToolTip(tr("MLflow clients log here with:\n%1").arg(exportCommand()));
    } else {
        m_statusLabel->clear();
    }
}

} // namespace Flowdesk::Views
