// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/runwriter.h"

#include "models/store/database.h"
#include "models/store/storeerror.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

namespace {

enum StatementIndex { InsertRun, InsertParam, InsertTag };

// SQLITE_STATIC is safe: the QString outlives the sqlite3_step() that reads it.
void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    // A null QString would bind as NULL; the text columns are NOT NULL.
    static const char16_t empty[] = u"";
    const void *data = text.isNull() ? static_cast<const void *>(empty) : text.utf16();
    sqlite3_bind_text16(stmt, index, data, int(text.size() * 2), SQLITE_STATIC);
}

void bindTime(sqlite3_stmt *stmt, int index, const std::optional<qint64> &time)
{
    if (time)
        sqlite3_bind_int64(stmt, index, *time);
    else
        sqlite3_bind_null(stmt, index);
}

} // namespace

RunWriter::RunWriter(Database &database)
    : m_database(database)
    , m_statements(database)
{}

RunWriter::~RunWriter() = default;

qint64 RunWriter::insertRun(const RunInfo &info, std::optional<qint64> deletedTime)
{
    sqlite3_stmt *stmt = m_statements.get(
        InsertRun,
        "INSERT INTO runs (run_id, experiment_id, name, user_id, status, start_time, end_time, "
        "deleted_time, lifecycle_stage, artifact_uri) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    const QString status = runStatusName(info.status);
    const QString stage = lifecycleStageName(info.lifecycleStage);
    bindText(stmt, 1, info.runId);
    sqlite3_bind_int64(stmt, 2, info.experimentId);
    bindText(stmt, 3, info.runName);
    bindText(stmt, 4, info.userId);
    bindText(stmt, 5, status);
    bindTime(stmt, 6, info.startTime);
    bindTime(stmt, 7, info.endTime);
    bindTime(stmt, 8, deletedTime);
    bindText(stmt, 9, stage);
    bindText(stmt, 10, info.artifactUri);
    m_statements.check(sqlite3_step(stmt), "INSERT run");
    sqlite3_reset(stmt);
    return sqlite3_last_insert_rowid(m_database.handle());
}

void RunWriter::insertParams(qint64 runKey, const QList<Param> &params)
{
    if (params.isEmpty())
        return;
    sqlite3_stmt *stmt = m_statements.get(
        InsertParam, "INSERT INTO params (run_key, key, value) VALUES (?1, ?2, ?3)");
    for (const Param &param : params) {
        sqlite3_reset(stmt);
        sqlite3_bind_int64(stmt, 1, runKey);
        bindText(stmt, 2, param.key);
        bindText(stmt, 3, param.value);
        m_statements.check(sqlite3_step(stmt), "INSERT param");
    }
    sqlite3_reset(stmt);
}

void RunWriter::insertTags(qint64 runKey, const QList<Tag> &tags)
{
    if (tags.isEmpty())
        return;
    sqlite3_stmt *stmt = m_statements.get(
        InsertTag, "INSERT OR REPLACE INTO run_tags (run_key, key, value) VALUES (?1, ?2, ?3)");
    for (const Tag &tag : tags) {
        sqlite3_reset(stmt);
        sqlite3_bind_int64(stmt, 1, runKey);
        bindText(stmt, 2, tag.key);
        bindText(stmt, 3, tag.value);
        m_statements.check(sqlite3_step(stmt), "INSERT tag");
    }
    sqlite3_reset(stmt);
}

} // namespace Flowdesk::Store
