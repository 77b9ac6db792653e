// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace Flowdesk::Views {

/// The middle pane of an empty store (only the Default experiment, no runs): ways to get data.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(const QString &storeDirectory, QWidget *parent = nullptr);

    QCommandLinkButton *demoButton() const { return m_demo; }

    QCommandLinkButton *importButton() const { return m_import; }

    QCommandLinkButton *remoteButton() const { return m_remote; }

    QCommandLinkButton *serverButton() const { return m_server; }

    /// Shows the running server's URL on its button; empty = not running.
    void setServerUrl(const QString &url);

signals:
    void createDemoDataRequested();
    void importRequested();
    void startServerRequested();

private:
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_import = nullptr;
    QCommandLinkButton *m_remote = nullptr;
    QCommandLinkButton *m_server = nullptr;
};

} // namespace Flowdesk::Views
