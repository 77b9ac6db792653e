// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/metricwriter.h"

#include "models/store/database.h"
#include "models/store/storeerror.h"

#include <sqlite3.h>

#include <cmath>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

namespace {

enum StatementIndex { InsertPoint, SelectLatest, UpsertLatest, SelectKey, InsertKey };

struct Point
{
    qint64 step = 0;
    qint64 timestamp = 0;
    double stored = 0; // 0 for NaN, as MLflow's SQL store keeps it
    bool isNan = false;

    auto order() const { return std::tie(step, timestamp, stored); }
};

// What one batch adds to a (run, key) summary.
struct Summary
{
    bool hasRow = false;
    Point latest;
    Point first;
    double minValue = 0;
    double maxValue = 0;
    bool hasMinMax = false;
    double sum = 0;
    qint64 valueCount = 0;
    qint64 pointCount = 0;

    void add(const Point &p)
    {
        if (!hasRow) {
            latest = first = p;
            hasRow = true;
        } else {
            if (p.order() > latest.order())
                latest = p;
            if (p.order() < first.order())
                first = p;
        }
        ++pointCount;
        if (!p.isNan) {
            minValue = hasMinMax ? std::min(minValue, p.stored) : p.stored;
            maxValue = hasMinMax ? std::max(maxValue, p.stored) : p.stored;
            hasMinMax = true;
            sum += p.stored;
            ++valueCount;
        }
    }

    void merge(const Summary &other)
    {
        if (!other.hasRow)
            return;
        if (!hasRow) {
            *this = other;
            return;
        }
        if (other.latest.order() > latest.order())
            latest = other.latest;
        if (other.first.order() < first.order())
            first = other.first;
        if (other.hasMinMax) {
            minValue = hasMinMax ? std::min(minValue, other.minValue) : other.minValue;
            maxValue = hasMinMax ? std::max(maxValue, other.maxValue) : other.maxValue;
            hasMinMax = true;
        }
        sum += other.sum;
        valueCount += other.valueCount;
        pointCount += other.pointCount;
    }
};

} // namespace

MetricWriter::MetricWriter(Database &database)
    : m_database(database)
    , m_statements(database)
{}

MetricWriter::~MetricWriter() = default;

