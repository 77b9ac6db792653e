// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>

class QAction;
class QLabel;
class QTimer;
class QWidget;

namespace Flowdesk::Server {
class TrackingServer;
}

namespace Flowdesk::Views {

/// The GUI's "Local tracking server" toggle (issue 4): runs the embedded MLflow-compatible
/// server in this process on 127.0.0.1, on the preferred port or, when that one is taken, on a
/// free one. Owns the toggle and copy actions and the status bar label; tells the window when
/// requests changed the store (batched, so that a training loop does not reload the table per
/// metric).
class LocalServerControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerControl)
public:
    static constexpr quint16 DefaultPort = 5000;

    LocalServerControl(const QString &storeDirectory, QWidget *parent);
    ~LocalServerControl() override;

    /// Checkable: on starts the server, off stops it.
    QAction *toggleAction() const { return m_toggleAction; }

    /// Copies `export MLFLOW_TRACKING_URI=…`; enabled while running.
    QAction *copyExportAction() const { return m_copyAction; }

    /// Permanent status bar widget: the URL while running, hidden otherwise.
    QLabel *statusLabel() const { return m_statusLabel; }

    void setPreferredPort(quint16 port) { m_preferredPort = port; }

    quint16 preferredPort() const { return m_preferredPort; }

    bool isRunning() const;
    QUrl url() const;
    /// The shell line the copy action puts on the clipboard.
    QString exportCommand() const;

    bool start();
    void stop();

signals:
    void runningChanged(bool running);
    /// Requests changed the store; at most one emission per batching interval.
    void storeChanged();
    /// A short note for the status bar (e.g. the port fallback).
    void message(const QString &text);
    /// Starting failed; text is for the user, details the server's reason.
    void failed(const QString &text, const QString &details);

private:
    void updateUi();

    QString m_storeDirectory;
    quint16 m_preferredPort = DefaultPort;
    Server::TrackingServer *m_server = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_copyAction = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_changeTimer = nullptr;
};

} // namespace Flowdesk::Views
