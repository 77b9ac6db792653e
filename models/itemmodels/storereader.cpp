// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/storereader.h"

#include "models/store/database.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

StoreReader::StoreReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    m_thread.setObjectName(u"flowdesk-store-reader"_s);
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
}

StoreReader::~StoreReader()
{
    // The connection must be closed on the thread that opened it; the last task does that and
    // then ends the thread's event loop, so every job queued before it still runs.
    QMetaObject::invokeMethod(
        m_workerContext,
        [this] {
            delete m_pollTimer;
            m_pollTimer = nullptr;
            m_database.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_workerContext;
}

void StoreReader::post(Task task)
{
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, task = std::move(task)] {
            runTask(task);
        },
        Qt::QueuedConnection);
}

void StoreReader::deliver(std::function<void()> callback)
{
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}

void StoreReader::runTask(const Task &task)
{
    if (!m_database && !m_openError) {
        try {
            m_database = Store::Database::open(m_databasePath);
            m_lastDataVersion = m_database->dataVersion();
        } catch (const Store::StoreError &error) {
            m_openError = std::make_unique<Store::StoreError>(error);
        }
    }
    task(m_database.get(), m_openError.get());
}

void StoreReader::setPollInterval(int intervalMs)
{
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, intervalMs] {
            if (!m_pollTimer) {
                m_pollTimer = new QTimer(m_workerContext);
                connect(m_pollTimer, &QTimer::timeout, m_workerContext, [this] {
                    poll();
                });
            }
            if (intervalMs > 0)
                m_pollTimer->start(intervalMs);
            else
                m_pollTimer->stop();
        },
        Qt::QueuedConnection);
}

void StoreReader::poll()
{
    runTask([this](Store::Database *database, const Store::StoreError *) {
        if (!database)
            return;
        try {
            const qint64 version = database->dataVersion();
            if (version != m_lastDataVersion) {
                m_lastDataVersion = version;
                emit storeChanged();
            }
        } catch (const Store::StoreError &) {
            // A failed poll is retried on the next tick; the jobs report real errors.
        }
    });
}

} // namespace Flowdesk::ItemModels
