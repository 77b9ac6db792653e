// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/storeerror.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

class QTimer;

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::ItemModels {

/// The item models' worker thread with its own connection to the store (opened on the worker,
/// read-write, so that small edits from the GUI never block the GUI thread on the write lock).
/// Jobs run one after another in submission order; each result is handed back on the thread
/// that owns the StoreReader, and only while the submitting context object still exists.
class StoreReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreReader)
public:
    using Failure = std::function<void(const Store::StoreError &error)>;

    explicit StoreReader(const QString &databasePath, QObject *parent = nullptr);
    ~StoreReader() override;

    const QString &databasePath() const { return m_databasePath; }

    /// Runs job(database) on the worker; then done(result) on this object's thread if context
    /// still lives. A StoreError thrown by the job (or by opening the store) goes to failed.
    template <typename Job, typename Done>
    void submit(QObject *context, Job job, Done done, Failure failed = {})
    {
        using Result = std::invoke_result_t<Job, Store::Database &>;
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done), failed](
                 Store::Database *database, const Store::StoreError *openError) mutable {
            try {
                if (openError)
                    throw *openError;
                if constexpr (std::is_void_v<Result>) {
                    job(*database);
                    deliver([guard, done] {
                        if (guard)
                            done();
                    });
                } else {
                    Result result = job(*database);
                    deliver([guard, done, result = std::move(result)] {
                        if (guard)
                            done(result);
                    });
                }
            } catch (const Store::StoreError &error) {
                deliver([guard, failed, error] {
                    if (guard && failed)
                        failed(error);
                });
            } catch (const std::exception &error) {
                const Store::StoreError wrapped(Store::ErrorCode::InternalError,
                                                QString::fromUtf8(error.what()));
                deliver([guard, failed, wrapped] {
                    if (guard && failed)
                        failed(wrapped);
                });
            }
        });
    }

    /// Polls PRAGMA data_version on the worker every intervalMs (0 stops) and emits
    /// storeChanged() when another connection has committed since the last poll.
    void setPollInterval(int intervalMs);

signals:
    void storeChanged();

private:
    using Task = std::function<void(Store::Database *database, const Store::StoreError *openError)>;
    void post(Task task);
    void deliver(std::function<void()> callback);
    // Runs on the worker thread only.
    void runTask(const Task &task);
    void poll();

    QString m_databasePath;
    QThread m_thread;
    QObject *m_workerContext = nullptr; // lives in m_thread; target of posted tasks
    // Owned and used by the worker thread only.
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::StoreError> m_openError;
    qint64 m_lastDataVersion = -1;
    QTimer *m_pollTimer = nullptr;
};

} // namespace Flowdesk::ItemModels
