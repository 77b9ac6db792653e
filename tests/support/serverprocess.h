// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

// Test helper: runs the real `flowdesk serve` on a store directory, on a free port, and stops
// it with SIGTERM.

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace Flowdesk::TestSupport {

class ServerProcess
{
public:
    ServerProcess() = default;
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    ~ServerProcess() { stop(); }

    /// Starts `flowdesk --store DIR serve --port 0 EXTRA...` and waits for its URL.
    bool start(const QString &storeDirectory, const QStringList &extraArguments = {})
    {
        m_process.setProgram(QStringLiteral(FLOWDESK_BINARY));
        m_process.setArguments(QStringList{QStringLiteral("--store"),
                                           storeDirectory,
                                           QStringLiteral("serve"),
                                           QStringLiteral("--port"),
                                           QStringLiteral("0"),
                                           QStringLiteral("--log-level"),
                                           QStringLiteral("warning")}
                               + extraArguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression urlPattern(QStringLiteral("(http://[0-9.:\\[\\]]+)"));
        QByteArray output;
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            output += m_process.readAllStandardOutput();
            const auto match = urlPattern.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                return true;
            }
        }
        m_errors = m_process.readAllStandardError();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: the server stops cleanly
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url() const { return m_url; }

    QProcess &process() { return m_process; }

    QByteArray errors() { return m_errors + m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_errors;
};

} // namespace Flowdesk::TestSupport
