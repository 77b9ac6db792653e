// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/demodatajob.h"

#include "models/store/database.h"
#include "models/store/storeerror.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Flowdesk::ItemModels {

DemoDataJob::DemoDataJob(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.error.isEmpty())
            emit finished(outcome.summary);
        else
            emit failed(outcome.error);
    });
}

DemoDataJob::~DemoDataJob()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void DemoDataJob::start(const Demo::DemoOptions &options)
{
    if (m_watcher.isRunning())
        return;
    m_cancelled = false;
    const QString path = m_databasePath;
    m_watcher.setFuture(QtConcurrent::run([this, path, options]() {
        Outcome outcome;
        try {
            // The generator writes through its own connection, opened and closed on this
            // thread; the GUI's reader sees the new runs through WAL as they commit.
            const auto database = Store::Database::open(path);
            Demo::DemoGenerator generator(*database);
            outcome.summary = generator.generate(options, [this](qint64 done, qint64 total) {
                // Queued to the GUI thread; the destructor waits for this thread, so `this`
                // outlives every call.
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total] {
                        emit progressChanged(done, total);
                    },
                    Qt::QueuedConnection);
                return !m_cancelled.load();
            });
        } catch (const Store::StoreError &error) {
            outcome.error = error.message();
        } catch (const std::exception &error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
}

void DemoDataJob::cancel()
{
    m_cancelled = true;
}

} // namespace Flowdesk::ItemModels
