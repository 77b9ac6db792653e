// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/database.h"

#include "models/store/migrations.h"
#include "models/store/storeerror.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"flowdesk-store-%1"_s.arg(++counter);
}

[[noreturn]] void throwSqlError(const QSqlError &error, const QString &context)
{
    throw StoreError(ErrorCode::InternalError,
                     u"Database error (%1): %2"_s.arg(context, error.text()));
}

} // namespace

Database::Database(QString filePath, QString connectionName)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &filePath, OpenMode mode)
{
    if (mode == OpenMode::ReadOnly && !QFileInfo::exists(filePath)) {
        throw StoreError(ErrorCode::ResourceDoesNotExist,
                         u"No Flowdesk store at %1"_s.arg(filePath));
    }
    std::unique_ptr<Database> database(new Database(filePath, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
        db.setDatabaseName(filePath);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
        if (mode == OpenMode::ReadOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        if (!db.open())
            throwSqlError(db.lastError(), u"opening "_s + filePath);
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            database->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        if (!database->m_handle)
            throw StoreError(ErrorCode::InternalError, u"The SQLite driver gave no handle"_s);
        sqlite3_rollback_hook(
            database->m_handle,
            [](void *self) {
                ++static_cast<Database *>(self)->m_rollbackCount;
            },
            database.get());
    }
    // Closing the last connection checkpoints the WAL into the main file. Until the version is
    // known to be ours, closing must not do that: a newer Flowdesk's pending commits would be
    // written into a file we promise to leave as it is.
    sqlite3_db_config(database->m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);

    // Check the version before anything that could write: a store from a newer Flowdesk must
    // stay byte-for-byte as it is.
    const int stored = database->userVersion();
    if (stored > currentSchemaVersion()) {
        throw StoreError(
            ErrorCode::FailedPrecondition,
            u"The store %1 was written by a newer Flowdesk (schema version %2; this "
            "version reads up to %3). It was left untouched."_s.arg(
                filePath, QString::number(stored), QString::number(currentSchemaVersion())));
    }
    if (mode == OpenMode::ReadOnly)
        return database;
    sqlite3_db_config(database->m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);

    // NORMAL is durable across application crashes (kill -9) in WAL mode; only a power loss
    // may drop the last commits, never corrupt the file.
    database->switchToWal();
    database->execute(u"PRAGMA synchronous = NORMAL"_s);
    database->execute(u"PRAGMA foreign_keys = ON"_s);
    database->execute(u"PRAGMA temp_store = MEMORY"_s);
    database->execute(u"PRAGMA cache_size = -65536"_s);
    migrateToCurrent(*database);
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Database::cached(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<QSqlQuery>(prepare(sql))).first;
    return *it->second;
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throwSqlError(query.lastError(), sql.simplified().left(120));
    return query;
}

QVariant Database::text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throwSqlError(query.lastError(), query.lastQuery().simplified().left(120));
}

void Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throwSqlError(query.lastError(), sql.simplified().left(120));
}

void Database::switchToWal()
{
    // A new file starts in rollback-journal mode, and switching needs an exclusive lock. When
    // another process holds a write lock on it (it is creating the same store), SQLite answers
    // SQLITE_BUSY at once instead of calling the busy handler, as waiting while holding our
    // shared lock could deadlock. The failed statement has dropped that lock, so waiting here
    // and trying again is safe, up to the busy timeout every other statement gets.
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(connection());
        if (query.exec(u"PRAGMA journal_mode = WAL"_s))
            return;
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || waited.elapsed() > BusyTimeoutMs)
            throwSqlError(query.lastError(), u"PRAGMA journal_mode = WAL"_s);
        query.finish();
        QThread::msleep(std::min(5 + 5 * attempt, 100));
    }
}

int Database::userVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        throwSqlError(query.lastError(), u"PRAGMA user_version"_s);
    return query.value(0).toInt();
}

void Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is an int we produced, not user input.
    execute(u"PRAGMA user_version = %1"_s.arg(version));
}

qint64 Database::dataVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        throwSqlError(query.lastError(), u"PRAGMA data_version"_s);
    return query.value(0).toLongLong();
}

} // namespace Flowdesk::Store
