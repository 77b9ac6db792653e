// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"
#include "models/store/rawstatements.h"

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

    /// Forget cached key ids; called after a rollback, which may have undone new keys. write()
    /// also forgets them by itself when the Database saw a rollback since it last looked.
    void forgetKeys() { m_keyIds.clear(); }

private:
    Database &m_database;
    QHash<QString, qint64> m_keyIds;
    quint64 m_rollbackCountSeen = 0;
    RawStatements m_statements;
};

} // namespace Flowdesk::Store
