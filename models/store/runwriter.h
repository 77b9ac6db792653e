// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"
#include "models/store/rawstatements.h"

#include <optional>

struct sqlite3_stmt;

namespace Flowdesk::Store {

class Database;

/// Inserts new runs with their params and tags through the raw SQLite API: the bulk path behind
/// TrackingStore::insertRun, where Qt SQL's per-row overhead would dominate (demo data, imports).
/// Does not validate; callers do, and hold a Transaction.
class RunWriter final
{
public:
    explicit RunWriter(Database &database);
    ~RunWriter();
    RunWriter(const RunWriter &) = delete;
    RunWriter &operator=(const RunWriter &) = delete;

    /// Returns the new run's run_key. info.startTime must be set.
    qint64 insertRun(const RunInfo &info, std::optional<qint64> deletedTime);
    void insertParams(qint64 runKey, const QList<Param> &params);
    void insertTags(qint64 runKey, const QList<Tag> &tags);

private:
    Database &m_database;
    RawStatements m_statements;
};

} // namespace Flowdesk::Store
