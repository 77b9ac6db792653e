// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace Flowdesk::Store {

/// One SQLite connection to a store's flowdesk.db, owned by one thread. Open a Database per
/// thread (and per process): WAL lets readers run while another connection writes.
class Database final
{
public:
    enum class OpenMode {
        ReadWrite, ///< create the file if needed and migrate the schema
        ReadOnly, ///< for inspection; fails if the file does not exist
    };

    /// Opens (and for ReadWrite creates and migrates) the database file. Throws StoreError.
    static std::unique_ptr<Database> open(const QString &filePath,
                                          OpenMode mode = OpenMode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &filePath() const { return m_filePath; }

    QSqlDatabase connection() const;

    /// The raw handle, for bulk paths where Qt SQL's per-row overhead shows in benchmarks.
    sqlite3 *handle() const { return m_handle; }

    /// A prepared statement kept for the life of the connection; bind, exec(), finish().
    QSqlQuery &cached(const QString &sql);
    /// A fresh prepared statement. Throws StoreError if it does not compile.
    QSqlQuery prepare(const QString &sql);
    /// A text value to bind. Qt SQL binds a null QString as NULL, which the schema's NOT NULL
    /// text columns refuse; an unset name or value means the empty string.
    static QVariant text(const QString &value);
    /// Executes a prepared query; throws StoreError (INTERNAL_ERROR) with the driver's text.
    static void exec(QSqlQuery &query);
    /// Executes a statement without parameters.
    void execute(const QString &sql);

    int userVersion();
    void setUserVersion(int version);
    /// Changes whenever another connection commits (PRAGMA data_version); drives live refresh.
    qint64 dataVersion();

    int transactionDepth() const { return m_transactionDepth; }

    /// Counts rolled-back transactions and savepoints, so that caches of row ids written inside
    /// one (MetricWriter's metric keys) can tell that those rows may be gone.
    quint64 rollbackCount() const { return m_rollbackCount; }

private:
    friend class Transaction;
    explicit Database(QString filePath, QString connectionName);
    void switchToWal();

    // How long any statement waits for another connection's lock before SQLITE_BUSY.
    static constexpr int BusyTimeoutMs = 30000;

    QString m_filePath;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    quint64 m_rollbackCount = 0;
};

} // namespace Flowdesk::Store