qint64 MetricWriter::keyId(const QString &key)
{
    // A key interned inside a transaction that was rolled back later (an importer's outer
    // transaction, say) is gone, and its id may belong to another key by now.
    if (m_database.rollbackCount() != m_rollbackCountSeen) {
        m_keyIds.clear();
        m_rollbackCountSeen = m_database.rollbackCount();
    }
    const auto it = m_keyIds.constFind(key);
    if (it != m_keyIds.cend())
        return it.value();
    const QByteArray utf8 = key.toUtf8();
    sqlite3_stmt *select =
        m_statements.get(SelectKey, "SELECT key_id FROM metric_keys WHERE key = ?1");
    sqlite3_bind_text(select, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    qint64 id = -1;
    const int rc = sqlite3_step(select);
    m_statements.check(rc, "SELECT metric key");
    if (rc == SQLITE_ROW)
        id = sqlite3_column_int64(select, 0);
    sqlite3_reset(select);
    if (id < 0) {
        sqlite3_stmt *insert =
            m_statements.get(InsertKey, "INSERT INTO metric_keys (key) VALUES (?1)");
        sqlite3_bind_text(insert, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        m_statements.check(sqlite3_step(insert), "INSERT metric key");
        sqlite3_reset(insert);
        id = sqlite3_last_insert_rowid(m_database.handle());
    }
    m_keyIds.insert(key, id);
    return id;
}

void MetricWriter::write(qint64 runKey, const QList<Metric> &metrics)
{
    if (metrics.isEmpty())
        return;
    QHash<qint64, Summary> added;
    sqlite3_stmt *insert = m_statements.get(
        InsertPoint,
        "INSERT OR IGNORE INTO metrics (run_key, key_id, step, timestamp, value, is_nan) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Metric &metric : metrics) {
        Point point;
        point.step = metric.step;
        point.timestamp = metric.timestamp;
        point.isNan = std::isnan(metric.value);
        point.stored = point.isNan ? 0.0 : metric.value;
        const qint64 key = keyId(metric.key);
        sqlite3_reset(insert);
        sqlite3_bind_int64(insert, 1, runKey);
        sqlite3_bind_int64(insert, 2, key);
        sqlite3_bind_int64(insert, 3, point.step);
        sqlite3_bind_int64(insert, 4, point.timestamp);
        sqlite3_bind_double(insert, 5, point.stored);
        sqlite3_bind_int(insert, 6, point.isNan ? 1 : 0);
        m_statements.check(sqlite3_step(insert), "INSERT metric");
        // An identical point that is already stored changes nothing, not even the aggregates.
        if (sqlite3_changes(m_database.handle()) == 1)
            added[key].add(point);
    }
    sqlite3_reset(insert);

    sqlite3_stmt *select = m_statements.get(
        SelectLatest,
        "SELECT value, is_nan, step, timestamp, min_value, max_value, sum_value, value_count, "
        "point_count, first_value, first_is_nan, first_step, first_timestamp "
        "FROM latest_metrics WHERE run_key = ?1 AND key_id = ?2");
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        Summary summary;
        sqlite3_reset(select);
        sqlite3_bind_int64(select, 1, runKey);
        sqlite3_bind_int64(select, 2, it.key());
        const int rc = sqlite3_step(select);
        m_statements.check(rc, "SELECT latest metric");
        if (rc == SQLITE_ROW) {
            summary.hasRow = true;
            summary.latest = {sqlite3_column_int64(select, 2),
                              sqlite3_column_int64(select, 3),
                              sqlite3_column_double(select, 0),
                              sqlite3_column_int(select, 1) != 0};
            summary.hasMinMax = sqlite3_column_type(select, 4) != SQLITE_NULL;
            summary.minValue = sqlite3_column_double(select, 4);
            summary.maxValue = sqlite3_column_double(select, 5);
            summary.sum = sqlite3_column_type(select, 6) == SQLITE_NULL
                ? std::nan("")
                : sqlite3_column_double(select, 6);
            summary.valueCount = sqlite3_column_int64(select, 7);
            summary.pointCount = sqlite3_column_int64(select, 8);
            summary.first = {sqlite3_column_int64(select, 11),
                             sqlite3_column_int64(select, 12),
                             sqlite3_column_double(select, 9),
                             sqlite3_column_int(select, 10) != 0};
        }
        sqlite3_reset(select);
        summary.merge(it.value());

        sqlite3_stmt *upsert = m_statements.get(
            UpsertLatest,
            "INSERT OR REPLACE INTO latest_metrics (run_key, key_id, value, is_nan, step, "
            "timestamp, min_value, max_value, sum_value, value_count, point_count, first_value, "
            "first_is_nan, first_step, first_timestamp) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        sqlite3_bind_int64(upsert, 1, runKey);
        sqlite3_bind_int64(upsert, 2, it.key());
        sqlite3_bind_double(upsert, 3, summary.latest.stored);
        sqlite3_bind_int(upsert, 4, summary.latest.isNan ? 1 : 0);
        sqlite3_bind_int64(upsert, 5, summary.latest.step);
        sqlite3_bind_int64(upsert, 6, summary.latest.timestamp);
        if (summary.hasMinMax) {
            sqlite3_bind_double(upsert, 7, summary.minValue);
            sqlite3_bind_double(upsert, 8, summary.maxValue);
        } else {
            sqlite3_bind_null(upsert, 7);
            sqlite3_bind_null(upsert, 8);
        }
        if (std::isnan(summary.sum))
            sqlite3_bind_null(upsert, 9);
        else
            sqlite3_bind_double(upsert, 9, summary.sum);
        sqlite3_bind_int64(upsert, 10, summary.valueCount);
        sqlite3_bind_int64(upsert, 11, summary.pointCount);
        sqlite3_bind_double(upsert, 12, summary.first.stored);
        sqlite3_bind_int(upsert, 13, summary.first.isNan ? 1 : 0);
        sqlite3_bind_int64(upsert, 14, summary.first.step);
        sqlite3_bind_int64(upsert, 15, summary.first.timestamp);
        m_statements.check(sqlite3_step(upsert), "UPSERT latest metric");
        sqlite3_reset(upsert);
    }
}

} // namespace Flowdesk::Store
