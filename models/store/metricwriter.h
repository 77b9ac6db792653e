// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QHash>
#include <QString>

struct sqlite3_stmt;

namespace Flowdesk::Store {

class Database;

/// Appends metric points to the history and keeps latest_metrics (MLflow's latest rule plus
/// min/max/mean/first) in step. Uses the raw SQLite API: this is the ingest hot path, where Qt
/// SQL's per-row overhead halves the rate (see tests/benchmarks/bench_ingest).
/// Callers hold a Transaction.
class MetricWriter final
{
public:
    explicit MetricWriter(Database &database);
    ~MetricWriter();
    MetricWriter(const MetricWriter &) = delete;
    MetricWriter &operator=(const MetricWriter &) = delete;

    void write(qint64 runKey, const QList<Metric> &metrics);
    qint64 keyId(const QString &key);
    /// Forget cached key ids; called after a rollback, which may have undone new keys.
    void forgetKeys() { m_keyIds.clear(); }

private:
    sqlite3_stmt *statement(int index, const char *sql);
    void check(int rc, const char *what);

    Database &m_database;
    QHash<QString, qint64> m_keyIds;
    quint64 m_rollbackCount = 0;
    sqlite3_stmt *m_statements[5] = {};
};

} // namespace Flowdesk::Store
