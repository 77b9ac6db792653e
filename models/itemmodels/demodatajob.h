// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/demo/demogenerator.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace Flowdesk::ItemModels {

/// Runs the DemoGenerator on a pool thread with its own connection to the store, reporting
/// progress and accepting a cancel. What was written before a cancel stays (whole runs).
class DemoDataJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDataJob)
public:
    explicit DemoDataJob(const QString &databasePath, QObject *parent = nullptr);
    /// Cancels a running generation and waits for it.
    ~DemoDataJob() override;

    void start(const Demo::DemoOptions &options);
    void cancel();

    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progressChanged(qint64 done, qint64 total);
    void finished(const Flowdesk::Demo::DemoSummary &summary);
    /// message is the store's English text.
    void failed(const QString &message);

private:
    struct Outcome
    {
        Demo::DemoSummary summary;
        QString error;
    };

    QString m_databasePath;
    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Flowdesk::ItemModels
